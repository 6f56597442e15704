"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.previousSnapshot = previousSnapshot;
exports.computeOutcome = computeOutcome;
exports.writeOutcome = writeOutcome;
exports.runBuild = runBuild;
/**
 * One build, host-agnostic: read the tracking sheets from a source, build the report, compare it
 * with the previous issue's snapshot (when a history store is given), lay out the bulletin and the
 * ledger, write them to a sink, and store this issue's snapshot. The CLI and the add-in both call
 * this.
 */
const bulletinSheet_1 = require("../domain/bulletinSheet");
const bulletinModel_1 = require("../domain/bulletinModel");
const historyDiff_1 = require("../domain/historyDiff");
const ledgerSheet_1 = require("../domain/ledgerSheet");
const report_1 = require("../domain/report");
/**
 * The latest snapshot of an issue before `issue` (so rebuilding an issue compares with the one
 * before it, not with itself): highest issue, then latest as-of date.
 * @example previousSnapshot([{ issue: 1, … }, { issue: 3, … }], 3)?.issue === 1
 */
function previousSnapshot(snapshots, issue) {
    let best = null;
    for (const s of snapshots) {
        if (s.issue >= issue)
            continue;
        if (!best || s.issue > best.issue || (s.issue === best.issue && s.asOf >= best.asOf))
            best = s;
    }
    return best;
}
/**
 * The pure part of a build, on sheets already read: the report, the change since the previous issue,
 * the bulletin model and (with `layout`) the bulletin and ledger sheets. No I/O: the task pane runs
 * it in a Web Worker, with the reading and the snapshots done where the workbook is.
 * @example computeOutcome({ reading: { grids, failures: [] }, settings, listed: null, layout: false }).result.indicators
 */
function computeOutcome(req) {
    const { result } = (0, report_1.buildReport)({ grids: req.reading.grids, failures: req.reading.failures, settings: req.settings, fallbackAsOf: req.today });
    return outcomeOfResult(result, req.settings, req.listed, req.layout);
}
/** After the report: history, bulletin model and the sheets laid out (the grids are no longer needed). */
function outcomeOfResult(report, settings, listed, layout) {
    let result = report;
    let bulletin = (0, bulletinModel_1.buildBulletinModel)(result, settings);
    let history = null;
    if (listed) {
        const previous = previousSnapshot(listed.snapshots, settings.issue);
        const diff = previous ? (0, historyDiff_1.diffResults)(previous.result, result, { file: previous.origin, issue: previous.issue }) : null;
        result = { ...result, findings: [...result.findings, ...listed.findings], ...(diff ? { history: diff } : {}) };
        bulletin = (0, historyDiff_1.withHistory)(bulletin, diff, listed.findings);
        history = { previous, diff, findings: listed.findings };
    }
    const sheets = layout ? [(0, bulletinSheet_1.buildBulletinSheet)(bulletin, settings), (0, ledgerSheet_1.buildLedgerSheet)(result, settings)] : [];
    return { result, bulletin, sheets, history };
}
/**
 * Reads the sources and builds the report. The grids are not returned, so they can be collected
 * before the bulletin is laid out and written (a quarter of the memory at 100,000 rows).
 */
async function readAndReport(req) {
    // The earlier snapshots are read while the tracking sheets are: in Excel each is a round trip.
    const [reading, listed] = await Promise.all([req.source.readSheets(), req.history ? req.history.list() : null]);
    return { result: (0, report_1.buildReport)({ grids: reading.grids, failures: reading.failures, settings: req.settings, fallbackAsOf: req.today }).result, listed };
}
/**
 * Writes a computed outcome: the sheets to the sink, then this issue's snapshot to the store.
 * @example await writeOutcome(outcome, settings, new ExcelBulletinSink(), new ExcelSnapshotStore())
 */
async function writeOutcome(outcome, settings, sink, history) {
    if (sink)
        await sink.writeSheets(outcome.sheets);
    if (history)
        await history.save(settings.issue, outcome.result);
}
/**
 * Runs a build end to end.
 * @example await runBuild({ source: new XlsxFileSource(['fixtures']), settings, sink: null })
 */
async function runBuild(req) {
    const { result, listed } = await readAndReport(req);
    const outcome = outcomeOfResult(result, req.settings, listed, req.layout ?? req.sink !== null);
    await writeOutcome(outcome, req.settings, req.sink, req.history);
    return outcome;
}
