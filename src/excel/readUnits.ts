/**
 * Step 3 of the Excel source's read: the units (value blocks, merged-area and visible-cell slices)
 * loaded in requests within the response budget, and what each answer fills in its grid. A request
 * Excel still refuses with ResponsePayloadSizeLimitExceeded (the sample underestimated the data) is
 * read again with each value block halved, one per request.
 */
import { CellRange, GridCell, SheetGrid } from '../domain/grid';
import { toGridCell } from './officeValues';
import { parseAreas } from './readSlices';

/** One block of values to load, or one merge slice, with the grid it fills. */
export interface ReadUnit {
  grid: SheetGrid;
  ws: Excel.Worksheet;
  row: number;
  col: number;
  rows: number;
  cols: number;
  kind: 'values' | 'merges' | 'visible';
  /** Estimated response bytes. */
  bytes: number;
  /** For 'visible': the visible areas found so far in the whole range (shared by its slices). */
  visible?: { range: CellRange; areas: CellRange[] };
}

/**
 * Step 3: loads the units in requests within the budget, the last one with the caller's final sync.
 * A request Excel still answers with ResponsePayloadSizeLimitExceeded is read again with its value
 * blocks halved.
 * @example await readUnits(context, units, READ_BUDGET_BYTES) // the units' grids now hold values, merges, visible areas
 */
export async function readUnits(context: Excel.RequestContext, units: ReadUnit[], budget: number): Promise<void> {
  const requests: ReadUnit[][] = [];
  let cur: ReadUnit[] = [];
  let bytes = 0;
  for (const u of units) {
    if (cur.length && bytes + u.bytes > budget) { requests.push(cur); cur = []; bytes = 0; }
    cur.push(u);
    bytes += u.bytes;
  }
  requests.push(cur);
  for (const req of requests) await readRequest(context, req, 0);
}

async function readRequest(context: Excel.RequestContext, req: ReadUnit[], depth: number): Promise<void> {
  const queued = req.map((u) => {
    const r = u.ws.getRangeByIndexes(u.row, u.col, u.rows, u.cols);
    if (u.kind === 'values') {
      r.load('values,numberFormat,valueTypes');
      return { u, r, areas: null };
    }
    const areas = u.kind === 'merges' ? r.getMergedAreasOrNullObject() : r.getSpecialCellsOrNullObject('Visible');
    areas.load('address');
    return { u, r, areas };
  });
  try {
    await context.sync();
  } catch (err) {
    const code = err && typeof err === 'object' && 'code' in err ? (err as { code: unknown }).code : undefined;
    const splittable = req.some((u) => u.kind === 'values' && u.rows > 1);
    if (code !== 'ResponsePayloadSizeLimitExceeded' || !splittable || depth >= 8) throw err;
    // The estimate was too low: each value block is read again in halves, one per request (the
    // small merge and visibility asks ride with the first).
    const halves = req.filter((u) => u.kind === 'values').flatMap((u) => (u.rows > 1
      ? [{ ...u, rows: Math.ceil(u.rows / 2) }, { ...u, row: u.row + Math.ceil(u.rows / 2), rows: Math.floor(u.rows / 2) }]
      : [u]));
    const small = req.filter((u) => u.kind !== 'values');
    for (const [i, h] of halves.entries()) await readRequest(context, i === 0 ? [h, ...small] : [h], depth + 1);
    return;
  }
  for (const { u, r, areas } of queued) {
    if (!areas) fillGrid(u.grid, u.row + 1, u.col + 1, r);
    else if (areas.isNullObject || !areas.address) continue;
    else if (u.kind === 'merges') u.grid.merges.push(...parseAreas(areas.address));
    else u.visible?.areas.push(...parseAreas(areas.address));
  }
}

/** One value block's values, formats and types onto its grid (1-based top-left). */
function fillGrid(grid: SheetGrid, top: number, left: number, data: Excel.Range): void {
  const values = data.values;
  const formats = data.numberFormat;
  const types = data.valueTypes;
  for (let i = 0; i < values.length; i++) {
    const vrow = values[i] ?? [];
    let row: (GridCell | undefined)[] | undefined;
    for (let j = 0; j < vrow.length; j++) {
      const cell = toGridCell(vrow[j], types?.[i]?.[j], formats?.[i]?.[j] as string | undefined);
      if (!cell) continue;
      row ??= grid.rows[top + i - 1] ?? (grid.rows[top + i - 1] = []);
      row[left + j - 1] = cell;
    }
  }
}
