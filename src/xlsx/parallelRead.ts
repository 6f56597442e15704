/**
 * Reading many workbooks on several cores. ExcelJS parses one workbook on one thread; a province
 * sends hundreds, so the files are shared among worker threads and the grids come back in file
 * order. Used only from the compiled CLI (the worker is lib/xlsx/readWorker.js); elsewhere, and for
 * few files, {@link XlsxFileSource} reads them one after another on the main thread.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { SheetGrid } from '../domain/grid';

export interface ReadRequest {
  index: number;
  file: string;
}

export type ReadReply = { index: number; grids: SheetGrid[] } | { index: number; failure: string };

/** Where the compiled worker is, or null when running from sources (ts-jest, tsx). */
export function workerScript(): string | null {
  if (!__filename.endsWith('.js')) return null;
  const file = path.join(__dirname, 'readWorker.js');
  return fs.existsSync(file) ? file : null;
}

/**
 * How many threads to read `files` workbooks with: one per core (at most 8); none below 4 files or
 * 4 cores. Each worker loads ExcelJS and warms it up again (about 0.3 s here); on 2 cores reading
 * 200 department workbooks on the main thread was 0.2–0.4 s faster than on 2 workers.
 * @example readThreads(200, 4) === 4; readThreads(200, 2) === 0; readThreads(3, 8) === 0
 */
export function readThreads(files: number, cores: number = os.availableParallelism()): number {
  if (files < 4 || cores < 4) return 0;
  return Math.min(cores, 8, Math.ceil(files / 2));
}

/**
 * Reads the files on `threads` worker threads; returns one reply per file, in file order. A worker
 * that dies fails the files it had not answered, each with a message; it never hangs the build.
 */
export async function readFilesInParallel(
  files: string[],
  threads: number,
  script: string,
  onDone?: (file: string) => void,
  /** Node options for the workers (tests run the TypeScript worker with `['--import', 'tsx']`). */
  execArgv?: string[],
): Promise<ReadReply[]> {
  const replies: (ReadReply | undefined)[] = new Array(files.length);
  let next = 0;
  const runWorker = (): Promise<void> => new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(script, execArgv ? { execArgv } : {});
    } catch {
      resolve(); // its files are taken by the other workers, or end as failures below
      return;
    }
    let current: number | null = null;
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      void worker.terminate();
      resolve();
    };
    const feed = (): void => {
      if (next >= files.length) { current = null; finish(); return; }
      current = next++;
      worker.postMessage({ index: current, file: files[current] ?? '' } satisfies ReadRequest);
    };
    worker.on('message', (reply: ReadReply) => {
      replies[reply.index] = reply;
      onDone?.(files[reply.index] ?? '');
      feed();
    });
    const fail = (why: string): void => {
      if (current !== null && !replies[current]) {
        replies[current] = { index: current, failure: `读取「${path.basename(files[current] ?? '')}」时读取线程中断（${why}），请单独重试该文件。` };
        onDone?.(files[current] ?? '');
      }
      finish();
    };
    worker.on('error', (err) => fail(err.message));
    worker.on('exit', (code) => { if (!finished) fail(`退出码 ${code}`); });
    feed();
  });
  await Promise.all(Array.from({ length: Math.min(threads, files.length) }, runWorker));
  // Files a dead worker never took are read by the remaining ones; any still missing are failures.
  return files.map((file, index) => replies[index] ?? { index, failure: `未能读取「${path.basename(file)}」：读取线程提前结束，请重试。` });
}
