"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const runBuild_1 = require("../../src/engine/runBuild");
const settings_1 = require("../../src/domain/settings");
const grid_1 = require("../builders/grid");
const grid = (0, grid_1.sheet)([
    ['指标名称', '全年目标', '单位', '累计完成'],
    ['新增城镇就业', 6000, '人', 1386],
]);
/** A promise resolved from outside, to see what runs while what. */
function deferred() {
    let resolve;
    const promise = new Promise((r) => { resolve = r; });
    return { promise, resolve };
}
describe('runBuild', () => {
    test('lists earlier snapshots while the tracking sheets are read, and saves after writing', async () => {
        const events = [];
        const reading = deferred();
        const source = { readSheets: () => { events.push('read start'); return reading.promise; } };
        const history = {
            list: async () => { events.push('list'); return { snapshots: [], findings: [] }; },
            save: async () => { events.push('save'); },
        };
        const sink = { writeSheets: async () => { events.push('write'); } };
        const build = (0, runBuild_1.runBuild)({ source, settings: (0, settings_1.parseSettings)({ asOf: '2026-03-20' }), sink, history });
        await Promise.resolve();
        expect(events).toEqual(['read start', 'list']); // listing did not wait for the read
        reading.resolve({ grids: [grid], failures: [] });
        const out = await build;
        expect(events).toEqual(['read start', 'list', 'write', 'save']);
        expect(out.result.indicators).toHaveLength(1);
        expect(out.history).toMatchObject({ previous: null, diff: null });
    });
    test('without a sink no sheets are laid out unless asked', async () => {
        const source = { readSheets: async () => ({ grids: [grid], failures: [] }) };
        const settings = (0, settings_1.parseSettings)({ asOf: '2026-03-20' });
        expect((await (0, runBuild_1.runBuild)({ source, settings, sink: null })).sheets).toEqual([]);
        expect((await (0, runBuild_1.runBuild)({ source, settings, sink: null, layout: true })).sheets.map((s) => s.name)).toEqual(['工作专报', '汇总台账']);
    });
});
