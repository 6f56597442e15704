/**
 * Change since the last issue: the previous build result (a snapshot) against the current one.
 * Indicators are matched across issues by section + normalised name + department; per indicator the
 * change in completion ("较上期提高 3.2 个百分点"), which indicators newly fell behind and which
 * recovered, and per section the change in the counts. `withHistory` adds the change to the
 * bulletin model's prose. Pure: snapshots arrive as text, files are the caller's business.
 */
import { BulletinModel } from './bulletinModel';
import { Finding, finding } from './findings';
import { HistoryDiff, IndicatorChange, SectionChange } from './historySchema';
import { chineseDate, percentText } from './numberFormat';
import { BuildResult, Indicator, ResultSchema, SectionSummary } from './resultSchema';
import { STATUS_CODES, STATUS_LABELS, StatusCode } from './statusCodes';
import { compareKey, roundTo } from './text';

export type { HistoryDiff, IndicatorChange, SectionChange } from './historySchema';

/** Where a snapshot came from, for the bulletin's wording. */
export interface SnapshotMeta {
  file: string | null;
  issue: number | null;
}

/**
 * The key that matches an indicator across issues: section + normalised name + department.
 * @example indicatorKey({ section: '省级', name: '新增城镇就业 ', dept: '人社局' }) === indicatorKey({ section: '省级', name: '“新增城镇就业”。', dept: '人社局' })
 */
export function indicatorKey(i: Pick<Indicator, 'section' | 'name' | 'dept'>): string {
  const norm = (s: string): string => compareKey(s).replace(/[。，、；;,.!！?？]/g, '');
  return `${norm(i.section)}|${norm(i.name)}|${norm(i.dept ?? '')}`;
}

/**
 * The change in completion as the bulletin writes it.
 * @example changeText(3.2) === '较上期提高 3.2 个百分点'; changeText(-1) === '较上期下降 1 个百分点'; changeText(0) === '与上期持平'
 */
export function changeText(delta: number): string {
  if (delta > 0) return `较上期提高 ${percentText(delta)} 个百分点`;
  if (delta < 0) return `较上期下降 ${percentText(-delta)} 个百分点`;
  return '与上期持平';
}

const onTrack = (s: StatusCode): boolean => s === 'completed' || s === 'on_schedule';

function countsOf(s: Pick<SectionSummary, 'counts'> | null): Record<StatusCode, number> {
  const out = {} as Record<StatusCode, number>;
  for (const code of STATUS_CODES) out[code] = s?.counts[code] ?? 0;
  return out;
}

function moved(label: string, d: number): string {
  if (d > 0) return `${label}增加 ${d} 个`;
  if (d < 0) return `${label}减少 ${-d} 个`;
  return `${label}数与上期持平`;
}

/**
 * The sentence on a section's counts against last issue.
 * @example sectionChangeText(prev, cur) === '与上期相比，达到序时进度的指标增加 2 个（其中完成全年任务的增加 1 个），未达到序时进度的指标减少 2 个。'
 */
export function sectionChangeText(previous: SectionSummary | null, current: SectionSummary): string {
  if (!previous) return '本板块为本期新增，上期无可比数据。';
  const p = countsOf(previous);
  const c = countsOf(current);
  const dA = c.completed + c.on_schedule - (p.completed + p.on_schedule);
  const dB = c.completed - p.completed;
  const dC = c.behind - p.behind;
  const dM = current.indicators - previous.indicators;
  const parts: string[] = [];
  if (dM !== 0) parts.push(`指标总数${dM > 0 ? '增加' : '减少'} ${Math.abs(dM)} 个`);
  parts.push(moved('达到序时进度的指标', dA) + (dB !== 0 ? `（其中完成全年任务的${dB > 0 ? '增加' : '减少'} ${Math.abs(dB)} 个）` : ''));
  parts.push(moved('未达到序时进度的指标', dC));
  return `与上期相比，${parts.join('，')}。`;
}

/**
 * Compares the current result with the previous one.
 * @example diffResults(previous, current).indicators.find((c) => c.name === '新增城镇就业')?.text === '较上期提高 5 个百分点'
 */
export function diffResults(previous: BuildResult, current: BuildResult, meta: SnapshotMeta = { file: null, issue: null }): HistoryDiff {
  // Previous indicators by key, in order: duplicates are matched first to first.
  const pool = new Map<string, Indicator[]>();
  for (const i of previous.indicators) {
    const k = indicatorKey(i);
    const list = pool.get(k) ?? [];
    list.push(i);
    pool.set(k, list);
  }
  const indicators: IndicatorChange[] = current.indicators.map((i) => {
    const prev = pool.get(indicatorKey(i))?.shift() ?? null;
    const delta = prev && prev.completion !== null && i.completion !== null ? roundTo(i.completion - prev.completion, 2) : null;
    const newlyBehind = prev !== null && i.status === 'behind' && prev.status !== 'behind';
    const recovered = prev !== null && prev.status === 'behind' && onTrack(i.status);
    return {
      indicatorId: i.id,
      previousId: prev?.id ?? null,
      section: i.section,
      name: i.name,
      dept: i.dept,
      previousCompletion: prev?.completion ?? null,
      completion: i.completion,
      delta,
      trend: delta === null ? null : delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat',
      previousStatus: prev?.status ?? null,
      status: i.status,
      newlyBehind,
      recovered,
      text: delta === null ? null : changeText(delta),
    };
  });
  const removed = [...pool.values()].flat().map((i) => ({ previousId: i.id, section: i.section, name: i.name, dept: i.dept, status: i.status }));

  const prevSections = new Map(previous.summary.map((s) => [compareKey(s.section), s]));
  const sections: SectionChange[] = current.summary.map((s) => {
    const p = prevSections.get(compareKey(s.section)) ?? null;
    const pc = countsOf(p);
    const cc = countsOf(s);
    const countsDelta = {} as Record<StatusCode, number>;
    for (const code of STATUS_CODES) countsDelta[code] = cc[code] - pc[code];
    return {
      section: s.section,
      title: s.title,
      previous: p ? { projects: p.projects, indicators: p.indicators, counts: pc } : null,
      indicatorsDelta: s.indicators - (p?.indicators ?? 0),
      countsDelta,
      text: sectionChangeText(p, s),
    };
  });

  const notes: string[] = [];
  if (previous.asOf >= current.asOf) {
    notes.push(`上期快照的数据截至日期（${chineseDate(previous.asOf)}）不早于本期（${chineseDate(current.asOf)}），变化情况仅供参考。`);
  }
  if (previous.mode !== current.mode) notes.push('上期与本期的序时进度口径不同（按天 / 按整月），达到序时进度的比较仅供参考。');

  return {
    previousFile: meta.file,
    previousAsOf: previous.asOf,
    previousIssue: meta.issue,
    currentAsOf: current.asOf,
    indicators,
    newlyBehind: indicators.filter((c) => c.newlyBehind).map((c) => c.indicatorId),
    recovered: indicators.filter((c) => c.recovered).map((c) => c.indicatorId),
    added: indicators.filter((c) => c.previousId === null).map((c) => c.indicatorId),
    removed,
    sections,
    notes,
  };
}

export type SnapshotParse = { ok: true; result: BuildResult } | { ok: false; finding: Finding };

/**
 * Reads a snapshot (a build result's JSON); a bad one gives a finding in plain Chinese, never a throw.
 * @example parseSnapshot('{', 'issue-0001-2026-03-20.json') → { ok: false, finding: { code: 'history_unreadable', message: '上期快照「issue-0001-2026-03-20.json」不是有效的 JSON …' } }
 */
export function parseSnapshot(text: string, fileName: string): SnapshotParse {
  const fail = (why: string): SnapshotParse => ({
    ok: false,
    finding: finding(fileName, null, null, 'history_unreadable', `上期快照「${fileName}」${why}，本期未与上期比较。请检查该文件，或将其移出快照文件夹。`),
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return fail(`不是有效的 JSON（${err instanceof Error ? err.message : String(err)}）`);
  }
  const r = ResultSchema.safeParse(data);
  if (!r.success) {
    const issues = r.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '根'}：${i.message}`);
    const more = r.error.issues.length > 3 ? ` 等 ${r.error.issues.length} 处` : '';
    return fail(`不是专报结果文件或格式不符（${issues.join('；')}${more}）`);
  }
  return { ok: true, result: r.data };
}

/** A line of the 【较上期变化】 lists. */
export interface HistoryListItem {
  indicatorId: number;
  text: string;
}

/** The change since last issue as the bulletin shows it. */
export interface BulletinHistory {
  /** "与第 1 期（数据截至 2026 年 3 月 20 日）相比，……" */
  intro: string;
  sections: { title: string; text: string }[];
  newlyBehind: HistoryListItem[];
  recovered: HistoryListItem[];
  notes: string[];
  /** Per current indicator id. */
  changes: Record<number, IndicatorChange>;
}

export interface HistoryBulletinModel extends BulletinModel {
  history: BulletinHistory | null;
}

function pct(n: number | null): string {
  return n === null ? '—' : `${percentText(n)}%`;
}

/**
 * The bulletin model with the change since last issue: each indicator's prose line gets its change
 * in completion, each section's summary sentence its change in counts, and a `history` part lists
 * the indicators that newly fell behind and those that recovered. Extra findings (e.g. a bad
 * snapshot) are added to the model's findings.
 * @example withHistory(model, diff).sections[0].projects[2].lines[0].text.endsWith('较上期提高 5 个百分点。')
 */
export function withHistory(model: BulletinModel, diff: HistoryDiff | null, extraFindings: Finding[] = []): HistoryBulletinModel {
  const findings = [...model.findings, ...extraFindings];
  if (!diff) return { ...model, findings, history: null };
  const changes: Record<number, IndicatorChange> = {};
  for (const c of diff.indicators) changes[c.indicatorId] = c;
  const sectionText = new Map(diff.sections.map((s) => [s.section, s.text]));
  const sections = model.sections.map((s) => ({
    ...s,
    summary: s.summary + (sectionText.get(s.key) ?? ''),
    projects: s.projects.map((p) => ({
      ...p,
      lines: p.lines.map((l) => {
        const t = changes[l.indicatorId]?.text;
        return t ? { ...l, text: `${l.text}${t}。` } : l;
      }),
    })),
  }));
  const byId = new Map(model.indicators.map((i) => [i.id, i]));
  const label = (c: IndicatorChange): string => {
    const i = byId.get(c.indicatorId);
    return `${i?.sectionTitle ?? c.section} · ${c.name}${c.dept ? `（${c.dept}）` : ''}`;
  };
  const newlyBehind = diff.indicators.filter((c) => c.newlyBehind).map((c) => ({
    indicatorId: c.indicatorId,
    text: `${label(c)}：完成率 ${pct(c.completion)}，序时进度 ${pct(byId.get(c.indicatorId)?.expectedProgress ?? null)}，上期为“${c.previousStatus ? STATUS_LABELS[c.previousStatus] : '—'}”${c.previousCompletion !== null ? `（完成率 ${pct(c.previousCompletion)}）` : ''}。`,
  }));
  const recovered = diff.indicators.filter((c) => c.recovered).map((c) => ({
    indicatorId: c.indicatorId,
    text: `${label(c)}：完成率 ${pct(c.completion)}，本期${STATUS_LABELS[c.status]}${c.previousCompletion !== null ? `（上期完成率 ${pct(c.previousCompletion)}）` : ''}。`,
  }));
  const withDelta = diff.indicators.filter((c) => c.trend !== null);
  const n = (t: IndicatorChange['trend']): number => withDelta.filter((c) => c.trend === t).length;
  const since = `与${diff.previousIssue !== null ? `第 ${diff.previousIssue} 期` : '上期'}（数据截至 ${chineseDate(diff.previousAsOf)}）相比`;
  let intro = `${since}，有 ${withDelta.length} 个指标可比较完成率，其中 ${n('up')} 个提高、${n('down')} 个下降、${n('flat')} 个持平；新增未达到序时进度的指标 ${newlyBehind.length} 个，恢复达到序时进度的指标 ${recovered.length} 个`;
  if (diff.added.length) intro += `；本期新列入指标 ${diff.added.length} 个`;
  if (diff.removed.length) intro += `；上期列入而本期未列的指标 ${diff.removed.length} 个（${diff.removed.map((r) => r.name).join('、')}）`;
  intro += '。';
  return {
    ...model,
    sections,
    findings,
    history: {
      intro,
      sections: diff.sections.map((s) => ({ title: s.title, text: s.text })),
      newlyBehind,
      recovered,
      notes: diff.notes,
      changes,
    },
  };
}
