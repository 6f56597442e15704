/**
 * Everything else the pane and the ribbon commands do to the open workbook through office.js:
 * loading and saving Zhuanbao's state (settings, bindings), listing the sheets that look like
 * trackers, binding and unbinding them (Excel bindings by id, re-attached on open), importing
 * departments' files as sheets, selecting a source cell, and watching bound ranges for changes.
 */
import { SheetGrid } from '../domain/grid';
import { Settings, SettingsSchema } from '../domain/settings';
import { fingerprintGrids, watchBindings } from './bindingWatch';
import { SheetCandidate, describeCandidates } from './candidates';
import { ZhuanbaoError, step } from './errors';
import { ExcelTrackingSource } from './excelSource';
import { ImportFile, ImportOutcome, importFiles, importGrids } from './importSheets';
import { quoteSheet } from './officeValues';
import { ApiSupport, ExcelRunner, officeRunner, ownWrite, supportOf } from './runner';
import { LoadedState, StoredBinding, queueLoadState, queueSaveState } from './storedState';
import { REQUEST_BUDGET_BYTES } from './writePlan';

export type { ImportOutcome } from './importSheets';

/** A new binding id. */
function bindingId(): string {
  return `zb-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** Office.js operations on the open workbook, other than reading trackers and writing the bulletin. */
export class ExcelWorkbook {
  private readonly run: ExcelRunner;
  private readonly supports: ApiSupport;

  constructor(runner?: ExcelRunner, supports?: ApiSupport) {
    this.run = runner ?? officeRunner;
    this.supports = supports ?? supportOf(this.run);
  }

  /** Loads Zhuanbao's state (one sync). */
  loadState(): Promise<LoadedState> {
    return step('读取专报设置', () => this.run(async (context) => {
      const load = queueLoadState(context);
      await context.sync();
      return load();
    }));
  }

  /** Saves the settings into the workbook, keeping bindings and the rest (two syncs). */
  async saveSettings(settings: Settings): Promise<void> {
    const parsed = SettingsSchema.safeParse(settings);
    if (!parsed.success) {
      throw new ZhuanbaoError(`设置有误，未保存：${parsed.error.issues.map((i) => `${i.path.join('.') || '设置'}：${i.message}`).join('；')}`);
    }
    const checked = parsed.data;
    return step('保存专报设置', () => ownWrite(this.run, async (context, done) => {
      const load = queueLoadState(context);
      await context.sync();
      queueSaveState(context, { ...load().state, settings: checked });
      done();
      await context.sync();
    }));
  }

  /** Every sheet of the workbook (except Zhuanbao's own) with its detected layout, best first. */
  async listCandidates(): Promise<SheetCandidate[]> {
    const source = new ExcelTrackingSource({ runner: this.run, allSheets: true, supports: this.supports });
    const { grids } = await source.readSheets();
    return describeCandidates(grids, source.lastState?.state.bindings ?? []);
  }

  /**
   * Binds a sheet: its table when it has one (so rows added to the table are read), else its used
   * range. The binding is an Excel binding, persisted in the workbook with the state.
   */
  bind(candidate: Pick<SheetCandidate, 'sheet' | 'address' | 'tables'>): Promise<StoredBinding> {
    return step(`绑定工作表「${candidate.sheet}」`, () => ownWrite(this.run, async (context, done) => {
      const load = queueLoadState(context);
      const ws = context.workbook.worksheets.getItem(candidate.sheet);
      ws.load('id');
      await context.sync();
      const { state } = load();
      const id = bindingId();
      const table = candidate.tables[0];
      let binding: StoredBinding;
      if (table) {
        context.workbook.bindings.addFromNamedItem(table, 'Table', id);
        binding = { id, sheet: candidate.sheet, sheetId: ws.id, kind: 'table', address: table };
      } else {
        if (!candidate.address) throw new ZhuanbaoError(`工作表「${candidate.sheet}」是空的，无法绑定。`);
        context.workbook.bindings.add(`${quoteSheet(candidate.sheet)}!${candidate.address}`, 'Range', id);
        binding = { id, sheet: candidate.sheet, sheetId: ws.id, kind: 'range', address: candidate.address };
      }
      queueSaveState(context, { ...state, bindings: [...state.bindings.filter((b) => b.sheet !== candidate.sheet), binding] });
      done();
      await context.sync();
      return binding;
    }));
  }

  /** Removes the bindings of a sheet (the Excel bindings and the stored entries). */
  unbind(sheet: string): Promise<void> {
    return step(`取消绑定「${sheet}」`, () => ownWrite(this.run, async (context, done) => {
      const load = queueLoadState(context);
      context.workbook.bindings.load('items/id');
      await context.sync();
      const { state } = load();
      const existing = new Set(context.workbook.bindings.items.map((b) => b.id));
      for (const b of state.bindings) if (b.sheet === sheet && existing.has(b.id)) context.workbook.bindings.getItem(b.id).delete();
      queueSaveState(context, { ...state, bindings: state.bindings.filter((b) => b.sheet !== sheet) });
      done();
      await context.sync();
    }));
  }

  /**
   * On open: every stored binding whose Excel binding is gone but whose sheet still exists is
   * created again from its stored address; bindings of deleted sheets are dropped. Two syncs.
   */
  reattachBindings(): Promise<{ attached: StoredBinding[]; dropped: StoredBinding[]; renamed: { from: string; to: string }[]; messages: string[] }> {
    return step('恢复绑定', () => ownWrite(this.run, async (context, done) => {
      const load = queueLoadState(context);
      context.workbook.bindings.load('items/id');
      context.workbook.worksheets.load('items/name,items/id');
      context.workbook.tables.load('items/name');
      await context.sync();
      const { state } = load();
      const ids = new Set(context.workbook.bindings.items.map((b) => b.id));
      const sheets = new Set(context.workbook.worksheets.items.map((s) => s.name));
      const nameById = new Map(context.workbook.worksheets.items.map((s) => [s.id, s.name]));
      const tables = new Set(context.workbook.tables.items.map((t) => t.name));
      const attached: StoredBinding[] = [];
      const dropped: StoredBinding[] = [];
      const renamed: { from: string; to: string }[] = [];
      for (const stored of state.bindings) {
        // Sheets are found by id when the binding knows it: a renamed sheet keeps its binding.
        const now = stored.sheetId ? nameById.get(stored.sheetId) : sheets.has(stored.sheet) ? stored.sheet : undefined;
        if (now === undefined || (stored.kind === 'table' && !tables.has(stored.address))) {
          if (ids.has(stored.id)) context.workbook.bindings.getItem(stored.id).delete();
          dropped.push(stored);
          continue;
        }
        const b = now === stored.sheet ? stored : { ...stored, sheet: now };
        if (b !== stored) renamed.push({ from: stored.sheet, to: now });
        if (!ids.has(b.id)) {
          if (b.kind === 'table') context.workbook.bindings.addFromNamedItem(b.address, 'Table', b.id);
          else context.workbook.bindings.add(`${quoteSheet(b.sheet)}!${b.address}`, 'Range', b.id);
        }
        attached.push(b);
      }
      if (dropped.length || renamed.length || attached.length !== state.bindings.length) queueSaveState(context, { ...state, bindings: attached });
      done();
      await context.sync();
      const messages = [
        ...renamed.map((r) => `绑定的工作表「${r.from}」已改名为「${r.to}」，绑定仍然有效。`),
        ...dropped.map((b) => (stored(b)
          ? `工作表「${b.sheet}」中绑定的表格「${b.address}」已不存在，已取消该绑定。请在任务窗格中重新绑定。`
          : `绑定的工作表「${b.sheet}」已不存在（可能已被删除${b.sheetId ? '' : '或改名'}），已取消该绑定。${b.sheetId ? '' : '如已改名，请在任务窗格中重新绑定。'}`)),
      ];
      function stored(b: StoredBinding): boolean {
        return b.sheetId ? nameById.has(b.sheetId) : sheets.has(b.sheet);
      }
      return { attached, dropped, renamed, messages };
    }));
  }

  /**
   * Imports departments' workbooks (already read into grids by the .xlsx adapter) as sheets of the
   * open workbook, cell by cell (see importSheets). Sheets with no recognisable header (instructions)
   * are skipped and listed.
   */
  importGrids(grids: SheetGrid[], budget = REQUEST_BUDGET_BYTES): Promise<ImportOutcome> {
    return step('导入跟踪表', () => importGrids(this.run, grids, budget));
  }

  /**
   * Imports the files the clerk chose: `.xlsx` files whole (styles, conditional formats and
   * validations kept) where Excel supports it, the others from their grids (see importSheets).
   */
  importFiles(files: ImportFile[], grids: SheetGrid[], budget = REQUEST_BUDGET_BYTES): Promise<ImportOutcome> {
    return step('导入跟踪表', () => importFiles(this.run, files, grids, { budget, supports: this.supports }));
  }

  /** Activates a sheet and selects a cell (a finding's or an indicator's source). One sync. */
  selectCell(sheet: string, address: string): Promise<void> {
    return step(`定位到「${sheet}」${address}`, () => this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    }));
  }

  /**
   * Calls `onChange` (debounced) when the values of a bound range change (see bindingWatch). Returns
   * a function that removes the handlers.
   */
  watchBindings(onChange: (bindingIds: string[]) => void, debounceMs = 1500): Promise<() => Promise<void>> {
    const source = new ExcelTrackingSource({ runner: this.run, supports: this.supports });
    return watchBindings(this.run, onChange, { debounceMs, fingerprint: async () => fingerprintGrids((await source.readSheets()).grids) });
  }
}
