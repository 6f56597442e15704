"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.todayIso = todayIso;
exports.buildInWorkbook = buildInWorkbook;
exports.markLaggingInWorkbook = markLaggingInWorkbook;
exports.clearMarksInWorkbook = clearMarksInWorkbook;
const runBuild_1 = require("../engine/runBuild");
const excelSink_1 = require("../excel/excelSink");
const excelHighlighter_1 = require("../excel/excelHighlighter");
const excelSource_1 = require("../excel/excelSource");
const highlightTargets_1 = require("../excel/highlightTargets");
const excelSnapshotStore_1 = require("../excel/excelSnapshotStore");
const workbookOps_1 = require("../excel/workbookOps");
/** The local calendar date, ISO. */
function todayIso(now = new Date()) {
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
/**
 * Builds from the open workbook; writes the bulletin and ledger sheets when `write`.
 * @example await buildInWorkbook({ write: true }) // the 生成专报 button
 */
async function buildInWorkbook(opts) {
    const problems = [];
    let settings = opts.settings;
    if (!settings) {
        const loaded = await new workbookOps_1.ExcelWorkbook(opts.runner).loadState();
        settings = loaded.settings;
        problems.push(...loaded.problems);
    }
    const source = new excelSource_1.ExcelTrackingSource(opts.runner ? { runner: opts.runner } : {});
    const sink = opts.write ? new excelSink_1.ExcelBulletinSink(opts.runner ? { runner: opts.runner } : {}) : null;
    // A written bulletin compares with the previous issue kept in the workbook and keeps this one.
    const history = opts.write ? new excelSnapshotStore_1.ExcelSnapshotStore(opts.runner ? { runner: opts.runner } : {}) : null;
    const outcome = await (0, runBuild_1.runBuild)({ source, settings, sink, today: todayIso(), ...(history ? { history } : {}) });
    problems.push(...source.notes);
    return { outcome, settings, problems, failures: outcome.result.files.filter((f) => f.error).map((f) => f.error ?? '') };
}
/** Marks the lagging rows of a build (or of a fresh read) in the departments' sheets. */
async function markLaggingInWorkbook(opts = {}) {
    const build = opts.build ?? (await buildInWorkbook({ write: false, runner: opts.runner }));
    const h = new excelHighlighter_1.ExcelHighlighter(opts.runner);
    await h.highlight((0, highlightTargets_1.highlightTargets)(build.outcome.result), build.settings.colours);
    return h.last;
}
/** Removes Zhuanbao's marks. */
async function clearMarksInWorkbook(opts = {}) {
    const h = new excelHighlighter_1.ExcelHighlighter(opts.runner);
    await h.clearHighlights();
    return h.last;
}
