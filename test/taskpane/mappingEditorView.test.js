"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const grid_1 = require("../builders/grid");
const layoutView_1 = require("../../src/domain/layoutView");
const candidates_1 = require("../../src/excel/candidates");
const viewModel_1 = require("../../src/taskpane/viewModel");
const download_1 = require("../../src/taskpane/download");
const grid = (0, grid_1.sheet)([
    ['人社局民生实事进展'],
    ['序号', '指标名称', '全年目标', '单位', '累计完成', '完成率', ''],
    [1, '新增城镇就业', 6000, '人', 300, 0.05],
], { file: '人社局.xlsx', sheet: '进展' });
describe('mappingEditorView', () => {
    test('one row per editable role, options 不使用 plus every column, detected column as hint', () => {
        const view = (0, layoutView_1.describeLayout)(grid, []);
        const v = (0, viewModel_1.mappingEditorView)(view, (0, layoutView_1.editOf)(view), 1, '2');
        expect(v.rows.map((r) => r.role)).toEqual(viewModel_1.EDITOR_ROLE_ORDER);
        expect(v.options.map((o) => o.label)).toEqual(['不使用', 'A 序号', 'B 指标名称', 'C 全年目标', 'D 单位', 'E 累计完成', 'F 完成率', 'G（无表头）']);
        const done = v.rows.find((r) => r.role === 'done');
        expect(done).toMatchObject({ label: '累计完成', value: 'E', detected: '自动识别：E 累计完成', badge: null });
        expect(v.rows.find((r) => r.role === 'progress')).toMatchObject({ value: '', detected: '自动识别：无' });
        expect(v.summary).toBe('表头第 2 行；按当前列映射读取到 1 个指标。');
        expect(v.badge.label).toBe('自动识别');
        expect(v.canSave).toBe(true);
    });
    test('a changed role has a badge; a layout shared by sheets says so; a header row typed must be re-read', () => {
        const view = (0, layoutView_1.describeLayout)(grid, []);
        const v = (0, viewModel_1.mappingEditorView)(view, (0, layoutView_1.assignRole)((0, layoutView_1.editOf)(view), 'done', null), 3, '2');
        expect(v.rows.filter((r) => r.badge).map((r) => [r.role, r.badge?.label, r.badge?.color])).toEqual([['done', '已修改', 'warning']]);
        expect(v.summary).toContain('适用于表头相同的 3 个工作表');
        const pending = (0, viewModel_1.mappingEditorView)(view, (0, layoutView_1.editOf)(view), 1, '1');
        expect(pending.canSave).toBe(false);
        expect(pending.saveHint).toBe('表头行已改为第 1 行：请先点“按此行识别”。');
        expect((0, viewModel_1.mappingEditorView)(view, (0, layoutView_1.editOf)(view), 1, '0').saveHint).toBe('表头行应为 1 至 3 之间的整数。');
    });
    test('a sheet without a header asks for the header row', () => {
        const bare = (0, grid_1.sheet)([['甲', '乙'], [1, 2]], { file: 'x.xlsx', sheet: 'S' });
        const view = (0, layoutView_1.describeLayout)(bare, []);
        const v = (0, viewModel_1.mappingEditorView)(view, (0, layoutView_1.editOf)(view), 1, '');
        expect(v.summary).toBe('未识别到表头：请填写表头所在的行号，点“按此行识别”，再指定各列。');
        expect(v.canSave).toBe(false);
    });
    test('a stored mapping shows as 已手动指定 in the editor and the sheet list', () => {
        const view = (0, layoutView_1.describeLayout)(grid, []);
        const mappings = [{ layoutKey: view.layoutKey, columns: { done: null } }];
        expect((0, viewModel_1.mappingEditorView)((0, layoutView_1.describeLayout)(grid, mappings), (0, layoutView_1.editOf)(view), 1, '2').badge.label).toBe('已手动指定');
        const [c] = (0, candidates_1.describeCandidates)([grid], []);
        expect(c && (0, viewModel_1.hasMapping)(c, mappings)).toBe(true);
        expect((0, viewModel_1.sheetRows)((0, candidates_1.describeCandidates)([grid], []), mappings)[0]?.layout).toContain('已手动指定列映射');
        expect((0, viewModel_1.sheetRows)((0, candidates_1.describeCandidates)([grid], []))[0]?.layout).not.toContain('已手动指定');
    });
});
describe('pane helpers', () => {
    test('Word file name and clock text', () => {
        expect((0, download_1.docxFileName)(12)).toBe('工作专报-第12期.docx');
        expect((0, download_1.clockText)(new Date(2026, 2, 20, 7, 4))).toBe('07:04');
        expect((0, download_1.clockText)(new Date(2026, 2, 20, 23, 59))).toBe('23:59');
    });
});
