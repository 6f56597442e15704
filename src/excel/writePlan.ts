/**
 * Planning how a SheetModel is written through office.js, without office.js: the value matrix, the
 * cells grouped per style property and value into rectangles (a fill over the lagging rows, a font size
 * over the whole table, an alignment per column block — never a format per cell), number formats as
 * one broadcast value per rectangle, row heights per height, merges of consecutive full rows in one
 * call, and the request size of each part measured as payload.ts measures it, so the sink splits a
 * batch only when it would pass Excel on the web's 5 MB request limit.
 */
import { CellRange, cellAddress } from '../domain/grid';
import { CellStyle, SheetModel } from '../domain/sheetModel';
import { ACTION_OVERHEAD_BYTES as ACTION_BYTES, actionBytes, matrixBytes, utf8Length } from './payload';
import { textEntry } from './textEntry';

export { utf8Length } from './payload';

/** Bytes of one request Zhuanbao allows itself (Excel on the web refuses requests over 5 MB). */
export const REQUEST_BUDGET_BYTES = 4_500_000;
/** Longest address list given to one `getRanges` call. */
export const MAX_AREAS_ADDRESS = 2000;

export type WriteValue = string | number;

type StyleProp = Exclude<keyof CellStyle, 'numFmt'>;
const STYLE_PROPS: StyleProp[] = ['bold', 'size', 'font', 'color', 'fill', 'hAlign', 'vAlign', 'wrap', 'border'];

/** One style property set to one value over some areas. */
export interface StyleLayer {
  prop: StyleProp;
  value: string | number | boolean;
  areas: CellRange[];
  /** Area addresses joined for `getRanges`, each list at most MAX_AREAS_ADDRESS long. */
  addressLists: string[];
  /** Request bytes of applying the layer. */
  bytes: number;
}

/** One numberFormat write: a one-value matrix over a rectangle, or a column's formats cell by cell. */
export interface FormatWrite {
  address: string;
  matrix: string[][];
  /** Request bytes (the getRange and the numberFormat set). */
  bytes: number;
}

export interface MergeRun {
  /** A1 range; with `across`, each row of it is merged on its own. */
  address: string;
  across: boolean;
}

export interface SheetWritePlan {
  name: string;
  rowCount: number;
  colCount: number;
  /** rowCount × colCount values; empty cells are "". */
  values: WriteValue[][];
  /** Row blocks of the value matrix, each within the request budget, with their request bytes. */
  valueBlocks: { start: number; count: number; bytes: number }[];
  styles: StyleLayer[];
  numberFormats: FormatWrite[];
  /** Rows of the same explicit height, as whole-row address lists (`3:5,9:9`). */
  rowHeights: { height: number; addressLists: string[]; bytes: number }[];
  merges: MergeRun[];
}

/**
 * A cell value as written: text that Excel would take for a formula, a number or a date is kept as
 * text (see textEntry).
 * @example writeValue('=A1') === "'=A1"; writeValue('-3天') === "'-3天"; writeValue(null) === ''
 */
export function writeValue(v: string | number | null): WriteValue {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : textEntry(String(v));
  return textEntry(v);
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

/** Splits addresses into comma-joined lists no longer than `max` characters. */
export function addressLists(areas: (CellRange | string)[], max = MAX_AREAS_ADDRESS): string[] {
  const lists: string[] = [];
  let cur = '';
  for (const a of areas) {
    const addr = typeof a === 'string' ? a : rangeAddress(a);
    if (cur && cur.length + 1 + addr.length > max) { lists.push(cur); cur = ''; }
    cur = cur ? `${cur},${addr}` : addr;
  }
  if (cur) lists.push(cur);
  return lists;
}

/** Request bytes of a style layer: per address list, the getRanges call and the property set(s). */
export function layerBytes(prop: StyleProp, value: StyleLayer['value'], lists: string[]): number {
  // A border is six edges, each an item fetched and given a style and a colour.
  const sets = prop === 'border' ? 6 * (actionBytes(['EdgeTop']) + actionBytes('Continuous') + actionBytes('#808080')) : actionBytes(value);
  return lists.reduce((n, l) => n + actionBytes([l]) + sets, 0);
}

/**
 * Merges as few calls: consecutive single-row merges with the same columns become one
 * `merge(true)` (each row merged on its own); others are merged one by one.
 */
export function mergeRuns(merges: CellRange[]): MergeRun[] {
  const out: MergeRun[] = [];
  const single = merges.filter((m) => m.top === m.bottom).sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  for (const m of merges) if (m.top !== m.bottom) out.push({ address: rangeAddress(m), across: false });
  let run: CellRange | null = null;
  for (const m of single) {
    if (run && run.left === m.left && run.right === m.right && run.bottom + 1 === m.top) { run.bottom = m.top; continue; }
    if (run) out.push({ address: rangeAddress(run), across: run.bottom > run.top });
    run = { ...m };
  }
  if (run) out.push({ address: rangeAddress(run), across: run.bottom > run.top });
  return out;
}

/** Request bytes of the merges. */
export function mergeBytes(runs: MergeRun[]): number {
  return runs.reduce((n, m) => n + actionBytes([m.address]) + actionBytes([m.across]), 0);
}

function formatWrite(top: number, left: number, matrix: string[][]): FormatWrite {
  const bottom = top + matrix.length - 1;
  const right = left + (matrix[0]?.length ?? 1) - 1;
  const address = rangeAddress({ top, left, bottom, right });
  return { address, matrix, bytes: actionBytes([address]) + matrixBytes(matrix) };
}

/**
 * Number formats as few bytes as possible: a column whose formats change often (a unit per row) is
 * written cell by cell over its extent in one matrix ('General' between), split within the budget;
 * the other formats as one broadcast value per rectangle.
 */
export function planFormats(keys: (string | null)[][], colCount: number, budget = REQUEST_BUDGET_BYTES): FormatWrite[] {
  const out: FormatWrite[] = [];
  const rest = keys.map((r) => [...r]);
  for (let c = 0; c < colCount; c++) {
    let first = -1;
    let last = -1;
    let runs = 0;
    let runsCost = 0;
    let cellsCost = 0;
    for (let r = 0; r < keys.length; r++) {
      const k = keys[r]?.[c] ?? null;
      if (k === null) continue;
      if (first < 0) first = r;
      last = r;
      if ((keys[r - 1]?.[c] ?? null) !== k) { runs++; runsCost += 2 * ACTION_BYTES + 20 + utf8Length(k); }
    }
    if (runs < 3) continue;
    for (let r = first; r <= last; r++) cellsCost += utf8Length(JSON.stringify(keys[r]?.[c] ?? 'General')) + 3;
    if (cellsCost * 2 > runsCost) continue;
    let top = first;
    let chunk: string[][] = [];
    let bytes = 0;
    for (let r = first; r <= last; r++) {
      const f = keys[r]?.[c] ?? 'General';
      const b = utf8Length(JSON.stringify(f)) + 3;
      if (chunk.length && bytes + b > budget / 4) {
        out.push(formatWrite(top + 1, c + 1, chunk));
        top = r;
        chunk = [];
        bytes = 0;
      }
      chunk.push([f]);
      bytes += b;
      const row = rest[r];
      if (row) row[c] = null;
    }
    if (chunk.length) out.push(formatWrite(top + 1, c + 1, chunk));
  }
  for (const [numFmt, areas] of rectangles(rest, colCount)) {
    for (const a of areas) {
      const address = rangeAddress(a);
      out.push({ address, matrix: [[numFmt]], bytes: actionBytes([address]) + actionBytes([[numFmt]]) });
    }
  }
  return out;
}

/**
 * Plans the writing of one sheet.
 * @example planSheet(model).styles — one layer per style property and value
 */
export function planSheet(model: SheetModel, budget = REQUEST_BUDGET_BYTES): SheetWritePlan {
  let colCount = model.columns.length;
  for (const row of model.rows) colCount = Math.max(colCount, row.cells.length);
  for (const m of model.merges) colCount = Math.max(colCount, m.right);
  colCount = Math.max(colCount, 1);
  const rowCount = Math.max(model.rows.length, 1);
  const values: WriteValue[][] = [];
  const propKeys = new Map<StyleProp, (string | null)[][]>(STYLE_PROPS.map((p) => [p, []]));
  const fmtKeys: (string | null)[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const cells = model.rows[r]?.cells ?? [];
    const vrow: WriteValue[] = new Array<WriteValue>(colCount).fill('');
    const prow = new Map<StyleProp, (string | null)[]>(STYLE_PROPS.map((p) => [p, new Array<string | null>(colCount).fill(null)]));
    const frow: (string | null)[] = new Array<string | null>(colCount).fill(null);
    for (let c = 0; c < colCount; c++) {
      const cell = cells[c];
      if (!cell) continue;
      vrow[c] = writeValue(cell.value);
      const st = cell.style;
      if (!st) continue;
      for (const p of STYLE_PROPS) {
        const v = st[p];
        if (v !== undefined && v !== false) prow.get(p)![c] = JSON.stringify(v);
      }
      if (st.numFmt && st.numFmt !== 'General') frow[c] = st.numFmt;
    }
    values.push(vrow);
    for (const p of STYLE_PROPS) propKeys.get(p)!.push(prow.get(p)!);
    fmtKeys.push(frow);
  }
  const valueBlocks: SheetWritePlan['valueBlocks'] = [];
  let start = 0;
  let bytes = 0;
  const address = actionBytes([0, 0, 1, colCount]);
  for (let r = 0; r < values.length; r++) {
    const rb = utf8Length(JSON.stringify(values[r])) + 1;
    if (bytes > 0 && bytes + rb > budget - address - 200) {
      valueBlocks.push({ start, count: r - start, bytes: bytes + address + 200 });
      start = r;
      bytes = 0;
    }
    bytes += rb;
  }
  valueBlocks.push({ start, count: values.length - start, bytes: matrixBytes(values.slice(start)) + address });

  const styles: StyleLayer[] = [];
  for (const p of STYLE_PROPS) {
    for (const [key, areas] of rectangles(propKeys.get(p)!, colCount)) {
      const value = JSON.parse(key) as StyleLayer['value'];
      const lists = addressLists(areas);
      styles.push({ prop: p, value, areas, addressLists: lists, bytes: layerBytes(p, value, lists) });
    }
  }
  const numberFormats = planFormats(fmtKeys, colCount, budget);
  const byHeight = new Map<number, string[]>();
  let run: { top: number; bottom: number; height: number } | null = null;
  const flush = (): void => {
    if (!run) return;
    const list = byHeight.get(run.height) ?? [];
    list.push(`${run.top}:${run.bottom}`);
    byHeight.set(run.height, list);
  };
  model.rows.forEach((row, i) => {
    if (row.height === undefined) return;
    if (run && run.bottom === i && run.height === row.height) { run.bottom = i + 1; return; }
    flush();
    run = { top: i + 1, bottom: i + 1, height: row.height };
  });
  flush();
  const rowHeights = [...byHeight].map(([height, rows]) => {
    const lists = addressLists(rows);
    return { height, addressLists: lists, bytes: lists.reduce((n, l) => n + actionBytes([l]) + actionBytes(height), 0) };
  });
  return { name: model.name, rowCount, colCount, values, valueBlocks, styles, numberFormats, rowHeights, merges: mergeRuns(model.merges) };
}
