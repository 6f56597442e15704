"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ResultSchema = exports.SkippedSchema = exports.FindingSchema = exports.SummarySchema = exports.IndicatorSchema = exports.SourceSchema = void 0;
/**
 * The machine-readable result of a build (the CLI's `--json`), as a zod schema; the TypeScript
 * types of indicators, summaries and findings are derived from it.
 */
const zod_1 = require("zod");
const findings_1 = require("./findings");
const historySchema_1 = require("./historySchema");
const statusCodes_1 = require("./statusCodes");
exports.SourceSchema = zod_1.z.object({
    file: zod_1.z.string(),
    sheet: zod_1.z.string(),
    row: zod_1.z.number().int(),
    /** Address of the cell each field came from (name, target, done, completion, progress …). */
    cells: zod_1.z.record(zod_1.z.string(), zod_1.z.string()),
    /** First and last column of the row that was read (1-based), for highlighting. */
    span: zod_1.z.object({ left: zod_1.z.number().int(), right: zod_1.z.number().int() }),
});
exports.IndicatorSchema = zod_1.z.object({
    id: zod_1.z.number().int(),
    section: zod_1.z.string(),
    sectionTitle: zod_1.z.string(),
    project: zod_1.z.string(),
    name: zod_1.z.string(),
    dept: zod_1.z.string().nullable(),
    kind: zod_1.z.enum(statusCodes_1.INDICATOR_KINDS),
    /** Base unit (万 and 亿 multiplied out): 元, 人次, 亩 … */
    unit: zod_1.z.string().nullable(),
    target: zod_1.z.number().nullable(),
    done: zod_1.z.number().nullable(),
    /** Percent, two decimals. */
    completion: zod_1.z.number().nullable(),
    reportedCompletion: zod_1.z.number().nullable(),
    /** Percent, two decimals: time progress, a node schedule's value, or 100 for a level. */
    expectedProgress: zod_1.z.number().nullable(),
    status: zod_1.z.enum(statusCodes_1.STATUS_CODES),
    statusLabel: zod_1.z.string(),
    lag: zod_1.z.enum(['yellow', 'red']).nullable(),
    /** Target and done as the department wrote them ("17.14 万人次"), for the bulletin's prose. */
    targetText: zod_1.z.string().nullable(),
    doneText: zod_1.z.string().nullable(),
    progressText: zod_1.z.string(),
    source: exports.SourceSchema,
});
exports.SummarySchema = zod_1.z.object({
    section: zod_1.z.string(),
    title: zod_1.z.string(),
    projects: zod_1.z.number().int(),
    indicators: zod_1.z.number().int(),
    counts: zod_1.z.record(zod_1.z.enum(statusCodes_1.STATUS_CODES), zod_1.z.number().int()),
});
exports.FindingSchema = zod_1.z.object({
    file: zod_1.z.string(),
    sheet: zod_1.z.string().nullable(),
    cell: zod_1.z.string().nullable(),
    code: zod_1.z.enum(Object.keys(findings_1.FINDING_CODES)),
    severity: zod_1.z.enum(['error', 'warning', 'info']),
    message: zod_1.z.string(),
});
exports.SkippedSchema = zod_1.z.object({
    file: zod_1.z.string(),
    sheet: zod_1.z.string(),
    row: zod_1.z.number().int().nullable(),
    reason: zod_1.z.string(),
    text: zod_1.z.string(),
});
exports.ResultSchema = zod_1.z.object({
    asOf: zod_1.z.string(),
    mode: zod_1.z.enum(['day', 'month']),
    /** Time progress in percent (two decimals) at asOf under mode. */
    timeProgress: zod_1.z.number(),
    summary: zod_1.z.array(exports.SummarySchema),
    indicators: zod_1.z.array(exports.IndicatorSchema),
    findings: zod_1.z.array(exports.FindingSchema),
    skipped: zod_1.z.array(exports.SkippedSchema),
    files: zod_1.z.array(zod_1.z.object({ file: zod_1.z.string(), sheets: zod_1.z.number().int(), indicators: zod_1.z.number().int(), error: zod_1.z.string().nullable() })),
    /** Change since the previous issue (`--history`); absent when there is no previous snapshot. */
    history: historySchema_1.HistorySchema.optional(),
});
