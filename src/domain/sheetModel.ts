/**
 * A host-neutral description of a sheet Zhuanbao writes (the bulletin, the ledger): values, styles,
 * merges, widths, freeze panes, print setup, and an optional Excel table. The ExcelJS and office.js
 * adapters each render it; the domain decides every value and colour.
 */
import { CellRange } from './grid';

export interface CellStyle {
  bold?: boolean;
  size?: number;
  font?: string;
  /** Font colour, #RRGGBB. */
  color?: string;
  /** Fill colour, #RRGGBB. */
  fill?: string;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  numFmt?: string;
  border?: boolean;
}

export interface SheetCell {
  value: string | number | null;
  style?: CellStyle;
}

export interface SheetRow {
  cells: (SheetCell | null)[];
  height?: number;
}

export interface SheetTable {
  name: string;
  /** Header row and data rows, 1-based. */
  range: CellRange;
  columns: string[];
}

/**
 * A chart drawn from a block of cells in the same sheet. Hosts that cannot draw charts (the .xlsx
 * adapter: ExcelJS writes no charts) write the data block only.
 */
export interface SheetChart {
  type: 'columnClustered';
  title: string;
  /** A1 range in the same sheet: a header row, then one row per category; first column the categories. */
  dataRange: string;
  /** Each column after the first is a series. */
  seriesBy: 'columns';
  /** A1 cell of the chart's top-left corner. */
  anchor: string;
  /** Points. */
  size: { width: number; height: number };
  /** Number format of the value axis (e.g. `0%`). */
  valueFormat?: string;
}

export interface SheetModel {
  name: string;
  columns: { width: number }[];
  rows: SheetRow[];
  merges: CellRange[];
  freeze?: { rows: number; cols: number };
  print?: {
    orientation: 'portrait' | 'landscape';
    /** Rows repeated at the top of each printed page, 1-based inclusive. */
    repeatRows?: { top: number; bottom: number };
    fitToWidth: boolean;
    /** Rows that start a new printed page (manual page breaks above them), 1-based, ascending. */
    breaksBefore?: number[];
  };
  table?: SheetTable;
  /** Marks the sheet as written by Zhuanbao, so re-running replaces only it. */
  tabColor?: string;
  charts?: SheetChart[];
}
