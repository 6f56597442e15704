/**
 * 排名: departments ordered by the share of their indicators on schedule, ties by mean completion
 * (each indicator counted at most 100 %). Only indicators judged against expected progress count
 * (completed, on schedule, behind); a department with none is not ranked.
 */
import { DeptRank } from './chasingSchema';
import { deptKey, DeptRules } from './deptMatching';
import { Indicator } from './resultSchema';
import { roundTo } from './text';

/**
 * The ranking of an issue's departments.
 * @param names Display name per department key (the 报送情况 names).
 * @example deptRanking(result.indicators, rules)[0] → { rank: 1, dept: '残联', judged: 3, onSchedule: 3, share: 100, meanCompletion: 45.2 }
 */
export function deptRanking(indicators: Indicator[], rules: DeptRules, names: Map<string, string> = new Map()): DeptRank[] {
  const groups = new Map<string, { dept: string; judged: number; onSchedule: number; sum: number; withCompletion: number }>();
  for (const i of indicators) {
    if (!i.dept?.trim() || !(i.status === 'completed' || i.status === 'on_schedule' || i.status === 'behind')) continue;
    const key = deptKey(i.dept, rules);
    let g = groups.get(key);
    if (!g) { g = { dept: names.get(key) ?? i.dept.trim(), judged: 0, onSchedule: 0, sum: 0, withCompletion: 0 }; groups.set(key, g); }
    g.judged++;
    if (i.status !== 'behind') g.onSchedule++;
    if (i.completion !== null) { g.sum += Math.min(100, i.completion); g.withCompletion++; }
  }
  const rows = [...groups.values()].map((g) => ({
    dept: g.dept,
    judged: g.judged,
    onSchedule: g.onSchedule,
    share: roundTo((g.onSchedule / g.judged) * 100, 2),
    meanCompletion: g.withCompletion ? roundTo(g.sum / g.withCompletion, 2) : null,
  }));
  rows.sort((a, b) => b.share - a.share || (b.meanCompletion ?? -1) - (a.meanCompletion ?? -1));
  let rank = 0;
  return rows.map((r, k) => {
    const prev = rows[k - 1];
    if (!prev || prev.share !== r.share || prev.meanCompletion !== r.meanCompletion) rank = k + 1;
    return { rank, ...r };
  });
}
