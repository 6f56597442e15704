"use strict";
/**
 * Small Chinese numerals as departments write counts in prose: 两所, 一个, 十二场, 一百零五.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.CHINESE_NUMERAL_CHARS = void 0;
exports.parseChineseNumeral = parseChineseNumeral;
const DIGITS = {
    零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
    五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
/** Characters a Chinese numeral may be made of (used to find one at the start of a string). */
exports.CHINESE_NUMERAL_CHARS = '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万';
/**
 * Parses a Chinese numeral below 100 million, or returns null.
 * @example parseChineseNumeral('两') === 2
 * @example parseChineseNumeral('十二') === 12
 * @example parseChineseNumeral('一百零五') === 105
 * @example parseChineseNumeral('三万五千') === 35000
 */
function parseChineseNumeral(s) {
    if (!s)
        return null;
    let total = 0;
    let section = 0;
    let digit = null;
    let zero = false; // a 零 was just read: it only holds a place ("一百零五")
    let lastUnit = Infinity; // units inside a section must descend ("十百" is not a numeral)
    let sawWan = false;
    for (const ch of s) {
        if (ch === '零' || ch === '〇') {
            if (digit !== null)
                return null; // "二〇二六" is a digit sequence, not a numeral
            zero = true;
        }
        else if (ch in DIGITS) {
            if (digit !== null)
                return null; // two digits in a row ("一二") is not a numeral
            digit = DIGITS[ch] ?? 0;
            zero = false;
        }
        else if (ch in SMALL_UNITS) {
            const unit = SMALL_UNITS[ch] ?? 1;
            if (unit >= lastUnit || zero)
                return null;
            section += (digit ?? 1) * unit;
            digit = null;
            lastUnit = unit;
        }
        else if (ch === '万') {
            section += digit ?? 0;
            if (section === 0 || sawWan)
                return null;
            total += section * 10000;
            section = 0;
            digit = null;
            zero = false;
            lastUnit = Infinity;
            sawWan = true;
        }
        else {
            return null;
        }
    }
    return total + section + (digit ?? 0);
}
