"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ExcelPaneHost = void 0;
/**
 * The pane's host inside Excel: the office.js adapter and the shared command actions.
 */
const runBuild_1 = require("../engine/runBuild");
const layoutView_1 = require("../domain/layoutView");
const excelSink_1 = require("../excel/excelSink");
const excelSource_1 = require("../excel/excelSource");
const excelHighlighter_1 = require("../excel/excelHighlighter");
const excelSnapshotStore_1 = require("../excel/excelSnapshotStore");
const highlightTargets_1 = require("../excel/highlightTargets");
const workbookOps_1 = require("../excel/workbookOps");
const excelSource_2 = require("../excel/excelSource");
const runner_1 = require("../excel/runner");
const actions_1 = require("../commands/actions");
class ExcelPaneHost {
    loadXlsx;
    mode = 'excel';
    wb = new workbookOps_1.ExcelWorkbook();
    constructor(loadXlsx) {
        this.loadXlsx = loadXlsx;
    }
    async loadSettings() {
        const { settings, problems } = await this.wb.loadState();
        // Renamed sheets keep their binding, deleted ones are dropped: each said in plain words.
        const { messages } = await this.wb.reattachBindings();
        problems.push(...messages);
        // The manifest asks for ExcelApi 1.9; merged cells need 1.13 (docs/addin.md, requirement sets).
        if (!(0, runner_1.officeSupports)('1.13'))
            problems.push(excelSource_2.MERGES_UNSUPPORTED);
        return { settings, problems };
    }
    saveSettings(settings) {
        return this.wb.saveSettings(settings);
    }
    listSheets() {
        return this.wb.listCandidates();
    }
    async bind(candidate) {
        await this.wb.bind(candidate);
    }
    unbind(sheet) {
        return this.wb.unbind(sheet);
    }
    async importFiles(files) {
        const { XlsxBufferSource } = await this.loadXlsx();
        const { grids, failures } = await new XlsxBufferSource(files).readSheets();
        // .xlsx files go in whole where Excel can (styles and validations kept), the rest cell by cell.
        const out = await this.wb.importFiles(files, grids);
        const parts = [`已导入 ${out.imported.length} 个工作表：${out.imported.map((i) => i.sheet).join('、') || '无'}。`];
        if (out.skipped.length)
            parts.push(`未导入 ${out.skipped.length} 个（${out.skipped.map((s) => `${s.file}「${s.sheet}」${s.reason}`).join('；')}）。`);
        parts.push(...(out.notes ?? []));
        for (const f of failures)
            parts.push(f.message);
        return parts.join('');
    }
    /**
     * Reads the workbook's sheets (every sheet, as the sheet list does: the source cannot read one
     * sheet alone) and describes the one asked for.
     */
    async describeLayout(ref, mappings, headerRow) {
        const { grids } = await new excelSource_1.ExcelTrackingSource({ allSheets: true, onlySheets: [ref.sheet] }).readSheets();
        const grid = grids.find((g) => g.sheet === ref.sheet && g.file === ref.file) ?? grids.find((g) => g.sheet === ref.sheet);
        if (!grid)
            throw new Error(`找不到工作表「${ref.sheet}」，它可能已被删除或改名。请点“识别工作表”刷新。`);
        return (0, layoutView_1.describeLayout)(grid, mappings, headerRow);
    }
    async build(settings, onProgress) {
        onProgress({ stage: 'reading' });
        const source = new excelSource_1.ExcelTrackingSource();
        const reading = await source.readSheets();
        onProgress({ stage: 'computing' });
        const sink = new excelSink_1.ExcelBulletinSink();
        const outcome = await (0, runBuild_1.runBuild)({
            source: { readSheets: async () => reading },
            settings,
            sink: { writeSheets: async (sheets) => { onProgress({ stage: 'writing' }); await sink.writeSheets(sheets); } },
            today: (0, actions_1.todayIso)(),
            history: new excelSnapshotStore_1.ExcelSnapshotStore(),
        });
        onProgress({ stage: 'done' });
        return outcome;
    }
    /** Re-runs `onChange` when a bound range's data changes (debounced; the add-in's own writes ignored). */
    watch(onChange) {
        return this.wb.watchBindings(() => onChange());
    }
    /** Snapshots kept in the workbook's hidden history sheet. */
    async listSnapshots() {
        return (await new excelSnapshotStore_1.ExcelSnapshotStore().list()).snapshots;
    }
    select(source) {
        return this.wb.selectCell(source.sheet, source.cell);
    }
    async mark(outcome, settings) {
        const h = new excelHighlighter_1.ExcelHighlighter();
        await h.highlight((0, highlightTargets_1.highlightTargets)(outcome.result), settings.colours);
        const r = h.last;
        return [`已标记 ${r.marked} 行滞后指标${r.missing.length ? `；${r.missing.length} 个指标所在的工作表不在本工作簿中` : ''}。`, ...r.messages].join('');
    }
    async clear() {
        const h = new excelHighlighter_1.ExcelHighlighter();
        await h.clearHighlights();
        return [`已清除 ${h.last.removed} 处滞后标记。`, ...h.last.messages].join('');
    }
}
exports.ExcelPaneHost = ExcelPaneHost;
