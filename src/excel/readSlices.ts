/**
 * Where the Excel source asks Excel about a range in pieces, and what the answers mean: merged-area
 * slices under getMergedAreasOrNullObject's 512 limit, visible-cell slices of a bounded number of
 * areas, the hidden rows and columns those visible areas leave, and RangeAreas addresses. Pure.
 */
import { CellRange, parseRange } from '../domain/grid';
import { localAddress } from './officeValues';

/** Most merged areas one getMergedAreasOrNullObject call may return (reference of the method). */
export const MERGED_AREAS_LIMIT = 512;

/** One piece of a range, 0-based offsets within it. */
export interface Slice {
  row: number;
  rows: number;
  col: number;
  cols: number;
}

/** Parses a RangeAreas address (`'S'!A1:B2, 'S'!C3`) into ranges. */
export function parseAreas(address: string): CellRange[] {
  return address
    .split(',')
    .map((a) => parseRange(localAddress(a.trim())))
    .filter((r): r is CellRange => r !== null);
}

/**
 * Row × column slices of a rows × cols range, none of which can hold the top-left cells of more than
 * 512 merged areas: every merge with its top-left in a slice of n rows and w columns covers that cell
 * and its right or lower neighbour, inside the (n+1) × (w+1) cells from the slice's corner; merges
 * do not overlap, so there are at most (n+1)(w+1)/2 of them, and slices keep (n+1)(w+1) ≤ 1024.
 * Offsets are 0-based within the range.
 * @example mergeSlices(10000, 8).length === 90; mergeSlices(10, 8) → [{ row: 0, rows: 10, col: 0, cols: 8 }]
 */
export function mergeSlices(rows: number, cols: number, limit = MERGED_AREAS_LIMIT): Slice[] {
  const w = Math.max(1, Math.min(cols, limit - 1));
  const n = Math.max(1, Math.floor((2 * limit) / (w + 1)) - 1);
  const out: Slice[] = [];
  for (let r = 0; r < rows; r += n) for (let c = 0; c < cols; c += w) out.push({ row: r, rows: Math.min(n, rows - r), col: c, cols: Math.min(w, cols - c) });
  return out;
}

/** Most visible areas one slice can have (a bound, not a documented limit: Excel's areas stay few). */
export const VISIBLE_AREAS_LIMIT = 2048;

/**
 * Row slices of a rows × cols range for reading its visible cells: with every other row and column
 * hidden a slice of n rows and w columns has (⌈n/2⌉)(⌈w/2⌉) visible areas, kept within the limit.
 * @example visibilitySlices(10000, 8).length === 10
 */
export function visibilitySlices(rows: number, cols: number, limit = VISIBLE_AREAS_LIMIT): Slice[] {
  const w = Math.max(1, Math.min(cols, 2 * Math.floor(limit / 2)));
  const n = Math.max(1, 2 * Math.floor(limit / Math.ceil(w / 2)));
  const out: Slice[] = [];
  for (let r = 0; r < rows; r += n) for (let c = 0; c < cols; c += w) out.push({ row: r, rows: Math.min(n, rows - r), col: c, cols: Math.min(w, cols - c) });
  return out;
}

/**
 * The rows and columns of `range` (1-based) with no cell in any of the visible areas.
 * @example hiddenLines({ top: 1, left: 1, bottom: 4, right: 3 }, [{ top: 1, left: 1, bottom: 2, right: 1 }, { top: 4, left: 1, bottom: 4, right: 1 }]) → { rows: [3], cols: [2, 3] }
 */
export function hiddenLines(range: CellRange, visible: CellRange[]): { rows: number[]; cols: number[] } {
  const uncovered = (from: number, to: number, spans: [number, number][]): number[] => {
    const out: number[] = [];
    const sorted = spans.sort((a, b) => a[0] - b[0]);
    let next = from;
    for (const [a, b] of sorted) {
      for (let i = next; i < Math.min(a, to + 1); i++) out.push(i);
      next = Math.max(next, b + 1);
    }
    for (let i = next; i <= to; i++) out.push(i);
    return out;
  };
  return {
    rows: uncovered(range.top, range.bottom, visible.map((v) => [v.top, v.bottom])),
    cols: uncovered(range.left, range.right, visible.map((v) => [v.left, v.right])),
  };
}

/**
 * Ascending union of two lists of line numbers.
 * @example unionLines([1, 5], [3, 5]) → [1, 3, 5]
 */
export function unionLines(a: number[] | undefined, b: number[]): number[] {
  return [...new Set([...(a ?? []), ...b])].sort((x, y) => x - y);
}
