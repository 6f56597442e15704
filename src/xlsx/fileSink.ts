/**
 * Writing the bulletin workbook to disk (Node only). When the file exists, its own sheets are kept
 * and only Zhuanbao's sheets are replaced; the file is written to a temporary name and renamed, so
 * a failure never leaves a half-written workbook.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { SheetModel } from '../domain/sheetModel';
import { BulletinSink } from '../domain/workbookPort';
import { XlsxWorkbookSink } from './xlsxSink';

export class XlsxFileSink implements BulletinSink {
  constructor(readonly file: string) {}

  async writeSheets(sheets: SheetModel[]): Promise<void> {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Zhuanbao 工作专报';
    try {
      await fs.access(this.file);
      await wb.xlsx.readFile(this.file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new Error(`无法打开已有的输出文件「${this.file}」以更新专报：${(err as Error).message}`);
      }
    }
    await new XlsxWorkbookSink(wb).writeSheets(sheets);
    await fs.mkdir(path.dirname(path.resolve(this.file)), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      await wb.xlsx.writeFile(tmp);
      await fs.rename(tmp, this.file);
    } catch (err) {
      await fs.rm(tmp, { force: true });
      throw new Error(`写入专报文件「${this.file}」失败：${(err as Error).message}`);
    }
  }
}
