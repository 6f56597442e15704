/**
 * A worker thread reading workbooks for {@link readFilesInParallel}: once loaded it says it is ready,
 * then receives file paths, one at a time, and answers with the file's grids or the plain Chinese
 * message of why it could not be read.
 * Runs only from the compiled lib/ (the CLI); nothing here is called directly.
 */
import * as fs from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { describeReadError, readWorkbookGrids } from './xlsxSource';
import { useFastUnzip } from './fastUnzip';
import type { ReadReply, ReadRequest, WorkerReady } from './parallelRead';

useFastUnzip();

const port = parentPort;
if (port) {
  port.on('message', (req: ReadRequest) => {
    void (async (): Promise<ReadReply> => {
      try {
        return { index: req.index, grids: await readWorkbookGrids(req.file, await fs.readFile(req.file)) };
      } catch (err) {
        return { index: req.index, failure: describeReadError(req.file, err) };
      }
    })().then((reply) => port.postMessage(reply));
  });
  port.postMessage({ ready: true } satisfies WorkerReady);
}
