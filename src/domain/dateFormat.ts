/**
 * Whether a number format shows a date, and which calendar date an Excel serial number is: the one
 * rule every reader uses (the `.xlsx` readers, SheetJS's formats, office.js), so that a cell reads
 * as a date exactly when Excel shows it as one.
 */

/**
 * True for a number format that shows a date: it has y or d (or m without h/s) outside quoted
 * text, escapes and brackets other than a locale/DBNum tag. A time alone (`h:mm`, `mm:ss`) is not
 * a date, and neither is a number with a unit in quotes (`#,##0"万元"`).
 * @example isDateFormat('yyyy"年"m"月"d"日"') === true; isDateFormat('h:mm') === false; isDateFormat('0.00%') === false
 */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt || fmt === 'General' || fmt === '@') return false;
  const stripped = (fmt.split(';')[0] ?? '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '');
  if (/[0#?]/.test(stripped) && !/[yd]/i.test(stripped)) return false;
  if (/[yd]/i.test(stripped)) return true;
  // m alone is a month only when not next to h or s (minutes); 上午/下午 with h is a time.
  return /m/i.test(stripped) && !/[hs]/i.test(stripped);
}

/**
 * The calendar date Excel shows for a serial number, as YYYY-MM-DD, in the 1900 date system (with
 * its phantom 1900-02-29: serials below 61 are one day off the real calendar) or the 1904 one; the
 * time of day is dropped (rounded to the millisecond first, as the time Excel shows). null for a
 * serial Excel shows as ##### (negative or past 9999-12-31).
 * @example serialDateIso(46101) === '2026-03-20'; serialDateIso(46101.75) === '2026-03-20'; serialDateIso(0, true) === '1904-01-01'
 */
export function serialDateIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  const ms = Math.round(serial * 86400000);
  const whole = Math.floor(ms / 86400000);
  let days: number; // since 1970-01-01
  if (date1904) days = whole - 24107;
  else if (whole < 1) return null; // Excel shows serial 0 as 1900-01-00
  else days = whole >= 61 ? whole - 25569 : whole - 25568;
  if (days > 2932896) return null;
  const d = new Date(days * 86400000);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}
