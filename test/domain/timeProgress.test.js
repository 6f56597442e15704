"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const timeProgress_1 = require("../../src/domain/timeProgress");
const text_1 = require("../../src/domain/text");
const fcSupport_1 = require("./fcSupport");
const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const anyDay = fast_check_1.default.date({ min: new Date(1901, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }).map(iso);
describe('calendarDate', () => {
    it('reads an ISO date as a local calendar date', () => {
        const d = (0, timeProgress_1.calendarDate)('2026-03-20');
        expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()]).toEqual([2026, 2, 20, 0]);
    });
});
describe('timeProgress — day mode', () => {
    it.each([
        ['2026-03-20', 79 / 365],
        ['2026-01-01', 1 / 365],
        ['2026-12-31', 1],
        ['2024-01-01', 1 / 366],
        ['2024-02-29', 60 / 366],
        ['2024-03-01', 61 / 366],
        ['2026-03-01', 60 / 365],
        ['2024-12-31', 1],
        ['2025-06-30', 181 / 365],
        ['2000-12-31', 1],
        ['2100-03-01', 60 / 365],
    ])('%s → %p of the year', (day, share) => {
        expect((0, timeProgress_1.timeProgress)(day, 'day')).toBeCloseTo(share * 100, 10);
    });
    it('2026-03-20 rounds to 21.64 %', () => {
        expect((0, text_1.roundTo)((0, timeProgress_1.timeProgress)('2026-03-20', 'day'), 2)).toBe(21.64);
    });
    it('is within (0, 100] and grows by one day\'s share per day', () => {
        fast_check_1.default.assert(fast_check_1.default.property(anyDay, (day) => {
            const p = (0, timeProgress_1.timeProgress)(day, 'day');
            const d = (0, timeProgress_1.calendarDate)(day);
            const next = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1);
            const q = (0, timeProgress_1.timeProgress)(iso(next), 'day');
            const daysIn = (y) => (new Date(y, 1, 29).getMonth() === 1 ? 366 : 365);
            const sameYear = next.getFullYear() === d.getFullYear();
            const step = sameYear ? q - p : q; // 1 January starts again at one day's share
            return p > 0 && p <= 100 && Math.abs(step - 100 / daysIn(next.getFullYear())) < 1e-9;
        }), fcSupport_1.fcParams);
    });
});
describe('timeProgress — month mode', () => {
    it.each([
        ['2026-03-20', 2],
        ['2025-06-30', 6],
        ['2026-01-01', 0],
        ['2026-01-31', 1],
        ['2026-02-28', 2],
        ['2024-02-28', 1],
        ['2024-02-29', 2],
        ['2026-12-30', 11],
        ['2026-12-31', 12],
        ['2026-04-30', 4],
        ['2026-05-01', 4],
    ])('%s → %p/12', (day, months) => {
        expect((0, timeProgress_1.timeProgress)(day, 'month')).toBeCloseTo((months / 12) * 100, 10);
    });
    it('is a whole number of twelfths in [0, 100], never above day mode by more than a month', () => {
        fast_check_1.default.assert(fast_check_1.default.property(anyDay, (day) => {
            const m = (0, timeProgress_1.timeProgress)(day, 'month');
            const twelfths = (m * 12) / 100;
            return m >= 0 && m <= 100 && Math.abs(twelfths - Math.round(twelfths)) < 1e-9 && Math.abs(m - (0, timeProgress_1.timeProgress)(day, 'day')) <= 100 / 12;
        }), fcSupport_1.fcParams);
    });
    it('never decreases within a year', () => {
        fast_check_1.default.assert(fast_check_1.default.property(anyDay, anyDay, (a, b) => {
            fast_check_1.default.pre(a.slice(0, 4) === b.slice(0, 4));
            const [lo, hi] = a <= b ? [a, b] : [b, a];
            return (0, timeProgress_1.timeProgress)(lo, 'month') <= (0, timeProgress_1.timeProgress)(hi, 'month') && (0, timeProgress_1.timeProgress)(lo, 'day') <= (0, timeProgress_1.timeProgress)(hi, 'day');
        }), fcSupport_1.fcParams);
    });
});
