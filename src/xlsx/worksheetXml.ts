/**
 * Reading one worksheet part of an `.xlsx` package into a grid, for the direct reader: cells
 * (values, cached formula results, number formats), merged areas, hidden rows and columns, and the
 * ids of its tables. A cell reads as Excel shows it: a number under a date format is a date, an
 * ISO date cell (`t="d"`) is a date, text is the text shown (CDATA included), an empty text is an
 * empty cell, and a merged area shows only its top-left cell.
 */
import { CellRange, CellValue, GridCell, SheetGrid, GridTable, parseRange } from '../domain/grid';
import { serialDateIso } from '../domain/dateFormat';
import { elementText, rootOf, runText, unescapeOoxml } from './packageParts';
import { DirectReadDamaged, DirectReadUnsupported, Tok, XmlScanner } from './xmlScanner';

/** What the reader needs of a workbook to read one of its sheets. */
export interface BookContext {
  /** The number format of each cell format (index = a cell's `s`). */
  formats: (string | undefined)[];
  /** Whether each cell format makes numbers dates. */
  dateFormat: boolean[];
  strings: string[];
  date1904: boolean;
}

/** A worksheet part as read, before it becomes a grid. */
export interface WorksheetContent {
  /** Cells as read, before merges remove the covered ones. */
  rows: (GridCell | undefined)[][];
  merges: CellRange[];
  hiddenRows: number[];
  hiddenCols: number[];
  tableRIds: string[];
}

const CELL_TYPES = new Set(['n', 's', 'str', 'b', 'e', 'inlineStr', 'd']);
const MAX_ROW = 1048576;
const MAX_COL = 16384;

/**
 * Column number and row of a cell reference (`B12` → { row: 12, col: 2 }), or null for anything else.
 * @example decodeAddress('AB3') → { row: 3, col: 28 }
 */
export function decodeAddress(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else break;
  }
  if (i === 0 || i > 3 || i === ref.length) return null;
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  if (row < 1 || row > MAX_ROW || col > MAX_COL) return null;
  return { row, col };
}

const isTrue = (v: string | undefined): boolean => v === '1' || v === 'true';

/**
 * Reads a worksheet part. Elements the grids do not need (data validations, conditional formats,
 * hyperlinks, drawings …) are stepped over without being looked into, so a validation over a whole
 * column costs nothing.
 */
export function readWorksheetXml(xml: string, book: BookContext): WorksheetContent {
  const x = new XmlScanner(xml);
  rootOf(x, 'worksheet', 'worksheet');
  const content: WorksheetContent = { rows: [], merges: [], hiddenRows: [], hiddenCols: [], tableRIds: [] };
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if (t === Tok.Close) continue;
    if (x.depth > (t === Tok.Open ? 2 : 1)) throw new DirectReadDamaged('unexpected nesting');
    const name = x.name;
    if (t === Tok.Empty) continue;
    if (name === 'sheetData') readSheetData(x, book, content);
    else if (name === 'cols') readCols(x, content.hiddenCols);
    else if (name === 'mergeCells') readChildren(x, 'mergeCells', 'mergeCell', () => {
      const ref = x.attr('ref') ?? '';
      const r = /^[A-Z]{1,3}[1-9]\d*(:[A-Z]{1,3}[1-9]\d*)?$/.test(ref) ? parseRange(ref) : null;
      if (!r) throw new DirectReadUnsupported(`merge ${ref}`);
      // Corners in either order (C3:B1 is B1:C3), as Excel takes them.
      const range = { top: Math.min(r.top, r.bottom), left: Math.min(r.left, r.right), bottom: Math.max(r.top, r.bottom), right: Math.max(r.left, r.right) };
      if (range.bottom > MAX_ROW || range.right > MAX_COL) throw new DirectReadUnsupported(`merge ${ref}`);
      content.merges.push(range);
    });
    else if (name === 'tableParts') readChildren(x, 'tableParts', 'tablePart', () => {
      const rId = x.attr('r:id');
      if (rId === undefined) throw new DirectReadUnsupported('tablePart without r:id');
      content.tableRIds.push(rId);
    });
    else x.skip();
  }
  return content;
}

/** Calls `each` on every `<child>` of the `<parent>` just opened; anything else is unsupported. */
function readChildren(x: XmlScanner, parent: string, child: string, each: () => void): void {
  for (let u = x.next(); !(u === Tok.Close && x.name === parent); u = x.next()) {
    if (u === Tok.End) throw new DirectReadDamaged(`ended inside <${parent}>`);
    if (u === Tok.Close) continue;
    if (x.name !== child) throw new DirectReadUnsupported(`<${x.name}> in ${parent}`);
    each();
    if (u === Tok.Open) x.skip();
  }
}

/** The hidden columns of `<cols>` (just opened), added to `hidden` in order. */
function readCols(x: XmlScanner, hidden: number[]): void {
  readChildren(x, 'cols', 'col', () => {
    if (!isTrue(x.attr('hidden'))) return;
    const min = parseInt(x.attr('min') ?? '', 10);
    const max = Math.min(parseInt(x.attr('max') ?? '', 10), MAX_COL);
    if (!(min >= 1) || !(max >= min)) return;
    for (let c = min; c <= max; c++) hidden.push(c);
  });
  hidden.sort((a, b) => a - b);
}

/** Reads `<sheetData>` (just opened) into the content's rows and hidden rows. */
function readSheetData(x: XmlScanner, book: BookContext, content: WorksheetContent): void {
  const { rows } = content;
  let r = 0;
  for (let t = x.next(); !(t === Tok.Close && x.name === 'sheetData'); t = x.next()) {
    if (t === Tok.End) throw new DirectReadDamaged('ended inside <sheetData>');
    const tag = x.name;
    if (tag !== 'row') throw new DirectReadUnsupported(`<${tag}> in sheetData`);
    const rAttr = x.attr('r');
    // A row without a number follows the one before it (ECMA-376 §18.3.1.73).
    const next = rAttr === undefined ? r + 1 : Number(rAttr);
    if (!Number.isInteger(next) || next <= r || next > MAX_ROW) throw new DirectReadUnsupported(`row ${rAttr ?? '(no number)'} after row ${r}`);
    r = next;
    if (isTrue(x.attr('hidden'))) content.hiddenRows.push(r);
    if (t === Tok.Empty) continue;
    const cells: (GridCell | undefined)[] = [];
    let col = 0;
    for (let u = x.next(); !(u === Tok.Close && x.name === 'row'); u = x.next()) {
      if (u === Tok.End) throw new DirectReadDamaged('ended inside <row>');
      const cellTag = x.name;
      if (cellTag !== 'c' || u === Tok.Close) throw new DirectReadUnsupported(`<${cellTag}> in row`);
      const ref = x.attr('r');
      const at = ref === undefined ? { row: r, col: col + 1 } : decodeAddress(ref);
      if (!at || at.row !== r || at.col <= col) throw new DirectReadUnsupported(`cell ${ref ?? '(no address)'} in row ${r}`);
      col = at.col;
      const cell = readCell(x, u, book);
      if (cell) cells[col - 1] = cell;
    }
    if (cells.length) rows[r - 1] = cells;
  }
}

/**
 * One `<c>` (just met, `u` its token): the grid cell Excel shows, or undefined for an empty one.
 */
function readCell(x: XmlScanner, u: Tok, book: BookContext): GridCell | undefined {
  const type = x.attr('t');
  if (type !== undefined && !CELL_TYPES.has(type)) throw new DirectReadUnsupported(`cell type ${type}`);
  const sAttr = x.attr('s');
  if (sAttr !== undefined && !/^\d+$/.test(sAttr)) throw new DirectReadUnsupported(`style index ${sAttr}`);
  const styleId = sAttr ? Number(sAttr) : 0;
  const fmt = styleId ? book.formats[styleId] : undefined;
  let value: string | undefined;
  if (u === Tok.Open) {
    for (let w = x.next(); !(w === Tok.Close && x.name === 'c'); w = x.next()) {
      if (w === Tok.End) throw new DirectReadDamaged('ended inside <c>');
      if (w === Tok.Close) {
        if (x.name !== 'is') throw new DirectReadUnsupported(`</${x.name}> in c`);
        continue;
      }
      const n = x.name;
      if (n === 'v' || (n === 't' && x.parent(w === Tok.Open ? 1 : 0) === 'is')) {
        if (w === Tok.Open) value = (value ?? '') + elementText(x);
      } else if (n === 'r' && x.parent(w === Tok.Open ? 1 : 0) === 'is') {
        if (w === Tok.Open) value = (value ?? '') + runText(x);
      } else if (n === 'is' || (n === 'f' && w === Tok.Empty)) continue;
      else if (w === Tok.Open && (n === 'f' || n === 'extLst' || n === 'rPh' || n === 'phoneticPr')) x.skip();
      else if (n !== 'rPh' && n !== 'phoneticPr') throw new DirectReadUnsupported(`<${n}> in c`);
    }
  }
  if (value === undefined || value === '') return undefined;
  const v = cellValue(type, value, book, styleId);
  if (v === null || v === '') return undefined;
  return fmt ? { v, fmt } : { v };
}

/** The value of a cell's `<v>` (or inline text) by its type. */
function cellValue(type: string | undefined, value: string, book: BookContext, styleId: number): CellValue {
  switch (type) {
    case 's': {
      const shared = book.strings[parseInt(value, 10)];
      if (shared === undefined) throw new DirectReadUnsupported(`shared string ${value}`);
      return shared;
    }
    case 'str': case 'inlineStr': return unescapeOoxml(value);
    case 'b': return value.trim() === '1' || value.trim() === 'true';
    case 'e': return { error: value };
    case 'd': {
      const m = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value);
      if (!m) throw new DirectReadUnsupported(`date cell ${value}`);
      return { date: m[1] as string };
    }
    default: {
      if (value.trim() === '') return null;
      const num = Number(value);
      if (!Number.isFinite(num)) throw new DirectReadUnsupported(`number ${value}`);
      if (num !== 0 && Math.abs(num) < 2.2250738585072014e-308) return 0; // Excel holds no subnormal numbers: it shows 0
      if (styleId && book.dateFormat[styleId] === true) {
        const iso = serialDateIso(num, book.date1904);
        return iso ? { date: iso } : num;
      }
      return num;
    }
  }
}

/**
 * The grid of a worksheet: duplicate merges listed once, covered cells of merged areas emptied
 * (Excel shows only the top-left cell's value), trailing empty rows and cells dropped.
 * @throws DirectReadUnsupported for merged areas that overlap (Excel repairs such a file)
 */
export function worksheetGrid(file: string, sheet: string, hidden: boolean, content: WorksheetContent, tables: GridTable[]): SheetGrid {
  const { rows } = content;
  const merges = distinctMerges(content.merges);
  let last = rows.length;
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const cells = rows[r - 1];
      if (!cells) continue;
      for (let c = m.left; c <= m.right && c <= cells.length; c++) if ((r !== m.top || c !== m.left) && cells[c - 1]) cells[c - 1] = undefined;
    }
  }
  const out: (GridCell | undefined)[][] = new Array<(GridCell | undefined)[]>(last);
  for (let i = 0; i < last; i++) out[i] = trimmed(rows[i]);
  while (last > 0 && (out[last - 1] as (GridCell | undefined)[]).length === 0) last--;
  out.length = last;
  const grid: SheetGrid = { file, sheet, rows: out, merges, tables };
  if (hidden) grid.hidden = true;
  if (content.hiddenRows.length) grid.hiddenRows = content.hiddenRows;
  if (content.hiddenCols.length) grid.hiddenCols = content.hiddenCols;
  return grid;
}

/** Merges without repeats (some producers list one twice); overlapping different ones are unsupported. */
function distinctMerges(ranges: CellRange[]): CellRange[] {
  if (ranges.length < 2) return ranges;
  const seen = new Set<string>();
  const out: CellRange[] = [];
  const covered = new Set<number>();
  for (const m of ranges) {
    const key = `${m.top},${m.left},${m.bottom},${m.right}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 1_000_000) throw new DirectReadUnsupported('a merged area past a million cells');
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) {
      const k = r * 16385 + c;
      if (covered.has(k)) throw new DirectReadUnsupported('overlapping merges');
      covered.add(k);
    }
    out.push(m);
  }
  return out;
}

/** A row's cells without trailing holes, or []. */
function trimmed(cells: (GridCell | undefined)[] | undefined): (GridCell | undefined)[] {
  if (!cells) return [];
  let n = cells.length;
  while (n > 0 && cells[n - 1] === undefined) n--;
  if (n !== cells.length) cells.length = n;
  return cells;
}
