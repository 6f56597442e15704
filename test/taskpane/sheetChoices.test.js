"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const jsx_runtime_1 = require("react/jsx-runtime");
const react_1 = require("@testing-library/react");
const react_components_1 = require("@fluentui/react-components");
const layoutView_1 = require("../../src/domain/layoutView");
const candidates_1 = require("../../src/excel/candidates");
const SheetList_1 = require("../../src/taskpane/components/SheetList");
const viewModel_1 = require("../../src/taskpane/viewModel");
const grid_1 = require("../builders/grid");
const variants = [
    { label: '上月累计 / 本月累计', headers: ['上月累计', '本月累计'], hidden: [], note: '累计完成：读取 D 列「本月累计」，未读取 C 列「上月累计」（按表头含义）' },
    { label: '计划完成 / 实际完成', headers: ['计划完成', '实际完成'], hidden: [], note: '累计完成：读取 D 列「实际完成」，未读取 C 列「计划完成」（按表头含义）' },
    { label: 'a hidden 累计完成', headers: ['累计完成', '累计完成'], hidden: ['C'], note: '累计完成：读取 D 列「累计完成」，未读取 C 列「累计完成」（另一列为隐藏列）' },
];
const gridOf = (headers, hidden) => (0, grid_1.sheet)([
    ['指标名称', '全年目标', ...headers, '单位'],
    ['新增城镇就业', 6000, 900, 1386, '人'],
], { file: '人社局.xlsx', sheet: '进展', hiddenCols: hidden });
describe('the engine’s column choices beside the sheet, and the clerk’s override', () => {
    test.each(variants)('$label: shown in the sheet list', ({ headers, hidden, note }) => {
        const rows = (0, viewModel_1.sheetRows)((0, candidates_1.describeCandidates)([gridOf(headers, hidden)], []));
        expect(rows[0]?.choices).toEqual([note]);
        (0, react_1.render)((0, jsx_runtime_1.jsx)(react_components_1.FluentProvider, { theme: react_components_1.webLightTheme, children: (0, jsx_runtime_1.jsx)(SheetList_1.SheetList, { rows: rows, loading: false, canBind: false, onRefresh: () => { }, onBind: () => { }, onUnbind: () => { }, onImport: () => { }, onEditMapping: () => { } }) }));
        expect(react_1.screen.getAllByTestId('sheet-choice').map((e) => e.textContent)).toEqual([note]);
    });
    test.each(variants)('$label: overridden in the 列映射 editor, the override is honoured and the note goes', ({ headers, hidden }) => {
        const grid = gridOf(headers, hidden);
        const view = (0, layoutView_1.describeLayout)(grid, []);
        expect(view.roles.done).toBe('D');
        const mappings = (0, layoutView_1.mappingsAfterEdit)([], view, (0, layoutView_1.assignRole)((0, layoutView_1.editOf)(view), 'done', 'C'));
        expect(mappings).toHaveLength(1);
        const r = (0, grid_1.report)([grid], { mappings });
        expect(r.result.indicators[0]).toMatchObject({ done: 900, source: { cells: { done: 'C2' } } });
        expect(r.result.findings.filter((f) => f.code === 'layout_choice')).toEqual([]);
        const candidate = (0, candidates_1.describeCandidates)([grid], [])[0];
        expect(candidate && (0, viewModel_1.choiceNotes)(candidate, mappings)).toEqual([]);
        expect((0, layoutView_1.describeLayout)(grid, mappings).roles.done).toBe('C');
    });
    test('a sheet without competing columns shows no note', () => {
        const rows = (0, viewModel_1.sheetRows)((0, candidates_1.describeCandidates)([(0, grid_1.sheet)([['指标名称', '全年目标', '累计完成'], ['新增城镇就业', 6000, 1386]])], []));
        expect(rows[0]?.choices).toEqual([]);
    });
});
