/**
 * The ports between the engine and a workbook host. The `.xlsx` adapter (ExcelJS, src/xlsx) and the
 * office.js adapter (src/excel) implement the same interfaces, so one contract suite runs the same
 * scenarios against both.
 */
import { SheetGrid } from './grid';
import { FileFailure } from './report';
import { SheetModel } from './sheetModel';

/** What a source of tracking sheets gives: the grids read, and the files it could not read. */
export interface SourceReading {
  grids: SheetGrid[];
  failures: FileFailure[];
}

/** Reads departments' tracking sheets. */
export interface TrackingSource {
  readSheets(): Promise<SourceReading>;
}

/** One row to highlight in a department's sheet. */
export interface HighlightTarget {
  file: string;
  sheet: string;
  row: number;
  left: number;
  right: number;
  grade: 'yellow' | 'red';
}

/** Writes Zhuanbao's own sheets (bulletin, ledger), replacing only what Zhuanbao wrote before. */
export interface BulletinSink {
  writeSheets(sheets: SheetModel[]): Promise<void>;
}

/** Highlights lagging rows in the departments' sheets and removes the highlights again. */
export interface Highlighter {
  highlight(targets: HighlightTarget[], colours: { yellowFill: string; yellowFont: string; redFill: string; redFont: string }): Promise<void>;
  clearHighlights(): Promise<void>;
}
