/**
 * Chasing the departments, as zod schemas: 报送情况 (who reported against who was expected), the
 * 督办清单 (each department's lagging indicators) and the 排名. They ride in the build result (the
 * CLI's `--json` and the history snapshots) as optional fields, so snapshots written before them
 * still read; the next issue takes its expected departments from the last snapshot's 报送情况.
 */
import { z } from 'zod';

export const REPORT_STATUS_LABELS = { reported: '已报送', missing: '未报送', partial: '报送不全' } as const;
export type ReportStatus = keyof typeof REPORT_STATUS_LABELS;

export const DeptReportSchema = z.object({
  dept: z.string(),
  status: z.enum(['reported', 'missing', 'partial']),
  /** Indicators read this issue. */
  indicators: z.number().int(),
  /** Issue the department's counts are compared with (its last issue with figures), or null. */
  comparedIssue: z.number().int().nullable(),
  /** Indicators it reported in that issue, or null. */
  previousIndicators: z.number().int().nullable(),
  /** Indicators of that issue not reported this time (报送不全). */
  missing: z.array(z.string()),
  /** Indicators whose done value and progress text equal that issue's, while time moved on. */
  unchanged: z.number().int(),
  /** Every figure equals that issue's: likely last month's file sent again. */
  allUnchanged: z.boolean(),
  /** Expected last issue, and did not report then. */
  missingLastIssue: z.boolean(),
  /** Why it is expected: in the last issue, in the settings, or not expected (new this issue). */
  expectedBy: z.enum(['previous', 'settings', 'both', 'none']),
  /** The names it was written under this issue, when more than one. */
  otherNames: z.array(z.string()),
});
export type DeptReport = z.infer<typeof DeptReportSchema>;

export const ReportingSchema = z.object({
  /** Where the expected departments came from. */
  basis: z.enum(['previous', 'settings', 'none']),
  previousIssue: z.number().int().nullable(),
  previousAsOf: z.string().nullable(),
  /** Among the expected departments, and how many reported without being expected (new this issue). */
  counts: z.object({ expected: z.number().int(), reported: z.number().int(), missing: z.number().int(), partial: z.number().int(), unexpected: z.number().int() }),
  departments: z.array(DeptReportSchema),
  /** Departments all of whose figures are unchanged since their last issue. */
  unchangedDepartments: z.array(z.string()),
  /** Why some of it cannot be judged (no earlier issue), in Chinese; null when all can. */
  note: z.string().nullable(),
});
export type Reporting = z.infer<typeof ReportingSchema>;

export const SupervisionItemSchema = z.object({
  indicatorId: z.number().int(),
  section: z.string(),
  project: z.string(),
  name: z.string(),
  /** Percent, two decimals. */
  completion: z.number().nullable(),
  expectedProgress: z.number().nullable(),
  /** Percentage points below expected progress. */
  gap: z.number().nullable(),
  lag: z.enum(['yellow', 'red']),
  /** The line as the list writes it: "「新增城镇就业」完成率 15%，序时进度 21.64%，低于序时进度 6.64 个百分点（黄）。" */
  text: z.string(),
});
export type SupervisionItem = z.infer<typeof SupervisionItemSchema>;

export const SupervisionSchema = z.object({
  dept: z.string(),
  red: z.number().int(),
  yellow: z.number().int(),
  items: z.array(SupervisionItemSchema),
  /** "人社局共有 3 个指标未达到序时进度（红色 1 个、黄色 2 个）。" */
  summary: z.string(),
  /** The clerk's request (settings.supervisionPhrase with the department), or null when none is set. */
  request: z.string().nullable(),
});
export type Supervision = z.infer<typeof SupervisionSchema>;

export const DeptRankSchema = z.object({
  /** 1-based; departments equal on both counts share a rank. */
  rank: z.number().int(),
  dept: z.string(),
  /** Indicators judged against expected progress (completed, on schedule or behind). */
  judged: z.number().int(),
  onSchedule: z.number().int(),
  /** Percent, two decimals. */
  share: z.number(),
  /** Mean completion, percent, two decimals, each indicator counted at most 100 %; null when none has one. */
  meanCompletion: z.number().nullable(),
});
export type DeptRank = z.infer<typeof DeptRankSchema>;
