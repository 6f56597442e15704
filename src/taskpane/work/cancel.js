"use strict";
/**
 * Cancelling the pane's work: 取消 aborts an AbortSignal; the work stops (the worker is terminated,
 * or the in-page fallback stops between files) and its promise rejects with a BuildCancelled.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.BuildCancelled = void 0;
exports.isCancelled = isCancelled;
exports.throwIfCancelled = throwIfCancelled;
/** The work was stopped by the clerk (not a failure: the pane says so in a notice). */
class BuildCancelled extends Error {
    name = 'BuildCancelled';
    constructor() {
        super('已取消。');
    }
}
exports.BuildCancelled = BuildCancelled;
/**
 * True for the error of cancelled work.
 * @example isCancelled(new BuildCancelled()) === true
 */
function isCancelled(err) {
    return err instanceof BuildCancelled || (err instanceof Error && err.name === 'BuildCancelled');
}
/**
 * Throws a BuildCancelled when the signal was aborted.
 * @example throwIfCancelled(controller.signal)
 */
function throwIfCancelled(signal) {
    if (signal?.aborted)
        throw new BuildCancelled();
}
