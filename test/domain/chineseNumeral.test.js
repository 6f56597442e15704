"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const chineseNumeral_1 = require("../../src/domain/chineseNumeral");
const fcSupport_1 = require("./fcSupport");
describe('parseChineseNumeral', () => {
    it.each([
        ['一', 1],
        ['两', 2],
        ['二', 2],
        ['十', 10],
        ['十二', 12],
        ['二十', 20],
        ['二十五', 25],
        ['一百', 100],
        ['一百零五', 105],
        ['一百一十', 110],
        ['一千零一十', 1010],
        ['三万五千', 35000],
        ['一万零五百', 10500],
        ['十万', 100000],
        ['九千九百九十九万九千九百九十九', 99999999],
        ['零', 0],
        ['〇', 0],
        ['壹佰贰拾叁', 123],
        ['两千', 2000],
    ])('%s → %p', (s, n) => {
        expect((0, chineseNumeral_1.parseChineseNumeral)(s)).toBe(n);
    });
    it.each([
        ['', 'empty'],
        ['一二', 'two digits in a row'],
        ['二〇二六', 'a digit sequence (a year)'],
        ['万', 'a bare 万'],
        ['十百', 'units that do not descend'],
        ['十十', 'a repeated unit'],
        ['一万万', 'two 万'],
        ['零十', 'a unit after 零'],
        ['一个', 'a classifier'],
        ['12', 'Arabic digits'],
        ['一般', 'a word'],
    ])('%s → null (%s)', (s) => {
        expect((0, chineseNumeral_1.parseChineseNumeral)(s)).toBeNull();
    });
    const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    /** The regular reading of n (1 ≤ n < 1e8), as a bulletin would write it. */
    function write(n) {
        const below = (x) => {
            // 1..9999
            let s = '';
            let pendingZero = false;
            for (const [unit, ch] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']]) {
                const d = Math.floor(x / unit) % 10;
                if (d === 0) {
                    if (s)
                        pendingZero = true;
                    continue;
                }
                if (pendingZero)
                    s += '零';
                pendingZero = false;
                s += DIGITS[d] + ch;
            }
            return s;
        };
        const wan = Math.floor(n / 10000);
        const rest = n % 10000;
        if (!wan)
            return below(rest);
        return below(wan) + '万' + (rest ? (rest < 1000 ? '零' : '') + below(rest) : '');
    }
    it('reads back every number written the regular way below 100 million', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.integer({ min: 1, max: 99_999_999 }), (n) => (0, chineseNumeral_1.parseChineseNumeral)(write(n)) === n), fcSupport_1.fcParams);
    });
    it('gives a non-negative integer or null for any run of numeral characters, never throws', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.string({ unit: fast_check_1.default.constantFrom(...chineseNumeral_1.CHINESE_NUMERAL_CHARS), maxLength: 12 }), (s) => {
            const n = (0, chineseNumeral_1.parseChineseNumeral)(s);
            return n === null || (Number.isInteger(n) && n >= 0);
        }), fcSupport_1.fcParams);
    });
    it('gives null for any text with a character that is not a numeral', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }), (s) => {
            fast_check_1.default.pre([...s].some((ch) => !chineseNumeral_1.CHINESE_NUMERAL_CHARS.includes(ch)));
            return (0, chineseNumeral_1.parseChineseNumeral)(s) === null;
        }), fcSupport_1.fcParams);
    });
});
