"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const numberFormat_1 = require("../../src/domain/numberFormat");
const chineseNumeral_1 = require("../../src/domain/chineseNumeral");
const quantity_1 = require("../../src/domain/quantity");
const fcSupport_1 = require("./fcSupport");
describe('plainNumber', () => {
    it.each([
        [23.1, '23.1'],
        [23.10, '23.1'],
        [95000000, '95000000'],
        [0.0436 * 100, '4.36'],
        [1386 / 6000 * 100, '23.1'],
        [0, '0'],
        [-0, '0'],
        [-4.5, '-4.5'],
        [1e-7, '0.0000001'],
        [1.5e-8, '0.000000015'],
        [1e21, '1.0000e+21'],
    ])('%p → %j', (n, text) => {
        expect((0, numberFormat_1.plainNumber)(n)).toBe(text);
    });
    it('never writes an exponent for ordinary amounts, and reads back through the parser', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.integer({ min: -1e12, max: 1e12 }), fast_check_1.default.integer({ min: 0, max: 6 }), (int, d) => {
            const n = int / 10 ** d;
            const text = (0, numberFormat_1.plainNumber)(n);
            return !/e/i.test(text) && (0, quantity_1.parseQuantityText)(text)?.value === Number(text) && Math.abs(Number(text) - n) <= Math.abs(n) * 1e-11;
        }), fcSupport_1.fcParams);
    });
});
describe('percentText', () => {
    it.each([
        [33.333, '33.33'],
        [20, '20'],
        [21.643835616, '21.64'],
        [40.875, '40.88'],
        [99.995, '100'],
        [108.5, '108.5'],
        [0, '0'],
        [-4.337, '-4.34'],
    ])('%p → %j', (n, text) => {
        expect((0, numberFormat_1.percentText)(n)).toBe(text);
    });
    it('has at most two decimals', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.double({ min: -1e6, max: 1e6, noNaN: true }), (n) => !/\.\d{3,}/.test((0, numberFormat_1.percentText)(n))), fcSupport_1.fcParams);
    });
});
describe('chineseOrdinal', () => {
    it.each([
        [1, '一'], [9, '九'], [10, '十'], [11, '十一'], [12, '十二'], [20, '二十'], [21, '二十一'], [99, '九十九'], [0, '零'], [100, '100'], [-1, '-1'],
    ])('%p → %j', (n, text) => {
        expect((0, numberFormat_1.chineseOrdinal)(n)).toBe(text);
    });
    it('reads back through parseChineseNumeral for 1..99', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.integer({ min: 1, max: 99 }), (n) => (0, chineseNumeral_1.parseChineseNumeral)((0, numberFormat_1.chineseOrdinal)(n)) === n), fcSupport_1.fcParams);
    });
});
describe('chineseDate', () => {
    it.each([
        ['2026-03-23', '2026 年 3 月 23 日'],
        ['2026-01-01', '2026 年 1 月 1 日'],
        ['2024-12-31', '2024 年 12 月 31 日'],
    ])('%s → %j', (iso, text) => {
        expect((0, numberFormat_1.chineseDate)(iso)).toBe(text);
    });
});
