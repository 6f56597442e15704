/**
 * A worker thread reading workbooks for {@link readFilesInParallel}: once loaded it says it is ready,
 * then receives file paths, one at a time, and answers with the file's grids and failures (each a plain
 * Chinese message naming the file).
 * Runs only from the compiled lib/ (the CLI); nothing here is called directly.
 */
import { parentPort } from 'node:worker_threads';
import { readFileReply } from './parallelRead';
import type { ReadRequest, WorkerReady } from './parallelRead';

const port = parentPort;
if (port) {
  port.on('message', (req: ReadRequest) => {
    void readFileReply(req.index, req.file).then((reply) => port.postMessage(reply));
  });
  port.postMessage({ ready: true } satisfies WorkerReady);
}
