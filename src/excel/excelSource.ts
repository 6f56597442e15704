/**
 * The office.js TrackingSource: reads the departments' tracking sheets of the open workbook into the
 * domain's grids — the bound ranges and tables when the clerk has bound some, otherwise every sheet
 * except Zhuanbao's own. Office values become domain values at the edge (see officeValues).
 *
 * Three `context.sync()` calls whatever the row count:
 * 1. the sheets, tables, bindings and Zhuanbao's state;
 * 2. the ranges to read (used or bound ranges), the table ranges, and a sample of each sheet's first
 *    rows (values, number formats, types), which sizes the reads from the data;
 * 3. values, number formats and value types in blocks, with the merged areas in row slices.
 * More only when one response would pass Excel on the web's 5 MB limit (measured from the sample, and
 * split further if Excel still answers ResponsePayloadSizeLimitExceeded).
 *
 * Merged areas: `getMergedAreasOrNullObject` (ExcelApi 1.13) fails above 512 merged areas and returns
 * the areas whose top-left cell is in the range, each whole (OfficeDev/office-js#3611), so each range
 * is asked in slices that cannot hold more than 512 top-left cells of merges (mergeSlices), in the
 * same requests as the values. Without ExcelApi 1.13 merges are not read, and `notes` says so.
 *
 * Hidden rows and columns (SheetGrid.hiddenRows / hiddenCols): the visible cells of each range,
 * `getSpecialCellsOrNullObject('Visible')` (ExcelApi 1.9), in row slices of a bounded number of areas,
 * also in the same requests; a row (column) with no visible cell in the range is hidden — rows a
 * filter hides too, as Excel shows them.
 */
import { CellRange, GridCell, SheetGrid, parseRange } from '../domain/grid';
import { FileFailure } from '../domain/report';
import { SourceReading, TrackingSource } from '../domain/workbookPort';
import { step } from './errors';
import { localAddress, toGridCell } from './officeValues';
import { utf8Length } from './payload';
import { ApiSupport, ExcelRunner, officeRunner, supportOf } from './runner';
import { LoadedState, StoredBinding, ownSheetNames, queueLoadState } from './storedState';

/** Response bytes the source allows itself per sync (Excel on the web answers at most 5 MB). */
export const READ_BUDGET_BYTES = 4_000_000;
/** Rows of each sheet sampled to size the reads. */
export const SAMPLE_ROWS = 200;
/** Margin over the sample's widest row, for rows further down with longer texts. */
export const SAMPLE_MARGIN = 1.25;
/** Most merged areas one getMergedAreasOrNullObject call may return (reference of the method). */
export const MERGED_AREAS_LIMIT = 512;

/** What the clerk is told when this Excel cannot read merged cells. */
export const MERGES_UNSUPPORTED = '当前 Excel 版本不支持读取合并单元格（需要 ExcelApi 1.13：Excel 2021 或更新的 Microsoft 365），合并单元格按未合并读取，分组名称可能只出现在每组第一行。请升级 Excel，或用命令行 zhuanbao 处理文件。';

export interface ExcelSourceOptions {
  runner?: ExcelRunner;
  /** ExcelApi support (default: office.js's isSetSupported). */
  supports?: ApiSupport;
  /** Read every sheet even when bindings exist (the pane's sheet list). */
  allSheets?: boolean;
  /** With allSheets: read only these sheets (the column-mapping editor reads the one it shows). */
  onlySheets?: string[];
  /** Response budget in bytes (tests lower it to exercise chunking). */
  budget?: number;
}

/** A sheet as read, with how it was reached. */
export interface ReadSheetInfo {
  sheet: string;
  bindings: StoredBinding[];
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
export function mergeSlices(rows: number, cols: number, limit = MERGED_AREAS_LIMIT): { row: number; rows: number; col: number; cols: number }[] {
  const w = Math.max(1, Math.min(cols, limit - 1));
  const n = Math.max(1, Math.floor((2 * limit) / (w + 1)) - 1);
  const out: { row: number; rows: number; col: number; cols: number }[] = [];
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
export function visibilitySlices(rows: number, cols: number, limit = VISIBLE_AREAS_LIMIT): { row: number; rows: number; col: number; cols: number }[] {
  const w = Math.max(1, Math.min(cols, 2 * Math.floor(limit / 2)));
  const n = Math.max(1, 2 * Math.floor(limit / Math.ceil(w / 2)));
  const out: { row: number; rows: number; col: number; cols: number }[] = [];
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

/** Ascending union of two lists of line numbers. */
function unionLines(a: number[] | undefined, b: number[]): number[] {
  return [...new Set([...(a ?? []), ...b])].sort((x, y) => x - y);
}

/** A range to read (used range, or a bound range), with its sheet's sample. */
interface Part {
  range: Excel.Range;
  sample: Excel.Range | null;
}

interface Target {
  sheet: string;
  hidden: boolean;
  parts: Part[];
  bindings: StoredBinding[];
}

/** What the first sync loads. */
interface Start {
  loaded: LoadedState;
  useBindings: boolean;
  own: Set<string>;
  visibility: Map<string, Excel.SheetVisibility | string>;
  sheetIds: Set<string>;
  bindingIds: Set<string>;
}

/** One block of values to load, or one merge slice, with the grid it fills. */
interface ReadUnit {
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

const jsonBytes = (v: unknown): number => utf8Length(JSON.stringify(v) ?? '');

/**
 * Response bytes per cell a range will cost, from its sheet's sample: the widest sampled row's values,
 * formats and types as JSON (payload.ts's measure), with a margin; 40 when there is no sample.
 */
function sampleBytesPerCell(sample: Excel.Range | null): number {
  if (!sample || sample.isNullObject) return 40;
  const rows = sample.values.length;
  let widest = 0;
  for (let i = 0; i < rows; i++) {
    const n = jsonBytes(sample.values[i]) + jsonBytes(sample.numberFormat[i]) + jsonBytes(sample.valueTypes[i]);
    widest = Math.max(widest, n / Math.max(1, sample.columnCount));
  }
  return Math.max(8, widest * SAMPLE_MARGIN);
}

/** The office.js TrackingSource. */
export class ExcelTrackingSource implements TrackingSource {
  private readonly run: ExcelRunner;
  private readonly budget: number;
  private readonly supports: ApiSupport;
  /** The state loaded by the last read (settings, bindings, imports). */
  lastState: LoadedState | null = null;
  /** Bindings that no longer resolve (their range was deleted), found by the last read. */
  brokenBindings: StoredBinding[] = [];
  /** Bindings whose sheet was renamed since binding, with the sheet's name now (found by the last read). */
  renamedBindings: { binding: StoredBinding; sheet: string }[] = [];
  /** Plain Chinese notes on the last read (merged cells not readable in this Excel). */
  notes: string[] = [];
  /** The visible areas of each range read, gathered by the 'visible' units. */
  private visibility: { grid: SheetGrid; visible: { range: CellRange; areas: CellRange[] } }[] = [];

  constructor(private readonly options: ExcelSourceOptions = {}) {
    this.run = options.runner ?? officeRunner;
    this.budget = options.budget ?? READ_BUDGET_BYTES;
    this.supports = options.supports ?? supportOf(this.run);
  }

  readSheets(): Promise<SourceReading> {
    return step('读取跟踪表', () => this.run(async (context) => {
      const loadStart = this.queueStart(context);
      await context.sync();
      const start = loadStart();
      const queued = this.queueTargets(context, start);
      await context.sync();
      const targets = this.collectTargets(queued, start);
      const bookName = context.workbook.name || '当前工作簿';
      const byTarget = this.gridsOf(targets, start.loaded, bookName);
      this.visibility = [];
      await this.readUnits(context, this.unitsOf(targets, byTarget));
      const grids = [...byTarget.values()];
      this.applyVisibility();
      attachTables(grids, queued.tables);
      for (const g of grids) for (let i = 0; i < g.rows.length; i++) if (!g.rows[i]) g.rows[i] = [];
      const failures: FileFailure[] = this.brokenBindings.map((b) => ({
        file: bookName,
        message: `绑定「${b.sheet}」${b.address} 已失效（该区域或工作表可能已被删除），已跳过。请在任务窗格中重新绑定。`,
      }));
      return { grids, failures };
    }));
  }

  /** Step 1: sheets, tables, bindings and the stored state. */
  private queueStart(context: Excel.RequestContext): () => Start {
    const wb = context.workbook;
    wb.load('name');
    wb.worksheets.load('items/name,items/id,items/visibility');
    wb.tables.load('items/name,items/worksheet/name');
    wb.bindings.load('items/id');
    const loadState = queueLoadState(context);
    return () => {
      const loaded = loadState();
      this.lastState = loaded;
      return {
        loaded,
        useBindings: loaded.state.bindings.length > 0 && !this.options.allSheets,
        own: ownSheetNames(loaded),
        visibility: new Map(wb.worksheets.items.map((s) => [s.name, s.visibility])),
        sheetIds: new Set(wb.worksheets.items.map((s) => s.id)),
        bindingIds: new Set(wb.bindings.items.map((b) => b.id)),
      };
    };
  }

  /** Step 2: the ranges to read and their sizes, a sample of each sheet, the table ranges. */
  private queueTargets(context: Excel.RequestContext, start: Start) {
    const wb = context.workbook;
    const targets = new Map<string, Target>();
    const bound: { binding: StoredBinding; range: Excel.Range }[] = [];
    const samples = new Map<string, Excel.Range>();
    const sampleOf = (ws: Excel.Worksheet, name: string): Excel.Range => {
      let s = samples.get(name);
      if (!s) {
        // The sheet's used range, its first rows only.
        s = ws.getUsedRangeOrNullObject(true).getIntersectionOrNullObject(ws.getRange(`1:${SAMPLE_ROWS}`));
        s.load('values,numberFormat,valueTypes,columnCount');
        samples.set(name, s);
      }
      return s;
    };
    this.brokenBindings = [];
    if (start.useBindings) {
      for (const b of start.loaded.state.bindings) {
        // A binding whose sheet is gone would fail the whole batch (InvalidBinding): skipped and reported.
        const sheetGone = b.sheetId ? !start.sheetIds.has(b.sheetId) : !start.visibility.has(b.sheet);
        if (!start.bindingIds.has(b.id) || sheetGone) { this.brokenBindings.push(b); continue; }
        const range = wb.bindings.getItem(b.id).getRange();
        range.load('address,rowIndex,columnIndex,rowCount,columnCount');
        range.worksheet.load('name');
        bound.push({ binding: b, range });
      }
    } else {
      for (const s of wb.worksheets.items) {
        if (start.own.has(s.name)) continue;
        if (this.options.onlySheets && !this.options.onlySheets.includes(s.name)) continue;
        const range = s.getUsedRangeOrNullObject(true);
        range.load('address,rowIndex,columnIndex,rowCount,columnCount');
        targets.set(s.name, { sheet: s.name, hidden: s.visibility !== 'Visible', parts: [{ range, sample: sampleOf(s, s.name) }], bindings: [] });
      }
    }
    bound.forEach(({ range }, i) => sampleOf(range.worksheet, `#${i}`));
    // Table ranges of every sheet that may be read (a bound sheet may have been renamed).
    const tables = wb.tables.items
      .filter((t) => start.useBindings || targets.has(t.worksheet.name))
      .map((t) => {
        const r = t.getRange();
        r.load('address');
        return { name: t.name, sheet: t.worksheet.name, range: r };
      });
    return { targets, bound, samples, tables };
  }

  /** After step 2: bound ranges join their sheet (named as it is now: bindings follow renamed sheets). */
  private collectTargets(queued: ReturnType<ExcelTrackingSource['queueTargets']>, start: Start): Map<string, Target> {
    const { targets, bound, samples } = queued;
    this.renamedBindings = [];
    bound.forEach(({ binding, range }, i) => {
      const sheet = range.worksheet.name;
      if (sheet !== binding.sheet) this.renamedBindings.push({ binding, sheet });
      const t = targets.get(sheet) ?? { sheet, hidden: start.visibility.get(sheet) !== 'Visible', parts: [], bindings: [] };
      t.parts.push({ range, sample: samples.get(`#${i}`) ?? null });
      t.bindings.push(binding);
      targets.set(sheet, t);
    });
    return targets;
  }

  /** One grid per sheet with something to read (an empty sheet, as a new workbook's Sheet1, is not reported). */
  private gridsOf(targets: Map<string, Target>, loaded: LoadedState, bookName: string): Map<Target, SheetGrid> {
    const fileOf = new Map(loaded.state.imports.map((i) => [i.sheet, i.file]));
    const grids = new Map<Target, SheetGrid>();
    for (const t of targets.values()) {
      if (t.parts.every((p) => p.range.isNullObject || p.range.rowCount === 0)) continue;
      const grid: SheetGrid = { file: fileOf.get(t.sheet) ?? bookName, sheet: t.sheet, rows: [], merges: [], tables: [] };
      if (t.hidden) grid.hidden = true;
      grids.set(t, grid);
    }
    return grids;
  }

  /** The value blocks (sized from each sheet's sample) and merge slices of every range to read. */
  private unitsOf(targets: Map<string, Target>, grids: Map<Target, SheetGrid>): ReadUnit[] {
    const units: ReadUnit[] = [];
    const merges = this.supports('1.13');
    this.notes = merges ? [] : [MERGES_UNSUPPORTED];
    for (const [t, grid] of grids) {
      for (const { range, sample } of t.parts) {
        if (range.isNullObject || range.rowCount === 0 || range.columnCount === 0) continue;
        const perCell = sampleBytesPerCell(sample);
        const ws = range.worksheet;
        const rowsPerBlock = Math.max(1, Math.floor(this.budget / perCell / range.columnCount));
        for (let r0 = 0; r0 < range.rowCount; r0 += rowsPerBlock) {
          const rows = Math.min(rowsPerBlock, range.rowCount - r0);
          units.push({ grid, ws, row: range.rowIndex + r0, col: range.columnIndex, rows, cols: range.columnCount, kind: 'values', bytes: rows * range.columnCount * perCell });
        }
        const visible = { range: { top: range.rowIndex + 1, left: range.columnIndex + 1, bottom: range.rowIndex + range.rowCount, right: range.columnIndex + range.columnCount }, areas: [] as CellRange[] };
        this.visibility.push({ grid, visible });
        for (const s of visibilitySlices(range.rowCount, range.columnCount)) {
          units.push({ grid, ws, row: range.rowIndex + s.row, col: range.columnIndex + s.col, rows: s.rows, cols: s.cols, kind: 'visible', bytes: 400, visible });
        }
        if (!merges) continue;
        for (const s of mergeSlices(range.rowCount, range.columnCount)) {
          units.push({ grid, ws, row: range.rowIndex + s.row, col: range.columnIndex + s.col, rows: s.rows, cols: s.cols, kind: 'merges', bytes: 200 });
        }
      }
    }
    return units;
  }

  /** Hidden rows and columns of every grid, from its ranges' visible areas (only when there are any). */
  private applyVisibility(): void {
    for (const { grid, visible } of this.visibility) {
      const { rows, cols } = hiddenLines(visible.range, visible.areas);
      if (rows.length) grid.hiddenRows = unionLines(grid.hiddenRows, rows);
      if (cols.length) grid.hiddenCols = unionLines(grid.hiddenCols, cols);
    }
  }

  /**
   * Step 3: loads the units in requests within the budget, the last one with the caller's final sync.
   * A request Excel still answers with ResponsePayloadSizeLimitExceeded is read again with its value
   * blocks halved.
   */
  private async readUnits(context: Excel.RequestContext, units: ReadUnit[]): Promise<void> {
    const requests: ReadUnit[][] = [];
    let cur: ReadUnit[] = [];
    let bytes = 0;
    for (const u of units) {
      if (cur.length && bytes + u.bytes > this.budget) { requests.push(cur); cur = []; bytes = 0; }
      cur.push(u);
      bytes += u.bytes;
    }
    requests.push(cur);
    for (const req of requests) await this.readRequest(context, req, 0);
  }

  private async readRequest(context: Excel.RequestContext, req: ReadUnit[], depth: number): Promise<void> {
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
      for (const [i, h] of halves.entries()) await this.readRequest(context, i === 0 ? [h, ...small] : [h], depth + 1);
      return;
    }
    for (const { u, r, areas } of queued) {
      if (!areas) fillGrid(u.grid, u.row + 1, u.col + 1, r);
      else if (areas.isNullObject || !areas.address) continue;
      else if (u.kind === 'merges') u.grid.merges.push(...parseAreas(areas.address));
      else u.visible?.areas.push(...parseAreas(areas.address));
    }
  }
}

/** Table ranges onto the grids of their sheets. */
function attachTables(grids: SheetGrid[], tables: { name: string; sheet: string; range: Excel.Range }[]): void {
  for (const t of tables) {
    const grid = grids.find((g) => g.sheet === t.sheet);
    const range = parseRange(localAddress(t.range.address));
    if (grid && range) grid.tables.push({ name: t.name, range });
  }
}

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
