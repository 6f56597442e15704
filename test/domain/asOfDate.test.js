"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const asOfDate_1 = require("../../src/domain/asOfDate");
const fcSupport_1 = require("./fcSupport");
describe('isoDate', () => {
    it.each([
        [2026, 3, 20, '2026-03-20'],
        [2026, 1, 1, '2026-01-01'],
        [2026, 12, 31, '2026-12-31'],
        [2024, 2, 29, '2024-02-29'],
        [2000, 2, 29, '2000-02-29'],
    ])('%p-%p-%p → %s', (y, m, d, iso) => {
        expect((0, asOfDate_1.isoDate)(y, m, d)).toBe(iso);
    });
    it.each([
        [2026, 2, 29], [1900, 2, 29], [2026, 4, 31], [2026, 13, 1], [2026, 0, 1], [2026, 1, 0], [2026, 1, 32], [2026, NaN, 1],
    ])('%p-%p-%p does not exist → null', (y, m, d) => {
        expect((0, asOfDate_1.isoDate)(y, m, d)).toBeNull();
    });
    it('round-trips every real date', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.date({ min: new Date(1901, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }), (dt) => {
            const iso = (0, asOfDate_1.isoDate)(dt.getFullYear(), dt.getMonth() + 1, dt.getDate());
            return iso !== null && (0, asOfDate_1.parseWrittenDate)(iso) === iso;
        }), fcSupport_1.fcParams);
    });
});
describe('parseWrittenDate', () => {
    it.each([
        ['2026年3月20日', '2026-03-20'],
        ['2026年03月20日', '2026-03-20'],
        ['2026 年 3 月 20 日', '2026-03-20'],
        ['２０２６年３月２０日', '2026-03-20'],
        ['2026-03-20', '2026-03-20'],
        ['2026/3/20', '2026-03-20'],
        ['2026.3.20', '2026-03-20'],
        ['2026年2月底', '2026-02-28'],
        ['2024年2月底', '2024-02-29'],
        ['2026年12月末', '2026-12-31'],
        ['2026年1月1日', '2026-01-01'],
        ['截至2026年3月20日', '2026-03-20'],
    ])('%j → %s', (text, iso) => {
        expect((0, asOfDate_1.parseWrittenDate)(text)).toBe(iso);
    });
    it.each(['2026年3月', '2026年13月1日', '2026年2月30日', '3月20日', '20260320', '', '今天'])('%j → null', (text) => {
        expect((0, asOfDate_1.parseWrittenDate)(text)).toBeNull();
    });
});
describe('findAsOfDate', () => {
    it.each([
        ['填报单位（盖章）：人社局　　　数据截至：2026年3月20日', '2026-03-20'],
        ['数据截止2026-03-20', '2026-03-20'],
        ['（截至2026年3月20日）', '2026-03-20'],
        ['截止日期：2026/3/20', '2026-03-20'],
        ['统计时间：2026年3月底', '2026-03-31'],
        ['统计截止：2026.03.20', '2026-03-20'],
        ['填报日期：2026年3月23日', '2026-03-23'],
        ['截至目前进展顺利；数据截至2026年3月20日', '2026-03-20'],
        ['截至　２０２６年３月２０日', '2026-03-20'],
    ])('%j → %s', (text, iso) => {
        expect((0, asOfDate_1.findAsOfDate)(text)).toBe(iso);
    });
    it.each([
        '2026年3月20日', // a date without a cue
        '截至目前，已完成1386人',
        '截至3月底', // no year: left to the user
        '数据截至：2026年2月30日',
        '',
    ])('%j → null', (text) => {
        expect((0, asOfDate_1.findAsOfDate)(text)).toBeNull();
    });
    it('never throws; a date found is a valid ISO date', () => {
        fast_check_1.default.assert(fast_check_1.default.property((0, fcSupport_1.cjkString)(), (s) => {
            const d = (0, asOfDate_1.findAsOfDate)(s);
            if (d === null)
                return true;
            const [y, m, dd] = d.split('-').map(Number);
            return /^\d{4}-\d{2}-\d{2}$/.test(d) && (0, asOfDate_1.isoDate)(y ?? 0, m ?? 0, dd ?? 0) === d;
        }), fcSupport_1.fcParams);
    });
    it('finds any real date written after 数据截至, in any of the usual forms', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }), fast_check_1.default.constantFrom('数据截至：', '截至', '截止日期:', '统计时间：'), fast_check_1.default.constantFrom('年月日', '-', '/', '.'), fast_check_1.default.string({ unit: fast_check_1.default.constantFrom('人', '社', '局', ' ', '　', '：'), maxLength: 8 }), (dt, cue, style, lead) => {
            const y = dt.getFullYear();
            const m = dt.getMonth() + 1;
            const d = dt.getDate();
            const written = style === '年月日' ? `${y}年${m}月${d}日` : [y, m, d].join(style);
            return (0, asOfDate_1.findAsOfDate)(`${lead}${cue}${written}`) === (0, asOfDate_1.isoDate)(y, m, d);
        }), fcSupport_1.fcParams);
    });
});
