"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const nodeSchedule_1 = require("../../src/domain/nodeSchedule");
const timeProgress_1 = require("../../src/domain/timeProgress");
const fcSupport_1 = require("./fcSupport");
const QUARTERS = [
    { month: 3, percent: 20 },
    { month: 6, percent: 50 },
    { month: 9, percent: 80 },
    { month: 12, percent: 100 },
];
describe('parseNodeSchedule', () => {
    it.each([
        ['一季度20%、上半年50%、前三季度80%、全年100%', QUARTERS],
        ['一季度20%，上半年50%，前三季度80%，全年100%', QUARTERS],
        ['第一季度20%;第二季度50%;第三季度80%;第四季度100%', QUARTERS],
        ['Q1 20% / Q2 50% / Q3 80% / Q4 100%', QUARTERS],
        ['1季度20%、2季度50%、3季度80%、4季度100%', QUARTERS],
        ['一季度完成20%、上半年累计完成50%、三季度末80%、年底100%', QUARTERS],
        ['一季度：20％、上半年：50％、前三季度：80％、全年：100％', QUARTERS],
        ['4月底30%，10月底100%', [{ month: 4, percent: 30 }, { month: 10, percent: 100 }]],
        ['截至6月底完成50%，12月底前完成100%', [{ month: 6, percent: 50 }, { month: 12, percent: 100 }]],
        ['三月底30%、十月底100%', [{ month: 3, percent: 30 }, { month: 10, percent: 100 }]],
        ['全年100%、上半年50%', [{ month: 6, percent: 50 }, { month: 12, percent: 100 }]],
        ['上半年60%、下半年100%', [{ month: 6, percent: 60 }, { month: 12, percent: 100 }]],
        ['一季度12.5%', [{ month: 3, percent: 12.5 }]],
    ])('%j', (text, nodes) => {
        expect((0, nodeSchedule_1.parseNodeSchedule)(text)).toEqual(nodes);
    });
    it.each(['', '按序时推进', '50%', '13月底100%', '下旬完成', '一季度、上半年'])('%j → null', (text) => {
        expect((0, nodeSchedule_1.parseNodeSchedule)(text)).toBeNull();
    });
    it('never throws; nodes are sorted, in months 1..12, with finite percentages', () => {
        fast_check_1.default.assert(fast_check_1.default.property((0, fcSupport_1.cjkString)(), (s) => {
            const nodes = (0, nodeSchedule_1.parseNodeSchedule)(s);
            if (nodes === null)
                return true;
            return nodes.length > 0 && nodes.every((n, i) => n.month >= 1 && n.month <= 12 && Number.isFinite(n.percent) && (i === 0 || (nodes[i - 1]?.month ?? 0) <= n.month));
        }), fcSupport_1.fcParams);
    });
});
describe('nodeProgress', () => {
    it.each([
        ['2026-03-31', 20],
        ['2026-06-30', 50],
        ['2026-09-30', 80],
        ['2026-12-31', 100],
        ['2026-01-01', 20 / 90],
        ['2026-03-20', (20 * 79) / 90],
        ['2026-04-01', 20 + (30 * 1) / 91],
        ['2026-05-15', 20 + (30 * 45) / 91],
        ['2024-03-31', 20], // leap year: 91 days to the end of March
        ['2024-03-20', (20 * 80) / 91],
    ])('quarterly nodes at %s → %p %%', (day, pct) => {
        expect((0, nodeSchedule_1.nodeProgress)(QUARTERS, day)).toBeCloseTo(pct, 10);
    });
    it('stays at the last node after it', () => {
        const nodes = [{ month: 4, percent: 30 }, { month: 10, percent: 100 }];
        expect((0, nodeSchedule_1.nodeProgress)(nodes, '2026-10-31')).toBe(100);
        expect((0, nodeSchedule_1.nodeProgress)(nodes, '2026-11-15')).toBe(100);
        expect((0, nodeSchedule_1.nodeProgress)([{ month: 6, percent: 60 }], '2026-08-01')).toBe(60);
    });
    it('gives the percent of a node at the end of its month, whatever the year', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.integer({ min: 1901, max: 2099 }), fast_check_1.default.constantFrom(...QUARTERS), (year, n) => {
            const end = new Date(year, n.month, 0).getDate();
            return Math.abs((0, nodeSchedule_1.nodeProgress)(QUARTERS, `${year}-${String(n.month).padStart(2, '0')}-${end}`) - n.percent) < 1e-9;
        }), fcSupport_1.fcParams);
    });
    it('a single 全年100% node is the same as day mode', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.date({ min: new Date(1901, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }), (d) => {
            const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
            return Math.abs((0, nodeSchedule_1.nodeProgress)([{ month: 12, percent: 100 }], day) - (0, timeProgress_1.timeProgress)(day, 'day')) < 1e-9;
        }), fcSupport_1.fcParams);
    });
    it('never decreases through the year for non-decreasing nodes, and stays between 0 and the last node', () => {
        const schedule = fast_check_1.default
            .uniqueArray(fast_check_1.default.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 })
            .chain((months) => fast_check_1.default.array(fast_check_1.default.integer({ min: 0, max: 200 }), { minLength: months.length, maxLength: months.length }).map((ps) => {
            const sortedMonths = [...months].sort((a, b) => a - b);
            const sortedPs = [...ps].sort((a, b) => a - b);
            return sortedMonths.map((month, i) => ({ month, percent: sortedPs[i] ?? 0 }));
        }));
        fast_check_1.default.assert(fast_check_1.default.property(schedule, fast_check_1.default.integer({ min: 0, max: 364 }), fast_check_1.default.integer({ min: 0, max: 364 }), (nodes, a, b) => {
            const day = (n) => {
                const d = new Date(2026, 0, 1 + n);
                return `2026-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
            };
            const [lo, hi] = a <= b ? [a, b] : [b, a];
            const pLo = (0, nodeSchedule_1.nodeProgress)(nodes, day(lo));
            const pHi = (0, nodeSchedule_1.nodeProgress)(nodes, day(hi));
            const last = nodes[nodes.length - 1]?.percent ?? 0;
            return pLo <= pHi + 1e-9 && pLo >= 0 && pHi <= last + 1e-9;
        }), fcSupport_1.fcParams);
    });
});
