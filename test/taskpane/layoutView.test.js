"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const grid_1 = require("../builders/grid");
const layoutView_1 = require("../../src/domain/layoutView");
const sheetReading_1 = require("../../src/domain/sheetReading");
const settings_1 = require("../../src/domain/settings");
const tracker = (0, grid_1.sheet)([
    ['2026年民生实事进展情况'],
    ['序号', '指标名称', '全年目标', '单位', '累计完成', '完成率', '本月完成'],
    [1, '新增城镇就业', 6000, '人', 1500, 0.25, 300],
    [2, '城镇调查失业率', 5.5, '%', 5.1, null, null],
], { file: '人社局.xlsx', sheet: '进展' });
const untitled = (0, grid_1.sheet)([
    ['说明：本表由各单位填报'],
    ['甲', '乙', '丙', '丁'],
    ['A项目', '新增养老床位', 300, 120],
    ['A项目', '改造卫生室', 20, 5],
], { file: '民政局.xlsx', sheet: '表1' });
describe('describeLayout', () => {
    test('shows every column with its header and the detected role', () => {
        const v = (0, layoutView_1.describeLayout)(tracker, []);
        expect(v.detected).toBe(true);
        expect(v.headerRow).toBe(2);
        expect(v.layoutKey).toBe((0, sheetReading_1.readSheet)(tracker).layout?.key);
        expect(v.columns.map((c) => `${c.letter}:${c.header}:${c.role ?? '-'}`)).toEqual([
            'A:序号:seq', 'B:指标名称:name', 'C:全年目标:target', 'D:单位:unit', 'E:累计完成:done', 'F:完成率:completion', 'G:本月完成:-',
        ]);
        expect(v.roles.done).toBe('E');
        expect(v.roles).toEqual(v.baseRoles);
        expect(v.mapped).toBe(false);
        expect(v.indicators).toBe(2);
    });
    test('a sheet without a recognisable header is keyed by file#sheet and reads nothing', () => {
        const v = (0, layoutView_1.describeLayout)(untitled, []);
        expect(v.detected).toBe(false);
        expect(v.headerRow).toBeNull();
        expect(v.layoutKey).toBe('民政局.xlsx#表1');
        expect(v.indicators).toBe(0);
        expect(v.columns.every((c) => c.header === '' && c.role === null)).toBe(true);
    });
    test('with a header row given, shows the sheet as read from that row', () => {
        const v = (0, layoutView_1.describeLayout)(untitled, [], 2);
        expect(v.headerRow).toBe(2);
        expect(v.columns.map((c) => c.header)).toEqual(['甲', '乙', '丙', '丁']);
        expect(v.mapped).toBe(false);
    });
});
describe('editing and saving a mapping', () => {
    test('assigning a column taken by another role takes it from that role', () => {
        const e = (0, layoutView_1.assignRole)((0, layoutView_1.editOf)((0, layoutView_1.describeLayout)(tracker, [])), 'done', 'G');
        expect(e.roles.done).toBe('G');
        const e2 = (0, layoutView_1.assignRole)(e, 'completion', 'G');
        expect(e2.roles.completion).toBe('G');
        expect(e2.roles.done).toBeNull();
    });
    test('only the differences from detection are stored, and the engine reads them', () => {
        const view = (0, layoutView_1.describeLayout)(tracker, []);
        const edit = (0, layoutView_1.assignRole)((0, layoutView_1.assignRole)((0, layoutView_1.editOf)(view), 'done', 'G'), 'completion', null);
        const mappings = (0, layoutView_1.mappingsAfterEdit)([], view, edit);
        expect(mappings).toEqual([{ layoutKey: view.layoutKey, columns: { done: 'G', completion: null } }]);
        expect(mappings.every((m) => settings_1.ColumnMappingSchema.safeParse(m).success)).toBe(true);
        const reading = (0, sheetReading_1.readSheet)(tracker, { mappings });
        expect(reading.indicators[0]?.done?.value).toBe(300);
        expect(reading.indicators[0]?.reportedCompletion).toBeNull();
        const after = (0, layoutView_1.describeLayout)(tracker, mappings);
        expect(after.mapped).toBe(true);
        expect(after.roles.done).toBe('G');
        expect(after.roles.completion).toBeNull();
        expect(after.columns.find((c) => c.letter === 'E')?.role).toBeNull();
    });
    test('saving an edit equal to detection removes the mapping; reset removes it too; other layouts are kept', () => {
        const other = { layoutKey: '别的表头', columns: { note: 'Z' } };
        const view = (0, layoutView_1.describeLayout)(tracker, []);
        const stored = (0, layoutView_1.mappingsAfterEdit)([other], view, (0, layoutView_1.assignRole)((0, layoutView_1.editOf)(view), 'done', null));
        expect(stored).toHaveLength(2);
        const reopened = (0, layoutView_1.describeLayout)(tracker, stored);
        expect((0, layoutView_1.mappingsAfterEdit)(stored, reopened, { headerRow: reopened.headerRow, roles: { ...reopened.baseRoles } })).toEqual([other]);
        expect((0, layoutView_1.mappingsAfterReset)(stored, reopened)).toEqual([other]);
    });
    test('an undetected sheet gets a header-row mapping by file#sheet and its column overrides by the new layout key', () => {
        const atRow = (0, layoutView_1.describeLayout)(untitled, [], 2);
        const edit = (0, layoutView_1.assignRole)((0, layoutView_1.assignRole)((0, layoutView_1.assignRole)((0, layoutView_1.assignRole)((0, layoutView_1.editOf)(atRow), 'project', 'A'), 'name', 'B'), 'target', 'C'), 'done', 'D');
        const mappings = (0, layoutView_1.mappingsAfterEdit)([], atRow, edit);
        expect(mappings).toEqual([
            { layoutKey: '民政局.xlsx#表1', columns: {}, headerRow: 2 },
            { layoutKey: '甲|乙|丙|丁', columns: { project: 'A', name: 'B', target: 'C', done: 'D' } },
        ]);
        const reading = (0, sheetReading_1.readSheet)(untitled, { mappings });
        expect(reading.indicators.map((i) => [i.project, i.name, i.target?.value, i.done?.value])).toEqual([
            ['A项目', '新增养老床位', 300, 120], ['A项目', '改造卫生室', 20, 5],
        ]);
        const reopened = (0, layoutView_1.describeLayout)(untitled, mappings);
        expect(reopened.mapped).toBe(true);
        expect(reopened.indicators).toBe(2);
        expect((0, layoutView_1.mappingsAfterReset)(mappings, reopened)).toEqual([]);
    });
    test('moving the header row of a detected sheet stores the row under the detected key', () => {
        const view = (0, layoutView_1.describeLayout)(tracker, [], 1);
        expect(view.headerRow).toBe(1);
        const mappings = (0, layoutView_1.mappingsAfterEdit)([], view, (0, layoutView_1.editOf)(view));
        expect(mappings).toEqual([{ layoutKey: (0, layoutView_1.describeLayout)(tracker, []).layoutKey, columns: {}, headerRow: 1 }]);
        expect((0, layoutView_1.describeLayout)(tracker, mappings).headerRow).toBe(1);
    });
});
