"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const grid_1 = require("../builders/grid");
const runBuild_1 = require("../../src/engine/runBuild");
const settings_1 = require("../../src/domain/settings");
const memorySnapshotStore_1 = require("../../src/domain/memorySnapshotStore");
const viewModel_1 = require("../../src/taskpane/viewModel");
function grid(done1, done2, asOf) {
    return (0, grid_1.sheet)([
        [`人社局民生实事进展（数据截至${asOf}）`],
        ['序号', '指标名称', '全年目标', '单位', '累计完成'],
        [1, '新增城镇就业', 1000, '人', done1],
        [2, '职业技能培训', 1000, '人次', done2],
    ], { file: '人社局.xlsx', sheet: '进展' });
}
async function build(store, issue, done1, done2, asOf) {
    const g = grid(done1, done2, asOf);
    return (0, runBuild_1.runBuild)({ source: { readSheets: async () => ({ grids: [g], failures: [] }) }, settings: (0, settings_1.parseSettings)({ issue, mode: 'month' }), sink: null, history: store });
}
describe('historyView', () => {
    test('null without an earlier issue', async () => {
        const store = new memorySnapshotStore_1.MemorySnapshotStore();
        const o = await build(store, 1, 300, 100, '2026年3月31日');
        expect((0, viewModel_1.historyView)(o.result, o.bulletin, (await store.list()).snapshots, 1)).toBeNull();
    });
    test('change per indicator, newly behind and recovered, trends over three issues', async () => {
        const store = new memorySnapshotStore_1.MemorySnapshotStore();
        await build(store, 1, 300, 100, '2026年3月31日'); // 25 % expected: 30 % on schedule, 10 % behind
        await build(store, 2, 400, 500, '2026年4月30日'); // 33.33 % expected: 40 % on schedule, 50 % on schedule
        const o = await build(store, 3, 450, 600, '2026年5月31日'); // 41.67 % expected: 45 % on schedule, 60 % on schedule
        const snaps = (await store.list()).snapshots;
        expect(snaps.map((s) => s.issue)).toEqual([1, 2, 3]);
        const v = (0, viewModel_1.historyView)(o.result, o.bulletin, snaps, 3);
        expect(v).not.toBeNull();
        expect(v?.intro).toContain('与第 2 期');
        const [a, b] = v?.indicators ?? [];
        expect(a).toMatchObject({ name: '新增城镇就业', change: '较上期提高 5 个百分点', badge: { label: '提高', color: 'success' } });
        expect(a?.trend).toEqual([{ label: '第 1 期', value: 30 }, { label: '第 2 期', value: 40 }, { label: '第 3 期', value: 45 }]);
        expect(b?.trend.map((p) => p.value)).toEqual([10, 50, 60]);
        expect(v?.newlyBehind).toEqual([]);
        // Issue 2 against issue 1: 职业技能培训 recovered.
        const store2 = new memorySnapshotStore_1.MemorySnapshotStore();
        await build(store2, 1, 300, 100, '2026年3月31日');
        const o2 = await build(store2, 2, 400, 500, '2026年4月30日');
        const v2 = (0, viewModel_1.historyView)(o2.result, o2.bulletin, (await store2.list()).snapshots, 2);
        expect(v2?.recovered.map((r) => r.id)).toEqual([o2.result.indicators.find((i) => i.name === '职业技能培训')?.id]);
        expect(v2?.indicators[1]?.trend).toEqual([{ label: '第 1 期', value: 10 }, { label: '第 2 期', value: 50 }]);
        // A fall behind: issue 3 with 新增城镇就业 stalled.
        const o3 = await build(store2, 3, 400, 600, '2026年5月31日');
        const v3 = (0, viewModel_1.historyView)(o3.result, o3.bulletin, (await store2.list()).snapshots, 3);
        expect(v3?.newlyBehind.map((r) => r.id)).toEqual([o3.result.indicators.find((i) => i.name === '新增城镇就业')?.id]);
        expect(v3?.indicators[0]).toMatchObject({ change: '与上期持平', badge: { label: '持平' } });
    });
});
describe('sparkline', () => {
    test('spreads issues over the width and scales 0..100 % (or the largest value) over the height', () => {
        const v = (0, viewModel_1.sparkline)([{ label: '第 1 期', value: 0 }, { label: '第 2 期', value: 50 }, { label: '第 3 期', value: 100 }], 60, 20);
        expect(v.segments).toEqual(['2,18 30,10 58,2']);
        expect(v.label).toBe('第 1 期 0%，第 2 期 50%，第 3 期 100%');
        expect((0, viewModel_1.sparkline)([{ label: 'a', value: 200 }, { label: 'b', value: 100 }], 60, 20).segments).toEqual(['2,2 58,10']);
    });
    test('a missing issue splits the line; one point is a dot only', () => {
        const v = (0, viewModel_1.sparkline)([{ label: 'a', value: 10 }, { label: 'b', value: null }, { label: 'c', value: 30 }, { label: 'd', value: 40 }], 62, 20);
        expect(v.segments).toHaveLength(2);
        expect(v.dots).toHaveLength(3);
        expect(v.label).toContain('b 无');
        const one = (0, viewModel_1.sparkline)([{ label: 'a', value: 50 }], 60, 20);
        expect(one.dots).toEqual([{ x: 30, y: 10, label: 'a 50%' }]);
    });
});
