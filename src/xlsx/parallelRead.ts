/**
 * Reading many workbooks on several cores. A workbook is parsed on one thread; a province
 * sends hundreds, so the files are shared among worker threads and the main thread, and the grids
 * come back in file order. Used only from the compiled CLI (the worker is lib/xlsx/readWorker.js); elsewhere, and for
 * few files, {@link XlsxFileSource} reads them one after another on the main thread.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as fsp from 'node:fs/promises';
import { SheetGrid } from '../domain/grid';
import { FileFailure } from '../domain/report';
import { baseName, describeReadError, readWorkbookBytes } from './xlsxSource';

export interface ReadRequest {
  index: number;
  file: string;
}

/**
 * What reading one file gave: its grids and the failures of the file or of files inside it (an
 * archive), or — when the file itself could not be read from disk — the plain Chinese message why.
 */
export type ReadReply = { index: number; grids: SheetGrid[]; failures: FileFailure[] } | { index: number; failure: string };

/**
 * Reads one file into a reply (never throws). The same on the main thread and in a worker. A
 * failure of the file itself is named by the path given; files inside an archive by
 * `archive.zip/inner.xlsx`.
 * @param bytes the file's bytes when already being read (read here otherwise)
 */
export async function readFileReply(index: number, file: string, bytes?: Promise<Buffer>): Promise<ReadReply> {
  let data: Buffer;
  try {
    data = await (bytes ?? fsp.readFile(file));
  } catch (err) {
    return { index, failure: describeReadError(file, err) };
  }
  const name = baseName(file);
  const reading = await readWorkbookBytes(name, data);
  return { index, grids: reading.grids, failures: reading.failures.map((f) => (f.file === name ? { ...f, file } : f)) };
}

/** What a worker posts once it has loaded and can take files. */
export interface WorkerReady {
  ready: true;
}

/** Where the compiled worker is, or null when running from sources (ts-jest, tsx). */
export function workerScript(): string | null {
  if (!__filename.endsWith('.js')) return null;
  const file = path.join(__dirname, 'readWorker.js');
  return fs.existsSync(file) ? file : null;
}

/**
 * How many worker threads to read `files` workbooks with, besides the main thread, which reads too:
 * one per further core (at most 7), from 4 cores and 8 files. Below that a worker costs more than it
 * saves: it loads the readers and warms them up again (about 0.2 s here), and on 2 cores V8's own garbage
 * collection threads already use the second core — reading 200 department workbooks on the main
 * thread with one worker took 1.05 s, alone 0.86 s.
 * @example readThreads(200, 2) === 0; readThreads(200, 8) === 7; readThreads(5, 8) === 0
 */
export function readThreads(files: number, cores: number = os.availableParallelism()): number {
  if (files < 8 || cores < 4) return 0;
  return Math.min(cores - 1, 7);
}

/**
 * Reads the files on `threads` worker threads, and on this thread too when `readHere` is given
 * (all take the next unread file, so a worker still starting up takes none); returns one reply per
 * file, in file order. A worker that dies fails the files it had not answered, each with a message;
 * it never hangs the build.
 */
export async function readFilesInParallel(
  files: string[],
  threads: number,
  script: string,
  onDone?: (file: string) => void,
  /** Node options for the workers (tests run the TypeScript worker with `['--import', 'tsx']`). */
  execArgv?: string[],
  /** Reads one file on this thread (never throws: a failure is a reply). */
  readHere?: (index: number, file: string) => Promise<ReadReply>,
): Promise<ReadReply[]> {
  const replies: (ReadReply | undefined)[] = new Array(files.length);
  let next = 0;
  const runHere = async (): Promise<void> => {
    if (!readHere) return;
    while (next < files.length) {
      const index = next++;
      const file = files[index] ?? '';
      replies[index] = await readHere(index, file);
      onDone?.(file);
      // Let the workers' replies in, so they are given their next file without waiting for ours.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
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
    worker.on('message', (reply: ReadReply | WorkerReady) => {
      // Files go to a worker only once it has loaded: one that cannot start never holds a file.
      if ('ready' in reply) { feed(); return; }
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
  });
  await Promise.all([runHere(), ...Array.from({ length: Math.min(threads, files.length) }, runWorker)]);
  // Files a dead worker never took are read by the remaining ones; any still missing are failures.
  return files.map((file, index) => replies[index] ?? { index, failure: `未能读取「${path.basename(file)}」：读取线程提前结束，请重试。` });
}
