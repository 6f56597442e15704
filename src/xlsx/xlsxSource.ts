/**
 * Reading `.xlsx` tracking workbooks with ExcelJS into the domain's cell grids: every sheet, plain
 * ranges and tables alike, keeping each cell's position, number format, merges and tables.
 * Works on buffers, so the task pane can use it too; src/xlsx/fileSource.ts adds files on disk.
 * A file that cannot be opened becomes a failure with a plain message; the other files are read.
 */
import type ExcelJS from 'exceljs';
import { excelJsWorkbook, onExcelJsLoad } from './excelWorkbook';
import { useLinearMergeLoading } from './mergeLoading';
import { GridCell, SheetGrid, parseRange } from '../domain/grid';
import { FileFailure } from '../domain/report';
import { SourceReading, TrackingSource } from '../domain/workbookPort';
import { toDomainValue } from './cellValues';
import { csvToGrid } from './csvSource';

onExcelJsLoad(useLinearMergeLoading);

/** File endings read as workbooks when a folder is given (`.csv` as a one-sheet table). */
export const WORKBOOK_EXT = /\.(xlsx|xlsm|csv)$/i;
/** Spreadsheet endings we cannot read: a folder's such files are still opened, to say what to do. */
export const OTHER_SHEET_EXT = /\.(xls|et|ett|ods|numbers|wps|xlsb)$/i;

/** The file name of a path, either separator. */
export function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '');
}

/** ExcelJS's `ValueType.Formula` (its enums are not loaded with the Workbook class alone). */
export const FORMULA_TYPE = 6;

/** Converts one ExcelJS worksheet to a grid. */
export function worksheetToGrid(ws: ExcelJS.Worksheet, file: string): SheetGrid {
  const rows: (GridCell | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: (GridCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      // A formula's cached result from the cell itself: ExcelJS's value drops a result of 0, FALSE
      // or empty text (its copy keeps only truthy fields), so a completion formula showing 0 % read
      // as empty; and so does any result of a shared formula whose master is missing.
      const v = toDomainValue(cell.type === FORMULA_TYPE ? (cell.result as ExcelJS.CellValue) : cell.value);
      if (v === null) return;
      const fmt = cell.numFmt;
      cells[c - 1] = fmt && fmt !== 'General' ? { v, fmt } : { v };
    });
    rows[r - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  const merges = (ws.model.merges ?? []).map((m) => parseRange(m)).filter((m): m is NonNullable<typeof m> => m !== null);
  const tables: SheetGrid['tables'] = [];
  const wsTables = (ws as unknown as { tables?: Record<string, { table?: { name?: string; tableRef?: string; ref?: string } }> }).tables ?? {};
  for (const [name, t] of Object.entries(wsTables)) {
    const range = parseRange(t.table?.tableRef ?? t.table?.ref ?? '');
    if (range) tables.push({ name: t.table?.name ?? name, range });
  }
  const grid: SheetGrid = { file, sheet: ws.name, rows, merges, tables };
  if (ws.state && ws.state !== 'visible') grid.hidden = true;
  return grid;
}

/** A file that is not a workbook we can read; the message is already the clerk's plain Chinese. */
export class WorkbookReadError extends Error {
  override readonly name = 'WorkbookReadError';
}

const SAVE_AS = '请用 Excel 或 WPS 打开后“另存为” .xlsx 格式，再重新导入。';

/** What the first bytes of a file say it is. */
export function sniffFormat(data: Uint8Array): 'empty' | 'zip' | 'ole' | 'html' | 'xml' | 'text' | 'binary' {
  if (data.length === 0) return 'empty';
  if (data[0] === 0x50 && data[1] === 0x4b && (data[2] === 0x03 || data[2] === 0x05 || data[2] === 0x07)) return 'zip';
  if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) return 'ole';
  const head = new TextDecoder('utf-8').decode(data.subarray(0, 2048)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (/^<(!doctype html|html|table|meta|head|body)/.test(head) || (head.startsWith('<') && /<(html|table)[\s>]/.test(head))) return 'html';
  if (head.startsWith('<?xml')) return 'xml';
  let control = 0;
  const n = Math.min(data.length, 4096);
  for (let i = 0; i < n; i++) {
    const b = data[i] ?? 0;
    if (b === 0 || (b < 0x09) || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control === 0 ? 'text' : 'binary';
}

/** True when the zip's file list names an Excel workbook part (names are stored uncompressed). */
function zipHasWorkbookPart(data: Uint8Array): boolean {
  return indexOfBytes(data, new TextEncoder().encode('xl/workbook')) >= 0;
}

/**
 * Where `needle` first occurs in `data`, or -1 (plain bytes, so the pane needs no Buffer polyfill).
 * @example indexOfBytes(new Uint8Array([1, 2, 3]), new Uint8Array([2, 3])) === 1
 */
export function indexOfBytes(data: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  if (first === undefined) return 0;
  for (let i = data.indexOf(first); i >= 0 && i <= data.length - needle.length; i = data.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && data[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

/** True when the zip ends with its directory (end-of-central-directory record in the last 64 KB). */
function zipIsComplete(data: Uint8Array): boolean {
  return indexOfBytes(data.subarray(Math.max(0, data.length - 65557)), new Uint8Array([0x50, 0x4b, 0x05, 0x06])) >= 0;
}

const CSV_EXT = /\.(csv|txt)$/i;

/** Throws a WorkbookReadError for content that is not an `.xlsx` workbook (by content, not name). */
function checkContent(file: string, data: Uint8Array): void {
  const name = baseName(file);
  const kind = sniffFormat(data);
  if (kind === 'empty') throw new WorkbookReadError(`文件「${name}」是空文件（0 字节），没有任何内容，无法读取。请让报送单位重新发送。`);
  if (kind === 'ole') {
    if (/\.xls$/i.test(name)) throw new WorkbookReadError(`文件「${name}」是旧版 Excel 97-2003 格式（.xls），无法直接读取。${SAVE_AS}`);
    if (/\.(et|ett)$/i.test(name)) throw new WorkbookReadError(`文件「${name}」是 WPS 表格格式（.et），无法直接读取。请用 WPS 或 Excel 打开后“另存为” .xlsx 格式，再重新导入。`);
    throw new WorkbookReadError(`文件「${name}」设有打开密码（已加密），或是改了扩展名的旧版 .xls 文件，无法读取。请用 Excel 或 WPS 打开，如有密码请先取消（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码），再“另存为” .xlsx 格式，重新导入。`);
  }
  if (kind === 'html') throw new WorkbookReadError(`文件「${name}」实际是网页（HTML）格式，只是扩展名像 Excel（常见于从业务系统导出的表格），无法直接读取。${SAVE_AS}`);
  if (kind === 'xml') throw new WorkbookReadError(`文件「${name}」是 XML 格式（如 Excel 2003 XML 表格），不是 .xlsx 工作簿，无法直接读取。${SAVE_AS}`);
  if (kind === 'text') throw new WorkbookReadError(`文件「${name}」是纯文本文件，不是 Excel 工作簿，无法读取。如果它是用逗号分隔的表格，请把扩展名改为 .csv；否则${SAVE_AS}`);
  if (kind === 'binary') throw new WorkbookReadError(`文件「${name}」不是 Excel 工作簿，或文件已损坏，无法读取。${SAVE_AS}如仍无法打开，请让报送单位重新发送。`);
  if (!zipIsComplete(data)) throw new WorkbookReadError(`文件「${name}」已损坏（文件不完整，可能是传输中断或下载未完成），无法读取。请让报送单位重新发送，或用 Excel 打开修复后另存为 .xlsx 再重新导入。`);
  if (!zipHasWorkbookPart(data)) {
    const what = /\.ods$/i.test(name) ? 'OpenDocument 表格（.ods）' : /\.numbers$/i.test(name) ? 'Numbers 表格' : /\.(docx|pptx)$/i.test(name) ? 'Word 或 PowerPoint 文件' : '压缩包或其他格式的文件（如改了扩展名的 Word 文档）';
    throw new WorkbookReadError(`文件「${name}」是${what}，不是 Excel 工作簿，无法读取。${SAVE_AS}`);
  }
}

/** Reads a package's grids without ExcelJS; throws for a package it leaves to ExcelJS. */
export type DirectReader = (file: string, bytes: Uint8Array) => SheetGrid[];

let directReader: DirectReader | null = null;

/**
 * Lets {@link readWorkbookGrids} try a reader other than ExcelJS first (the CLI's
 * src/xlsx/directRead.ts, which needs Node); ExcelJS reads whatever it gives up on. null: ExcelJS only.
 * @example useDirectReader(readGridsDirect)
 */
export function useDirectReader(reader: DirectReader | null): void {
  directReader = reader;
}

/**
 * The grids ExcelJS reads from a package: the reference the direct reader is held to.
 * @example (await readGridsWithExcelJs('人社局.xlsx', bytes))[0]?.sheet
 */
export async function readGridsWithExcelJs(file: string, bytes: Uint8Array): Promise<SheetGrid[]> {
  const wb = new (excelJsWorkbook())();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => worksheetToGrid(ws, baseName(file)));
}

/**
 * Reads a workbook from a buffer (the task pane's imported files) or a path. The content decides
 * how, not the file name: an `.xlsx` zip is read with ExcelJS, a `.csv` (UTF-8 or GBK) as one sheet,
 * anything else is refused with a WorkbookReadError saying what to do.
 * @example await readWorkbookGrids('人社局.xlsx') → [{ sheet: '2026年民生实事', rows: [...] }, …]
 */
export async function readWorkbookGrids(file: string, data?: ArrayBuffer | Uint8Array): Promise<SheetGrid[]> {
  const name = baseName(file);
  let grids: SheetGrid[];
  if (data) {
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data;
    const kind = sniffFormat(bytes);
    if (CSV_EXT.test(name) && (kind === 'text' || kind === 'binary')) return [csvToGrid(name, bytes)];
    checkContent(file, bytes);
    if (directReader) {
      try {
        return directReader(name, bytes);
      } catch {
        // Outside what the direct reader knows (or damaged): ExcelJS reads it, or says why it cannot.
      }
    }
    grids = await readGridsWithExcelJs(name, bytes);
  } else {
    const wb = new (excelJsWorkbook())();
    await wb.xlsx.readFile(file);
    grids = wb.worksheets.map((ws) => worksheetToGrid(ws, name));
  }
  if (grids.length === 0) throw new WorkbookReadError(`文件「${name}」中没有任何工作表，无法读取。请确认报送单位发送的是填好的跟踪表，必要时请其重新发送。`);
  return grids;
}

/** A plain message for a file that could not be opened. */
export function describeReadError(file: string, err: unknown): string {
  const name = baseName(file);
  if (err instanceof WorkbookReadError) return err.message;
  const detail = err instanceof Error ? err.message : String(err);
  if (/ENOENT/.test(detail)) return `找不到文件「${file}」。`;
  if (/EACCES|EPERM/.test(detail)) return `没有权限读取文件「${name}」。请检查文件权限后重试。`;
  if (/EBUSY/.test(detail)) return `文件「${name}」正被其他程序占用，无法读取。请关闭该文件后重试。`;
  if (OTHER_SHEET_EXT.test(file)) {
    return `文件「${name}」不是 .xlsx 格式，无法读取。${SAVE_AS}`;
  }
  if (/password|encrypt|CFB|Compound/i.test(detail)) {
    return `文件「${name}」设有打开密码或已加密，无法读取。请取消密码后另存为 .xlsx 再重新导入。`;
  }
  if (/zip|central directory|end of data|invalid signature|unexpected signature|corrupt/i.test(detail)) {
    return `文件「${name}」已损坏（内容不完整或有误），无法读取。可能是传输中断或下载不完整，请让报送单位重新发送，或用 Excel 打开修复后另存为 .xlsx 再重新导入。`;
  }
  return `文件「${name}」无法读取，可能已损坏或不是 Excel 工作簿。请用 Excel 打开检查后另存为 .xlsx 再重新导入。（技术信息：${detail.slice(0, 200)}）`;
}

/** The `.xlsx` adapter's source over files already in memory (imports in the task pane, tests). */
export class XlsxBufferSource implements TrackingSource {
  constructor(private readonly files: { name: string; data: ArrayBuffer | Uint8Array }[]) {}

  async readSheets(): Promise<SourceReading> {
    const grids: SheetGrid[] = [];
    const failures: FileFailure[] = [];
    for (const f of this.files) {
      try {
        grids.push(...(await readWorkbookGrids(f.name, f.data)));
      } catch (err) {
        failures.push({ file: f.name, message: describeReadError(f.name, err) });
      }
    }
    return { grids, failures };
  }
}
