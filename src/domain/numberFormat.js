"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.plainNumber = plainNumber;
exports.percentText = percentText;
exports.chineseOrdinal = chineseOrdinal;
exports.chineseDate = chineseDate;
/**
 * Writing numbers the way the bulletin does: plain digits, no trailing zeros, percentages with at
 * most two decimals.
 */
const text_1 = require("./text");
/**
 * A number as the bulletin writes it.
 * @example plainNumber(23.10) === '23.1'; plainNumber(95000000) === '95000000'
 */
function plainNumber(n) {
    const c = (0, text_1.clean)(n);
    if (Math.abs(c) >= 1e21)
        return c.toExponential(4);
    if (c !== 0 && Math.abs(c) < 1e-6)
        return c.toFixed(Math.min(100, (0, text_1.decimalsOf)(c))); // not "1e-7"
    return String(c);
}
/**
 * A percentage with at most two decimals and no trailing zeros, without the sign.
 * @example percentText(33.333) === '33.33'; percentText(20) === '20'
 */
function percentText(n) {
    return plainNumber((0, text_1.roundTo)(n, 2));
}
/**
 * A Chinese ordinal for section headings.
 * @example chineseOrdinal(1) === '一'; chineseOrdinal(12) === '十二'; chineseOrdinal(20) === '二十'
 */
function chineseOrdinal(n) {
    const d = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if (n < 10)
        return d[n] ?? String(n);
    if (n < 20)
        return `十${n % 10 ? d[n % 10] : ''}`;
    if (n < 100)
        return `${d[Math.floor(n / 10)]}十${n % 10 ? d[n % 10] : ''}`;
    return String(n);
}
/**
 * A date written as the bulletin writes it.
 * @example chineseDate('2026-03-23') === '2026 年 3 月 23 日'
 */
function chineseDate(iso) {
    const [y, m, d] = iso.split('-').map(Number);
    return `${y} 年 ${m} 月 ${d} 日`;
}
