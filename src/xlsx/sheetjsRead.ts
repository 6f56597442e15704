/**
 * Reading a workbook with SheetJS into the domain's grids: every format other than the `.xlsx`
 * the fast reader knows (`.xls` of every BIFF version, `.xlsb`, `.ods`/`.fods`, SpreadsheetML 2003,
 * HTML tables) and the `.xlsx` packages it steps aside on. The grids are the fast reader's: values
 * as Excel shows them (a number under a date format is a date, by the one rule in
 * src/domain/dateFormat.ts; a time alone stays a number), number formats, merged areas (only the top-left cell keeps its value),
 * hidden sheets, rows and columns. SheetJS CE does not read Excel tables, so a package read here
 * has none (the fast reader reads them).
 */
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import { CellRange, CellValue, GridCell, SheetGrid } from '../domain/grid';
import { isDateFormat, serialDateIso } from '../domain/dateFormat';
import { SheetJs } from './sheetjsLoader';
import { textCell } from './csvSource';

/** SheetJS's error codes (BIFF / XLSB numbers) as Excel shows them. */
const ERRORS: Record<number, string> = {
  0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA',
};

/** How a format's text cells are taken. */
export interface SheetJsReadOptions {
  /**
   * Cells are text as written (HTML tables): SheetJS's own guessing of numbers is off, and a plain
   * number in the text becomes a number by the same rule as a CSV field; anything else stays text
   * for the domain's own parsing (units, 万, %).
   */
  textCells?: boolean;
}

/**
 * Parses the bytes with SheetJS (its console warnings about formats it guesses are kept out of the
 * clerk's terminal: they are about display, not values).
 * @throws whatever SheetJS throws (the caller wraps it with the file's name)
 */
export function parseWithSheetJs(XLSX: SheetJs, bytes: Uint8Array, options: SheetJsReadOptions = {}): WorkBook {
  const { error, warn } = console;
  console.error = () => undefined;
  console.warn = () => undefined;
  try {
    return XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellStyles: true, cellDates: false, cellText: false, raw: options.textCells === true, WTF: process.env.ZB_WTF === "1" });
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

/**
 * The grids of a workbook parsed by SheetJS, in workbook order.
 * @example sheetJsGrids('人社局.xls', XLSX.read(bytes, { dense: true }))[0]?.sheet === '2026年民生实事'
 */
export function sheetJsGrids(file: string, wb: WorkBook, options: SheetJsReadOptions = {}): SheetGrid[] {
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  return wb.SheetNames.map((name, i) => {
    const ws = wb.Sheets[name];
    // SheetJS leaves out a sheet it failed on (it does so for a cell format it cannot resolve):
    // never a sheet dropped in silence.
    if (ws === undefined) throw new Error(`SheetJS could not read the sheet ${name}`);
    const grid = worksheetToGrid(file, name, ws, date1904, options);
    const hidden = wb.Workbook?.Sheets?.[i]?.Hidden;
    if (hidden === 1 || hidden === 2) grid.hidden = true;
    return grid;
  });
}

/** One cell as the grid holds it, or undefined for an empty one. */
function toGridCell(cell: CellObject, date1904: boolean, options: SheetJsReadOptions): GridCell | undefined {
  const fmt = typeof cell.z === 'string' && cell.z !== 'General' ? cell.z : undefined;
  let v: CellValue;
  switch (cell.t) {
    case 'n': {
      const n = cell.v as number;
      if (!Number.isFinite(n)) return undefined;
      const iso = isDateFormat(fmt) ? serialDateIso(n, date1904) : null;
      v = iso ? { date: iso } : n;
      break;
    }
    case 's': {
      const text = String(cell.v ?? '');
      if (text === '') return undefined;
      if (options.textCells) return textCell(text);
      v = text;
      break;
    }
    case 'b': v = cell.v === true; break;
    case 'e': v = { error: ERRORS[cell.v as number] ?? (typeof cell.w === 'string' ? cell.w : '#VALUE!') }; break;
    case 'd': {
      // SheetJS gives a Date (in UTC) for a cell stored as a date or under what it takes for a
      // date format; under a format Excel shows as a time or a number, it is that number again.
      const d = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      if (Number.isNaN(d.getTime())) return undefined;
      const days = d.getTime() / 86400000;
      // Back to the serial (1900 system: -25508 is 1900-03-01, after Excel's phantom 1900-02-29),
      // so that the date is judged by the same rule as the fast reader's.
      const serial = date1904 ? days + 24107 : days + (days >= -25508 ? 25569 : 25568);
      const iso = fmt !== undefined && !isDateFormat(fmt) ? null : serialDateIso(serial, date1904);
      v = iso ? { date: iso } : serial;
      break;
    }
    default: return undefined; // 'z': a stub (a styled empty cell)
  }
  return fmt ? { v, fmt } : { v };
}

function worksheetToGrid(file: string, sheet: string, ws: WorkSheet, date1904: boolean, options: SheetJsReadOptions): SheetGrid {
  const data = (ws['!data'] ?? []) as (CellObject[] | undefined)[];
  const rows: (GridCell | undefined)[][] = [];
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    const cells: (GridCell | undefined)[] = [];
    if (src) for (let c = 0; c < src.length; c++) {
      const cell = src[c];
      if (!cell) continue;
      const g = toGridCell(cell, date1904, options);
      if (g) cells[c] = g;
    }
    rows[r] = cells;
  }
  // Corners in either order (a merge written C3:B1 is B1:C3, as Excel takes it).
  const merges = distinct((ws['!merges'] ?? []).map((m) => ({
    top: Math.min(m.s.r, m.e.r) + 1, left: Math.min(m.s.c, m.e.c) + 1, bottom: Math.max(m.s.r, m.e.r) + 1, right: Math.max(m.s.c, m.e.c) + 1,
  })));
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom && r <= rows.length; r++) {
      const cells = rows[r - 1];
      if (!cells) continue;
      for (let c = m.left; c <= m.right && c <= cells.length; c++) if (r !== m.top || c !== m.left) cells[c - 1] = undefined;
    }
  }
  for (const cells of rows) {
    let n = cells.length;
    while (n > 0 && cells[n - 1] === undefined) n--;
    cells.length = n;
  }
  while (rows.length > 0 && (rows[rows.length - 1] as (GridCell | undefined)[]).length === 0) rows.pop();
  const grid: SheetGrid = { file, sheet, rows, merges, tables: [] };
  const hiddenRows = hiddenIndexes(ws['!rows']);
  const hiddenCols = hiddenIndexes(ws['!cols']);
  if (hiddenRows.length) grid.hiddenRows = hiddenRows;
  if (hiddenCols.length) grid.hiddenCols = hiddenCols;
  return grid;
}

/** 1-based numbers of the rows or columns SheetJS marks hidden. */
function hiddenIndexes(list: ({ hidden?: boolean } | undefined | null)[] | undefined): number[] {
  const out: number[] = [];
  if (list) for (let i = 0; i < list.length; i++) if (list[i]?.hidden) out.push(i + 1);
  return out;
}

/** Merged areas without repeats, in order. */
function distinct(ranges: CellRange[]): CellRange[] {
  const seen = new Set<string>();
  return ranges.filter((m) => {
    const key = `${m.top},${m.left},${m.bottom},${m.right}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
