"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.calendarDate = calendarDate;
exports.timeProgress = timeProgress;
/**
 * 序时进度: the share of the year elapsed at the as-of date, by day or by whole months.
 */
const getDayOfYear_1 = require("date-fns/getDayOfYear");
const getDaysInYear_1 = require("date-fns/getDaysInYear");
const lastDayOfMonth_1 = require("date-fns/lastDayOfMonth");
/** Parses an ISO date (YYYY-MM-DD) as a local calendar date. */
function calendarDate(iso) {
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}
/**
 * Time progress in percent (unrounded).
 * - `day`: day of year ÷ days in the year (2026-03-20 → 79/365 = 21.64 %).
 * - `month`: whole months finished ÷ 12; the last day of a month finishes it (2026-03-20 → 2/12; 2025-06-30 → 6/12).
 * @example timeProgress('2026-03-20', 'day') ≈ 21.6438
 * @example timeProgress('2024-12-31', 'day') === 100
 */
function timeProgress(asOf, mode) {
    const date = calendarDate(asOf);
    if (mode === 'day')
        return ((0, getDayOfYear_1.getDayOfYear)(date) / (0, getDaysInYear_1.getDaysInYear)(date)) * 100;
    const finished = date.getMonth() + (date.getDate() === (0, lastDayOfMonth_1.lastDayOfMonth)(date).getDate() ? 1 : 0);
    return (finished / 12) * 100;
}
