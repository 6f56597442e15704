"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const actions_1 = require("../../src/commands/actions");
const settings_1 = require("../../src/domain/settings");
const officeValues_1 = require("../../src/excel/officeValues");
const storedState_1 = require("../../src/excel/storedState");
const fakeExcel_1 = require("./fakeExcel");
/** One department's tracker: three indicators, target 1000 each. */
function tracker(x, done) {
    const s = x.addSheet('人社局');
    const put = (r, c, v, fmt) => { s.cells.set(`${r},${c}`, fmt ? { v, fmt } : { v }); };
    put(1, 1, '数据截至：');
    put(1, 2, (0, officeValues_1.isoToSerial)('2026-03-20'), 'yyyy/m/d');
    ['序号', '指标名称', '全年目标', '单位', '累计完成'].forEach((h, i) => put(2, i + 1, h));
    done.forEach((d, i) => { put(3 + i, 1, i + 1); put(3 + i, 2, `指标${i + 1}`); put(3 + i, 3, 1000); put(3 + i, 4, '人'); put(3 + i, 5, d); });
}
describe('the ribbon’s one-click bulletin', () => {
    test('keeps each issue’s snapshot in the workbook, so the next issue states the change', async () => {
        const x = new fakeExcel_1.FakeExcel();
        tracker(x, [100, 300, 500]);
        const first = await (0, actions_1.buildInWorkbook)({ write: true, runner: x.run, settings: (0, settings_1.parseSettings)({ issue: 1, asOf: '2026-03-20' }) });
        expect(first.outcome.result.history).toBeUndefined();
        expect(x.sheet(storedState_1.HISTORY_SHEET)).toBeDefined();
        x.sheet('人社局').cells.set('3,5', { v: 400 });
        const second = await (0, actions_1.buildInWorkbook)({ write: true, runner: x.run, settings: (0, settings_1.parseSettings)({ issue: 2, asOf: '2026-03-20' }) });
        const change = second.outcome.result.history?.indicators.find((i) => i.name === '指标1');
        expect(change?.delta).toBe(30); // 10 % → 40 %
    });
    test('a read-only build (for marking) stores no snapshot', async () => {
        const x = new fakeExcel_1.FakeExcel();
        tracker(x, [100, 300, 500]);
        const r = await (0, actions_1.markLaggingInWorkbook)({ runner: x.run, build: await (0, actions_1.buildInWorkbook)({ write: false, runner: x.run, settings: (0, settings_1.parseSettings)({ asOf: '2026-06-30' }) }) });
        expect(r.marked).toBeGreaterThan(0);
        expect(r.messages).toEqual([]);
        expect(() => x.sheet(storedState_1.HISTORY_SHEET)).toThrow();
    });
});
