/**
 * The bulletin as content: title block, the 【工作进度】 summary sentence per section, each section
 * project by project with every indicator as a line of prose in the seed bulletin's wording, the
 * table rows, the lagging list and the data-check findings. Sheets (Excel) and documents (Word) are
 * laid out from this model.
 */
import { extractDone, extractReportedCompletion, extractTarget } from './freeText';
import { BuildResult, Indicator, SectionSummary } from './resultSchema';
import { Settings } from './settings';
import { LagGrade, STATUS_LABELS, StatusCode } from './statusCodes';
import { chineseDate, chineseOrdinal, percentText } from './numberFormat';
import { compareKey } from './text';
import { memoise } from './memo';

export interface BulletinLine {
  /** "（1）", or "" when the indicator stands for its whole project. */
  number: string;
  text: string;
  indicatorId: number;
  status: StatusCode;
  lag: LagGrade | null;
}

export interface BulletinProject {
  /** "1." */
  number: string;
  title: string;
  /** When the project is one indicator: its prose follows the project number directly. */
  single: boolean;
  lines: BulletinLine[];
}

export interface BulletinSection {
  key: string;
  /** "（一）省级十大重点民生实事" */
  heading: string;
  title: string;
  summary: string;
  projects: BulletinProject[];
}

export interface LaggingItem {
  indicatorId: number;
  section: string;
  project: string;
  name: string;
  dept: string | null;
  completion: number | null;
  expectedProgress: number | null;
  /** Percentage points below expected progress. */
  gap: number | null;
  lag: LagGrade;
}

export interface BulletinModel {
  title: string;
  issueLabel: string;
  office: string;
  dateText: string;
  asOf: string;
  timeProgress: number;
  modeLabel: string;
  /** 【工作概况】 paragraphs (from settings; empty when none). */
  overview: string[];
  /** The time-progress sentence that opens 【工作进度】. */
  progressIntro: string;
  /** 【工作亮点】 paragraphs (from settings; empty when none). */
  highlights: string[];
  sections: BulletinSection[];
  indicators: Indicator[];
  lagging: LaggingItem[];
  findings: BuildResult['findings'];
  summary: SectionSummary[];
}

const OTHER_CODES: [StatusCode, string][] = [
  ['not_issued', '任务未下达'],
  ['no_data', '暂无数据'],
  ['no_target', '无年度目标'],
  ['needs_review', '待人工确认'],
];

/**
 * The summary sentence of a section, in the bulletin's wording.
 * @example sectionSentence(summary) === '省级十大重点民生实事涉及 10 个项目共计 31 个指标，目前有 15 个指标达到序时进度（其中有 3 个指标完成全年任务），有 8 个指标未达到序时进度，另有 …。'
 */
export function sectionSentence(s: SectionSummary): string {
  const c = (code: StatusCode): number => s.counts[code] ?? 0;
  const a = c('completed') + c('on_schedule');
  let text = `${s.title}涉及 ${s.projects} 个项目共计 ${s.indicators} 个指标，目前有 ${a} 个指标达到序时进度（其中有 ${c('completed')} 个指标完成全年任务），有 ${c('behind')} 个指标未达到序时进度`;
  const others = OTHER_CODES.filter(([code]) => c(code) > 0).map(([code, label]) => `${c(code)} 个指标${label}`);
  if (others.length) text += `，另有 ${others.join('、')}`;
  return `${text}。`;
}

function sentence(s: string): string {
  const t = s.trim().replace(/[，,；;、\s]+$/, '');
  if (!t) return '';
  return /[。！？!?]$/.test(t) ? t : `${t}。`;
}

function headline(i: Indicator): string {
  if (!i.targetText) return sentence(i.name);
  if (i.kind === 'reverse') return sentence(`${i.name}控制在 ${i.targetText} 以内`);
  return sentence(`${i.name} ${i.targetText}`);
}

/**
 * The prose of one indicator, as the seed bulletin writes it.
 * @example indicatorProse(新增城镇就业) === '新增城镇就业 6000 人。已完成 1386 人，完成全年任务的 23.1%。'
 */
export function indicatorProse(i: Indicator): string {
  const head = headline(i);
  const context = proseContext[(i.done !== null ? 1 : 0) + (i.completion !== null && i.kind !== 'progress' ? 2 : 0)]?.(i.progressText) ?? '';
  const pct = i.completion !== null ? `完成全年任务的 ${percentText(i.completion)}%` : '';
  switch (i.kind) {
    case 'count':
      if (i.done === null) return head + sentence(context || STATUS_LABELS[i.status]);
      if (i.done === 0 && context) return head + sentence(context);
      if (i.completion === null) return head + sentence([context, `已完成 ${i.doneText}`].filter(Boolean).join('，'));
      return head + sentence([context, `已完成 ${i.doneText}`, pct].filter(Boolean).join('，'));
    case 'level':
      if (i.done === null) return head + sentence(context || STATUS_LABELS[i.status]);
      return head + sentence([context, `目前为 ${i.doneText}`, pct ? `达到目标的 ${percentText(i.completion ?? 0)}%` : ''].filter(Boolean).join('，'));
    case 'progress': {
      const hasPct = context && extractReportedCompletion(context) !== null;
      return head + sentence([context, hasPct ? '' : pct].filter(Boolean).join('，'));
    }
    case 'reverse':
      if (i.done === null) return head + sentence(context || STATUS_LABELS[i.status]);
      return head + sentence([context, `目前为 ${i.doneText}`, i.status === 'completed' ? '控制在目标以内' : '超过控制目标'].filter(Boolean).join('，'));
    case 'info':
      return head + sentence(context || (i.doneText ? `已完成 ${i.doneText}` : ''));
    case 'qualitative':
      return head + sentence(context || STATUS_LABELS[i.status]);
  }
}

/**
 * The progress text as the prose gives it: clauses that only restate the figures the line gives
 * anyway ("已完成1386人" when there is a done figure, "完成全年任务的23.1%" when there is a recomputed
 * completion) are left out, since the recomputed figures follow.
 */
function contextOf(progressText: string, hasDone: boolean, hasCompletion: boolean): string {
  const restates = (clause: string): boolean =>
    (hasDone && extractDone(clause) !== null && clause.length <= 16) ||
    // the target, which the headline gives: "年度目标500户" of a sentence of target and progress
    (hasDone && /^(?:年度|全年)?(?:目标任务|目标|任务)/.test(clause) && extractTarget(clause) !== null && clause.length <= 16) ||
    (hasCompletion && extractReportedCompletion(clause) !== null && clause.length <= 16);
  const parts = progressText.split('；').map((p) => p.trim().replace(/[。；;，,\s]+$/, '')).filter(Boolean);
  return parts
    .map((p) => p.split(/[，,]/).map((c) => c.trim()).filter((c) => c && !restates(c)).join('，'))
    .filter(Boolean)
    .join('；');
}

/**
 * contextOf remembered per progress text, one memory for each of (done figure?, completion?):
 * progress texts recur ("正在施工中", "已完成招标") across thousands of indicators.
 */
const proseContext = [[false, false], [true, false], [false, true], [true, true]].map(([hasDone, hasCompletion]) =>
  memoise((text: string) => contextOf(text, hasDone ?? false, hasCompletion ?? false), 20_000));

/** Splits clerk-written text into paragraphs (one per non-empty line). */
function paragraphs(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

/**
 * Builds the bulletin model from a build result.
 * @example buildBulletinModel(result, settings).sections[0].heading === '（一）省级十大重点民生实事'
 */
export function buildBulletinModel(result: BuildResult, settings: Settings): BulletinModel {
  const sections: BulletinSection[] = [];
  for (const [si, s] of result.summary.entries()) {
    const inSection = result.indicators.filter((i) => i.section === s.section);
    const projects: BulletinProject[] = [];
    const byProject = new Map<string, Indicator[]>();
    for (const i of inSection) {
      const key = compareKey(i.project);
      const list = byProject.get(key) ?? [];
      list.push(i);
      byProject.set(key, list);
    }
    let pn = 0;
    for (const list of byProject.values()) {
      const first = list[0];
      if (!first) continue;
      pn++;
      const single = list.length === 1 && (compareKey(first.name).includes(compareKey(first.project)) || compareKey(first.project).includes(compareKey(first.name)));
      projects.push({
        number: `${pn}.`,
        title: first.project,
        single,
        lines: list.map((i, k) => ({ number: single ? '' : `（${k + 1}）`, text: indicatorProse(i), indicatorId: i.id, status: i.status, lag: i.lag })),
      });
    }
    sections.push({ key: s.section, heading: `（${chineseOrdinal(si + 1)}）${s.title}`, title: s.title, summary: sectionSentence(s), projects });
  }
  const lagging: LaggingItem[] = result.indicators
    .filter((i) => i.status === 'behind')
    .map((i) => ({
      indicatorId: i.id,
      section: i.sectionTitle,
      project: i.project,
      name: i.name,
      dept: i.dept,
      completion: i.completion,
      expectedProgress: i.expectedProgress,
      gap: i.completion !== null && i.expectedProgress !== null ? Math.round((i.expectedProgress - i.completion) * 100) / 100 : null,
      lag: i.lag ?? 'red',
    }))
    .sort((a, b) => (b.gap ?? 1e9) - (a.gap ?? 1e9));
  const modeLabel = result.mode === 'day' ? '按天计算' : '按整月计算';
  return {
    title: settings.title,
    issueLabel: `第 ${settings.issue} 期`,
    office: settings.office,
    dateText: chineseDate(settings.reportDate ?? result.asOf),
    asOf: result.asOf,
    timeProgress: result.timeProgress,
    modeLabel,
    overview: paragraphs(settings.overview),
    highlights: paragraphs(settings.highlights),
    progressIntro: `数据截至 ${chineseDate(result.asOf)}，全年序时进度为 ${percentText(result.timeProgress)}%（${modeLabel}）。`,
    sections,
    indicators: result.indicators,
    lagging,
    findings: result.findings,
    summary: result.summary,
  };
}
