/**
 * 序时进度: the share of the year elapsed at the as-of date, by day or by whole months.
 */
import { getDayOfYear } from 'date-fns/getDayOfYear';
import { getDaysInYear } from 'date-fns/getDaysInYear';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';

export type TimeProgressMode = 'day' | 'month';

/** Parses an ISO date (YYYY-MM-DD) as a local calendar date. */
export function calendarDate(iso: string): Date {
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
export function timeProgress(asOf: string, mode: TimeProgressMode): number {
  const date = calendarDate(asOf);
  if (mode === 'day') return (getDayOfYear(date) / getDaysInYear(date)) * 100;
  const finished = date.getMonth() + (date.getDate() === lastDayOfMonth(date).getDate() ? 1 : 0);
  return (finished / 12) * 100;
}
