"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HistorySchema = exports.RemovedIndicatorSchema = exports.SectionChangeSchema = exports.IndicatorChangeSchema = void 0;
/**
 * The change since the last issue, as a zod schema: it rides in the build result (the CLI's
 * `--json` and the history snapshots) as the optional `history` field. Computed by historyDiff.ts.
 */
const zod_1 = require("zod");
const statusCodes_1 = require("./statusCodes");
const Status = zod_1.z.enum(statusCodes_1.STATUS_CODES);
/** One current indicator against its match in the previous issue (if any). */
exports.IndicatorChangeSchema = zod_1.z.object({
    /** Id of the indicator in the current result. */
    indicatorId: zod_1.z.number().int(),
    /** Id of the matching indicator in the previous snapshot, or null when it is new. */
    previousId: zod_1.z.number().int().nullable(),
    section: zod_1.z.string(),
    name: zod_1.z.string(),
    dept: zod_1.z.string().nullable(),
    previousCompletion: zod_1.z.number().nullable(),
    completion: zod_1.z.number().nullable(),
    /** Percentage points, two decimals; null when either completion is missing. */
    delta: zod_1.z.number().nullable(),
    trend: zod_1.z.enum(['up', 'down', 'flat']).nullable(),
    previousStatus: Status.nullable(),
    status: Status,
    /** Behind now, and matched to an indicator that was not behind last issue. */
    newlyBehind: zod_1.z.boolean(),
    /** Completed or on schedule now, and behind last issue. */
    recovered: zod_1.z.boolean(),
    /** "较上期提高 3.2 个百分点" / "较上期下降 …" / "与上期持平", or null. */
    text: zod_1.z.string().nullable(),
});
const Counts = zod_1.z.record(Status, zod_1.z.number().int());
/** A section's counts against last issue's. */
exports.SectionChangeSchema = zod_1.z.object({
    section: zod_1.z.string(),
    title: zod_1.z.string(),
    /** Null when the section is new this issue. */
    previous: zod_1.z.object({ projects: zod_1.z.number().int(), indicators: zod_1.z.number().int(), counts: Counts }).nullable(),
    indicatorsDelta: zod_1.z.number().int(),
    countsDelta: Counts,
    /** "与上期相比，达到序时进度的指标增加 2 个（……），未达到序时进度的指标减少 1 个。" */
    text: zod_1.z.string(),
});
exports.RemovedIndicatorSchema = zod_1.z.object({
    previousId: zod_1.z.number().int(),
    section: zod_1.z.string(),
    name: zod_1.z.string(),
    dept: zod_1.z.string().nullable(),
    status: Status,
});
exports.HistorySchema = zod_1.z.object({
    /** File name of the previous snapshot, when it came from one. */
    previousFile: zod_1.z.string().nullable(),
    previousAsOf: zod_1.z.string(),
    previousIssue: zod_1.z.number().int().nullable(),
    currentAsOf: zod_1.z.string(),
    indicators: zod_1.z.array(exports.IndicatorChangeSchema),
    /** Current ids. */
    newlyBehind: zod_1.z.array(zod_1.z.number().int()),
    recovered: zod_1.z.array(zod_1.z.number().int()),
    /** Current ids of indicators without a match last issue. */
    added: zod_1.z.array(zod_1.z.number().int()),
    removed: zod_1.z.array(exports.RemovedIndicatorSchema),
    sections: zod_1.z.array(exports.SectionChangeSchema),
    /** Cautions about the comparison (e.g. the previous data are not older than these). */
    notes: zod_1.z.array(zod_1.z.string()),
});
