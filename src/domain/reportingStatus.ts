/**
 * 报送情况: the departments expected this issue — those of the last issue (the ones that reported
 * and the ones already missing then) plus the clerk's list — each 已报送, 未报送 or 报送不全 (fewer
 * indicators than in its last issue with figures, naming the missing ones). 数据未更新 is judged
 * against the same issue (staleFigures.ts). Pure: snapshots arrive as build results.
 */
import { DeptReport, Reporting } from './chasingSchema';
import { DeptDirectory, deptKey, DeptRules } from './deptMatching';
import { Finding } from './findings';
import { BuildResult, Indicator } from './resultSchema';
import { deptIndicatorKey, staleFigures } from './staleFigures';

/** An earlier issue's snapshot, as the history store gives it. */
export interface EarlierSnapshot {
  issue: number;
  asOf: string;
  result: BuildResult;
}

export interface ReportingOutcome {
  reporting: Reporting;
  /** 数据未更新 and two-names findings. */
  findings: Finding[];
}

/** Indicators by department key (indicators without a department are not any department's). */
function byDept(indicators: Indicator[], rules: DeptRules): Map<string, Indicator[]> {
  const out = new Map<string, Indicator[]>();
  for (const i of indicators) {
    if (!i.dept?.trim()) continue;
    const k = deptKey(i.dept, rules);
    const list = out.get(k);
    if (list) list.push(i); else out.set(k, [i]);
  }
  return out;
}

/** The departments an earlier result expected: those with figures, and those it had as 未报送. */
function expectedIn(result: BuildResult, rules: DeptRules): Map<string, string> {
  const out = new Map<string, string>();
  for (const i of result.indicators) if (i.dept?.trim() && !out.has(deptKey(i.dept, rules))) out.set(deptKey(i.dept, rules), i.dept.trim());
  for (const d of result.reporting?.departments ?? []) if (!out.has(deptKey(d.dept, rules))) out.set(deptKey(d.dept, rules), d.dept);
  return out;
}

/** The note on what cannot be judged. */
function noteOf(basis: Reporting['basis']): string | null {
  if (basis === 'previous') return null;
  if (basis === 'settings') return '没有上一期的快照：应报单位仅按设置中的名单判断，无法判断报送不全和数据未更新。';
  return '没有上一期的快照，也未在设置中列出应报单位：无法判断未报送、报送不全和数据未更新。从下一期起将与本期比较。';
}

/**
 * Who reported this issue.
 * @param earlier Snapshots of issues before this one, oldest first.
 * @example reportingStatus(current, [issue1], rules, []).reporting.counts → { expected: 10, reported: 9, missing: 1, partial: 0 }
 */
export function reportingStatus(current: BuildResult, earlier: EarlierSnapshot[], rules: DeptRules, expectedDepartments: string[]): ReportingOutcome {
  const previous = earlier.at(-1) ?? null;
  const directory = new DeptDirectory(rules);
  for (const i of current.indicators) if (i.dept?.trim()) directory.add(i.dept, i.source.file);
  const now = byDept(current.indicators, rules);
  const fromPrevious = previous ? expectedIn(previous.result, rules) : new Map<string, string>();
  const fromSettings = new Map(expectedDepartments.map((d) => [deptKey(d, rules), d.trim()]));
  const missingBefore = new Set((previous?.result.reporting?.departments ?? []).filter((d) => d.status === 'missing').map((d) => deptKey(d.dept, rules)));
  const earlierByDept = earlier.map((s) => ({ snap: s, depts: byDept(s.result.indicators, rules) }));

  const keys = [...new Set([...fromSettings.keys(), ...fromPrevious.keys(), ...directory.keys()])];
  const findings: Finding[] = [...directory.twoNameFindings()];
  const departments: DeptReport[] = [];
  for (const key of keys) {
    const dept = directory.nameOf(key) ?? fromSettings.get(key) ?? fromPrevious.get(key) ?? key;
    const mine = now.get(key) ?? [];
    // Its last issue with figures: the comparison for 报送不全 and 数据未更新.
    let last: { snap: EarlierSnapshot; list: Indicator[] } | null = null;
    for (let k = earlierByDept.length - 1; k >= 0 && !last; k--) {
      const e = earlierByDept[k];
      const list = e?.depts.get(key);
      if (e && list?.length) last = { snap: e.snap, list };
    }
    const have = new Set(mine.map(deptIndicatorKey));
    const missing = mine.length && last && mine.length < last.list.length
      ? last.list.filter((i) => !have.has(deptIndicatorKey(i))).map((i) => i.name)
      : [];
    const stale = last && mine.length ? staleFigures(dept, mine, last.list, last.snap, current.asOf) : null;
    if (stale) findings.push(...stale.findings);
    const inPrev = fromPrevious.has(key);
    const inSettings = fromSettings.has(key);
    departments.push({
      dept,
      status: mine.length === 0 ? 'missing' : missing.length ? 'partial' : 'reported',
      indicators: mine.length,
      comparedIssue: last?.snap.issue ?? null,
      previousIndicators: last?.list.length ?? null,
      missing,
      unchanged: stale?.unchanged.length ?? 0,
      allUnchanged: stale?.allUnchanged ?? false,
      missingLastIssue: missingBefore.has(key),
      expectedBy: inPrev && inSettings ? 'both' : inPrev ? 'previous' : inSettings ? 'settings' : 'none',
      otherNames: directory.spellingsOf(key).filter((n) => n !== dept),
    });
  }
  const basis: Reporting['basis'] = previous ? 'previous' : fromSettings.size ? 'settings' : 'none';
  const expected = departments.filter((d) => d.expectedBy !== 'none');
  const count = (s: DeptReport['status']): number => expected.filter((d) => d.status === s).length;
  return {
    reporting: {
      basis,
      previousIssue: previous?.issue ?? null,
      previousAsOf: previous?.asOf ?? null,
      counts: { expected: expected.length, reported: count('reported'), missing: count('missing'), partial: count('partial'), unexpected: departments.length - expected.length },
      departments,
      unchangedDepartments: departments.filter((d) => d.allUnchanged).map((d) => d.dept),
      note: noteOf(basis),
    },
    findings,
  };
}
