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
import { CellRange, SheetGrid, parseRange } from '../domain/grid';
import { FileFailure } from '../domain/report';
import { SourceReading, TrackingSource } from '../domain/workbookPort';
import { step } from './errors';
import { localAddress } from './officeValues';
import { ReadUnit, readUnits } from './readUnits';
import { hiddenLines, mergeSlices, unionLines, visibilitySlices } from './readSlices';
import { utf8Length } from './payload';
import { ApiSupport, ExcelRunner, officeRunner, supportOf } from './runner';
import { LoadedState, StoredBinding, ownSheetNames, queueLoadState } from './storedState';

/** Response bytes the source allows itself per sync (Excel on the web answers at most 5 MB). */
export const READ_BUDGET_BYTES = 4_000_000;
/** Rows of each sheet sampled to size the reads. */
export const SAMPLE_ROWS = 200;
/** Margin over the sample's widest row, for rows further down with longer texts. */
export const SAMPLE_MARGIN = 1.25;

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

export { MERGED_AREAS_LIMIT, hiddenLines, mergeSlices, parseAreas, visibilitySlices } from './readSlices';

/** A sheet as read, with how it was reached. */
export interface ReadSheetInfo {
  sheet: string;
  bindings: StoredBinding[];
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
      await readUnits(context, this.unitsOf(targets, byTarget), this.budget);
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

}

/** Table ranges onto the grids of their sheets. */
function attachTables(grids: SheetGrid[], tables: { name: string; sheet: string; range: Excel.Range }[]): void {
  for (const t of tables) {
    const grid = grids.find((g) => g.sheet === t.sheet);
    const range = parseRange(localAddress(t.range.address));
    if (grid && range) grid.tables.push({ name: t.name, range });
  }
}

