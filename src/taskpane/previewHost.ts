/**
 * Preview mode: the pane opened in a plain browser (no Excel). It runs the engine on the .xlsx
 * adapter over the bundled sample workbooks fetched from the same server (plus any files the user
 * picks), keeps settings in memory, and "selecting a cell" just records it for the preview.
 */
import { runBuild } from '../engine/runBuild';
import { ColumnMapping, Settings, parseSettings } from '../domain/settings';
import { LayoutView, describeLayout } from '../domain/layoutView';
import { SourceReading, StoredSnapshot } from '../domain/workbookPort';
import { MemorySnapshotStore } from '../domain/memorySnapshotStore';
import { SheetCandidate, describeCandidates } from '../excel/candidates';
import { BuildProgress, PaneHost, SheetRef } from './host';
import { SourceRef } from './viewModel';
import { todayIso } from '../commands/actions';

/** The sample workbooks shipped in dist/samples/2026-03. */
export const SAMPLE_FILES = ['人社局.xlsx', '住建局.xlsx', '供电公司.xlsx', '其他单位.xlsx', '农业农村局.xlsx', '卫健局.xlsx', '教育局.xlsx', '文旅局.xlsx', '残联.xlsx', '民政局.xlsx'];

/** The reading path's module (src/xlsx/xlsxSource.ts), loaded lazily. */
export type XlsxModule = typeof import('../xlsx/xlsxSource');

export class PreviewHost implements PaneHost {
  readonly mode = 'preview' as const;
  private settings: Settings = parseSettings({});
  private files: { name: string; data: ArrayBuffer }[] | null = null;
  /** The files read once (the samples do not change; importing files clears it). */
  private reading: Promise<SourceReading> | null = null;
  /** Snapshots of this session's builds, one per issue. */
  readonly snapshots = new MemorySnapshotStore();
  /** The last cell "selected" (shown in the preview). */
  selected: SourceRef | null = null;

  constructor(
    private readonly loadXlsx: () => Promise<XlsxModule>,
    private readonly baseUrl = 'samples/2026-03/',
    private readonly fetcher: (url: string) => Promise<ArrayBuffer> = async (url) => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`无法读取示例文件 ${decodeURIComponent(url)}（HTTP ${res.status}）`);
      return res.arrayBuffer();
    },
    private readonly onSelect: (s: SourceRef) => void = () => undefined,
  ) {}

  private async sampleFiles(): Promise<{ name: string; data: ArrayBuffer }[]> {
    this.files ??= await Promise.all(SAMPLE_FILES.map(async (name) => ({ name, data: await this.fetcher(`${this.baseUrl}${encodeURIComponent(name)}`) })));
    return this.files;
  }

  private read(): Promise<SourceReading> {
    this.reading ??= (async () => {
      const { XlsxBufferSource } = await this.loadXlsx();
      return new XlsxBufferSource(await this.sampleFiles()).readSheets();
    })();
    const r = this.reading;
    r.catch(() => { if (this.reading === r) this.reading = null; });
    return r;
  }

  async loadSettings() {
    return { settings: this.settings, problems: [] };
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.settings = settings;
  }

  async listSheets(): Promise<SheetCandidate[]> {
    const { grids } = await this.read();
    return describeCandidates(grids, []);
  }

  async describeLayout(ref: SheetRef, mappings: ColumnMapping[], headerRow?: number): Promise<LayoutView> {
    const { grids } = await this.read();
    const grid = grids.find((g) => g.file === ref.file && g.sheet === ref.sheet);
    if (!grid) throw new Error(`找不到工作表「${ref.sheet}」（${ref.file}）。`);
    return describeLayout(grid, mappings, headerRow);
  }

  async bind(): Promise<void> {
    throw new Error('预览模式下不能绑定工作表（请在 Excel 中打开专报助手）。');
  }

  async unbind(): Promise<void> {
    throw new Error('预览模式下不能取消绑定。');
  }

  async importFiles(files: { name: string; data: ArrayBuffer }[]): Promise<string> {
    const current = await this.sampleFiles();
    this.files = [...current.filter((f) => !files.some((n) => n.name === f.name)), ...files];
    this.reading = null;
    return `已加入 ${files.length} 个文件：${files.map((f) => f.name).join('、')}。`;
  }

  async build(settings: Settings, onProgress: (p: BuildProgress) => void) {
    onProgress({ stage: 'reading' });
    const reading = await this.read();
    onProgress({ stage: 'computing' });
    const outcome = await runBuild({ source: { readSheets: async () => reading }, settings, sink: null, today: todayIso(), history: this.snapshots });
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
