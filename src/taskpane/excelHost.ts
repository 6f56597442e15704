/**
 * The pane's host inside Excel: the office.js adapter and the shared command actions.
 */
import { writeOutcome } from '../engine/writeOutcome';
import { ColumnMapping, Settings } from '../domain/settings';
import { LayoutView, describeLayout } from '../domain/layoutView';
import { ExcelBulletinSink } from '../excel/excelSink';
import { ExcelTrackingSource } from '../excel/excelSource';
import { ExcelHighlighter } from '../excel/excelHighlighter';
import { ExcelSnapshotStore } from '../excel/excelSnapshotStore';
import { highlightTargets } from '../excel/highlightTargets';
import { ExcelWorkbook } from '../excel/workbookOps';
import { MERGES_UNSUPPORTED } from '../excel/excelSource';
import { officeSupports } from '../excel/runner';
import { todayIso } from '../commands/actions';
import { BuildProgress, PaneHost, SheetRef } from './host';
import type { PaneWork } from './work/paneWork';
import { throwIfCancelled } from './work/cancel';
import type { StoredSnapshot } from '../domain/workbookPort';

export class ExcelPaneHost implements PaneHost {
  readonly mode = 'excel' as const;
  private readonly wb = new ExcelWorkbook();

  /** @param work where imported files are read and the bulletin is computed (the pane's worker) */
  constructor(private readonly work: PaneWork) {}

  async loadSettings(): Promise<{ settings: Settings; problems: string[] }> {
    const { settings, problems } = await this.wb.loadState();
    // Renamed sheets keep their binding, deleted ones are dropped: each said in plain words.
    const { messages } = await this.wb.reattachBindings();
    problems.push(...messages);
    // The manifest asks for ExcelApi 1.9; merged cells need 1.13 (docs/addin.md, requirement sets).
    if (!officeSupports('1.13')) problems.push(MERGES_UNSUPPORTED);
    return { settings, problems };
  }

  saveSettings(settings: Settings): Promise<void> {
    return this.wb.saveSettings(settings);
  }

  listSheets() {
    return this.wb.listCandidates();
  }

  async bind(candidate: Parameters<PaneHost['bind']>[0]): Promise<void> {
    await this.wb.bind(candidate);
  }

  unbind(sheet: string): Promise<void> {
    return this.wb.unbind(sheet);
  }

  /** Reads the files in the worker (bytes in, grids out) and puts them into the workbook (office.js, here). */
  async importFiles(files: { name: string; data: ArrayBuffer }[], onProgress?: (p: BuildProgress) => void, signal?: AbortSignal): Promise<string> {
    const { grids, failures } = await this.work.readFiles(files, onProgress, signal);
    throwIfCancelled(signal);
    onProgress?.({ stage: 'writing' });
    // .xlsx files go in whole where Excel can (styles and validations kept), the rest cell by cell.
    const out = await this.wb.importFiles(files, grids);
    const parts = [`已导入 ${out.imported.length} 个工作表：${out.imported.map((i) => i.sheet).join('、') || '无'}。`];
    if (out.skipped.length) parts.push(`未导入 ${out.skipped.length} 个（${out.skipped.map((s) => `${s.file}「${s.sheet}」${s.reason}`).join('；')}）。`);
    parts.push(...(out.notes ?? []));
    for (const f of failures) parts.push(f.message);
    return parts.join('');
  }

  /**
   * Reads the workbook's sheets (every sheet, as the sheet list does: the source cannot read one
   * sheet alone) and describes the one asked for.
   */
  async describeLayout(ref: SheetRef, mappings: ColumnMapping[], headerRow?: number): Promise<LayoutView> {
    const { grids } = await new ExcelTrackingSource({ allSheets: true, onlySheets: [ref.sheet] }).readSheets();
    const grid = grids.find((g) => g.sheet === ref.sheet && g.file === ref.file) ?? grids.find((g) => g.sheet === ref.sheet);
    if (!grid) throw new Error(`找不到工作表「${ref.sheet}」，它可能已被删除或改名。请点“识别工作表”刷新。`);
    return describeLayout(grid, mappings, headerRow);
  }

  /**
   * office.js reads the sheets and the stored snapshots here (it runs only on the page's thread);
   * the worker computes the outcome on those grids; the bulletin and the snapshot are written here.
   */
  async build(settings: Settings, onProgress: (p: BuildProgress) => void, signal?: AbortSignal) {
    onProgress({ stage: 'reading' });
    const history = new ExcelSnapshotStore();
    const [reading, listed] = await Promise.all([new ExcelTrackingSource().readSheets(), history.list()]);
    throwIfCancelled(signal);
    this.work.setSource({ reading });
    let outcome;
    try {
      outcome = await this.work.build({ settings, today: todayIso(), listed, layout: true }, onProgress, signal);
    } finally {
      // The grids are not kept on the page once the worker has them.
      this.work.setSource({ reading: { grids: [], failures: [] } });
    }
    throwIfCancelled(signal);
    onProgress({ stage: 'writing' });
    await writeOutcome(outcome, settings, new ExcelBulletinSink(), history);
    onProgress({ stage: 'done' });
    return outcome;
  }

  /** Re-runs `onChange` when a bound range's data changes (debounced; the add-in's own writes ignored). */
  watch(onChange: () => void): Promise<() => Promise<void>> {
    return this.wb.watchBindings(() => onChange());
  }

  /** Snapshots kept in the workbook's hidden history sheet. */
  async listSnapshots(): Promise<StoredSnapshot[]> {
    return (await new ExcelSnapshotStore().list()).snapshots;
  }

  select(source: { sheet: string; cell: string }): Promise<void> {
    return this.wb.selectCell(source.sheet, source.cell);
  }

  async mark(outcome: Parameters<PaneHost['mark']>[0], settings: Settings): Promise<string> {
    const h = new ExcelHighlighter();
    await h.highlight(highlightTargets(outcome.result), settings.colours);
    const r = h.last;
    return [`已标记 ${r.marked} 行滞后指标${r.missing.length ? `；${r.missing.length} 个指标所在的工作表不在本工作簿中` : ''}。`, ...r.messages].join('');
  }

  async clear(): Promise<string> {
    const h = new ExcelHighlighter();
    await h.clearHighlights();
    return [`已清除 ${h.last.removed} 处滞后标记。`, ...h.last.messages].join('');
  }
}
