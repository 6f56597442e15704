/**
 * An indicator row as read from a sheet, before units, kinds and statuses: every value with the
 * cell it came from.
 */
import { ReportedPercent } from './freeText';
import { FieldRole } from './headerRecognition';
import { Quantity } from './quantity';

/** One period value (a 1月 … 12月 or 一季度 … column) of a row. */
export interface PeriodValue {
  startMonth: number;
  endMonth: number;
  value: number;
  cell: string;
}

/** An indicator row as read, before units, kinds and statuses. */
export interface RawIndicator {
  file: string;
  sheet: string;
  row: number;
  section: string | null;
  project: string | null;
  name: string;
  dept: string | null;
  target: Quantity | null;
  /** Target cell text that was not a number ("待下达"), kept for status rules. */
  targetText: string | null;
  /** Unit from a unit column or header, applying to the target. */
  targetUnit: string | null;
  done: Quantity | null;
  doneUnit: string | null;
  /** True when done was taken from prose rather than a done column. */
  doneFromText: boolean;
  periods: PeriodValue[];
  /** How period values add up: running totals or per-period amounts (null: no periods). */
  periodMode: 'running' | 'amount' | null;
  reportedCompletion: ReportedPercent | null;
  progressText: string;
  direction: string | null;
  statusText: string | null;
  nodesText: string | null;
  /** The department's own 序时进度 (percent), checked against Zhuanbao's. */
  deptExpected?: ReportedPercent | null;
  /** The department's own judgement (是否达到序时进度, 完成情况评价), checked against Zhuanbao's status. */
  deptJudgement?: string | null;
  /** Address of the cell each field came from. */
  cells: Partial<Record<FieldRole, string>>;
  /** Leftmost and rightmost columns read for this row (for highlighting). */
  span: { left: number; right: number };
}
