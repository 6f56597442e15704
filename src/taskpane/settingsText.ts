/**
 * The chasing settings as the clerk types them in the pane: lists one name a line (or separated by
 * 、，,;；), and aliases one group a line with "=" between the names.
 */

const SEPARATORS = /[\r\n、，,;；]+/;

/**
 * A typed list: one entry per line or between separators, trimmed, empty ones and repeats dropped.
 * @example parseList('人社局\n教育局、 民政局') → ['人社局', '教育局', '民政局']
 */
export function parseList(text: string): string[] {
  return [...new Set(text.split(SEPARATORS).map((t) => t.trim()).filter(Boolean))];
}

/**
 * A list as the pane shows it: one entry a line.
 * @example listText(['人社局', '教育局']) === '人社局\n教育局'
 */
export function listText(list: readonly string[]): string {
  return list.join('\n');
}

/**
 * Typed alias groups: a line per department, its names separated by "=" (or ＝); lines with one
 * name are not groups.
 * @example parseAliases('人社局 = 人力资源和社会保障局\n教育局') → [['人社局', '人力资源和社会保障局']]
 */
export function parseAliases(text: string): string[][] {
  return text.split(/\r?\n/)
    .map((line) => [...new Set(line.split(/[=＝]/).map((t) => t.trim()).filter(Boolean))])
    .filter((g) => g.length >= 2);
}

/**
 * Alias groups as the pane shows them.
 * @example aliasText([['人社局', '人力资源和社会保障局']]) === '人社局 = 人力资源和社会保障局'
 */
export function aliasText(groups: readonly (readonly string[])[]): string {
  return groups.map((g) => g.join(' = ')).join('\n');
}
