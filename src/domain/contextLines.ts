/**
 * The lines of a sheet that are not indicators: titles and notes above the header (department and
 * as-of date), totals (合计/小计), footers (填表人、联系电话), notes (说明：…) and heading rows
 * (一、省级… / 1. 推动实现…) — told apart from indicator rows, and what they say read.
 */
import { findAsOfDate, parseWrittenDate } from './asOfDate';
import { deptFromTitle } from './deptName';
import { FieldRole } from './headerRecognition';
import { GridView } from './grid';
import { LayoutPlan } from './layoutPlan';
import { OwnCells } from './ownCells';
import { cellText } from './quantity';
import { headingNumber, looksLikeSection } from './sectionNames';
import { halfWidth } from './text';

const TOTAL_RE = /^(合\s*计|小\s*计|总\s*计|汇\s*总|全市合计|总数)/;
/**
 * A text TOTAL_RE can match after halfWidth holds one of these: its first characters, or a
 * character NFKC folds into one (⼩ U+2F29, 全 U+FA72, 🈴 U+1F234; found by normalising every code
 * point). Tested first, so the NFKC of every cell of every row is spared.
 */
const MAYBE_TOTAL = /[合小总汇全\u2f29\ufa72\u{1f234}]/u;
const FOOTER_RE = /(填表人|填报人|审核人|联系电话|联系人|制表人|负责人签字|单位负责人|分管领导|填表日期|报送时间)/;
const NOTE_RE = /^(填表说明|说明|注|备注|附注|注意)\s*[:：0-9１-９]/;
/** A sheet named for instructions (填报说明, readme…). */
export const INSTRUCTION_SHEET = /(说明|填报要求|填表须知|指引|模板说明|readme|instructions?)/i;
/**
 * The patterns a row is skipped on (exported for tests: each needs a Chinese character, so
 * number and TRUE/FALSE cells are not tested against them).
 */
export const ROW_PATTERNS: readonly RegExp[] = [TOTAL_RE, MAYBE_TOTAL, FOOTER_RE, NOTE_RE];
const DATA_ROLES: ReadonlySet<FieldRole | undefined> = new Set<FieldRole | undefined>(['target', 'targetUnit', 'unit', 'done', 'doneUnit', 'completion', 'progress', 'note', 'period', 'status', 'nodes', 'direction']);
const LABEL_ROLES: ReadonlySet<FieldRole | undefined> = new Set<FieldRole | undefined>(['seq', 'section', 'project', 'name', 'dept', undefined]);
const NUMBER_ROLES: ReadonlySet<FieldRole> = new Set<FieldRole>(['target', 'done', 'completion', 'period']);

/** A line that is not an indicator, told by its words: a total, a footer or a note. */
export type LineKind = 'total' | 'footer' | 'note';

/**
 * What row r is when its words make it a total, footer or note line, else null. The patterns each
 * need a Chinese character: a number or TRUE/FALSE cell (own.written gives null) cannot match them,
 * nor needs turning into text to be tested.
 * @example lineKind(view, plan, own.read(view, 9), 9) === 'total' // 合计 | | 6000 | 1386
 */
export function lineKind(view: GridView, plan: LayoutPlan, own: OwnCells, r: number): LineKind | null {
  const totalLabel = totalLabelOf(own);
  if (totalLabel >= 0 && isTotalColumn(own.col(totalLabel), plan)) return 'total';
  // No footer word holds a space, so none spans two of the texts the row's text joins with spaces.
  if (anyWritten(own, FOOTER_RE) && !hasDataNumbers(view, plan, r)) return 'footer';
  const first = own.written(0);
  if (first !== null && NOTE_RE.test(halfWidth(first)) && own.length <= 2) return 'note';
  return null;
}

/** The first of the row's texts that starts a total (合计, 小计…), or -1. */
function totalLabelOf(own: OwnCells): number {
  for (let k = 0; k < own.length; k++) {
    const t = own.written(k);
    if (t !== null && MAYBE_TOTAL.test(t) && TOTAL_RE.test(halfWidth(t))) return k;
  }
  return -1;
}

/** Whether a total label in column `col` makes the row a total row (a label column, or one of the first two). */
function isTotalColumn(col: number, plan: LayoutPlan): boolean {
  return LABEL_ROLES.has(plan.roleByCol.get(col)) || col <= 2;
}

/** Whether one of the row's texts matches `re`. */
function anyWritten(own: OwnCells, re: RegExp): boolean {
  for (let k = 0; k < own.length; k++) {
    const t = own.written(k);
    if (t !== null && re.test(t)) return true;
  }
  return false;
}

function hasDataNumbers(view: GridView, plan: LayoutPlan, r: number): boolean {
  return plan.layout.columns.some((c) => NUMBER_ROLES.has(c.role) && typeof view.own(r, c.col)?.v === 'number');
}

/**
 * Whether one of the row's own cells is in a column of data (target, done, progress…).
 * @example anyDataColumn(own.read(view, 4), plan) === false // 一、 | 省级重点民生实事
 */
export function anyDataColumn(own: OwnCells, plan: LayoutPlan): boolean {
  for (let k = 0; k < own.length; k++) if (DATA_ROLES.has(plan.roleByCol.get(own.col(k)))) return true;
  return false;
}

/** What a heading row gives: a section or a project for the rows below it. */
export interface Heading {
  level: 'section' | 'project';
  text: string;
}

/**
 * A heading read from the texts of a row that holds only labels: numbered like the bulletin
 * (一、 / 1. / a bare numeral in the 序号 column) or naming a section; null otherwise.
 * @example readHeading(['一、', '省级重点民生实事'], []) → { level: 'section', text: '省级重点民生实事' }
 */
export function readHeading(texts: string[], known: string[]): Heading | null {
  if (texts.length === 0 || texts.length > 3) return null;
  const joined = texts.join('');
  // A bare number in the 序号 column ("一", "2") numbers the heading beside it.
  const bare = texts.length >= 2 ? /^\s*(?:([一二三四五六七八九十]+)|(\d{1,2}))\s*$/.exec(texts[0] ?? '') : null;
  const numbered = bare ? { level: bare[1] ? ('section' as const) : ('project' as const), rest: texts.slice(1).join('') } : headingNumber(texts[0] ?? '');
  const rest = (numbered ? (numbered.rest || texts.slice(1).join('')) : joined).trim();
  if (!rest) return null;
  if (looksLikeSection(rest, known) && (numbered?.level !== 'item')) return { level: 'section', text: rest };
  if (!numbered) return null;
  if (numbered.level === 'section') return { level: 'section', text: rest };
  if (numbered.level === 'project') return { level: 'project', text: rest };
  return null;
}

/**
 * Whether the cell at (r, c) starts a merge three or more columns wide (a note written across the table).
 * @example isWideMerge(view, 8, 1) === true // A8:F8 merged
 */
export function isWideMerge(view: GridView, r: number, c: number): boolean {
  return view.grid.merges.some((m) => m.top === r && m.left === c && m.right - m.left >= 2);
}

/** What the context lines of a sheet say. */
export interface SheetContext {
  dept: string | null;
  asOf: string | null;
}

/**
 * Reads row r as a title or note line: the first as-of date and (unless `notesOnly`, as for
 * footers) the first department it names go into `ctx` when it has none yet.
 * @example readContextLine(view, 1, ctx); ctx.dept === '民政局' // 填报单位：民政局
 */
export function readContextLine(view: GridView, r: number, ctx: SheetContext, notesOnly = false): void {
  for (let c = 1; c <= view.colCount; c++) {
    const text = cellText(view.own(r, c));
    if (!text) continue;
    if (!ctx.asOf) ctx.asOf = findAsOfDate(text);
    if (!notesOnly && !ctx.dept) ctx.dept = deptFromTitle(text);
  }
}

/**
 * The as-of date a sheet or file name gives: after a cue (截至/截止/数据截至), or a whole date
 * written alone ("民生实事进展2026年3月20日", "2026-03-20").
 * @example asOfFromName('汇总表（截至2025年6月30日）') === '2025-06-30'; asOfFromName('2026年民生实事') === null
 */
export function asOfFromName(name: string): string | null {
  return findAsOfDate(name) ?? parseWrittenDate(name);
}

/**
 * A skipped row's text as listed: its own texts joined, cut at 80 characters.
 * @example rowText(['合计', '6000']) === '合计 6000'
 */
export function rowText(texts: string[]): string {
  return texts.join(' ').slice(0, 80);
}
