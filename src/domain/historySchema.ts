/**
 * The change since the last issue, as a zod schema: it rides in the build result (the CLI's
 * `--json` and the history snapshots) as the optional `history` field. Computed by historyDiff.ts.
 */
import { z } from 'zod';
import { STATUS_CODES } from './statusCodes';

const Status = z.enum(STATUS_CODES);

/** One current indicator against its match in the previous issue (if any). */
export const IndicatorChangeSchema = z.object({
  /** Id of the indicator in the current result. */
  indicatorId: z.number().int(),
  /** Id of the matching indicator in the previous snapshot, or null when it is new. */
  previousId: z.number().int().nullable(),
  section: z.string(),
  name: z.string(),
  dept: z.string().nullable(),
  previousCompletion: z.number().nullable(),
  completion: z.number().nullable(),
  /** Percentage points, two decimals; null when either completion is missing. */
  delta: z.number().nullable(),
  trend: z.enum(['up', 'down', 'flat']).nullable(),
  previousStatus: Status.nullable(),
  status: Status,
  /** Behind now, and matched to an indicator that was not behind last issue. */
  newlyBehind: z.boolean(),
  /** Completed or on schedule now, and behind last issue. */
  recovered: z.boolean(),
  /** "较上期提高 3.2 个百分点" / "较上期下降 …" / "与上期持平", or null. */
  text: z.string().nullable(),
});
export type IndicatorChange = z.infer<typeof IndicatorChangeSchema>;

const Counts = z.record(Status, z.number().int());

/** A section's counts against last issue's. */
export const SectionChangeSchema = z.object({
  section: z.string(),
  title: z.string(),
  /** Null when the section is new this issue. */
  previous: z.object({ projects: z.number().int(), indicators: z.number().int(), counts: Counts }).nullable(),
  indicatorsDelta: z.number().int(),
  countsDelta: Counts,
  /** "与上期相比，达到序时进度的指标增加 2 个（……），未达到序时进度的指标减少 1 个。" */
  text: z.string(),
});
export type SectionChange = z.infer<typeof SectionChangeSchema>;

export const RemovedIndicatorSchema = z.object({
  previousId: z.number().int(),
  section: z.string(),
  name: z.string(),
  dept: z.string().nullable(),
  status: Status,
});

export const HistorySchema = z.object({
  /** File name of the previous snapshot, when it came from one. */
  previousFile: z.string().nullable(),
  previousAsOf: z.string(),
  previousIssue: z.number().int().nullable(),
  currentAsOf: z.string(),
  indicators: z.array(IndicatorChangeSchema),
  /** Current ids. */
  newlyBehind: z.array(z.number().int()),
  recovered: z.array(z.number().int()),
  /** Current ids of indicators without a match last issue. */
  added: z.array(z.number().int()),
  removed: z.array(RemovedIndicatorSchema),
  sections: z.array(SectionChangeSchema),
  /** Cautions about the comparison (e.g. the previous data are not older than these). */
  notes: z.array(z.string()),
});
export type HistoryDiff = z.infer<typeof HistorySchema>;
