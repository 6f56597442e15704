/**
 * The `.xlsx` adapter's source over files and folders on disk (Node only: the CLI and tests).
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { SheetGrid } from '../domain/grid';
import { FileFailure } from '../domain/report';
import { SourceReading, TrackingSource } from '../domain/workbookPort';
import { ReadReply, readFileReply, readFilesInParallel, readThreads, workerScript } from './parallelRead';
import { OTHER_SHEET_EXT, WORKBOOK_EXT } from './xlsxSource';
import { useFastUnzip } from './fastUnzip';
import { onExcelJsLoad } from './excelWorkbook';
import { useDirectRead } from './directRead';

onExcelJsLoad(useFastUnzip); // ExcelJS unzips with fflate and Node's UTF-8 decoder
useDirectRead(); // packages are read without ExcelJS where the direct reader knows them

/** Expands files and folders into the list of files to read (folders: their .xlsx files, sorted). */
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
    if (stat.isDirectory()) {
      const entries = (await fs.readdir(input)).sort((a, b) => a.localeCompare(b, 'zh-CN'));
      for (const e of entries) {
        if (e.startsWith('~$') || e.startsWith('.')) continue; // Excel lock files, hidden files
        const full = path.join(input, e);
        // Other spreadsheet formats are opened too: the content decides, and a refusal says what to do.
        if (WORKBOOK_EXT.test(e) || OTHER_SHEET_EXT.test(e)) files.push(full);
      }
    } else files.push(input);
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

/** The `.xlsx` adapter's source: files and folders on disk. */
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
      if ('grids' in reply) for (const g of reply.grids) grids.push(g);
      else failures.push({ file: files[reply.index] ?? '', message: reply.failure });
    }
    return { grids, failures };
  }
}
