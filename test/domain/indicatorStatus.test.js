"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const indicatorStatus_1 = require("../../src/domain/indicatorStatus");
const statusCodes_1 = require("../../src/domain/statusCodes");
const fcSupport_1 = require("./fcSupport");
const DAY = 21.64; // 2026-03-20, day mode
const input = (over) => ({
    kind: 'count', target: 6000, done: 1386, completion: 23.1, expectedProgress: DAY,
    progressText: '', targetText: null, statusText: null, tolerance: 0, ...over,
});
describe('indicatorStatus — counts', () => {
    it.each([
        ['ahead of time progress', {}, 'on_schedule'],
        ['exactly at time progress', { completion: 21.64 }, 'on_schedule'],
        ['at time progress after rounding to 2 decimals', { completion: 21.6351, expectedProgress: 21.643835 }, 'on_schedule'],
        ['just below', { completion: 21.63 }, 'behind'],
        ['0 %', { done: 0, completion: 0 }, 'behind'],
        ['100 %', { done: 6000, completion: 100 }, 'completed'],
        ['99.995 % rounds to 100', { completion: 99.995 }, 'completed'],
        ['99.99 %', { completion: 99.99 }, 'on_schedule'],
        ['above 100 %', { done: 9000, completion: 150 }, 'completed'],
        ['far above (unit slip) still completed', { completion: 1000 }, 'completed'],
        ['negative done', { done: -5, completion: -0.08 }, 'behind'],
        ['within the tolerance', { completion: 18, tolerance: 5 }, 'on_schedule'],
        ['at the edge of the tolerance', { completion: 16.64, tolerance: 5 }, 'on_schedule'],
        ['beyond the tolerance', { completion: 16.63, tolerance: 5 }, 'behind'],
        ['no expected progress counts as 0', { completion: 1, expectedProgress: null }, 'on_schedule'],
        ['progress kind judged like a count', { kind: 'progress', target: null, done: null, completion: 30 }, 'on_schedule'],
        ['progress kind below', { kind: 'progress', target: null, done: null, completion: 10 }, 'behind'],
    ])('%s → %s', (_what, over, status) => {
        expect((0, indicatorStatus_1.indicatorStatus)(input(over))).toBe(status);
    });
    it('a completion computed but text saying 未下达 with 0 done → not_issued', () => {
        expect((0, indicatorStatus_1.indicatorStatus)(input({ done: 0, completion: 0, progressText: '上级任务未下达' }))).toBe('not_issued');
        expect((0, indicatorStatus_1.indicatorStatus)(input({ done: 10, completion: 0.17, progressText: '上级任务未下达' }))).toBe('behind');
    });
    it('figures but no completion (units that cannot be converted, target 0) → needs_review', () => {
        expect((0, indicatorStatus_1.indicatorStatus)(input({ completion: null }))).toBe('needs_review');
        expect((0, indicatorStatus_1.indicatorStatus)(input({ target: 0, completion: null }))).toBe('needs_review');
    });
});
describe('indicatorStatus — no figures', () => {
    it.each([
        ['上级任务未下达', { progressText: '上级任务未下达' }, 'not_issued'],
        ['暂未收到…任务', { progressText: '暂未收到省厅下达的任务' }, 'not_issued'],
        ['待…推出方案后落实', { progressText: '待省里推出方案后落实' }, 'not_issued'],
        ['属于省级统筹', { progressText: '属于省级统筹' }, 'not_issued'],
        ['暂未启动', { progressText: '暂未启动' }, 'not_issued'],
        ['in the target text', { targetText: '待省级下达' }, 'not_issued'],
        ['暂无数据', { progressText: '暂无数据' }, 'no_data'],
        ['需8月底才有数据', { progressText: '需8月底才有数据' }, 'no_data'],
        ['nothing said', {}, 'no_data'],
        ['停滞', { progressText: '项目停滞' }, 'behind'],
        ['an explicit 已完成', { statusText: '已完成' }, 'completed'],
        ['an explicit 滞后', { statusText: '滞后' }, 'behind'],
        ['an explicit status beats the text', { statusText: '暂无数据', progressText: '上级任务未下达' }, 'no_data'],
    ])('%s → %s', (_what, over, status) => {
        expect((0, indicatorStatus_1.indicatorStatus)(input({ done: null, completion: null, ...over }))).toBe(status);
    });
    it('without a target either', () => {
        expect((0, indicatorStatus_1.indicatorStatus)(input({ target: null, done: null, completion: null, progressText: '暂未下达' }))).toBe('not_issued');
    });
});
describe('indicatorStatus — reverse indicators', () => {
    const rev = (over) => input({ kind: 'reverse', target: 5.5, done: 4.8, completion: null, expectedProgress: null, ...over });
    it.each([
        ['below the ceiling', {}, 'completed'],
        ['at the ceiling', { done: 5.5 }, 'completed'],
        ['above the ceiling', { done: 5.6 }, 'behind'],
        ['0 against the ceiling', { done: 0 }, 'completed'],
        ['no value yet', { done: null }, 'no_data'],
        ['no value, 需8月底才有数据', { done: null, progressText: '需8月底才有数据' }, 'no_data'],
        ['no value, 未下达', { done: null, progressText: '暂未下达' }, 'not_issued'],
    ])('%s → %s', (_what, over, status) => {
        expect((0, indicatorStatus_1.indicatorStatus)(rev(over))).toBe(status);
    });
});
describe('indicatorStatus — level indicators, judged against the full target', () => {
    const level = (over) => input({ kind: 'level', target: 100, done: 100, completion: 100, expectedProgress: 100, ...over });
    it.each([
        ['at the level', {}, 'completed'],
        ['above it', { done: 180, completion: 105.26 }, 'completed'],
        ['below it, even when far above time progress', { done: 75, completion: 75, expectedProgress: DAY }, 'behind'],
        ['99.99 %', { completion: 99.99 }, 'behind'],
    ])('%s → %s', (_what, over, status) => {
        expect((0, indicatorStatus_1.indicatorStatus)(level(over))).toBe(status);
    });
});
describe('indicatorStatus — qualitative and info', () => {
    const qual = (over) => input({ kind: 'qualitative', target: null, done: null, completion: null, expectedProgress: null, ...over });
    it.each([
        ['已完成', { progressText: '已完成' }, 'completed'],
        ['已执行', { progressText: '3家医院已开始执行（已执行）' }, 'completed'],
        ['停滞', { progressText: '工作停滞' }, 'behind'],
        ['未下达', { progressText: '上级任务未下达' }, 'not_issued'],
        ['暂无数据', { progressText: '暂无数据' }, 'no_data'],
        ['nothing to decide on', { progressText: '稳步推进中' }, 'needs_review'],
        ['empty', {}, 'needs_review'],
        ['an explicit 已完成', { statusText: '已完成' }, 'completed'],
        ['an explicit 正常推进', { statusText: '正常推进' }, 'on_schedule'],
        ['an explicit 滞后 beats 已完成 in the text', { statusText: '滞后', progressText: '已完成' }, 'behind'],
    ])('%s → %s', (_what, over, status) => {
        expect((0, indicatorStatus_1.indicatorStatus)(qual(over))).toBe(status);
    });
    it('info is never judged', () => {
        expect((0, indicatorStatus_1.indicatorStatus)(input({ kind: 'info', target: null }))).toBe('no_target');
        expect((0, indicatorStatus_1.indicatorStatus)(input({ kind: 'info', target: null, progressText: '停滞', statusText: '滞后' }))).toBe('no_target');
    });
});
describe('indicatorStatus — properties', () => {
    const anyInput = fast_check_1.default.record({
        kind: fast_check_1.default.constantFrom(...statusCodes_1.INDICATOR_KINDS),
        target: fast_check_1.default.option(fast_check_1.default.double({ min: -1e9, max: 1e9, noNaN: true }), { nil: null }),
        done: fast_check_1.default.option(fast_check_1.default.double({ min: -1e9, max: 1e9, noNaN: true }), { nil: null }),
        completion: fast_check_1.default.option(fast_check_1.default.double({ min: -1e4, max: 1e4, noNaN: true }), { nil: null }),
        expectedProgress: fast_check_1.default.option(fast_check_1.default.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
        progressText: (0, fcSupport_1.cjkString)(20),
        targetText: fast_check_1.default.option((0, fcSupport_1.cjkString)(10), { nil: null }),
        statusText: fast_check_1.default.option((0, fcSupport_1.cjkString)(6), { nil: null }),
        tolerance: fast_check_1.default.double({ min: 0, max: 100, noNaN: true }),
    });
    it('always gives a known status code, never throws', () => {
        fast_check_1.default.assert(fast_check_1.default.property(anyInput, (i) => statusCodes_1.STATUS_CODES.includes((0, indicatorStatus_1.indicatorStatus)(i))), fcSupport_1.fcParams);
    });
    it('for counts with figures: completed ⇔ completion ≥ 100, on_schedule ⇔ expected − tolerance ≤ completion < 100', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.integer({ min: 0, max: 20000 }), fast_check_1.default.integer({ min: 0, max: 10000 }), fast_check_1.default.integer({ min: 0, max: 1000 }), (c100, e100, t100) => {
            const completion = c100 / 100;
            const expected = e100 / 100;
            const tolerance = t100 / 100;
            const s = (0, indicatorStatus_1.indicatorStatus)(input({ done: 1, completion, expectedProgress: expected, tolerance }));
            if (completion >= 100)
                return s === 'completed';
            return s === (completion >= Math.round((expected - tolerance) * 100) / 100 - 1e-9 ? 'on_schedule' : 'behind');
        }), fcSupport_1.fcParams);
    });
    it('a wider tolerance never makes a count worse', () => {
        const rank = { behind: 0, on_schedule: 1, completed: 2 };
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.double({ min: 0, max: 150, noNaN: true }), fast_check_1.default.double({ min: 0, max: 100, noNaN: true }), fast_check_1.default.double({ min: 0, max: 50, noNaN: true }), fast_check_1.default.double({ min: 0, max: 50, noNaN: true }), (completion, expected, t1, t2) => {
            const [lo, hi] = t1 <= t2 ? [t1, t2] : [t2, t1];
            const a = (0, indicatorStatus_1.indicatorStatus)(input({ completion, expectedProgress: expected, tolerance: lo }));
            const b = (0, indicatorStatus_1.indicatorStatus)(input({ completion, expectedProgress: expected, tolerance: hi }));
            return (rank[b] ?? -1) >= (rank[a] ?? -1);
        }), fcSupport_1.fcParams);
    });
    it('reverse: completed ⇔ done ≤ ceiling', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.double({ min: 0, max: 1000, noNaN: true }), fast_check_1.default.double({ min: 0, max: 1000, noNaN: true }), (target, done) => {
            return (0, indicatorStatus_1.indicatorStatus)(input({ kind: 'reverse', target, done, completion: null })) === (done <= target ? 'completed' : 'behind');
        }), fcSupport_1.fcParams);
    });
});
describe('lagGrade', () => {
    it.each([
        ['a small gap', 20, DAY, 30, 'yellow'],
        ['no progress at 40 %', 0, 40, 30, 'red'],
        ['a gap just under the threshold', 10.01, 40, 30, 'yellow'],
        ['a gap exactly at the threshold', 10, 40, 30, 'red'],
        ['a gap at the threshold with decimals', 21.64, 51.64, 30, 'red'],
        ['a gap of 30.2 against 30.2 (0.3 − 0.1 style float noise)', 30.1, 60.3, 30.2, 'red'],
        ['just under 30.2', 30.11, 60.3, 30.2, 'yellow'],
        ['a level indicator at 75 % of its level', 75, 100, 30, 'yellow'],
        ['a level indicator at 70 %', 70, 100, 30, 'red'],
        ['no completion', null, DAY, 30, 'red'],
        ['no expected progress', 10, null, 30, 'red'],
        ['a threshold of 0 makes every lag red', 21, DAY, 0, 'red'],
    ])('%s → %s', (_what, completion, expected, redGap, grade) => {
        expect((0, indicatorStatus_1.lagGrade)('behind', completion, expected, redGap)).toBe(grade);
    });
    it.each(statusCodes_1.STATUS_CODES.filter((s) => s !== 'behind'))('%s is not graded', (status) => {
        expect((0, indicatorStatus_1.lagGrade)(status, 0, 50, 30)).toBeNull();
    });
    it('yellow exactly when the gap, to 2 decimals, is under the threshold', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.integer({ min: 0, max: 10000 }), fast_check_1.default.integer({ min: 0, max: 10000 }), fast_check_1.default.integer({ min: 0, max: 10000 }), (c, e, g) => {
            const grade = (0, indicatorStatus_1.lagGrade)('behind', c / 100, e / 100, g / 100);
            return grade === (e - c < g ? 'yellow' : 'red');
        }), fcSupport_1.fcParams);
    });
});
