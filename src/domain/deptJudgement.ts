/**
 * The department's own judgement of an indicator (序时进度, 是否达到序时进度, 完成情况评价), checked
 * against Zhuanbao's like a reported completion: a disagreement is a finding, Zhuanbao's status stands.
 */
import { Finding, finding } from './findings';
import { RawIndicator } from './rawIndicator';
import { StatusCode } from './statusCodes';
import { halfWidth, roundTo } from './text';

/** What a department's judgement text says. */
export type DeptJudgement = 'completed' | 'reached' | 'behind';

/**
 * Reads a judgement text: 已完成 / 超额完成 → completed; 未达到 / 滞后 / 否 → behind; 达到 / 正常 /
 * 是 / 超序时 → reached; anything else null.
 * @example judgementOf('未达到序时进度') === 'behind'; judgementOf('达到') === 'reached'; judgementOf('见说明') === null
 */
export function judgementOf(text: string | null | undefined): DeptJudgement | null {
  if (!text) return null;
  const s = halfWidth(text).replace(/\s+/g, '');
  if (/(未达|未到|没有达到|未完成|滞后|落后|^否|不达|低于)/.test(s)) return 'behind';
  if (/(已完成|完成全年|全面完成|超额完成|^完成$)/.test(s)) return 'completed';
  if (/(达到|已达|达序时|正常|^是|超序时|符合|快于|超过序时|^良好|^优)/.test(s)) return 'reached';
  return null;
}

const SAYS: Record<DeptJudgement, string> = { completed: '已完成', reached: '达到序时进度', behind: '未达到序时进度' };
const OURS: Partial<Record<StatusCode, DeptJudgement>> = { completed: 'completed', on_schedule: 'reached', behind: 'behind' };

/** Whether the department's judgement agrees with Zhuanbao's status (completed also reaches). */
function agrees(theirs: DeptJudgement, ours: DeptJudgement): boolean {
  return theirs === ours || (theirs === 'reached' && ours === 'completed');
}

/**
 * Findings where the department's own 序时进度 or judgement disagrees with Zhuanbao's: its 序时进度
 * against the expected progress (equal when rounded to the department's decimals), its judgement
 * against the status (only where Zhuanbao's status is a judgement: completed, on schedule, behind).
 * @example judgementFindings(raw /* 是否达到序时进度: 是 *\/, 'behind', 21.64, findings) // one judgement_mismatch
 */
export function judgementFindings(raw: RawIndicator, status: StatusCode, expected: number | null, statusLabel: string, findings: Finding[]): void {
  const place = (cell: string | undefined): string | null => cell ?? raw.cells.name ?? null;
  const e = raw.deptExpected;
  if (e && expected !== null && roundTo(expected, e.decimals) !== roundTo(e.value, e.decimals)) {
    findings.push(finding(raw.file, raw.sheet, place(raw.cells.expected), 'judgement_mismatch',
      `「${raw.name}」单位填报的序时进度 ${e.value}% 与按数据截至日期核算的 ${roundTo(expected, 2)}% 不符，专报采用核算值。`));
  }
  const theirs = judgementOf(raw.deptJudgement);
  const ours = OURS[status];
  if (theirs && ours && !agrees(theirs, ours)) {
    findings.push(finding(raw.file, raw.sheet, place(raw.cells.judgement), 'judgement_mismatch',
      `「${raw.name}」单位自评为「${(raw.deptJudgement ?? '').slice(0, 20)}」（${SAYS[theirs]}），按数据核算为「${statusLabel}」，专报采用核算结果。`));
  }
}
