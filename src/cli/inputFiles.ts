/**
 * What the command will read, found before anything is written: every input folder must open, and
 * there must be at least one file to read. The files found are also what the outputs are checked
 * against (outputGuard.ts).
 */
import * as fs from 'node:fs/promises';
import { FileFailure } from '../domain/report';
import { SourceReading, TrackingSource } from '../domain/workbookPort';
import { expandInputs } from '../xlsx/fileSource';
import { ClerkError, fsProblem } from './clerkError';

export interface InputFiles {
  /** Files that will be read (named, or found in an input folder). */
  files: string[];
  /** Input folders as given. */
  folders: string[];
  /** Inputs that could not be used (e.g. a path that does not exist); the others are still read. */
  failures: FileFailure[];
}

/**
 * Lists the files the build will read.
 * @throws ClerkError when an input folder cannot be opened, or when there is nothing to read at all
 *   (an empty folder, a folder without any spreadsheet, paths that do not exist)
 * @example await findInputFiles(['samples/2026-03']) → { files: ['samples/2026-03/人社局.xlsx', …], folders: ['samples/2026-03'], failures: [] }
 */
export async function findInputFiles(inputs: string[]): Promise<InputFiles> {
  const folders: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (!stat?.isDirectory()) continue; // a missing path is a failure of expandInputs, named with the others
    try {
      // Opening it here gives the clerk a plain message (EACCES) before the build starts.
      await fs.readdir(input);
    } catch (err) {
      throw new ClerkError(fsProblem(err, '文件夹', input) ?? `无法打开文件夹「${input}」。`, { cause: err });
    }
    folders.push(input);
  }
  let expanded: Awaited<ReturnType<typeof expandInputs>>;
  try {
    expanded = await expandInputs(inputs);
  } catch (err) {
    const problem = fsProblem(err, '文件夹');
    if (problem) throw new ClerkError(problem, { cause: err });
    throw err;
  }
  if (!expanded.files.length) throw new ClerkError(nothingToRead(inputs, folders, expanded.failures));
  return { files: expanded.files, folders, failures: expanded.failures };
}

/**
 * A source that refuses to go on when it read nothing that is a spreadsheet: every file found was
 * listed as no table (a Word document, a text), or did not exist. The content decides what a file
 * is, so this is known only once the files are read — before anything is written. A spreadsheet
 * that could not be read (damaged, encrypted) is not "nothing": it is named and the others written.
 * @example await new NothingReadGuard(source, ['报表']).readSheets() // throws ClerkError when 报表 holds only 通知.docx
 */
export class NothingReadGuard implements TrackingSource {
  constructor(private readonly inner: TrackingSource, private readonly inputs: string[], private readonly folders: string[] = []) {}

  async readSheets(): Promise<SourceReading> {
    const reading = await this.inner.readSheets();
    const spreadsheetFailure = reading.failures.some((f) => f.code !== 'file_not_spreadsheet' && !/^找不到文件或文件夹/.test(f.message));
    if (!reading.grids.length && !spreadsheetFailure) {
      throw new ClerkError(nothingToRead(this.inputs, this.folders, reading.failures));
    }
    return reading;
  }
}

function nothingToRead(inputs: string[], folders: string[], failures: FileFailure[]): string {
  const lines = ['没有可读取的跟踪表，未生成专报。'];
  for (const f of failures) lines.push(`  ${f.message}`);
  for (const d of folders) lines.push(`  文件夹「${d}」中没有表格文件（.xlsx、.xls、.csv 等）。`);
  if (!failures.length && !folders.length) lines.push(`  已指定：${inputs.join('、')}`);
  lines.push('请指定各单位报来的工作簿，或存放它们的文件夹。');
  return lines.join('\n');
}
