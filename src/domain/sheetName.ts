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
