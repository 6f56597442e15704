/**
 * Test data builders: sheet grids written as arrays of rows, with merges and tables in A1 notation.
 */
import { CellValue, GridCell, SheetGrid, parseRange } from '../../src/domain/grid';
import { parseSettings, SettingsInput } from '../../src/domain/settings';
import { buildReport } from '../../src/domain/report';

/** A cell: a bare value, or a value with a number format. */
export type CellSpec = CellValue | undefined | { v: CellValue; fmt: string };

export interface GridSpec {
  file?: string;
  sheet?: string;
  merges?: string[];
  tables?: { name: string; ref: string }[];
  hidden?: boolean;
  /** 1-based rows the sheet hides. */
  hiddenRows?: number[];
  /** Columns the sheet hides, as letters ('D') or 1-based numbers. */
  hiddenCols?: (string | number)[];
}

/**
 * Builds a grid from rows of cells.
 * @example sheet([['指标', '全年目标'], ['新增就业', 100]], { file: '人社局.xlsx' })
 */
export function sheet(rows: CellSpec[][], spec: GridSpec = {}): SheetGrid {
  const toCell = (c: CellSpec): GridCell | undefined => {
    if (c === undefined || c === null) return undefined;
    if (typeof c === 'object' && 'fmt' in c) return { v: c.v, fmt: c.fmt };
    return { v: c as CellValue };
  };
  const grid: SheetGrid = {
    file: spec.file ?? '测试局.xlsx',
    sheet: spec.sheet ?? 'Sheet1',
    rows: rows.map((r) => r.map(toCell)),
    merges: (spec.merges ?? []).map((m) => {
      const r = parseRange(m);
      if (!r) throw new Error(`bad range ${m}`);
      return r;
    }),
    tables: (spec.tables ?? []).map((t) => {
      const r = parseRange(t.ref);
      if (!r) throw new Error(`bad range ${t.ref}`);
      return { name: t.name, range: r };
    }),
  };
  if (spec.hidden) grid.hidden = true;
  if (spec.hiddenRows) grid.hiddenRows = [...spec.hiddenRows].sort((a, b) => a - b);
  if (spec.hiddenCols) {
    grid.hiddenCols = spec.hiddenCols.map((c) => (typeof c === 'number' ? c : parseRange(`${c}1`)?.left ?? 0)).sort((a, b) => a - b);
  }
  return grid;
}

/** Builds a report from grids with settings (as-of 2026-03-20 unless given). */
export function report(grids: SheetGrid[], settings: SettingsInput = {}) {
  return buildReport({ grids, settings: parseSettings({ asOf: '2026-03-20', ...settings }) });
}
