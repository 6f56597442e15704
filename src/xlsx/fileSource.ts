/**
 * The file adapter's source over files and folders on disk (Node only: the CLI and tests).
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { SheetGrid } from '../domain/grid';
import { FileFailure } from '../domain/report';
import { SourceReading, TrackingSource } from '../domain/workbookPort';
import { ReadReply, readFileReply, readFilesInParallel, readThreads, workerScript } from './parallelRead';
import { hasSpreadsheetName } from './formatDetection';
import { isSkippedName, skippedFailure } from './archiveRead';

/** A file in a folder whose name is no table's and that is larger than this is listed, not read. */
const MAX_UNNAMED_BYTES = 64 * 1024 * 1024;

/**
 * Expands files and folders into the list of files to read. A folder gives every file in it
 * (sorted), whatever its name — the content decides what it is, and a file that is no table is
 * listed as such; lock files (`~$…`) and hidden files are listed as skipped, and so are its
 * subfolders (not read: an output folder inside the input folder must not be read as a department's).
 */
export async function expandInputs(inputs: string[]): Promise<{ files: string[]; failures: FileFailure[] }> {
  const files: string[] = [];
  const failures: FileFailure[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      failures.push({ file: input, message: `找不到文件或文件夹「${input}」。` });
      continue;
    }
    if (!stat.isDirectory()) { files.push(input); continue; }
    const entries = (await fs.readdir(input, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    for (const e of entries) {
      const full = path.join(input, e.name);
      if (isSkippedName(e.name)) failures.push(skippedFailure(full));
      else if (e.isDirectory()) {
        failures.push({ file: full, message: `「${e.name}」是子文件夹，其中的文件未读取。如需读取，请把该文件夹也作为输入。`, code: 'file_not_spreadsheet', severity: 'info' });
      } else if (!hasSpreadsheetName(e.name) && ((await fs.stat(full).catch(() => null))?.size ?? 0) > MAX_UNNAMED_BYTES) {
        failures.push({ file: full, message: `「${e.name}」不是表格文件（文件名和大小都不像报送的跟踪表），未读取。`, code: 'file_not_spreadsheet', severity: 'info' });
      } else files.push(full);
    }
  }
  return { files, failures };
}

/** Reads the files one after another on this thread, each file's bytes read while the one before is parsed. */
async function readInTurn(files: string[], done: (file: string) => void): Promise<ReadReply[]> {
  const bytes = (i: number): Promise<Buffer> | undefined => {
    const f = files[i];
    if (f === undefined) return undefined;
    const p = fs.readFile(f);
    p.catch(() => undefined); // its failure is reported when its turn comes
    return p;
  };
  const replies: ReadReply[] = [];
  let next = bytes(0);
  for (const [i, file] of files.entries()) {
    const data = next;
    next = bytes(i + 1);
    replies.push(await readFileReply(i, file, data));
    done(file);
  }
  return replies;
}

/** The source over files and folders on disk: every format the reading path reads. */
export class XlsxFileSource implements TrackingSource {
  /**
   * @param threads worker threads to read with besides the main thread; 'auto' picks by the number
   *   of files and cores (see readThreads); 0 reads on the main thread alone. Only the compiled CLI can start workers; from
   *   sources the files are read on the main thread.
   */
  constructor(
    private readonly inputs: string[],
    private readonly onProgress?: (done: number, total: number, file: string) => void,
    private readonly threads: number | 'auto' = 0,
  ) {}

  async readSheets(): Promise<SourceReading> {
    const { files, failures } = await expandInputs(this.inputs);
    const grids: SheetGrid[] = [];
    let n = 0;
    const done = (file: string): void => { n++; this.onProgress?.(n, files.length, file); };
    const threads = this.threads === 'auto' ? readThreads(files.length) : this.threads;
    const script = threads > 0 && files.length > 1 ? workerScript() : null;
    const replies = script
      ? await readFilesInParallel(files, threads, script, done, undefined, (index, file) => readFileReply(index, file))
      : await readInTurn(files, done);
    for (const reply of replies) {
      if ('grids' in reply) {
        for (const g of reply.grids) grids.push(g);
        for (const f of reply.failures) failures.push(f);
      } else failures.push({ file: files[reply.index] ?? '', message: reply.failure });
    }
    return { grids, failures };
  }
}
