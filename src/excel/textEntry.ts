/**
 * Writing text through office.js so that Excel keeps it as that text. `Range.values` takes a string
 * the way a typed entry is taken: "If the returned value starts with a plus ("+"), minus ("-"), or
 * equal sign ("="), Excel interprets this value as a formula", and ISO dates ("YYYY-MM-DD") are stored
 * as dates (reference of Range.values, ExcelApi 1.1); numbers ("001"), percentages, times, fractions,
 * TRUE/FALSE and, in a Chinese locale, "3月20日" are converted the same way. A leading apostrophe
 * makes Excel store the rest as text (the apostrophe is not part of the value: `values` reads the text
 * back without it), so such strings get one; every other string is written as it is, so a clerk who
 * later types a number into an imported cell still gets a number.
 */

/** Characters a number, date, time, fraction, percentage or amount is made of. */
const NUMERIC_LOOKING = /^[\s\d.,:/%+\-()$¥￥€£年月日时分秒]*\d[\s\d.,:/%+\-()$¥￥€£年月日时分秒]*$/;
/** English month-name dates Excel also parses ("20-Mar", "Mar 2026"). */
const MONTH_NAME = /^(\d{1,2}[-\s/])?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*([-\s/,]+\d{1,4})*$/i;
const TIME_OF_DAY = /^\d{1,2}:\d{2}(:\d{2})?\s*([ap]m?)?$/i;
const LITERAL = /^(true|false|#(null!|div\/0!|value!|ref!|name\?|num!|n\/a|getting_data|spill!|calc!))$/i;

/**
 * True when Excel would store `s`, written through `Range.values`, as something other than this text.
 * @example needsTextPrefix('-3天') === true; needsTextPrefix('2026-03-20') === true; needsTextPrefix('001') === true
 * @example needsTextPrefix('进展顺利') === false; needsTextPrefix('3天') === false; needsTextPrefix('') === false
 */
export function needsTextPrefix(s: string): boolean {
  if (s === '') return false;
  if (/^[=+\-@']/.test(s)) return true;
  const t = s.trim();
  return NUMERIC_LOOKING.test(t) || MONTH_NAME.test(t) || TIME_OF_DAY.test(t) || LITERAL.test(t);
}

/**
 * The string to write through `Range.values` so that the cell holds exactly `s` as text.
 * @example textEntry('=A1') === "'=A1"; textEntry('+2.3个百分点') === "'+2.3个百分点"; textEntry('人社局') === '人社局'
 */
export function textEntry(s: string): string {
  return needsTextPrefix(s) ? `'${s}` : s;
}
