/**
 * Evaluating one raw indicator row: units to base units, done from period columns, kind,
 * completion, expected progress, status and lag grade, and the per-indicator findings
 * (units that cannot be converted, target 0, negative values, completion over 300 %,
 * reported completion that disagrees with the recomputed one).
 */
import { judgementFindings } from './deptJudgement';
import { Finding, finding } from './findings';
import { indicatorKind, isCeilingText } from './indicatorKind';
import { indicatorStatus, lagGrade } from './indicatorStatus';
import { nodeProgress, parseNodeSchedule } from './nodeSchedule';
import { Quantity } from './quantity';
import { RawIndicator } from './rawIndicator';
import { Settings } from './settings';
import { IndicatorKind, LagGrade, STATUS_LABELS, StatusCode } from './statusCodes';
import { clean, roundTo } from './text';
import { calendarDate, timeProgress } from './timeProgress';
import { conversionFactor, sharedUnit } from './units';

/** An evaluated indicator, before it is numbered and placed in its section. */
export interface EvaluatedIndicator {
  raw: RawIndicator;
  kind: IndicatorKind;
  unit: string | null;
  target: number | null;
  done: number | null;
  completion: number | null;
  reportedCompletion: number | null;
  expectedProgress: number | null;
  status: StatusCode;
  statusLabel: string;
  lag: LagGrade | null;
  targetText: string | null;
  doneText: string | null;
}

/** The context every indicator is evaluated in. */
export interface EvaluationContext {
  asOf: string;
  settings: Settings;
  /** Time progress at asOf under settings.mode, when the caller has computed it once for all indicators. */
  calendarProgress?: number;
}

function formatQuantity(q: Quantity | null, unit: string | null): string | null {
  if (!q) return null;
  const u = q.unit ?? unit;
  if (!u) return String(clean(q.value));
  return u === '%' ? `${clean(q.value)}%` : `${clean(q.value)} ${u}`;
}

/** Done from 1月…12月 / 一季度…四季度 columns, up to the as-of month. */
export function doneFromPeriods(raw: RawIndicator, asOf: string): number | null {
  if (raw.periods.length === 0) return null;
  const month = calendarDate(asOf).getMonth() + 1;
  const relevant = raw.periods.filter((p) => p.startMonth <= month);
  if (relevant.length === 0) return 0;
  if (raw.periodMode === 'amount') return clean(relevant.reduce((s, p) => s + p.value, 0));
  const latest = relevant.reduce((a, b) => (b.endMonth >= a.endMonth ? b : a));
  return latest.value;
}

/**
 * Evaluates one raw indicator.
 * @example evaluateIndicator(raw /* 6000 人 target, 1386 done *\/, { asOf: '2026-03-20', settings }).status === 'on_schedule'
 */
export function evaluateIndicator(raw: RawIndicator, ctx: EvaluationContext): { indicator: EvaluatedIndicator; findings: Finding[] } {
  const findings: Finding[] = [];
  return { indicator: evaluateInto(raw, ctx, findings), findings };
}

/** The nodes of the first schedule whose match the name contains, or null (no closure per indicator). */
function scheduleFor(name: string, schedules: Settings['nodeSchedules']): string | null {
  for (let k = 0; k < schedules.length; k++) {
    const n = schedules[k] as Settings['nodeSchedules'][number];
    if (name.includes(n.match)) return n.nodes ?? null;
  }
  return null;
}

/** A per-indicator finding: named after the indicator, at `cell` of its sheet. */
function addFinding(findings: Finding[], raw: RawIndicator, cell: string | null | undefined, code: Finding['code'], message: string, severity: Finding['severity'] = 'warning'): void {
  findings.push(finding(raw.file, raw.sheet, cell ?? null, code, `「${raw.name}」${message}`, severity));
}

/** Target and done of one indicator in base units, and whether their units convert. */
interface BaseQuantities {
  /** The target's unit as written (in its cell or its column's header). */
  targetUnitWritten: string | null;
  target: number | null;
  unit: string | null;
  /** Done as read (or summed from period columns), before conversion. */
  doneQ: Quantity | null;
  done: number | null;
  unitsOk: boolean;
}

/** Converts target and done to base units (万/亿 multiplied out), telling units that cannot be converted. */
function baseQuantities(raw: RawIndicator, asOf: string, findings: Finding[]): BaseQuantities {
  const targetUnitWritten = raw.target?.unit ?? raw.targetUnit ?? null;
  const tInfo = targetUnitWritten ? sharedUnit(targetUnitWritten) : null;
  const target = raw.target ? clean(raw.target.value * (tInfo?.factor ?? 1)) : null;
  let unit = tInfo?.base ?? null;

  let doneQ: Quantity | null = raw.done;
  if (!doneQ && raw.periods.length > 0) {
    const v = doneFromPeriods(raw, asOf);
    if (v !== null) doneQ = { value: v, unit: null, decimals: 0, bound: null };
  }
  // A rate target (90%) with the done value written as a fraction (0.92) means 92 %.
  if (doneQ && !doneQ.unit && tInfo?.base === '%' && raw.target && raw.target.value > 1.5 && Math.abs(doneQ.value) <= 1.5) {
    doneQ = { ...doneQ, value: clean(doneQ.value * 100), unit: '%' };
  }
  const doneUnitWritten = doneQ?.unit ?? raw.doneUnit ?? targetUnitWritten;
  const dInfo = doneUnitWritten ? sharedUnit(doneUnitWritten) : null;
  let done: number | null = null;
  let unitsOk = true;
  if (doneQ) {
    if (tInfo && dInfo) {
      const f = conversionFactor(dInfo, tInfo);
      if (f === null) {
        unitsOk = false;
        done = clean(doneQ.value * dInfo.factor);
        addFinding(findings, raw, raw.cells.done, 'unit_mismatch', `的累计完成单位「${dInfo.written}」与全年目标单位「${tInfo.written}」无法换算，未计算完成率。`, 'error');
      } else done = clean(doneQ.value * f);
    } else {
      done = clean(doneQ.value * (dInfo?.factor ?? 1));
      if (!unit && dInfo) unit = dInfo.base;
    }
  }
  return { targetUnitWritten, target, unit, doneQ, done, unitsOk };
}

/** The completion (%, two decimals), with the checks on it: zero targets, negatives, > 300 %, reported vs recomputed. */
function completionOf(raw: RawIndicator, kind: IndicatorKind, q: BaseQuantities, findings: Finding[]): number | null {
  const { target, done, doneQ } = q;
  const cells = raw.cells;
  const reported = raw.reportedCompletion;
  let exact: number | null = null;
  if ((kind === 'count' || kind === 'level') && target !== null && done !== null && q.unitsOk) {
    if (target === 0) addFinding(findings, raw, cells.target, 'target_zero', '的全年目标为 0，无法计算完成率，请核对。', 'error');
    else exact = (done * 100) / target;
  }
  let completion = exact !== null ? roundTo(exact, 2) : null;
  if (kind === 'progress' && reported) completion = reported.value;

  if ((target ?? 0) < 0 || (done ?? 0) < 0) addFinding(findings, raw, target !== null && target < 0 ? cells.target : cells.done, 'negative_value', '出现负数，请核对。', 'error');
  if (completion !== null && completion > 300) {
    addFinding(findings, raw, cells.done, 'completion_over_300', `的完成率为 ${completion}%，超过 300%，可能是单位填错（如万元填成元），请核对。`);
  }
  if (exact !== null && reported && roundTo(exact, reported.decimals) !== roundTo(reported.value, reported.decimals)) {
    addFinding(findings, raw, cells.completion ?? cells.progress, 'completion_mismatch',
      `上报完成率 ${reported.value}% 与按数据核算的 ${roundTo(exact, 2)}% 不符（${formatQuantity(doneQ, raw.doneUnit ?? q.targetUnitWritten)} ÷ ${formatQuantity(raw.target, raw.targetUnit)}），专报采用核算值。`);
  }
  return completion;
}

/** The progress expected at the as-of date (%): node schedule, else time progress; 100 for a level; none for the rest. */
function expectedProgressOf(raw: RawIndicator, kind: IndicatorKind, ctx: EvaluationContext, findings: Finding[]): number | null {
  const { settings, asOf } = ctx;
  if (kind === 'level') return 100;
  if (kind !== 'count' && kind !== 'progress') return null;
  const scheduleText = raw.nodesText ?? scheduleFor(raw.name, settings.nodeSchedules);
  const nodes = scheduleText ? parseNodeSchedule(scheduleText) : null;
  if (scheduleText && !nodes) addFinding(findings, raw, raw.cells.nodes, 'node_unreadable', `的节点目标「${scheduleText.slice(0, 30)}」无法识别，已按全年序时进度判断。`);
  return roundTo(nodes ? nodeProgress(nodes, asOf) : (ctx.calendarProgress ?? timeProgress(asOf, settings.mode)), 2);
}

/**
 * As {@link evaluateIndicator}, with the findings appended to `findings` (a report evaluates every
 * indicator into one list, without a list and a record per indicator).
 * @example const findings: Finding[] = []; evaluateInto(raw, { asOf: '2026-03-20', settings }, findings).status === 'on_schedule'
 */
export function evaluateInto(raw: RawIndicator, ctx: EvaluationContext, findings: Finding[]): EvaluatedIndicator {
  const { settings } = ctx;
  const q = baseQuantities(raw, ctx.asOf, findings);
  const { target, done, unit, doneQ, targetUnitWritten } = q;
  const reported = raw.reportedCompletion;
  const kind = indicatorKind({
    name: raw.name,
    hasTarget: target !== null,
    hasDone: done !== null,
    hasReportedCompletion: reported !== null,
    unit,
    ceiling: raw.target?.bound === 'max' || isCeilingText(raw.targetText),
    direction: raw.direction,
    reverseKeywords: settings.reverseKeywords,
  });
  const completion = completionOf(raw, kind, q, findings);
  const expected = expectedProgressOf(raw, kind, ctx, findings);
  const status = indicatorStatus({
    kind, target, done, completion, expectedProgress: expected,
    progressText: raw.progressText, targetText: raw.targetText, statusText: raw.statusText,
    tolerance: settings.tolerance,
  });
  if (raw.deptExpected || raw.deptJudgement) judgementFindings(raw, status, expected, STATUS_LABELS[status], findings);
  return {
    raw, kind, unit, target, done, completion,
    reportedCompletion: reported ? reported.value : null,
    expectedProgress: expected,
    status,
    statusLabel: STATUS_LABELS[status],
    lag: lagGrade(status, completion, expected, settings.redGap),
    targetText: formatQuantity(raw.target, raw.targetUnit),
    doneText: formatQuantity(doneQ, raw.doneUnit ?? (raw.done?.unit ? null : targetUnitWritten)),
  };
}
