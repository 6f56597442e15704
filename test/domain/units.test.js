"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const units_1 = require("../../src/domain/units");
const fcSupport_1 = require("./fcSupport");
const unit = (w) => {
    const u = (0, units_1.resolveUnit)(w);
    if (!u)
        throw new Error(`no unit for ${w}`);
    return u;
};
describe('resolveUnit', () => {
    it.each([
        ['元', '元', 1, 'money'],
        ['万元', '元', 1e4, 'money'],
        ['亿元', '元', 1e8, 'money'],
        ['百万元', '元', 1e6, 'money'],
        ['千万元', '元', 1e7, 'money'],
        ['人', '人', 1, 'people'],
        ['万人', '人', 1e4, 'people'],
        ['名', '人', 1, 'people'],
        ['人次', '人次', 1, 'count:人次'],
        ['万人次', '人次', 1e4, 'count:人次'],
        ['公里', '公里', 1, 'length'],
        ['千米', '公里', 1, 'length'],
        ['km', '公里', 1, 'length'],
        ['KM', '公里', 1, 'length'],
        ['米', '公里', 0.001, 'length'],
        ['万亩', '亩', 1e4, 'area-mu'],
        ['公顷', '亩', 15, 'area-mu'],
        ['平方米', '平方米', 1, 'area'],
        ['万平方米', '平方米', 1e4, 'area'],
        ['㎡', '平方米', 1, 'area'],
        ['m²', '平方米', 1, 'area'],
        ['平方公里', '平方米', 1e6, 'area'],
        ['吨', '吨', 1, 'mass'],
        ['公斤', '吨', 0.001, 'mass'],
        ['%', '%', 1, 'percent'],
        ['％', '%', 1, 'percent'],
        ['所', '所', 1, 'count:所'],
        ['个', '个', 1, 'count:个'],
        ['场', '场', 1, 'count:场'],
        ['元/月', '元/月', 1, 'rate:元/月'],
        ['万元/月', '元/月', 1e4, 'rate:元/月'],
        ['（万元）', '元', 1e4, 'money'],
        ['(万元)', '元', 1e4, 'money'],
        [' 万 元 ', '元', 1e4, 'money'],
    ])('%j → base %j × %p (%s)', (w, base, factor, dimension) => {
        const u = unit(w);
        expect(u.base).toBe(base);
        expect(u.factor).toBeCloseTo(factor, 12);
        expect(u.dimension).toBe(dimension);
    });
    it('does not treat a bare 万 or 亿 as a multiplier of nothing', () => {
        expect(unit('万')).toMatchObject({ base: '万', factor: 1 });
        expect(unit('亿')).toMatchObject({ base: '亿', factor: 1 });
    });
    it.each(['constructor', 'valueOf', 'toString', '__proto__', 'hasOwnProperty'])('reads %j as a plain count unit, not an Object.prototype member', (w) => {
        expect(unit(w)).toEqual({ written: w, base: w, factor: 1, dimension: `count:${w}` });
    });
    it('gives null for empty or blank text', () => {
        expect((0, units_1.resolveUnit)('')).toBeNull();
        expect((0, units_1.resolveUnit)('  ')).toBeNull();
        expect((0, units_1.resolveUnit)('()')).toBeNull();
    });
    it('never throws, and a resolved unit has a positive finite factor', () => {
        fast_check_1.default.assert(fast_check_1.default.property((0, fcSupport_1.cjkString)(10), (s) => {
            const u = (0, units_1.resolveUnit)(s);
            return u === null || (Number.isFinite(u.factor) && u.factor > 0 && u.base.length > 0);
        }), fcSupport_1.fcParams);
    });
});
describe('conversionFactor', () => {
    it.each([
        ['万元', '亿元', 1e4], // 8680 万元 against 0.8 亿元: both to 元
        ['亿元', '万元', 1e8],
        ['元', '万元', 1],
        ['万人次', '人次', 1e4],
        ['人次', '万人次', 1],
        ['米', '公里', 0.001],
        ['公里', '米', 1],
        ['名', '人', 1],
        ['公顷', '亩', 15],
        ['公斤', '吨', 0.001],
        ['万元/月', '元/月', 1e4],
    ])('%s → base of %s: × %p', (from, to, f) => {
        expect((0, units_1.conversionFactor)(unit(from), unit(to))).toBeCloseTo(f, 12);
    });
    it('8680 万元 done against a 0.8 亿元 target is 108.5 %', () => {
        const t = unit('亿元');
        const d = unit('万元');
        const done = 8680 * ((0, units_1.conversionFactor)(d, t) ?? NaN);
        const target = 0.8 * t.factor;
        expect((done / target) * 100).toBeCloseTo(108.5, 10);
    });
    it('90701 人次 done against 17.14 万人次 is 52.918 %', () => {
        const t = unit('万人次');
        const done = 90701 * ((0, units_1.conversionFactor)(unit('人次'), t) ?? NaN);
        expect((done / (17.14 * t.factor)) * 100).toBeCloseTo(52.918, 3);
    });
    it.each([
        ['万元', '人'],
        ['人', '人次'],
        ['所', '个'],
        ['公里', '平方米'],
        ['亩', '平方米'],
        ['%', '人'],
        ['元/月', '元'],
        ['吨', '立方米'],
    ])('%s cannot be converted to %s', (from, to) => {
        expect((0, units_1.conversionFactor)(unit(from), unit(to))).toBeNull();
    });
    it('a unit converts to itself by its own factor', () => {
        fast_check_1.default.assert(fast_check_1.default.property((0, fcSupport_1.cjkString)(6), (s) => {
            const u = (0, units_1.resolveUnit)(s);
            return u === null || (0, units_1.conversionFactor)(u, u) === u.factor;
        }), fcSupport_1.fcParams);
    });
    it('is null exactly when the dimensions or bases differ', () => {
        const written = ['元', '万元', '亿元', '人', '万人', '人次', '万人次', '公里', '米', '亩', '公顷', '平方米', '%', '所', '个', '元/月'];
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.constantFrom(...written), fast_check_1.default.constantFrom(...written), (a, b) => {
            const ua = unit(a);
            const ub = unit(b);
            const f = (0, units_1.conversionFactor)(ua, ub);
            return (f === null) === (ua.dimension !== ub.dimension || ua.base !== ub.base);
        }), fcSupport_1.fcParams);
    });
});
describe('looksLikeUnit', () => {
    it.each(['人', '万人次', '万元', '公里', '%', '元/月', 'm2', 'μg/m3', '个', '所', '平方米'])('%j looks like a unit', (s) => {
        expect((0, units_1.looksLikeUnit)(s)).toBe(true);
    });
    it.each(['', '  ', '已完成', '完成', '待下达', '暂无', '12人', '人，', '正在施工', '计划开工', '目前', '很长很长的一句话'])('%j does not', (s) => {
        expect((0, units_1.looksLikeUnit)(s)).toBe(false);
    });
});
describe('isMeasureWord', () => {
    it.each(['所', '个', '场', '人次', '万人', '万元', '公里', '户', '项'])('%j is a measure word', (s) => {
        expect((0, units_1.isMeasureWord)(s)).toBe(true);
    });
    it.each(['般', '直在推进', '季度', '大行动', '', '网通办'])('%j is not', (s) => {
        expect((0, units_1.isMeasureWord)(s)).toBe(false);
    });
});
describe('sharedUnit', () => {
    test('gives what resolveUnit gives, as one object per unit', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.oneof(fast_check_1.default.constantFrom('万元', '人次', '公里', 'M', '%', '（万人）', ''), (0, fcSupport_1.cjkString)(8)), (u) => {
            expect((0, units_1.sharedUnit)(u)).toEqual((0, units_1.resolveUnit)(u));
            expect((0, units_1.sharedUnit)(u)).toBe((0, units_1.sharedUnit)(u));
        }), fcSupport_1.fcParams);
    });
});
