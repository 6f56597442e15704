"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PreviewHost = exports.SAMPLE_FILES = void 0;
/**
 * Preview mode: the pane opened in a plain browser (no Excel). It runs the engine on the .xlsx
 * adapter over the bundled sample workbooks fetched from the same server (plus any files the user
 * picks), keeps settings in memory, and "selecting a cell" just records it for the preview.
 */
const runBuild_1 = require("../engine/runBuild");
const settings_1 = require("../domain/settings");
const layoutView_1 = require("../domain/layoutView");
const memorySnapshotStore_1 = require("../domain/memorySnapshotStore");
const candidates_1 = require("../excel/candidates");
const actions_1 = require("../commands/actions");
/** The sample workbooks shipped in dist/samples/2026-03. */
exports.SAMPLE_FILES = ['人社局.xlsx', '住建局.xlsx', '供电公司.xlsx', '其他单位.xlsx', '农业农村局.xlsx', '卫健局.xlsx', '教育局.xlsx', '文旅局.xlsx', '残联.xlsx', '民政局.xlsx'];
class PreviewHost {
    loadXlsx;
    baseUrl;
    fetcher;
    onSelect;
    mode = 'preview';
    settings = (0, settings_1.parseSettings)({});
    files = null;
    /** The files read once (the samples do not change; importing files clears it). */
    reading = null;
    /** Snapshots of this session's builds, one per issue. */
    snapshots = new memorySnapshotStore_1.MemorySnapshotStore();
    /** The last cell "selected" (shown in the preview). */
    selected = null;
    constructor(loadXlsx, baseUrl = 'samples/2026-03/', fetcher = async (url) => {
        const res = await fetch(url);
        if (!res.ok)
            throw new Error(`无法读取示例文件 ${decodeURIComponent(url)}（HTTP ${res.status}）`);
        return res.arrayBuffer();
    }, onSelect = () => undefined) {
        this.loadXlsx = loadXlsx;
        this.baseUrl = baseUrl;
        this.fetcher = fetcher;
        this.onSelect = onSelect;
    }
    async sampleFiles() {
        this.files ??= await Promise.all(exports.SAMPLE_FILES.map(async (name) => ({ name, data: await this.fetcher(`${this.baseUrl}${encodeURIComponent(name)}`) })));
        return this.files;
    }
    read() {
        this.reading ??= (async () => {
            const { XlsxBufferSource } = await this.loadXlsx();
            return new XlsxBufferSource(await this.sampleFiles()).readSheets();
        })();
        const r = this.reading;
        r.catch(() => { if (this.reading === r)
            this.reading = null; });
        return r;
    }
    async loadSettings() {
        return { settings: this.settings, problems: [] };
    }
    async saveSettings(settings) {
        this.settings = settings;
    }
    async listSheets() {
        const { grids } = await this.read();
        return (0, candidates_1.describeCandidates)(grids, []);
    }
    async describeLayout(ref, mappings, headerRow) {
        const { grids } = await this.read();
        const grid = grids.find((g) => g.file === ref.file && g.sheet === ref.sheet);
        if (!grid)
            throw new Error(`找不到工作表「${ref.sheet}」（${ref.file}）。`);
        return (0, layoutView_1.describeLayout)(grid, mappings, headerRow);
    }
    async bind() {
        throw new Error('预览模式下不能绑定工作表（请在 Excel 中打开专报助手）。');
    }
    async unbind() {
        throw new Error('预览模式下不能取消绑定。');
    }
    async importFiles(files) {
        const current = await this.sampleFiles();
        this.files = [...current.filter((f) => !files.some((n) => n.name === f.name)), ...files];
        this.reading = null;
        return `已加入 ${files.length} 个文件：${files.map((f) => f.name).join('、')}。`;
    }
    async build(settings, onProgress) {
        onProgress({ stage: 'reading' });
        const reading = await this.read();
        onProgress({ stage: 'computing' });
        const outcome = await (0, runBuild_1.runBuild)({ source: { readSheets: async () => reading }, settings, sink: null, today: (0, actions_1.todayIso)(), history: this.snapshots });
        onProgress({ stage: 'done' });
        return outcome;
    }
    /** Nothing changes under the preview: the unsubscriber does nothing. */
    async watch() {
        return async () => undefined;
    }
    async listSnapshots() {
        return (await this.snapshots.list()).snapshots;
    }
    async select(source) {
        this.selected = source;
        this.onSelect(source);
    }
    async mark(outcome) {
        const n = outcome.result.indicators.filter((i) => i.status === 'behind').length;
        return `预览模式：在 Excel 中会标记 ${n} 行滞后指标。`;
    }
    async clear() {
        return '预览模式：没有需要清除的标记。';
    }
}
exports.PreviewHost = PreviewHost;
