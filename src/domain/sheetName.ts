/**
 * Whether a text can name an Excel worksheet. Excel, ExcelJS and office.js refuse the same names;
 * a file written with such a name would be "repaired" by Excel, so settings refuse them up front.
 */

/**
 * Why Excel would refuse `name` as a sheet name, or null when it is fine.
 * @example sheetNameProblem('工作专报') === null; sheetNameProblem('a/b') → '不能包含 / \ ? * : [ ]'
 */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 31) return '长度须为 1 至 31 个字符';
  if (/[/\\?*:[\]]/.test(name)) return '不能包含 / \\ ? * : [ ]';
  if (name.startsWith("'") || name.endsWith("'")) return '不能以单引号开头或结尾';
  if (name.toLowerCase() === 'history') return '“History” 是 Excel 保留的名称';
  return null;
}

/**
 * Text without the characters Excel refuses in a sheet name and without apostrophes at either end.
 * @example stripSheetNameText("'a/b'") === 'ab'
 */
export function stripSheetNameText(text: string): string {
  return text.replace(/[\\/?*:[\]]/g, '').replace(/^'+|'+$/g, '').trim();
}

/** Excel's longest sheet name, in UTF-16 code units (as Excel counts it). */
export const MAX_SHEET_NAME = 31;

/**
 * A valid sheet name made from any text, by the rule of {@link sheetNameProblem}: the characters
 * Excel refuses removed, apostrophes trimmed from both ends, cut to 31 characters with `suffix`
 * (a numbering such as "(2)") kept whole and never between the two halves of a surrogate pair,
 * and Excel's reserved "History" moved aside. `fallback` when nothing is left.
 * @example sheetNameFrom('人社局/2026') === '人社局2026'; sheetNameFrom('History') === 'History(1)'
 * @example sheetNameFrom('a'.repeat(40), '(2)') === 'a'.repeat(28) + '(2)'
 */
export function sheetNameFrom(text: string, suffix = '', fallback = 'Sheet'): string {
  const clean = stripSheetNameText;
  let base = clean(text);
  const room = MAX_SHEET_NAME - suffix.length;
  if (base.length > room) {
    base = base.slice(0, room);
    const last = base.charCodeAt(base.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) base = base.slice(0, -1);
    base = clean(base);
  }
  if (!base) base = clean(fallback).slice(0, room) || 'Sheet';
  let name = `${base}${suffix}`;
  if (name.toLowerCase() === 'history') name = sheetNameFrom(base, '(1)', fallback);
  return name;
}
