/**
 * Choosing between two columns that could fill one role (上月累计 and 本月累计, 计划完成 and 实际完成,
 * 去年 and 今年, a hidden column and a visible one): by what the headers mean, never silently the
 * first. The choice is kept with the layout, so the clerk is told and can change it.
 */
import { Finding, finding } from './findings';
import { columnLetters } from './grid';
import { FIELD_ROLE_NAMES, FieldRole } from './headerRecognition';

/** Why one column was read rather than the other. */
export type ChoiceReason = 'hidden' | 'meaning' | 'match';

/** One column of a choice: its number and header text. */
export interface ChoiceColumn {
  col: number;
  header: string;
}

/** A choice between two columns for one role. */
export interface ColumnChoice {
  role: FieldRole;
  chosen: ChoiceColumn;
  skipped: ChoiceColumn;
  reason: ChoiceReason;
}

/** What a column competing for a role brings to the choice. */
export interface Contender extends ChoiceColumn {
  role: FieldRole;
  score?: number;
}

/** Words that make a column the earlier or planned figure, for each kind of role. */
const EARLIER = /(上月|上期|上季|上年|去年|前期|计划|预计|拟)/;
const EARLIER_TARGET = /(上年|去年|上期)/;
/** Words that make a column the current, actual figure. */
const CURRENT = /(本月|本期|本季|截至目前|截止目前|截至当前|至今|实际|今年|本年|当年|当前)/;

/**
 * Whether a header names the earlier or planned figure of its role (上月累计, 计划完成, 去年完成)
 * and not also the current one.
 * @example isEarlier('上月累计', 'done') === true; isEarlier('年度计划', 'target') === false
 */
export function isEarlier(header: string, role: FieldRole): boolean {
  const earlier = role === 'target' ? EARLIER_TARGET : EARLIER;
  return earlier.test(header) && !CURRENT.test(header);
}

/**
 * Which of two columns to read for a role, `first` being the one to the left: a visible column over
 * a hidden one, then by meaning (本月/截至目前/实际/今年 over 上月/计划/去年), then the better header
 * match, then the first.
 * @example chooseColumn({ col: 4, header: '上月累计', role: 'done', score: 0.7 }, { col: 5, header: '本月累计', role: 'done', score: 0.7 }, new Set()).chosen.col === 5
 */
export function chooseColumn(first: Contender, second: Contender, hidden: ReadonlySet<number>): ColumnChoice {
  const pick = (chosen: Contender, skipped: Contender, reason: ChoiceReason): ColumnChoice => ({
    role: first.role, chosen: { col: chosen.col, header: chosen.header }, skipped: { col: skipped.col, header: skipped.header }, reason,
  });
  const h1 = hidden.has(first.col);
  const h2 = hidden.has(second.col);
  if (h1 !== h2) return h1 ? pick(second, first, 'hidden') : pick(first, second, 'hidden');
  const e1 = isEarlier(first.header, first.role);
  const e2 = isEarlier(second.header, second.role);
  if (e1 !== e2) return e1 ? pick(second, first, 'meaning') : pick(first, second, 'meaning');
  return (second.score ?? 0) > (first.score ?? 0) ? pick(second, first, 'match') : pick(first, second, 'match');
}

const REASONS: Record<ChoiceReason, (skipped: string) => string> = {
  hidden: (skipped) => `${skipped} 列是隐藏列`,
  meaning: () => '按表头含义取本期（实际）数',
  match: () => '按表头名称取更贴切的一列',
};

/**
 * The info finding that tells the clerk about a choice: both columns with their header cells, why
 * one was read, and where to change it.
 * @example choiceFinding(choice, 3, 'a.xlsx', 'Sheet1').message // '「上月累计」（D3）与「本月累计」（E3）都可作为累计完成列…'
 */
export function choiceFinding(choice: ColumnChoice, headerRow: number, file: string, sheet: string): Finding {
  const chosen = columnLetters(choice.chosen.col);
  const skipped = columnLetters(choice.skipped.col);
  return finding(file, sheet, `${chosen}${headerRow}`, 'layout_choice',
    `「${choice.skipped.header}」（${skipped}${headerRow}）与「${choice.chosen.header}」（${chosen}${headerRow}）都可作为${FIELD_ROLE_NAMES[choice.role]}列，${REASONS[choice.reason](skipped)}，已读取 ${chosen} 列，未读取 ${skipped} 列。如需更改，请在任务窗格“列映射”中指定。`, 'info');
}
