/**
 * Cancelling the pane's work: 取消 aborts an AbortSignal; the work stops (the worker is terminated,
 * or the in-page fallback stops between files) and its promise rejects with a BuildCancelled.
 */

/** The work was stopped by the clerk (not a failure: the pane says so in a notice). */
export class BuildCancelled extends Error {
  override readonly name = 'BuildCancelled';
  constructor() {
    super('已取消。');
  }
}

/**
 * True for the error of cancelled work.
 * @example isCancelled(new BuildCancelled()) === true
 */
export function isCancelled(err: unknown): boolean {
  return err instanceof BuildCancelled || (err instanceof Error && err.name === 'BuildCancelled');
}

/**
 * Throws a BuildCancelled when the signal was aborted.
 * @example throwIfCancelled(controller.signal)
 */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new BuildCancelled();
}
