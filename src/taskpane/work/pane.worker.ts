/**
 * The pane's Web Worker: reading departments' files and computing the bulletin off the page's main
 * thread, so the pane answers while it works and 取消 can stop it (the page terminates the worker).
 * Bundled by webpack 5 from `new Worker(new URL('./pane.worker.ts', import.meta.url))`
 * (https://webpack.js.org/guides/web-workers/); Excel's webviews (WebView2, WKWebView, the browser
 * on the web) run dedicated workers.
 */
import { WorkServer } from './workerServe';

interface WorkerScope {
  onmessage: ((e: { data: unknown }) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
const server = new WorkServer((reply) => scope.postMessage(reply));
scope.onmessage = (e) => server.receive(e.data);
