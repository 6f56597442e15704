/**
 * 数据未更新: an indicator whose done value and progress text are the same as in the department's
 * last issue, while the data date moved on, is an info finding; a department all of whose figures
 * are unchanged is named (it likely sent last month's file again).
 */
import { Finding, finding } from './findings';
import { chineseDate } from './numberFormat';
import { Indicator } from './resultSchema';
import { compareKey } from './text';

/** The key an indicator of one department is matched by across issues: section + name. */
export function deptIndicatorKey(i: Pick<Indicator, 'section' | 'name'>): string {
  const norm = (s: string): string => compareKey(s).replace(/[。，、；;,.!！?？]/g, '');
  return `${norm(i.section)}|${norm(i.name)}`;
}

/** The issue compared with. */
export interface EarlierIssue {
  issue: number;
  asOf: string;
}

export interface StaleCheck {
  /** Current indicators whose figures equal the earlier issue's. */
  unchanged: Indicator[];
  /** Every current indicator is matched and unchanged. */
  allUnchanged: boolean;
  findings: Finding[];
}

const sameText = (a: string, b: string): boolean => compareKey(a) === compareKey(b);

/**
 * True when an indicator's figures did not move: the same done value (both missing counts as the
 * same) and the same progress text, and there is something to compare (a done value or a text).
 * @example figuresUnchanged({ done: 1386, doneText: '1386 人', progressText: '稳步推进' }, { done: 1386, doneText: '1386人', progressText: '稳步推进 ' }) === true
 */
export function figuresUnchanged(now: Pick<Indicator, 'done' | 'progressText'>, before: Pick<Indicator, 'done' | 'progressText'>): boolean {
  if (now.done === null && !now.progressText.trim()) return false;
  return now.done === before.done && sameText(now.progressText, before.progressText);
}

/**
 * Compares one department's indicators with its indicators of an earlier issue. Nothing is stale
 * when the data date did not move on (the same issue rebuilt, or an earlier date).
 * @example staleFigures('人社局', now, before, { issue: 1, asOf: '2026-02-20' }, '2026-03-20').allUnchanged === true
 */
export function staleFigures(dept: string, now: Indicator[], before: Indicator[], earlier: EarlierIssue, asOf: string): StaleCheck {
  if (!(asOf > earlier.asOf) || !now.length) return { unchanged: [], allUnchanged: false, findings: [] };
  const pool = new Map<string, Indicator[]>();
  for (const b of before) {
    const k = deptIndicatorKey(b);
    pool.set(k, [...(pool.get(k) ?? []), b]);
  }
  const unchanged: Indicator[] = [];
  let matched = 0;
  for (const i of now) {
    const b = pool.get(deptIndicatorKey(i))?.shift();
    if (!b) continue;
    matched++;
    if (figuresUnchanged(i, b)) unchanged.push(i);
  }
  const when = `第 ${earlier.issue} 期（数据截至 ${chineseDate(earlier.asOf)}）`;
  const findings = unchanged.map((i) => finding(i.source.file, i.source.sheet, i.source.cells['done'] ?? i.source.cells['progress'] ?? null, 'figures_unchanged',
    `${dept}「${i.name}」的累计完成（${i.doneText ?? '无'}）和进展情况与${when}相同，数据可能未更新。`, 'info'));
  const allUnchanged = matched === now.length && unchanged.length === now.length;
  const first = now[0];
  if (allUnchanged && first) {
    findings.push(finding(first.source.file, null, null, 'dept_resent',
      `${dept}本期报送的 ${now.length} 个指标，累计完成和进展情况与${when}完全相同，可能重复报送了上期的表格，请与该单位核实。`));
  }
  return { unchanged, allUnchanged, findings };
}
