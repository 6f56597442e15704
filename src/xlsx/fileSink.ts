/**
 * Writing the bulletin workbook to disk (Node only). When the file exists, its own sheets are kept
 * and only Zhuanbao's sheets are replaced; the file is written to a temporary name and renamed, so
 * a failure never leaves a half-written workbook.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import { excelJsWorkbook, onExcelJsLoad } from './excelWorkbook';
import { SheetModel } from '../domain/sheetModel';
import { BulletinSink } from '../domain/workbookPort';
import { XlsxWorkbookSink } from './xlsxSink';
import { useLinearMergeLoading } from './mergeLoading';
import { useFastUnzip } from './fastUnzip';
import { writeDirect } from './directWriter';
import { emptySheets, readPackage } from './xlsxPackage';

export { withoutContent } from './xlsxPackage';

onExcelJsLoad(useLinearMergeLoading); // an earlier output is loaded to keep the clerk's sheets
onExcelJsLoad(useFastUnzip);

export class XlsxFileSink implements BulletinSink {
  constructor(readonly file: string) {}

  /**
   * How the last write went: 'direct' for a new workbook of Zhuanbao's sheets only (directWriter.ts),
   * 'model' for ExcelJS, which keeps the clerk's own sheets of an earlier output.
   */
  lastWriter: 'direct' | 'model' | null = null;

  async writeSheets(sheets: SheetModel[]): Promise<void> {
    let existing: Buffer | null = null;
    try {
      existing = await fs.readFile(this.file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        // Whether the file exists is not known here (a folder without permission, a path through a file).
        throw new Error(`无法打开输出文件「${this.file}」：${(err as Error).message}`, { cause: err });
      }
    }
    const ours = new Set(sheets.map((s) => s.name));
    // The earlier output's package is read once: which sheets it holds, then emptied of ours.
    const pkg = existing ? await readPackage(existing) : null;
    const othersKept = existing ? pkg?.sheets.some((sh) => !ours.has(sh.name)) ?? true : false;
    await fs.mkdir(path.dirname(path.resolve(this.file)), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      if (!othersKept) {
        this.lastWriter = 'direct';
        await writeDirect(tmp, sheets);
      } else {
        this.lastWriter = 'model';
        const wb = new (excelJsWorkbook())();
        wb.creator = 'Zhuanbao 工作专报';
        if (existing) {
          try {
            await wb.xlsx.load((pkg ? await emptySheets(pkg, existing, [...ours]) : existing) as unknown as ExcelJS.Buffer);
          } catch (err) {
            throw new Error(`无法打开已有的输出文件「${this.file}」以更新专报：${(err as Error).message}`, { cause: err });
          }
        }
        await new XlsxWorkbookSink(wb).writeSheets(sheets);
        // Fast deflate: the bulletin's XML is repetitive, level 1 compresses it nearly as well, in a fraction of the time.
        await wb.xlsx.writeFile(tmp, { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as Partial<ExcelJS.XlsxWriteOptions>);
      }
      await fs.rename(tmp, this.file);
    } catch (err) {
      await fs.rm(tmp, { force: true });
      if (/^无法打开(已有的)?输出文件/.test((err as Error).message)) throw err;
      throw new Error(`写入专报文件「${this.file}」失败：${(err as Error).message}`, { cause: err });
    }
  }
}
