"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Change since the last issue across three consecutive builds with changed values: per-indicator
 * change in completion, newly behind and recovered indicators, per-section count changes; matching by
 * section + normalised name + department; snapshots validated (a bad one is a finding, not a throw);
 * the change added to the bulletin's prose.
 */
const bulletinModel_1 = require("../../src/domain/bulletinModel");
const historyDiff_1 = require("../../src/domain/historyDiff");
const resultSchema_1 = require("../../src/domain/resultSchema");
const settings_1 = require("../../src/domain/settings");
const grid_1 = require("../builders/grid");
function build(asOf, rows) {
    const g = (0, grid_1.sheet)([['板块', '项目', '指标', '全年目标', '单位', '累计完成', '责任单位'], ...rows], { file: '跟踪表.xlsx' });
    const r = (0, grid_1.report)([g], { asOf }).result;
    // As the CLI does: the snapshot is the result's JSON, read back and validated.
    const parsed = (0, historyDiff_1.parseSnapshot)(JSON.stringify(resultSchema_1.ResultSchema.parse(r)), 'snapshot.json');
    if (!parsed.ok)
        throw new Error(parsed.finding.message);
    return parsed.result;
}
const JOBS = '推动实现“劳有所得”';
const DOCTORS = '推动实现“病有所医”';
const GRAIN = '提高粮食产能';
// Issue 1, 2026-03-20 (time progress 21.64 %).
const issue1 = build('2026-03-20', [
    ['省级', JOBS, '新增城镇就业', 6000, '人', 1386, '人社局'], // 23.1 on schedule
    ['省级', JOBS, '开展职业技能培训', 1660, '人次', 72, '人社局'], // 4.34 behind
    ['省级', DOCTORS, '培训乡村医生', 30, '人', 6, '卫健局'], // 20 behind
    ['市级', GRAIN, '高标准农田建设', 50000, '亩', 15000, '农业农村局'], // 30 on schedule
]);
// Issue 2, 2026-04-20 (30.14 %): names written differently, values moved.
const issue2 = build('2026-04-20', [
    ['省级', JOBS, '新增城镇就业 ', 6000, '人', 2400, '人社局'], // 40: +16.9
    ['省级', JOBS, '开展职业技能培训', 1660, '人次', 600, '人社局'], // 36.14: recovered
    ['省级', DOCTORS, '“培训乡村医生”', 30, '人', 9, '卫健局'], // 30 − 20 = +10, still behind (30 < 30.14)
    ['市级', GRAIN, '高标准农田建设', 50000, '亩', 15000, '农业农村局'], // 30 flat: newly behind
]);
// Issue 3, 2026-05-20 (38.36 %): one indicator dropped, one new.
const issue3 = build('2026-05-20', [
    ['省级', JOBS, '新增城镇就业', 6000, '人', 2100, '人社局'], // 35: −5, newly behind
    ['省级', JOBS, '开展职业技能培训', 1660, '人次', 1660, '人社局'], // 100: completed
    ['省级', '推动实现“愁有所解”', '新建农村4G、5G基站', 34, '个', 20, '工信局'], // new
    ['市级', GRAIN, '高标准农田建设', 50000, '亩', 25000, '农业农村局'], // 50: recovered
]);
const byName = (d, name) => {
    const c = d.indicators.find((x) => x.name.includes(name));
    if (!c)
        throw new Error(`no change for ${name}`);
    return c;
};
const idOf = (r, name) => {
    const i = r.indicators.find((x) => x.name.includes(name));
    if (!i)
        throw new Error(`no indicator ${name}`);
    return i.id;
};
describe('three consecutive issues', () => {
    const d2 = (0, historyDiff_1.diffResults)(issue1, issue2, { file: 'issue-0001-2026-03-20.json', issue: 1 });
    const d3 = (0, historyDiff_1.diffResults)(issue2, issue3, { file: 'issue-0002-2026-04-20.json', issue: 2 });
    test('the fixtures are what the comments say', () => {
        const status = (r) => Object.fromEntries(r.indicators.map((i) => [i.name.replace(/[“”\s]/g, ''), `${i.completion} ${i.status}`]));
        expect(status(issue1)).toEqual({ 新增城镇就业: '23.1 on_schedule', 开展职业技能培训: '4.34 behind', 培训乡村医生: '20 behind', 高标准农田建设: '30 on_schedule' });
        expect(status(issue2)).toEqual({ 新增城镇就业: '40 on_schedule', 开展职业技能培训: '36.14 on_schedule', 培训乡村医生: '30 behind', 高标准农田建设: '30 behind' });
        expect(status(issue3)).toMatchObject({ 新增城镇就业: '35 behind', 开展职业技能培训: '100 completed', 高标准农田建设: '50 on_schedule' });
    });
    test('issue 2 against issue 1: change in completion per indicator, matched despite spacing and quotes', () => {
        expect(d2.indicators.map((c) => [c.name.trim(), c.previousCompletion, c.completion, c.delta, c.trend, c.text])).toEqual([
            ['新增城镇就业', 23.1, 40, 16.9, 'up', '较上期提高 16.9 个百分点'],
            ['开展职业技能培训', 4.34, 36.14, 31.8, 'up', '较上期提高 31.8 个百分点'],
            ['“培训乡村医生”', 20, 30, 10, 'up', '较上期提高 10 个百分点'],
            ['高标准农田建设', 30, 30, 0, 'flat', '与上期持平'],
        ]);
        expect(d2.added).toEqual([]);
        expect(d2.removed).toEqual([]);
        expect(d2).toMatchObject({ previousFile: 'issue-0001-2026-03-20.json', previousIssue: 1, previousAsOf: '2026-03-20', currentAsOf: '2026-04-20', notes: [] });
    });
    test('issue 2: newly behind and recovered', () => {
        expect(d2.newlyBehind).toEqual([idOf(issue2, '高标准农田建设')]);
        expect(d2.recovered).toEqual([idOf(issue2, '开展职业技能培训')]);
        // Behind both times: neither newly behind nor recovered.
        expect(byName(d2, '培训乡村医生')).toMatchObject({ previousStatus: 'behind', status: 'behind', newlyBehind: false, recovered: false });
    });
    test('issue 2: per-section change in the counts', () => {
        const [prov, city] = d2.sections;
        expect(prov).toMatchObject({ section: '省级', indicatorsDelta: 0, countsDelta: { on_schedule: 1, behind: -1, completed: 0 } });
        expect(prov?.text).toBe('与上期相比，达到序时进度的指标增加 1 个，未达到序时进度的指标减少 1 个。');
        expect(city).toMatchObject({ section: '市级', countsDelta: { on_schedule: -1, behind: 1 } });
        expect(city?.text).toBe('与上期相比，达到序时进度的指标减少 1 个，未达到序时进度的指标增加 1 个。');
    });
    test('issue 3 against issue 2: a fall, a completion, a recovery; an indicator dropped and one added', () => {
        expect(byName(d3, '新增城镇就业')).toMatchObject({ delta: -5, trend: 'down', text: '较上期下降 5 个百分点', newlyBehind: true });
        expect(byName(d3, '开展职业技能培训')).toMatchObject({ delta: 63.86, status: 'completed', recovered: false });
        expect(byName(d3, '高标准农田建设')).toMatchObject({ delta: 20, recovered: true });
        expect(byName(d3, '基站')).toMatchObject({ previousId: null, previousCompletion: null, delta: null, text: null, newlyBehind: false });
        expect(d3.newlyBehind).toEqual([idOf(issue3, '新增城镇就业')]);
        expect(d3.recovered).toEqual([idOf(issue3, '高标准农田建设')]);
        expect(d3.added).toEqual([idOf(issue3, '基站')]);
        expect(d3.removed).toEqual([{ previousId: idOf(issue2, '培训乡村医生'), section: '省级', name: '“培训乡村医生”', dept: '卫健局', status: 'behind' }]);
        const prov = d3.sections.find((s) => s.section === '省级');
        // 省级: on schedule 2 → 1 + 1 completed, behind 1 → 1.
        expect(prov?.countsDelta).toMatchObject({ completed: 1, on_schedule: -1, behind: 0 });
        expect(prov?.text).toBe('与上期相比，达到序时进度的指标数与上期持平（其中完成全年任务的增加 1 个），未达到序时进度的指标数与上期持平。');
        expect(d3.sections.find((s) => s.section === '市级')?.text).toBe('与上期相比，达到序时进度的指标增加 1 个，未达到序时进度的指标减少 1 个。');
    });
    test('the change is added to the bulletin model: prose lines, section summaries, lists', () => {
        const settings = (0, settings_1.parseSettings)({ asOf: '2026-05-20', issue: 3 });
        const model = (0, historyDiff_1.withHistory)((0, bulletinModel_1.buildBulletinModel)(issue3, settings), d3);
        const lines = model.sections.flatMap((s) => s.projects.flatMap((p) => p.lines));
        const jobs = lines.find((l) => l.indicatorId === idOf(issue3, '新增城镇就业'));
        expect(jobs?.text.endsWith('较上期下降 5 个百分点。')).toBe(true);
        const added = lines.find((l) => l.indicatorId === idOf(issue3, '基站'));
        expect(added?.text).not.toMatch(/较上期|与上期/);
        expect(model.sections[0]?.summary).toMatch(/有 1 个指标未达到序时进度。与上期相比，达到序时进度的指标数与上期持平（其中完成全年任务的增加 1 个）/);
        expect(model.history?.newlyBehind.map((x) => x.text)).toEqual([
            '省级十大重点民生实事 · 新增城镇就业（人社局）：完成率 35%，序时进度 38.36%，上期为“达到序时进度”（完成率 40%）。',
        ]);
        expect(model.history?.recovered.map((x) => x.indicatorId)).toEqual([idOf(issue3, '高标准农田建设')]);
        expect(model.history?.intro).toBe('与第 2 期（数据截至 2026 年 4 月 20 日）相比，有 3 个指标可比较完成率，其中 2 个提高、1 个下降、0 个持平；新增未达到序时进度的指标 1 个，恢复达到序时进度的指标 1 个；本期新列入指标 1 个；上期列入而本期未列的指标 1 个（“培训乡村医生”）。');
    });
});
describe('matching across issues', () => {
    test('section + normalised name + department: the same name under another department is another indicator', () => {
        const a = build('2026-03-20', [['省级', JOBS, '新增城镇就业', 6000, '人', 1386, '人社局']]);
        const b = build('2026-04-20', [['省级', JOBS, '新增城镇就业', 6000, '人', 2000, '就业服务中心']]);
        const d = (0, historyDiff_1.diffResults)(a, b);
        expect(d.added).toHaveLength(1);
        expect(d.removed).toHaveLength(1);
        expect(d.indicators[0]?.text).toBeNull();
    });
    test('the key ignores spaces, quotes, brackets, full-width forms and trailing punctuation', () => {
        expect((0, historyDiff_1.indicatorKey)({ section: '省级', name: '建设“和美湘村”。', dept: '住建局' })).toBe((0, historyDiff_1.indicatorKey)({ section: ' 省级', name: '建设 和美湘村', dept: '住建局' }));
        expect((0, historyDiff_1.indicatorKey)({ section: '省级', name: '新建农村４Ｇ基站', dept: null })).toBe((0, historyDiff_1.indicatorKey)({ section: '省级', name: '新建农村4G基站', dept: null }));
        expect((0, historyDiff_1.indicatorKey)({ section: '省级', name: '甲', dept: null })).not.toBe((0, historyDiff_1.indicatorKey)({ section: '市级', name: '甲', dept: null }));
    });
    test('duplicates are matched in order, each previous indicator at most once', () => {
        const a = build('2026-03-20', [['省级', JOBS, '甲指标', 100, '个', 10, '人社局'], ['省级', JOBS, '甲指标', 100, '个', 20, '人社局']]);
        const b = build('2026-04-20', [['省级', JOBS, '甲指标', 100, '个', 40, '人社局'], ['省级', JOBS, '甲指标', 100, '个', 50, '人社局'], ['省级', JOBS, '甲指标', 100, '个', 60, '人社局']]);
        expect((0, historyDiff_1.diffResults)(a, b).indicators.map((c) => c.delta)).toEqual([30, 30, null]);
    });
    test('a previous snapshot that is not older, or uses another time-progress mode, is noted', () => {
        const d = (0, historyDiff_1.diffResults)(issue2, { ...issue1, mode: 'month' });
        expect(d.notes).toHaveLength(2);
        expect(d.notes[0]).toContain('不早于本期');
    });
});
describe('snapshots', () => {
    test('not JSON: a history_unreadable finding naming the file, no throw', () => {
        const r = (0, historyDiff_1.parseSnapshot)('{"asOf": "2026-03-20", ', 'issue-0001-2026-03-20.json');
        expect(r.ok).toBe(false);
        if (r.ok)
            return;
        expect(r.finding).toMatchObject({ file: 'issue-0001-2026-03-20.json', code: 'history_unreadable', severity: 'warning' });
        expect(r.finding.message).toMatch(/^上期快照「issue-0001-2026-03-20\.json」不是有效的 JSON/);
        expect(r.finding.message).toContain('本期未与上期比较');
    });
    test('JSON of the wrong shape: the finding says which fields are wrong', () => {
        const bad = JSON.parse(JSON.stringify(issue1));
        bad.indicators[0].status = 'done';
        delete bad.summary;
        for (const [text, pattern] of [
            [JSON.stringify(bad), /格式不符（.*(summary|indicators\.0\.status)/],
            ['[1, 2]', /格式不符/],
            ['null', /格式不符/],
        ]) {
            const r = (0, historyDiff_1.parseSnapshot)(text, 'x.json');
            expect([text.slice(0, 10), r.ok ? 'ok' : r.finding.message]).toEqual([text.slice(0, 10), expect.stringMatching(pattern)]);
        }
    });
    test('a valid snapshot, with or without a history of its own, is read back', () => {
        const withHist = { ...issue2, history: (0, historyDiff_1.diffResults)(issue1, issue2) };
        for (const snap of [issue1, withHist]) {
            const r = (0, historyDiff_1.parseSnapshot)(JSON.stringify(snap), 's.json');
            expect(r.ok && r.result.indicators.length).toBe(snap.indicators.length);
        }
    });
});
test('changeText', () => {
    expect([(0, historyDiff_1.changeText)(3.2), (0, historyDiff_1.changeText)(-1), (0, historyDiff_1.changeText)(0), (0, historyDiff_1.changeText)(0.005)]).toEqual(['较上期提高 3.2 个百分点', '较上期下降 1 个百分点', '与上期持平', '较上期提高 0.01 个百分点']);
});
