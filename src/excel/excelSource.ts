/**
 * The office.js TrackingSource: reads the departments' tracking sheets of the open workbook into the
 * domain's grids — the bound ranges and tables when the clerk has bound some, otherwise every sheet
 * except Zhuanbao's own. Values, number formats and value types come in one load, merged areas via
 * `getMergedAreasOrNullObject`, tables with their ranges; Office values become domain values at the
 * edge (see officeValues). Three `context.sync()` calls whatever the row count; more only when one
 * response would pass Excel on the web's 5 MB limit.
 */
import { CellRange, GridCell, SheetGrid, parseRange } from '../domain/grid';
import { FileFailure } from '../domain/report';
import { SourceReading, TrackingSource } from '../domain/workbookPort';
import { step } from './errors';
import { localAddress, toGridCell } from './officeValues';
import { ExcelRunner, officeRunner } from './runner';
import { LoadedState, StoredBinding, ownSheetNames, queueLoadState } from './storedState';
/** Response bytes the source allows itself per sync (Excel on the web answers at most 5 MB). */
export const READ_BUDGET_BYTES = 4_000_000;

/** Estimated response bytes per cell loaded (value, number format and value type). */
export const READ_BYTES_PER_CELL = 40;

export interface ExcelSourceOptions {
  runner?: ExcelRunner;
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

interface Target {
  sheet: string;
  hidden: boolean;
  /** Ranges to read (used range, or each bound range). */
  ranges: Excel.Range[];
  bindings: StoredBinding[];
}

/** The office.js TrackingSource. */
export class ExcelTrackingSource implements TrackingSource {
  private readonly run: ExcelRunner;
  private readonly budget: number;
  /** The state loaded by the last read (settings, bindings, imports). */
  lastState: LoadedState | null = null;
  /** Bindings that no longer resolve (their range was deleted), found by the last read. */
  brokenBindings: StoredBinding[] = [];
  /** Bindings whose sheet was renamed since binding, with the sheet's name now (found by the last read). */
  renamedBindings: { binding: StoredBinding; sheet: string }[] = [];

  constructor(private readonly options: ExcelSourceOptions = {}) {
    this.run = options.runner ?? officeRunner;
    this.budget = options.budget ?? READ_BUDGET_BYTES;
  }

  async readSheets(): Promise<SourceReading> {
    return step('读取跟踪表', () => this.run(async (context) => {
      const wb = context.workbook;
      // 1. Sheets, tables, stored state, bindings.
      wb.load('name');
      wb.worksheets.load('items/name,items/id,items/visibility');
      wb.tables.load('items/name,items/worksheet/name');
      wb.bindings.load('items/id');
      const loadState = queueLoadState(context);
      await context.sync();
      const loaded = loadState();
      this.lastState = loaded;
      const { state } = loaded;
      const useBindings = state.bindings.length > 0 && !this.options.allSheets;
      const existing = new Set(wb.bindings.items.map((b) => b.id));

      // 2. The ranges to read and their sizes; table ranges.
      const own = ownSheetNames(loaded);
      const targets = new Map<string, Target>();
      const visibility = new Map(wb.worksheets.items.map((s) => [s.name, s.visibility]));
      const sheetIds = new Set(wb.worksheets.items.map((s) => s.id));
      this.brokenBindings = [];
      const bound: { binding: StoredBinding; range: Excel.Range }[] = [];
      if (useBindings) {
        for (const b of state.bindings) {
          // A binding whose sheet is gone would fail the whole batch (InvalidBinding): skipped and reported.
          const sheetGone = b.sheetId ? !sheetIds.has(b.sheetId) : !visibility.has(b.sheet);
          if (!existing.has(b.id) || sheetGone) { this.brokenBindings.push(b); continue; }
          const range = wb.bindings.getItem(b.id).getRange();
          range.load('address,rowIndex,columnIndex,rowCount,columnCount');
          range.worksheet.load('name');
          bound.push({ binding: b, range });
        }
      } else {
        for (const s of wb.worksheets.items) {
          if (own.has(s.name)) continue;
          if (this.options.onlySheets && !this.options.onlySheets.includes(s.name)) continue;
          const range = s.getUsedRangeOrNullObject(true);
          range.load('address,rowIndex,columnIndex,rowCount,columnCount');
          targets.set(s.name, { sheet: s.name, hidden: s.visibility !== 'Visible', ranges: [range], bindings: [] });
        }
      }
      // Table ranges of every sheet that may be read (a bound sheet may have been renamed).
      const tables = wb.tables.items
        .filter((t) => useBindings || targets.has(t.worksheet.name))
        .map((t) => {
          const r = t.getRange();
          r.load('address');
          return { name: t.name, sheet: t.worksheet.name, range: r };
        });
      await context.sync();
      // Bindings follow their sheet when it is renamed: the sheet is named as it is now.
      this.renamedBindings = [];
      for (const { binding, range } of bound) {
        const sheet = range.worksheet.name;
        if (sheet !== binding.sheet) this.renamedBindings.push({ binding, sheet });
        const t = targets.get(sheet) ?? { sheet, hidden: visibility.get(sheet) !== 'Visible', ranges: [], bindings: [] };
        t.ranges.push(range);
        t.bindings.push(binding);
        targets.set(sheet, t);
      }

      // 3. Values, formats, types and merges, in blocks within the response budget.
      const fileOf = new Map(state.imports.map((i) => [i.sheet, i.file]));
      const bookName = wb.name || '当前工作簿';
      const grids: SheetGrid[] = [];
      const failures: FileFailure[] = [];
      const pending: { grid: SheetGrid; top: number; left: number; data: Excel.Range }[] = [];
      const merges: { grid: SheetGrid; areas: Excel.RangeAreas }[] = [];
      let bytes = 0;
      for (const t of targets.values()) {
        // An empty sheet (a new workbook's Sheet1) has nothing to read and is not reported.
        if (t.ranges.every((r) => r.isNullObject || r.rowCount === 0)) continue;
        const grid: SheetGrid = { file: fileOf.get(t.sheet) ?? bookName, sheet: t.sheet, rows: [], merges: [], tables: [] };
        if (t.hidden) grid.hidden = true;
        grids.push(grid);
        for (const range of t.ranges) {
          if (range.isNullObject) continue;
          if (range.rowCount === 0 || range.columnCount === 0) continue;
          const ws = range.worksheet;
          const rowsPerBlock = Math.max(1, Math.floor(this.budget / READ_BYTES_PER_CELL / range.columnCount));
          for (let r0 = 0; r0 < range.rowCount; r0 += rowsPerBlock) {
            const n = Math.min(rowsPerBlock, range.rowCount - r0);
            const cost = n * range.columnCount * READ_BYTES_PER_CELL;
            if (bytes > 0 && bytes + cost > this.budget) {
              await context.sync();
              bytes = 0;
            }
            bytes += cost;
            const block = ws.getRangeByIndexes(range.rowIndex + r0, range.columnIndex, n, range.columnCount);
            block.load('values,numberFormat,valueTypes');
            pending.push({ grid, top: range.rowIndex + r0 + 1, left: range.columnIndex + 1, data: block });
          }
          const areas = range.getMergedAreasOrNullObject();
          areas.load('address');
          merges.push({ grid, areas });
        }
      }
      await context.sync();

      for (const p of pending) fillGrid(p.grid, p.top, p.left, p.data);
      for (const m of merges) if (!m.areas.isNullObject && m.areas.address) m.grid.merges.push(...parseAreas(m.areas.address));
      for (const t of tables) {
        const grid = grids.find((g) => g.sheet === t.sheet);
        const range = parseRange(localAddress(t.range.address));
        if (grid && range) grid.tables.push({ name: t.name, range });
      }
      for (const g of grids) for (let i = 0; i < g.rows.length; i++) if (!g.rows[i]) g.rows[i] = [];
      if (this.brokenBindings.length) {
        for (const b of this.brokenBindings) {
          failures.push({ file: bookName, message: `绑定「${b.sheet}」${b.address} 已失效（该区域或工作表可能已被删除），已跳过。请在任务窗格中重新绑定。` });
        }
      }
      return { grids, failures };
    }));
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
