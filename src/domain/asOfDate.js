"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isoDate = isoDate;
exports.parseWrittenDate = parseWrittenDate;
exports.findAsOfDate = findAsOfDate;
/**
 * The as-of date written on a tracking sheet: "数据截至：2026年3月20日", "截止2026-03-20", "截至3月底".
 */
const isValid_1 = require("date-fns/isValid");
const text_1 = require("./text");
/**
 * An ISO date (YYYY-MM-DD) from y, m, d, or null when the date does not exist.
 * @example isoDate(2026, 2, 29) === null; isoDate(2024, 2, 29) === '2024-02-29'
 */
function isoDate(y, m, d) {
    const dt = new Date(y, m - 1, d);
    if (!(0, isValid_1.isValid)(dt) || dt.getFullYear() !== y || dt.getMonth() !== m - 1 || dt.getDate() !== d)
        return null;
    return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
/** Days in month m of year y. */
function daysInMonth(y, m) {
    return new Date(y, m, 0).getDate();
}
const DATE_RE = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*(?:[月\-/.]\s*(?:(\d{1,2})\s*日?|(底|末))?)?/;
/**
 * Parses a written date: 2026年3月20日, 2026-03-20, 2026/3/20, 2026年3月底 (end of month).
 * @example parseWrittenDate('2026年3月20日') === '2026-03-20'
 * @example parseWrittenDate('2026年2月底') === '2026-02-28'
 */
function parseWrittenDate(text) {
    const m = DATE_RE.exec((0, text_1.halfWidth)(text));
    if (!m)
        return null;
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12)
        return null;
    if (m[3])
        return isoDate(y, mo, Number(m[3]));
    if (m[4])
        return isoDate(y, mo, daysInMonth(y, mo));
    return null;
}
/**
 * Finds the as-of date in a title or note line: the date after 数据截至/截至/截止/统计时间.
 * @example findAsOfDate('填报单位（盖章）：人社局　　　数据截至：2026年3月20日') === '2026-03-20'
 */
function findAsOfDate(text) {
    const t = (0, text_1.halfWidth)(text);
    // every cue, not just the first: "截至目前进展顺利；数据截至2026年3月20日"
    const re = /(?:数据截[至止]|截[至止](?:日期|时间)?|统计(?:时间|日期|截[至止])|填报(?:时间|日期))[:：]?\s*(.{6,16})/g;
    for (let m = re.exec(t); m; m = re.exec(t)) {
        const date = m[1] ? parseWrittenDate(m[1]) : null;
        if (date)
            return date;
        re.lastIndex = m.index + 1;
    }
    return null;
}
