/**
 * How the adapter reaches Excel: an `ExcelRunner` is `Excel.run`, injectable so tests can count
 * `context.sync()` calls over office-addin-mock. Also tracks Zhuanbao's own writes, so change
 * events they cause are ignored.
 */

/** Runs a batch against the workbook (Excel.run's shape). */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The default runner: the global `Excel.run` of office.js. */
export const officeRunner: ExcelRunner = (batch) => Excel.run(batch);

let ownWrites = 0;
let ownWritesEnded = 0;

/**
 * Marks Zhuanbao's own writes to the workbook while `fn` runs (and a short moment after it, for
 * events Excel delivers late).
 */
export async function asOwnWrite<T>(fn: () => Promise<T>): Promise<T> {
  ownWrites++;
  try {
    return await fn();
  } finally {
    ownWrites--;
    ownWritesEnded = Date.now();
  }
}

/** True while Zhuanbao is writing, or within `graceMs` after it finished. */
export function isOwnWrite(graceMs = 1500, now = Date.now()): boolean {
  return ownWrites > 0 || now - ownWritesEnded < graceMs;
}
