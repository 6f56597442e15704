/**
 * The machine-readable result of a build (the CLI's `--json`), as a zod schema; the TypeScript
 * types of indicators, summaries and findings are derived from it.
 */
import { z } from 'zod';
import { FINDING_CODES } from './findings';
import { DeptRankSchema, ReportingSchema, SupervisionSchema } from './chasingSchema';
import { HistorySchema } from './historySchema';
import { INDICATOR_KINDS, STATUS_CODES } from './statusCodes';

export const SourceSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  row: z.number().int(),
  /** Address of the cell each field came from (name, target, done, completion, progress …). */
  cells: z.record(z.string(), z.string()),
  /** First and last column of the row that was read (1-based), for highlighting. */
  span: z.object({ left: z.number().int(), right: z.number().int() }),
});

export const IndicatorSchema = z.object({
  id: z.number().int(),
  section: z.string(),
  sectionTitle: z.string(),
  project: z.string(),
  name: z.string(),
  dept: z.string().nullable(),
  kind: z.enum(INDICATOR_KINDS),
  /** Base unit (万 and 亿 multiplied out): 元, 人次, 亩 … */
  unit: z.string().nullable(),
  target: z.number().nullable(),
  done: z.number().nullable(),
  /** Percent, two decimals. */
  completion: z.number().nullable(),
  reportedCompletion: z.number().nullable(),
  /** Percent, two decimals: time progress, a node schedule's value, or 100 for a level. */
  expectedProgress: z.number().nullable(),
  status: z.enum(STATUS_CODES),
  statusLabel: z.string(),
  lag: z.enum(['yellow', 'red']).nullable(),
  /** Target and done as the department wrote them ("17.14 万人次"), for the bulletin's prose. */
  targetText: z.string().nullable(),
  doneText: z.string().nullable(),
  progressText: z.string(),
  source: SourceSchema,
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const SummarySchema = z.object({
  section: z.string(),
  title: z.string(),
  projects: z.number().int(),
  indicators: z.number().int(),
  counts: z.record(z.enum(STATUS_CODES), z.number().int()),
});
export type SectionSummary = z.infer<typeof SummarySchema>;

export const FindingSchema = z.object({
  file: z.string(),
  sheet: z.string().nullable(),
  cell: z.string().nullable(),
  code: z.enum(Object.keys(FINDING_CODES) as [keyof typeof FINDING_CODES, ...(keyof typeof FINDING_CODES)[]]),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
});

export const SkippedSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  row: z.number().int().nullable(),
  reason: z.string(),
  text: z.string(),
});

export const ResultSchema = z.object({
  asOf: z.string(),
  mode: z.enum(['day', 'month']),
  /** Time progress in percent (two decimals) at asOf under mode. */
  timeProgress: z.number(),
  summary: z.array(SummarySchema),
  indicators: z.array(IndicatorSchema),
  findings: z.array(FindingSchema),
  skipped: z.array(SkippedSchema),
  files: z.array(z.object({ file: z.string(), sheets: z.number().int(), indicators: z.number().int(), error: z.string().nullable() })),
  /** Change since the previous issue (`--history`); absent when there is no previous snapshot. */
  history: HistorySchema.optional(),
  /** 报送情况: who reported, against the last issue's departments and the settings' list. */
  reporting: ReportingSchema.optional(),
  /** 督办清单: per department, its lagging indicators. */
  supervision: z.array(SupervisionSchema).optional(),
  /** 排名: departments by share of indicators on schedule (written to the bulletin only when the setting is on). */
  ranking: z.array(DeptRankSchema).optional(),
});
export type BuildResult = z.infer<typeof ResultSchema>;
