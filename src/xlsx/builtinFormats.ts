/**
 * Excel's built-in number formats, by id: the formats a workbook refers to by number without
 * writing them out (ECMA-376 Part 1, §18.8.30 numFmt). Ids 27–36 and 50–58 depend on the locale
 * the file was written in; a department's workbook is written on a Chinese system, so they are the
 * zh-CN ones listed there (dates and times in 年/月/日 and 时/分/秒) — read as anything else, a date
 * cell formatted with them would read as a plain number.
 */

const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?',
  13: '# ??/??', 14: 'yyyy/m/d', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM',
  20: 'h:mm', 21: 'h:mm:ss', 22: 'yyyy/m/d h:mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
  48: '##0.0E+0', 49: '@',
  // zh-CN (ECMA-376 Part 1, §18.8.30, "zh-cn" list)
  27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: 'm-d-yy', 31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"', 33: 'h"时"mm"分"ss"秒"', 34: '上午/下午h"时"mm"分"', 35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"', 50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"',
  54: 'm"月"d"日"', 55: '上午/下午h"时"mm"分"', 56: '上午/下午h"时"mm"分"ss"秒"', 57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/**
 * The format code of a built-in number format id, or undefined for an id Excel does not define.
 * Id 14 is the short date of the system (yyyy/m/d on a Chinese one).
 * @example builtinFormat(10) === '0.00%'; builtinFormat(31) === 'yyyy"年"m"月"d"日"'; builtinFormat(99) === undefined
 */
export function builtinFormat(id: number): string | undefined {
  return BUILTIN_FORMATS[id];
}

/** The ids whose format depends on the locale (zh-CN here), 27–36 and 50–58. */
export const LOCALE_FORMAT_IDS: readonly number[] = [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58];
