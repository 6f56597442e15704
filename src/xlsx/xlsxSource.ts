/**
 * Reading `.xlsx` tracking workbooks with ExcelJS into the domain's cell grids: every sheet, plain
 * ranges and tables alike, keeping each cell's position, number format, merges and tables.
 * Works on buffers, so the task pane can use it too; src/xlsx/fileSource.ts adds files on disk.
 * A file that cannot be opened becomes a failure with a plain message; the other files are read.
 */
import ExcelJS from 'exceljs';
import { GridCell, SheetGrid, parseRange } from '../domain/grid';
import { FileFailure } from '../domain/report';
import { SourceReading, TrackingSource } from '../domain/workbookPort';
import { toDomainValue } from './cellValues';

/** File endings read as workbooks when a folder is given. */
export const WORKBOOK_EXT = /\.(xlsx|xlsm)$/i;
export const OTHER_SHEET_EXT = /\.(xls|et|ett|csv|ods|numbers|wps)$/i;

/** The file name of a path, either separator. */
export function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '');
}

/** Converts one ExcelJS worksheet to a grid. */
export function worksheetToGrid(ws: ExcelJS.Worksheet, file: string): SheetGrid {
  const rows: (GridCell | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: (GridCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      const v = toDomainValue(cell.value);
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

/**
 * Reads a workbook from a buffer (the task pane's imported files) or a path.
 * @example await readWorkbookGrids('人社局.xlsx') → [{ sheet: '2026年民生实事', rows: [...] }, …]
 */
export async function readWorkbookGrids(file: string, data?: ArrayBuffer | Buffer): Promise<SheetGrid[]> {
  const wb = new ExcelJS.Workbook();
  if (data) await wb.xlsx.load(data as ArrayBuffer);
  else await wb.xlsx.readFile(file);
  const name = baseName(file);
  return wb.worksheets.map((ws) => worksheetToGrid(ws, name));
}

/** A plain message for a file ExcelJS could not open. */
export function describeReadError(file: string, err: unknown): string {
  const name = baseName(file);
  const detail = err instanceof Error ? err.message : String(err);
  if (OTHER_SHEET_EXT.test(file)) {
    return `文件「${name}」不是 .xlsx 格式，无法读取。请用 Excel 或 WPS 打开后“另存为” .xlsx 再重新导入。`;
  }
  if (/password|encrypt|CFB|Compound/i.test(detail)) {
    return `文件「${name}」设有打开密码或已加密，无法读取。请取消密码后另存为 .xlsx 再重新导入。`;
  }
  if (/zip|central directory|end of data|invalid signature|corrupt/i.test(detail)) {
    return `文件「${name}」已损坏或不是有效的 .xlsx 文件，无法读取（${detail}）。请让报送单位重新导出。`;
  }
  if (/ENOENT/.test(detail)) return `找不到文件「${file}」。`;
  return `文件「${name}」无法读取：${detail}`;
}

/** The `.xlsx` adapter's source over files already in memory (imports in the task pane, tests). */
export class XlsxBufferSource implements TrackingSource {
  constructor(private readonly files: { name: string; data: ArrayBuffer | Buffer }[]) {}

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
