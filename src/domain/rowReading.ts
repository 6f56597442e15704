/**
 * Reading one indicator row against a layout plan: name, target, done, reported completion,
 * progress text, units, period values, and the cell each came from. Cells it cannot read become
 * findings; figures written only in prose are taken from it.
 */
import { PLACEHOLDER, addressOf, readNumber, textOf } from './cellReading';
import { looksLikeDept } from './deptName';
import { FindingList, finding } from './findings';
import { extractBareDone, extractDone, extractReportedCompletion, extractTarget, isTargetAndProgress, ReportedPercent, splitNameAndTarget, tidyName } from './freeText';
import { GridView, cellAddress } from './grid';
import { FieldRole } from './headerRecognition';
import { LayoutPlan, fractionColumn } from './layoutPlan';
import { memoise } from './memo';
import { Quantity, parseCell } from './quantity';
import { PeriodValue, RawIndicator } from './rawIndicator';
import { headingNumber, splitSectionPrefix } from './sectionNames';
import { halfWidth } from './text';
import { sharedUnit } from './units';

export type { PeriodValue, RawIndicator } from './rawIndicator';

/**
 * The numbering of a heading or name taken off ("1.推动实现…" → "推动实现…"); the text itself when
 * nothing would be left.
 * @example stripNumbering('（1）产前筛查') === '产前筛查'
 */
export function stripNumbering(text: string): string {
  const h = headingNumber(text);
  return h && h.rest ? h.rest : text;
}

/** The unit column names a department on some sheets; unit texts recur on every row. */
const unitLooksLikeDept = memoise(looksLikeDept, 10_000);

/** The name of a row and its target, from the name and target columns (a target text may hold both). */
interface NameAndTarget {
  name: string;
  target: Quantity | null;
  /** Target cell text that was not a number ("待下达"). */
  targetText: string | null;
  /** The target cell's text, when it held text. */
  targetCellText: string | null;
  /** The target cell's text when it is a sentence of target and progress together (it joins the progress). */
  sentence: string | null;
}

function readNameAndTarget(view: GridView, plan: LayoutPlan, r: number, findings: FindingList, cells: RawIndicator['cells']): NameAndTarget {
  const { cols } = plan;
  const nameText = textOf(view, cols.name, r);
  let name = nameText ? stripNumbering(tidyName(nameText)) : '';
  if (nameText) cells.name = addressOf(view, cols.name, r);

  // Target (a number, a quantity with unit, or text holding name + target)
  const t = readNumber(view, cols.target, r, findings, cells, 'target', '全年目标');
  let target = typeof t === 'string' ? null : t;
  let targetText: string | null = null;
  const tText = typeof t === 'string' ? t : null;
  let sentence: string | null = null;
  if (tText && isTargetAndProgress(tText)) {
    // "年度目标500户，截至目前已完成120户，完成率24%": the target from the sentence, the rest is progress.
    target = extractTarget(tText);
    sentence = tText;
  } else if (tText) {
    const split = splitNameAndTarget(tText);
    if (split.quantity) {
      target = split.quantity;
      if (!name) name = split.name;
    } else if (!name && tText.length > 4 && !/^(待|暂|未|无)/.test(tText)) {
      name = split.name;
    } else {
      targetText = tText;
    }
  }
  const projectText = textOf(view, cols.project, r);
  if (!name && projectText) {
    name = stripNumbering(splitSectionPrefix(projectText)?.rest ?? projectText);
    cells.name = addressOf(view, cols.project, r);
  }
  return { name, target, targetText, targetCellText: tText, sentence };
}

/**
 * A per cent column's value as a reported percentage (a column of fractions, 0.529, read as 52.9),
 * or its text. `role` is completion or expected.
 */
function readPercent(view: GridView, plan: LayoutPlan, r: number, findings: FindingList, cells: RawIndicator['cells'], role: 'completion' | 'expected', label: string): ReportedPercent | string | null {
  const cc = plan.cols[role];
  const comp = readNumber(view, cc, r, findings, cells, role, label);
  if (comp === null || typeof comp === 'string' || !cc) return comp;
  let value = comp.value;
  let decimals = comp.decimals;
  if (comp.unit !== '%' && !cc.percent && Math.abs(value) <= 1.5 && fractionColumn(view, plan, cc.col)) {
    value = Number((value * 100).toPrecision(12));
    decimals = Math.max(0, decimals - 2);
  }
  return { value, decimals };
}

/** The reported completion from the completion column, or from its text (else the text joins the progress). */
function readCompletion(view: GridView, plan: LayoutPlan, r: number, findings: FindingList, cells: RawIndicator['cells'], progressParts: string[]): ReportedPercent | null {
  const comp = readPercent(view, plan, r, findings, cells, 'completion', '完成率');
  if (typeof comp !== 'string') return comp;
  const reported = extractReportedCompletion(comp);
  if (!reported) progressParts.push(comp);
  return reported;
}

/** The department's own 序时进度 and judgement of the row (是否达到序时进度, 完成情况评价). */
function readDeptJudgement(view: GridView, plan: LayoutPlan, r: number, findings: FindingList, cells: RawIndicator['cells']): { deptExpected: ReportedPercent | null; deptJudgement: string | null } {
  if (!plan.cols.expected && !plan.cols.judgement) return NO_JUDGEMENT;
  const e = readPercent(view, plan, r, findings, cells, 'expected', '序时进度');
  const judgement = textOf(view, plan.cols.judgement, r);
  if (judgement) cells.judgement = addressOf(view, plan.cols.judgement, r);
  return { deptExpected: typeof e === 'string' ? extractPercent(e) : e, deptJudgement: judgement || null };
}

/** A percentage written in a text ("约25%"), or null. */
function extractPercent(text: string): ReportedPercent | null {
  const m = /(\d+(?:\.\d+)?)\s*[%％]/.exec(halfWidth(text));
  if (!m?.[1]) return null;
  const dot = m[1].indexOf('.');
  return { value: Number(m[1]), decimals: dot < 0 ? 0 : m[1].length - dot - 1 };
}

/** The row's values in the plan's month and quarter columns; cells that hold no number become findings. */
function readPeriods(view: GridView, plan: LayoutPlan, r: number, findings: FindingList): PeriodValue[] {
  const { file, sheet } = view.grid;
  const periods: PeriodValue[] = [];
  for (const pc of plan.periods) {
    const at = view.at(r, pc.col);
    const addr = cellAddress(at.row, at.col);
    const p = parseCell(at.cell);
    if (p.kind === 'quantity' && pc.period) periods.push({ startMonth: pc.period.startMonth, endMonth: pc.period.endMonth, value: p.quantity.value, cell: addr });
    else if (p.kind === 'error') findings.once(finding(file, sheet, addr, 'cell_error', `月度数据单元格 ${addr} 为错误值 ${p.error}，已按空值处理。`));
    else if (p.kind === 'text' && !PLACEHOLDER.test(halfWidth(p.text))) findings.push(finding(file, sheet, addr, 'unreadable_value', `月度数据单元格 ${addr} 的内容「${p.text.slice(0, 30)}」无法识别为数值，已忽略。`));
  }
  return periods;
}

/** The units of a row: unit columns, else the unit written in the header; a unit column naming a department gives the department. */
function readUnits(view: GridView, plan: LayoutPlan, r: number, cells: RawIndicator['cells']): { targetUnit: string | null; doneUnit: string | null; deptFromUnitCol: string | null } {
  const { cols } = plan;
  let unitText = textOf(view, cols.unit, r);
  let deptFromUnitCol: string | null = null;
  if (unitText && unitLooksLikeDept(unitText)) { deptFromUnitCol = unitText; unitText = ''; }
  const targetUnitText = textOf(view, cols.targetUnit, r);
  const doneUnitText = textOf(view, cols.doneUnit, r);
  if (targetUnitText) cells.targetUnit = addressOf(view, cols.targetUnit, r);
  if (unitText) cells.unit = addressOf(view, cols.unit, r);
  return {
    targetUnit: targetUnitText || unitText || cols.target?.unit || null,
    doneUnit: doneUnitText || unitText || cols.done?.unit || null,
    deptFromUnitCol,
  };
}

/** The row's progress text: what the done and completion columns held as text, the progress and note columns, each once. */
function readProgressText(view: GridView, plan: LayoutPlan, r: number, cells: RawIndicator['cells'], parts: string[]): string {
  const { cols } = plan;
  const prog = textOf(view, cols.progress, r);
  if (prog) { parts.push(prog); cells.progress = addressOf(view, cols.progress, r); }
  const note = textOf(view, cols.note, r);
  if (note) { parts.push(note); cells.note = addressOf(view, cols.note, r); }
  return parts.length <= 1 ? (parts[0] ?? '') : parts.filter((p, k) => parts.indexOf(p) === k).join('；');
}

/** Done written in prose: after a verb (已完成…), else without one when its unit is the target's. */
function doneInProse(text: string, wanted: string | null): Quantity | null {
  return extractDone(text, (u) => unitCompatible(u, wanted)) ?? extractBareDone(text, wanted);
}

/** A row without the department's own judgement columns (shared: nothing to read). */
const NO_JUDGEMENT = { deptExpected: null, deptJudgement: null } as const;

/**
 * Reads row r as an indicator against the plan, or null when it names none (a row with data but no
 * name is a finding). Section, project and period mode are left for the sheet to fill.
 * @example readIndicatorRow(view, planLayout(layout), 5, findings)?.target → { value: 6000, unit: null, … }
 */
export function readIndicatorRow(view: GridView, plan: LayoutPlan, r: number, findings: FindingList): RawIndicator | null {
  const { file, sheet } = view.grid;
  const { cols } = plan;
  const cells: Partial<Record<FieldRole, string>> = {};
  const progressParts: string[] = [];
  const read = readNameAndTarget(view, plan, r, findings, cells);
  const { name, targetText, targetCellText } = read;
  let target = read.target;
  if (read.sentence) progressParts.push(read.sentence);

  // Done: a number, a quantity, or text (then prose).
  const d = readNumber(view, cols.done, r, findings, cells, 'done', '累计完成');
  let done = typeof d === 'string' ? null : d;
  let doneFromText = false;
  if (typeof d === 'string') progressParts.push(d);

  let reported = readCompletion(view, plan, r, findings, cells, progressParts);

  const progressText = readProgressText(view, plan, r, cells, progressParts);
  const { targetUnit, doneUnit, deptFromUnitCol } = readUnits(view, plan, r, cells);
  const periods = readPeriods(view, plan, r, findings);

  // Prose fallbacks: a sentence giving target and progress together, done with or without a verb.
  if (progressText) {
    if (!target && !targetText && cols.progress?.combined) {
      target = extractTarget(progressText);
      if (target) cells.target = cells.progress ?? cells.target;
    }
    reported ??= extractReportedCompletion(progressText);
    if (!done && periods.length === 0) {
      done = doneInProse(progressText, target?.unit ?? targetUnit);
      if (done && !(target || reported)) done = null;
      doneFromText = done !== null;
    }
  }

  if (targetCellText && targetText && target === null && !/^(待|暂|未|无|尚未)/.test(halfWidth(targetText))) {
    findings.push(finding(file, sheet, cells.target ?? null, 'unreadable_value', `全年目标「${targetText.slice(0, 30)}」无法识别为数值，已按无目标处理。`, 'info'));
  }
  const anyData = target || done || reported || progressText || targetText || periods.length;
  if (!name) {
    if (anyData) {
      findings.push(finding(file, sheet, cellAddress(r, plan.span.left), 'row_no_name', `第 ${r} 行有数据但没有指标名称，未计入。请补充指标名称。`, 'error'));
    }
    return null;
  }
  const deptText = textOf(view, cols.dept, r);
  if (deptText) cells.dept = addressOf(view, cols.dept, r);
  const { deptExpected, deptJudgement } = readDeptJudgement(view, plan, r, findings, cells);
  return {
    file, sheet, row: r,
    section: null, project: null,
    name,
    dept: deptText ? deptText : deptFromUnitCol,
    target, targetText, targetUnit,
    done, doneUnit, doneFromText,
    periods, periodMode: null,
    reportedCompletion: reported,
    progressText,
    direction: textOf(view, cols.direction, r) || null,
    statusText: textOf(view, cols.status, r) || null,
    nodesText: textOf(view, cols.nodes, r) || null,
    deptExpected, deptJudgement,
    cells,
    span: plan.span,
  };
}

/**
 * Whether a unit found in prose can stand for the target's: the same unit (万/亿 aside), 人 and 名,
 * or units of one dimension (米 and 公里, 元 and 万元); any unit when either is unknown.
 * @example unitCompatible('公里', '米') === true; unitCompatible('人', '万元') === false
 */
export function unitCompatible(found: string | null, wanted: string | null): boolean {
  if (!wanted || !found) return true;
  const strip = (u: string): string => halfWidth(u).replace(/^(万|亿|百万|千万)/, '');
  if (strip(found) === strip(wanted) || (['人', '名'].includes(strip(found)) && ['人', '名'].includes(strip(wanted)))) return true;
  const a = sharedUnit(found);
  const b = sharedUnit(wanted);
  return a !== null && b !== null && a.dimension === b.dimension;
}
