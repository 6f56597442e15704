/**
 * Writing the bulletin workbook to disk (Node only). When the file exists, its own sheets are kept
 * and only Zhuanbao's sheets are replaced; the file is written to a temporary name and renamed, so
 * a failure never leaves a half-written workbook.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SheetModel } from '../domain/sheetModel';
import { BulletinSink } from '../domain/workbookPort';
import { XlsxWorkbookSink } from './xlsxSink';
import { useLinearMergeLoading } from './mergeLoading';
import { STREAM_ROWS, sheetNames, writeStreaming } from './streamSink';

useLinearMergeLoading(); // an earlier output is loaded to keep the clerk's sheets

export class XlsxFileSink implements BulletinSink {
  /**
   * @param streamRows from this many rows over all sheets, an output holding only Zhuanbao's sheets
   *   (or none yet) is written with the streaming writer (see streamSink.ts).
   */
  constructor(readonly file: string, private readonly streamRows = STREAM_ROWS) {}

  /** How the last write went: 'stream' for the streaming writer, 'model' for the in-memory one. */
  lastWriter: 'stream' | 'model' | null = null;

  async writeSheets(sheets: SheetModel[]): Promise<void> {
    let existing: Buffer | null = null;
    try {
      existing = await fs.readFile(this.file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new Error(`无法打开已有的输出文件「${this.file}」以更新专报：${(err as Error).message}`);
      }
    }
    const ours = new Set(sheets.map((s) => s.name));
    const rows = sheets.reduce((n, s) => n + s.rows.length, 0);
    const othersKept = existing ? (await sheetNames(existing))?.some((n) => !ours.has(n)) ?? true : false;
    await fs.mkdir(path.dirname(path.resolve(this.file)), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      if (rows >= this.streamRows && !othersKept) {
        this.lastWriter = 'stream';
        await writeStreaming(tmp, sheets);
      } else {
        this.lastWriter = 'model';
        const wb = new ExcelJS.Workbook();
        wb.creator = 'Zhuanbao 工作专报';
        if (existing) {
          try {
            await wb.xlsx.load(await withoutContent(existing, [...ours]) as unknown as ExcelJS.Buffer);
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
      if ((err as Error).message.startsWith('无法打开已有的输出文件')) throw err;
      throw new Error(`写入专报文件「${this.file}」失败：${(err as Error).message}`, { cause: err });
    }
  }
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (t: string): string => t.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e] ?? _);

/**
 * The workbook with the cells and merges of the named sheets emptied. Those sheets are replaced
 * right after loading, so reading their content is wasted work, and ExcelJS reads merges in
 * quadratic time (a re-run over a large earlier bulletin took longer than the whole build). The
 * clerk's other sheets are untouched; when the package is not laid out as expected it is returned
 * as it was.
 */
export async function withoutContent(data: Buffer, names: string[]): Promise<Buffer> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return data; // ExcelJS reports the damage with its own message below
  }
  const wbXml = await zip.file('xl/workbook.xml')?.async('string');
  const relsXml = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (!wbXml || !relsXml) return data;
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  let changed = false;
  for (const m of wbXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    if (name === undefined || !rid || !names.includes(unescapeXml(name))) continue;
    const part = targets.get(rid);
    const file = part ? zip.file(part) : null;
    if (!part || !file) continue;
    const xml = await file.async('string');
    const emptied = xml
      .replace(/<sheetData\b[^>]*\/>|<sheetData\b[^>]*>[\s\S]*?<\/sheetData>/, '<sheetData/>')
      .replace(/<mergeCells\b[^>]*>[\s\S]*?<\/mergeCells>/, '');
    if (emptied !== xml) { zip.file(part, emptied); changed = true; }
  }
  return changed ? zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }) : data;
}
