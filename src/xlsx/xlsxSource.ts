/**
 * The reading path's entry, over bytes — the same in the CLI, its worker threads and the task pane
 * (a pure function of a file's name and bytes, so that a Web Worker can call it too): the content
 * decides the format (formatDetection.ts), the one dispatch table reads it or says why not
 * (workbookFormats.ts). Nothing read here throws at the caller: every file becomes grids or a
 * failure with the file's name and a plain Chinese message, and an error that is no refusal (a bug)
 * becomes a failure too, naming the file. src/xlsx/fileSource.ts adds files and folders on disk.
 */
import { SheetGrid } from '../domain/grid';
import { FileFailure } from '../domain/report';
import { SourceReading, TrackingSource } from '../domain/workbookPort';
import { FastXlsxReader, readGridsDirect } from './directRead';
import { detectFormat, hasSpreadsheetName } from './formatDetection';
import { WorkbookReadError } from './readErrors';
import { FORMATS, ReadContext } from './workbookFormats';

export { WorkbookReadError } from './readErrors';
export { SPREADSHEET_EXTENSIONS, detectFormat, hasSpreadsheetName } from './formatDetection';

/** The file name of a path, either separator. */
export function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '');
}

/** How {@link readWorkbookBytes} reads. */
export interface ReadOptions {
  /** The fast `.xlsx` reader; {@link readGridsDirect} unless a test stands in for it. */
  fast?: FastXlsxReader;
}

/** The failure for an error that is no refusal: a bug of ours, surfaced with the file's name. */
function bugFailure(name: string, err: unknown): FileFailure {
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return {
    file: name,
    message: `读取文件「${name}」时专报助手内部出错，未能读取（这是程序的问题，不是文件的问题）。请把该文件和这条信息发给维护人员；其他文件不受影响。（错误信息：${detail.slice(0, 200)}）`,
  };
}

/** The failure a refusal becomes: an error, or only a listing for a non-table file with a non-table name. */
function refusalFailure(name: string, err: WorkbookReadError): FileFailure {
  if (err.code === 'file_not_spreadsheet') {
    // Under a table's name it is a file the department sent by mistake: unreadable, an error. Under
    // another name (a Word document beside the tables) it is only listed.
    if (hasSpreadsheetName(baseName(name))) return { file: name, message: err.message };
    return { file: name, message: err.listing, code: 'file_not_spreadsheet', severity: 'info' };
  }
  return { file: name, message: err.message };
}

/**
 * Reads one file's bytes into grids (never throws): its format by content, then the dispatch
 * table's reader for it; a file that cannot be read, or a file inside an archive that cannot, is a
 * failure naming it. `name` is what findings and sources call the file (`人社局.xlsx`,
 * `各单位.zip/人社局.xls`).
 * @example (await readWorkbookBytes('人社局.xls', bytes)).grids[0]?.sheet === '2026年民生实事'
 */
export async function readWorkbookBytes(name: string, data: ArrayBuffer | Uint8Array, options: ReadOptions = {}, depth = 0): Promise<SourceReading> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const ctx: ReadContext = {
    fast: options.fast ?? readGridsDirect,
    depth,
    readInner: (inner, innerBytes) => readWorkbookBytes(inner, innerBytes, options, depth + 1),
  };
  try {
    const detected = detectFormat(baseName(name), bytes);
    const entry = FORMATS[detected.id];
    if (!entry.read) throw entry.refuse?.(name, detected) ?? new WorkbookReadError(`文件「${name}」无法读取。`);
    const reading = await entry.read(name, bytes, ctx, detected);
    if (reading.grids.length === 0 && reading.failures.length === 0) {
      throw new WorkbookReadError(`文件「${name}」中没有任何工作表，无法读取。请确认报送单位发送的是填好的跟踪表，必要时请其重新发送。`);
    }
    return reading;
  } catch (err) {
    return { grids: [], failures: [err instanceof WorkbookReadError ? refusalFailure(name, err) : bugFailure(name, err)] };
  }
}

/**
 * The grids of one file, throwing a WorkbookReadError with the plain message when it (or a file in
 * it) cannot be read — for callers that want one file or nothing (tests, the benchmark).
 * @example (await readWorkbookGrids('人社局.xlsx', bytes))[0]?.sheet === '2026年民生实事'
 */
export async function readWorkbookGrids(file: string, data: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<SheetGrid[]> {
  const reading = await readWorkbookBytes(baseName(file), data, options);
  const failure = reading.failures.find((f) => f.severity !== 'info');
  if (failure) throw new WorkbookReadError(failure.message);
  return reading.grids;
}

/**
 * A plain message for a file that could not be read from disk (or, for any other error, a message
 * naming the file; refusals already carry theirs).
 * @example describeReadError('a/人社局.xlsx', Object.assign(new Error('x'), { code: 'EACCES' })).startsWith('没有权限')
 */
export function describeReadError(file: string, err: unknown): string {
  const name = baseName(file);
  if (err instanceof WorkbookReadError) return err.message;
  const code = (err as { code?: unknown } | null)?.code;
  const detail = err instanceof Error ? err.message : String(err);
  if (code === 'ENOENT' || /ENOENT/.test(detail)) return `找不到文件「${file}」。`;
  if (code === 'EACCES' || code === 'EPERM' || /EACCES|EPERM/.test(detail)) return `没有权限读取文件「${name}」。请检查文件权限后重试。`;
  if (code === 'EBUSY' || /EBUSY/.test(detail)) return `文件「${name}」正被其他程序占用，无法读取。请关闭该文件后重试。`;
  if (code === 'EISDIR') return `「${name}」是文件夹，不是文件。`;
  return `读取文件「${name}」时出错，未能读取。请确认文件能用 Excel 打开后重试。（错误信息：${detail.slice(0, 200)}）`;
}

/** The source over files already in memory (imports in the task pane, tests). */
export class XlsxBufferSource implements TrackingSource {
  constructor(
    private readonly files: { name: string; data: ArrayBuffer | Uint8Array }[],
    private readonly options: ReadOptions = {},
  ) {}

  async readSheets(): Promise<SourceReading> {
    const grids: SheetGrid[] = [];
    const failures: FileFailure[] = [];
    for (const f of this.files) {
      const r = await readWorkbookBytes(baseName(f.name), f.data, this.options);
      for (const g of r.grids) grids.push(g);
      for (const x of r.failures) failures.push(x);
    }
    return { grids, failures };
  }
}
