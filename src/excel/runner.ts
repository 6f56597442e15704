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

/** Whether the host supports ExcelApi `version` (`Office.context.requirements.isSetSupported`). */
export type ApiSupport = (version: string) => boolean;

/**
 * Runs a batch against the workbook (Excel.run's shape); with `resume`, `Excel.run(resume, batch)`.
 * A runner may say which ExcelApi sets its host supports (a test fake does; office.js is asked otherwise).
 */
export interface ExcelRunner {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>, resume?: Excel.RequestContext): Promise<T>;
  supports?: ApiSupport;
}

/** The default runner: the global `Excel.run` of office.js. */
export const officeRunner: ExcelRunner = <T,>(batch: (context: Excel.RequestContext) => Promise<T>, resume?: Excel.RequestContext): Promise<T> =>
  (resume ? Excel.run(resume, batch) : Excel.run(batch));

/**
 * The default support check: office.js's `isSetSupported('ExcelApi', version)`; false without office.js.
 * @example officeSupports('1.13') // true in Excel 2021 and Microsoft 365, false in older builds
 */
export const officeSupports: ApiSupport = (version) =>
  typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported('ExcelApi', version);

/** The support check for a runner: its own, else office.js's. */
export function supportOf(run: ExcelRunner): ApiSupport {
  return run.supports ?? officeSupports;
}

/**
 * Runs an own-write batch with events off in this runtime. The batch calls `done()` before its last
 * `context.sync()` so that turning events on again rides with that request (no sync of its own); if it
 * does not, or the batch fails, events are turned on in one more request. A failure to turn them on
 * again is added to the batch's error, never hidden.
 * @example await ownWrite(run, async (context, done) => { …writes…; done(); await context.sync(); })
 */
export function ownWrite<T>(run: ExcelRunner, batch: (context: Excel.RequestContext, done: () => void) => Promise<T>): Promise<T> {
  return run(async (context) => {
    const runtime = context.runtime;
    runtime.enableEvents = false;
    let queued = false;
    const done = (): void => {
      runtime.enableEvents = true;
      queued = true;
    };
    let result: T;
    try {
      result = await batch(context, done);
    } catch (err) {
      try {
        runtime.enableEvents = true;
        await context.sync();
      } catch (again) {
        if (err instanceof Error) err.message += `（另外，重新开启 Excel 事件失败：${again instanceof Error ? again.message : String(again)}；请关闭并重新打开任务窗格）`;
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
