/**
 * Starts the pane's worker. The `new Worker(new URL(…, import.meta.url))` form is what webpack 5
 * bundles as a worker chunk of its own (https://webpack.js.org/guides/web-workers/); this module is
 * imported only by the pane's entry (the tests run the work in the page, see InlinePaneWork).
 */
import type { WorkerLike } from './paneWork';

/**
 * A new dedicated worker running pane.worker.ts.
 * @example new WorkerPaneWork(startPaneWorker)
 */
export function startPaneWorker(): WorkerLike {
  // Webpack recognises only this literal form (no variable for the URL).
  return new Worker(
    // @ts-expect-error import.meta: webpack bundles this file as an ES module; tsc checks the sources as CommonJS (module node16).
    new URL('./pane.worker.ts', import.meta.url),
    { name: 'zhuanbao-work' },
  ) as unknown as WorkerLike;
}
