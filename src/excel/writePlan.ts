/**
 * Planning how a SheetModel is written through office.js, without office.js: the value matrix, the
 * cells grouped by identical style into rectangles (so formats cost one request per style, not per
 * cell), number formats, row heights, and the estimated request size of each part, so the sink can
 * split a batch only when it would pass Excel on the web's 5 MB request limit.
 */
import { CellRange, cellAddress } from '../domain/grid';
import { CellStyle, SheetModel } from '../domain/sheetModel';

/** Bytes of one request Zhuanbao allows itself (Excel on the web refuses requests over 5 MB). */
export const REQUEST_BUDGET_BYTES = 4_000_000;
/** Longest address list given to one `getRanges` call. */
export const MAX_AREAS_ADDRESS = 2000;
/** Estimated bytes of one queued operation besides its payload. */
export const OP_OVERHEAD_BYTES = 160;

export type WriteValue = string | number;

export interface StyleGroup {
  key: string;
  style: Omit<CellStyle, 'numFmt'>;
  areas: CellRange[];
  /** Area addresses joined for `getRanges`, each list at most MAX_AREAS_ADDRESS long. */
  addressLists: string[];
}

export interface FormatGroup {
  numFmt: string;
  areas: CellRange[];
}

export interface SheetWritePlan {
  name: string;
  rowCount: number;
  colCount: number;
  /** rowCount × colCount values; empty cells are "". */
  values: WriteValue[][];
  /** Row blocks of the value matrix, each within the request budget. */
  valueBlocks: { start: number; count: number; bytes: number }[];
  styles: StyleGroup[];
  numberFormats: FormatGroup[];
  /** Runs of consecutive rows with the same explicit height (1-based rows, points). */
  rowHeights: { top: number; bottom: number; height: number }[];
}

/** UTF-8 length of a string, without allocating. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

/** Estimated JSON bytes of a value. */
function valueBytes(v: WriteValue): number {
  return typeof v === 'number' ? String(v).length + 1 : utf8Length(v) + 3;
}

/**
 * A cell value as written: strings that Excel would take for a formula are kept as text.
 * @example writeValue('=A1') === "'=A1"; writeValue(null) === ''
 */
export function writeValue(v: string | number | null): WriteValue {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  return /^[=+\-@]/.test(v) && v.length > 1 && !/^[+-]?\d/.test(v) ? `'${v}` : v;
}

/** A1 address of a range (`A1` for one cell). */
export function rangeAddress(r: CellRange): string {
  const a = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right)}`;
}

/**
 * Groups the cells of a key matrix into rectangles: vertical runs per column, then runs of equal
 * extent merged across neighbouring columns.
 * @example rectangles([['a','a'],['a','a']]) → Map { 'a' → [{ top: 1, left: 1, bottom: 2, right: 2 }] }
 */
export function rectangles(keys: (string | null)[][], colCount: number): Map<string, CellRange[]> {
  const out = new Map<string, CellRange[]>();
  let open = new Map<string, CellRange>();
  for (let c = 1; c <= colCount; c++) {
    const next = new Map<string, CellRange>();
    let r = 1;
    while (r <= keys.length) {
      const key = keys[r - 1]?.[c - 1] ?? null;
      if (key === null) { r++; continue; }
      let bottom = r;
      while (bottom < keys.length && (keys[bottom]?.[c - 1] ?? null) === key) bottom++;
      const id = `${r}:${bottom}:${key}`;
      const prev = open.get(id);
      if (prev) { prev.right = c; next.set(id, prev); }
      else {
        const rect = { top: r, left: c, bottom, right: c };
        const list = out.get(key) ?? [];
        list.push(rect);
        out.set(key, list);
        next.set(id, rect);
      }
      r = bottom + 1;
    }
    open = next;
  }
  return out;
}

/** A style without its number format (number formats are written separately). */
function withoutNumFmt(s: CellStyle): Omit<CellStyle, 'numFmt'> {
  const rest: CellStyle = { ...s };
  delete rest.numFmt;
  return rest;
}

function styleKey(s: CellStyle | undefined): string | null {
  if (!s) return null;
  const rest = withoutNumFmt(s);
  const entries = Object.entries(rest).filter(([, v]) => v !== undefined && v !== false);
  if (!entries.length) return null;
  entries.sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(Object.fromEntries(entries));
}

/** Splits addresses into comma-joined lists no longer than `max` characters. */
export function addressLists(areas: CellRange[], max = MAX_AREAS_ADDRESS): string[] {
  const lists: string[] = [];
  let cur = '';
  for (const a of areas) {
    const addr = rangeAddress(a);
    if (cur && cur.length + 1 + addr.length > max) { lists.push(cur); cur = ''; }
    cur = cur ? `${cur},${addr}` : addr;
  }
  if (cur) lists.push(cur);
  return lists;
}

/**
 * Plans the writing of one sheet.
 * @example planSheet(model).styles.length — one group per distinct style
 */
export function planSheet(model: SheetModel, budget = REQUEST_BUDGET_BYTES): SheetWritePlan {
  let colCount = model.columns.length;
  for (const row of model.rows) colCount = Math.max(colCount, row.cells.length);
  for (const m of model.merges) colCount = Math.max(colCount, m.right);
  colCount = Math.max(colCount, 1);
  const rowCount = Math.max(model.rows.length, 1);
  const values: WriteValue[][] = [];
  const styleKeys: (string | null)[][] = [];
  const fmtKeys: (string | null)[][] = [];
  const styleByKey = new Map<string, Omit<CellStyle, 'numFmt'>>();
  for (let r = 0; r < rowCount; r++) {
    const cells = model.rows[r]?.cells ?? [];
    const vrow: WriteValue[] = new Array<WriteValue>(colCount).fill('');
    const srow: (string | null)[] = new Array<string | null>(colCount).fill(null);
    const frow: (string | null)[] = new Array<string | null>(colCount).fill(null);
    for (let c = 0; c < colCount; c++) {
      const cell = cells[c];
      if (!cell) continue;
      vrow[c] = writeValue(cell.value);
      const key = styleKey(cell.style);
      if (key && cell.style) {
        srow[c] = key;
        if (!styleByKey.has(key)) styleByKey.set(key, withoutNumFmt(cell.style));
      }
      if (cell.style?.numFmt && cell.style.numFmt !== 'General') frow[c] = cell.style.numFmt;
    }
    values.push(vrow);
    styleKeys.push(srow);
    fmtKeys.push(frow);
  }
  const valueBlocks: SheetWritePlan['valueBlocks'] = [];
  let start = 0;
  let bytes = 0;
  for (let r = 0; r < values.length; r++) {
    let rb = 2;
    for (const v of values[r] ?? []) rb += valueBytes(v);
    if (bytes > 0 && bytes + rb > budget) {
      valueBlocks.push({ start, count: r - start, bytes });
      start = r;
      bytes = 0;
    }
    bytes += rb;
  }
  valueBlocks.push({ start, count: values.length - start, bytes: bytes + OP_OVERHEAD_BYTES });

  const styles: StyleGroup[] = [...rectangles(styleKeys, colCount)].map(([key, areas]) => ({
    key, style: styleByKey.get(key) ?? {}, areas, addressLists: addressLists(areas),
  }));
  const numberFormats: FormatGroup[] = [...rectangles(fmtKeys, colCount)].map(([numFmt, areas]) => ({ numFmt, areas }));
  const rowHeights: SheetWritePlan['rowHeights'] = [];
  model.rows.forEach((row, i) => {
    if (row.height === undefined) return;
    const last = rowHeights[rowHeights.length - 1];
    if (last && last.bottom === i && last.height === row.height) last.bottom = i + 1;
    else rowHeights.push({ top: i + 1, bottom: i + 1, height: row.height });
  });
  return { name: model.name, rowCount, colCount, values, valueBlocks, styles, numberFormats, rowHeights };
}

/** Estimated request bytes of applying a style group (per address list). */
export function styleGroupBytes(g: StyleGroup): number {
  const props = Object.keys(g.style).length + (g.style.border ? 6 : 0);
  return g.addressLists.reduce((n, a) => n + a.length + OP_OVERHEAD_BYTES * (1 + props), 0);
}

/** Estimated request bytes of a number-format area. */
export function formatAreaBytes(fmt: string, a: CellRange): number {
  const cells = (a.bottom - a.top + 1) * (a.right - a.left + 1);
  return OP_OVERHEAD_BYTES + cells * (utf8Length(fmt) + 3);
}
