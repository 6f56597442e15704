"use strict";
/**
 * How the adapter reaches Excel: an `ExcelRunner` is `Excel.run`, injectable so tests can count
 * `context.sync()` calls over a fake; which ExcelApi sets the host supports; and how Zhuanbao's own
 * writes keep Excel from raising change events for them.
 *
 * Own writes turn events off for the add-in's runtime while they run: `context.runtime.enableEvents`
 * (ExcelApi 1.8) "toggles JavaScript events in the current task pane or content add-in"
 * (learn.microsoft.com/javascript/api/excel/excel.runtime#excel-excel-runtime-enableevents-member),
 * so Excel does not raise the data-changed events of those writes at all, however late it would have
 * delivered them. docs/addin.md says why this and not a shared runtime.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.officeSupports = exports.officeRunner = void 0;
exports.supportOf = supportOf;
exports.ownWrite = ownWrite;
/** The default runner: the global `Excel.run` of office.js. */
const officeRunner = (batch, resume) => (resume ? Excel.run(resume, batch) : Excel.run(batch));
exports.officeRunner = officeRunner;
/**
 * The default support check: office.js's `isSetSupported('ExcelApi', version)`; false without office.js.
 * @example officeSupports('1.13') // true in Excel 2021 and Microsoft 365, false in older builds
 */
const officeSupports = (version) => typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported('ExcelApi', version);
exports.officeSupports = officeSupports;
/** The support check for a runner: its own, else office.js's. */
function supportOf(run) {
    return run.supports ?? exports.officeSupports;
}
/**
 * Runs an own-write batch with events off in this runtime. The batch calls `done()` before its last
 * `context.sync()` so that turning events on again rides with that request (no sync of its own); if it
 * does not, or the batch fails, events are turned on in one more request. A failure to turn them on
 * again is added to the batch's error, never hidden.
 * @example await ownWrite(run, async (context, done) => { …writes…; done(); await context.sync(); })
 */
function ownWrite(run, batch) {
    return run(async (context) => {
        const runtime = context.runtime;
        runtime.enableEvents = false;
        let queued = false;
        const done = () => {
            runtime.enableEvents = true;
            queued = true;
        };
        let result;
        try {
            result = await batch(context, done);
        }
        catch (err) {
            try {
                runtime.enableEvents = true;
                await context.sync();
            }
            catch (again) {
                if (err instanceof Error)
                    err.message += `（另外，重新开启 Excel 事件失败：${again instanceof Error ? again.message : String(again)}；请关闭并重新打开任务窗格）`;
            }
            throw err;
        }
        if (!queued) {
            runtime.enableEvents = true;
            await context.sync();
        }
        return result;
    });
}
