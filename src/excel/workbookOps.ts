/**
 * Everything else the pane and the ribbon commands do to the open workbook through office.js:
 * loading and saving Zhuanbao's state (settings, bindings), listing the sheets that look like
 * trackers, binding and unbinding them (Excel bindings by id, re-attached on open), importing
 * departments' files as sheets, selecting a source cell, and watching bound ranges for changes.
 */
import { SheetGrid, columnLetters, isCellDate, isCellError } from '../domain/grid';
import { Settings, SettingsSchema } from '../domain/settings';
import { detectLayout } from '../domain/sheetLayout';
import { GridView } from '../domain/grid';
import { SheetCandidate, describeCandidates, importSheetName } from './candidates';
import { ZhuanbaoError, step } from './errors';
import { ExcelTrackingSource } from './excelSource';
import { isoToSerial, quoteSheet } from './officeValues';
import { ExcelRunner, asOwnWrite, isOwnWrite, officeRunner } from './runner';
import { LoadedState, StoredBinding, StoredImport, queueLoadState, queueSaveState } from './storedState';
import { REQUEST_BUDGET_BYTES, rangeAddress, utf8Length } from './writePlan';

export interface ImportOutcome {
  imported: StoredImport[];
  /** Sheets not imported, with the reason. */
  skipped: { file: string; sheet: string; reason: string }[];
}

/** A new binding id. */
function bindingId(): string {
  return `zb-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** The value office.js is given for a domain cell value. */
function officeValue(v: SheetGrid['rows'][number][number]): string | number | boolean {
  const x = v?.v ?? null;
  if (x === null) return '';
  if (isCellDate(x)) return isoToSerial(x.date);
  if (isCellError(x)) return x.error;
  if (typeof x === 'string' && /^[=+\-@]/.test(x) && x.length > 1 && !/^[+-]?\d/.test(x)) return `'${x}`;
  return x;
}

/** Office.js operations on the open workbook, other than reading trackers and writing the bulletin. */
export class ExcelWorkbook {
  private readonly run: ExcelRunner;

  constructor(runner?: ExcelRunner) {
    this.run = runner ?? officeRunner;
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
    return asOwnWrite(() => step('保存专报设置', () => this.run(async (context) => {
      const load = queueLoadState(context);
      await context.sync();
      queueSaveState(context, { ...load().state, settings: checked });
      await context.sync();
    })));
  }

  /** Every sheet of the workbook (except Zhuanbao's own) with its detected layout, best first. */
  async listCandidates(): Promise<SheetCandidate[]> {
    const source = new ExcelTrackingSource({ runner: this.run, allSheets: true });
    const { grids } = await source.readSheets();
    return describeCandidates(grids, source.lastState?.state.bindings ?? []);
  }

  /**
   * Binds a sheet: its table when it has one (so rows added to the table are read), else its used
   * range. The binding is an Excel binding, persisted in the workbook with the state.
   */
  bind(candidate: Pick<SheetCandidate, 'sheet' | 'address' | 'tables'>): Promise<StoredBinding> {
    return asOwnWrite(() => step(`绑定工作表「${candidate.sheet}」`, () => this.run(async (context) => {
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
      await context.sync();
      return binding;
    })));
  }

  /** Removes the bindings of a sheet (the Excel bindings and the stored entries). */
  unbind(sheet: string): Promise<void> {
    return asOwnWrite(() => step(`取消绑定「${sheet}」`, () => this.run(async (context) => {
      const load = queueLoadState(context);
      context.workbook.bindings.load('items/id');
      await context.sync();
      const { state } = load();
      const existing = new Set(context.workbook.bindings.items.map((b) => b.id));
      for (const b of state.bindings) if (b.sheet === sheet && existing.has(b.id)) context.workbook.bindings.getItem(b.id).delete();
      queueSaveState(context, { ...state, bindings: state.bindings.filter((b) => b.sheet !== sheet) });
      await context.sync();
    })));
  }

  /**
   * On open: every stored binding whose Excel binding is gone but whose sheet still exists is
   * created again from its stored address; bindings of deleted sheets are dropped. Two syncs.
   */
  reattachBindings(): Promise<{ attached: StoredBinding[]; dropped: StoredBinding[]; renamed: { from: string; to: string }[]; messages: string[] }> {
    return asOwnWrite(() => step('恢复绑定', () => this.run(async (context) => {
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
    })));
  }

  /**
   * Imports departments' workbooks (already read into grids by the .xlsx adapter) as sheets of the
   * open workbook: values, number formats, merged areas and column widths of each tracking sheet.
   * Sheets with no recognisable header (instructions) are skipped and listed. Two syncs, more only
   * past the request budget.
   */
  importGrids(grids: SheetGrid[], budget = REQUEST_BUDGET_BYTES): Promise<ImportOutcome> {
    return asOwnWrite(() => step('导入跟踪表', () => this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const load = queueLoadState(context);
      await context.sync();
      const { state } = load();
      const taken = new Set(sheets.items.map((s) => s.name));
      const perFile = new Map<string, number>();
      const useful = grids.filter((g) => {
        const ok = g.rows.length > 0 && detectLayout(new GridView(g)) !== null;
        if (ok) perFile.set(g.file, (perFile.get(g.file) ?? 0) + 1);
        return ok;
      });
      const outcome: ImportOutcome = { imported: [], skipped: [] };
      for (const g of grids) if (!useful.includes(g)) outcome.skipped.push({ file: g.file, sheet: g.sheet, reason: '没有可识别的表头（可能是填报说明）' });
      let bytes = 0;
      for (const g of useful) {
        const name = importSheetName(g.file, g.sheet, taken, perFile.get(g.file) ?? 1);
        taken.add(name);
        const ws = sheets.add(name);
        const view = new GridView(g);
        const rows = view.rowCount;
        const cols = Math.max(1, view.colCount);
        const values = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => officeValue(g.rows[r]?.[c])));
        const formats = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => g.rows[r]?.[c]?.fmt ?? 'General'));
        const cost = utf8Length(JSON.stringify(values)) + utf8Length(JSON.stringify(formats));
        if (bytes > 0 && bytes + cost > budget) { await context.sync(); bytes = 0; }
        bytes += cost;
        const range = ws.getRangeByIndexes(0, 0, rows, cols);
        range.numberFormat = formats;
        range.values = values;
        for (const m of g.merges) ws.getRange(rangeAddress(m)).merge(false);
        for (const t of g.tables) ws.tables.add(rangeAddress(t.range), true);
        ws.getRange(`A1:${columnLetters(cols)}${rows}`).format.autofitColumns();
        outcome.imported.push({ sheet: name, file: g.file, sourceSheet: g.sheet });
      }
      queueSaveState(context, { ...state, imports: [...state.imports.filter((i) => !outcome.imported.some((n) => n.sheet === i.sheet)), ...outcome.imported] });
      await context.sync();
      return outcome;
    })));
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
   * Calls `onChange` (debounced) when the data of a bound range changes, ignoring Zhuanbao's own
   * writes. Returns a function that removes the handlers.
   */
  async watchBindings(onChange: (bindingIds: string[]) => void, debounceMs = 1500): Promise<() => Promise<void>> {
    const changed = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const handler = async (e: Excel.BindingDataChangedEventArgs): Promise<void> => {
      if (isOwnWrite()) return;
      changed.add(e.binding.id);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        const ids = [...changed];
        changed.clear();
        if (!isOwnWrite()) onChange(ids);
      }, debounceMs);
    };
    const results = await step('监听绑定区域的变化', () => this.run(async (context) => {
      const load = queueLoadState(context);
      context.workbook.bindings.load('items/id');
      await context.sync();
      const ids = new Set(context.workbook.bindings.items.map((b) => b.id));
      const added = load().state.bindings.filter((b) => ids.has(b.id)).map((b) => context.workbook.bindings.getItem(b.id).onDataChanged.add(handler));
      await context.sync();
      return added;
    }));
    return async () => {
      if (timer) clearTimeout(timer);
      await step('停止监听绑定区域', async () => {
        for (const r of results) r.remove();
        if (results[0]) await results[0].context.sync();
      });
    };
  }
}
