/**
 * Preview mode: the pane opened in a plain browser (no Excel). The bundled sample workbooks are
 * fetched from the same server (plus any files the user picks) and read and computed by the pane's
 * work (its Web Worker), with the command line's reader; settings and snapshots are kept in memory,
 * and "selecting a cell" just records it for the preview.
 */
import { writeOutcome } from '../engine/writeOutcome';
import { ColumnMapping, Settings, parseSettings } from '../domain/settings';
import type { LayoutView } from '../domain/layoutView';
import type { StoredSnapshot } from '../domain/workbookPort';
import { MemorySnapshotStore } from '../domain/memorySnapshotStore';
import type { SheetCandidate } from '../excel/candidates';
import type { PaneWork } from './work/paneWork';
import type { NamedBytes } from './work/paneTasks';
import { throwIfCancelled } from './work/cancel';
import { BuildProgress, PaneHost, SheetRef } from './host';
import { SourceRef } from './viewModel';
import { format } from 'date-fns';

/** The sample workbooks shipped in dist/samples/2026-03. */
export const SAMPLE_FILES = ['人社局.xlsx', '住建局.xlsx', '供电公司.xlsx', '其他单位.xlsx', '农业农村局.xlsx', '卫健局.xlsx', '教育局.xlsx', '文旅局.xlsx', '残联.xlsx', '民政局.xlsx'];

export class PreviewHost implements PaneHost {
  readonly mode = 'preview' as const;
  private settings: Settings = parseSettings({});
  private files: Promise<NamedBytes[]> | null = null;
  /** Snapshots of this session's builds, one per issue. */
  readonly snapshots = new MemorySnapshotStore('预览会话', false);
  /** The last cell "selected" (shown in the preview). */
  selected: SourceRef | null = null;

  /**
   * @param work where the files are read and the bulletin computed (the pane's worker)
   */
  constructor(
    private readonly work: PaneWork,
    private readonly baseUrl = 'samples/2026-03/',
    private readonly fetcher: (url: string) => Promise<ArrayBuffer> = async (url) => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`无法读取示例文件 ${decodeURIComponent(url)}（HTTP ${res.status}）`);
      return res.arrayBuffer();
    },
    private readonly onSelect: (s: SourceRef) => void = () => undefined,
  ) {}

  /** The sample files, fetched once and handed to the work as its source (the work reads them once). */
  private sampleFiles(): Promise<NamedBytes[]> {
    if (!this.files) {
      const f = Promise.all(SAMPLE_FILES.map(async (name) => ({ name, data: await this.fetcher(`${this.baseUrl}${encodeURIComponent(name)}`) })));
      this.files = f.then((files) => { this.work.setSource({ files }); return files; });
      this.files.catch(() => { this.files = null; });
    }
    return this.files;
  }

  async loadSettings() {
    return { settings: this.settings, problems: [] };
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.settings = settings;
  }

  async listSheets(onProgress?: (p: BuildProgress) => void, signal?: AbortSignal): Promise<SheetCandidate[]> {
    await this.sampleFiles();
    return (await this.work.listSheets(onProgress, signal)).candidates;
  }

  async describeLayout(ref: SheetRef, mappings: ColumnMapping[], headerRow?: number): Promise<LayoutView> {
    await this.sampleFiles();
    return this.work.describeLayout(ref, mappings, headerRow);
  }

  async bind(): Promise<void> {
    throw new Error('预览模式下不能绑定工作表（请在 Excel 中打开专报助手）。');
  }

  async unbind(): Promise<void> {
    throw new Error('预览模式下不能取消绑定。');
  }

  /** Adds the files to the samples (a file of the same name replaces the earlier one); they are read when next needed. */
  async importFiles(files: { name: string; data: ArrayBuffer }[]): Promise<string> {
    const current = await this.sampleFiles();
    const next = [...current.filter((f) => !files.some((n) => n.name === f.name)), ...files];
    this.files = Promise.resolve(next);
    this.work.setSource({ files: next });
    return `已加入 ${files.length} 个文件：${files.map((f) => f.name).join('、')}。`;
  }

  async build(settings: Settings, onProgress: (p: BuildProgress) => void, signal?: AbortSignal) {
    onProgress({ stage: 'reading' });
    await this.sampleFiles();
    const listed = await this.snapshots.list();
    const outcome = await this.work.build({ settings, today: format(new Date(), 'yyyy-MM-dd'), listed, layout: false }, onProgress, signal);
    throwIfCancelled(signal);
    await writeOutcome(outcome, settings, null, this.snapshots);
    onProgress({ stage: 'done' });
    return outcome;
  }

  /** Nothing changes under the preview: the unsubscriber does nothing. */
  async watch(): Promise<() => Promise<void>> {
    return async () => undefined;
  }

  async listSnapshots(): Promise<StoredSnapshot[]> {
    return (await this.snapshots.list()).snapshots;
  }

  async select(source: SourceRef): Promise<void> {
    this.selected = source;
    this.onSelect(source);
  }

  async mark(outcome: Parameters<PaneHost['mark']>[0]): Promise<string> {
    const n = outcome.result.indicators.filter((i) => i.status === 'behind').length;
    return `预览模式：在 Excel 中会标记 ${n} 行滞后指标。`;
  }

  async clear(): Promise<string> {
    return '预览模式：没有需要清除的标记。';
  }
}
