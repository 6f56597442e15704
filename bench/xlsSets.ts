/**
 * The benchmark's `.xls` sets (cached in bench/out): the 200 department workbooks saved as Excel
 * 97–2003 (BIFF8) by SheetJS, and the 100,000-row sheet as an `.xls` saved by LibreOffice. BIFF8 holds at most 65,536 rows a sheet, so "a 100,000-row .xls" is one workbook of two
 * sheets of 50,000 indicator rows each, both under the same title and header rows (as a department
 * splits a sheet that does not fit), the footer after the last.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { SpecSheet, SpecWorkbook, ensureWritten } from './generate';

/** Rows of a sheet per `.xls` sheet (BIFF8's limit is 65,536). */
export const XLS_ROWS_PER_SHEET = 50_000;

const done = (dir: string): boolean => fs.existsSync(path.join(dir, '.complete'));

/**
 * Every `.xlsx` of `from` saved as `.xls` in `to` (once; reused while `to/.complete` exists).
 * @example ensureXlsCopies('bench/out/v3-…-200x50', 'bench/out/v3-…-200x50-xls')
 */
export function ensureXlsCopies(from: string, to: string, log: (s: string) => void): { dir: string; files: number; cached: boolean } {
  const files = fs.readdirSync(from).filter((f) => f.endsWith('.xlsx')).sort();
  if (done(to)) return { dir: to, files: files.length, cached: true };
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(to, { recursive: true });
  for (const f of files) {
    const wb = XLSX.read(fs.readFileSync(path.join(from, f)), { type: 'buffer', cellNF: true, cellStyles: true });
    fs.writeFileSync(path.join(to, f.replace(/\.xlsx$/, '.xls')), XLSX.write(wb, { bookType: 'biff8', type: 'buffer' }) as Buffer);
  }
  fs.writeFileSync(path.join(to, '.complete'), JSON.stringify(files));
  log(`  saved ${files.length} workbooks as .xls in ${to}`);
  return { dir: to, files: files.length, cached: false };
}

/** LibreOffice, when installed. */
function soffice(): string | null {
  for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) {
    for (const cmd of ['soffice', 'libreoffice']) if (dir && fs.existsSync(path.join(dir, cmd))) return path.join(dir, cmd);
  }
  return null;
}

/**
 * The big sheet (its spec from bench/generate.ts) as an `.xls` of two (or more) sheets of at most
 * {@link XLS_ROWS_PER_SHEET} indicator rows each, every sheet under the title and header rows (the
 * rows up to the one that starts with 序号), merges kept within each part, the footer after the last.
 * Written as `.xlsx` by the generator's streaming writer, then saved as `.xls` by LibreOffice:
 * SheetJS's BIFF8 writer took 8 GB and two minutes for 500,000 cells. null (with the reason) when
 * LibreOffice is not installed.
 */
export async function ensureBigXls(spec: SpecWorkbook, to: string, log: (s: string) => void): Promise<{ file: string; sheets: number; cached: boolean } | { file: null; reason: string }> {
  const file = path.join(to, spec.file.replace(/\.xlsx$/, '.xls'));
  if (done(to) && fs.existsSync(file)) return { file, sheets: Number(fs.readFileSync(path.join(to, '.complete'), 'utf8')), cached: true };
  const lo = soffice();
  if (!lo) return { file: null, reason: 'LibreOffice (soffice) is not installed' };
  const sheet = spec.sheets[0] as SpecSheet;
  const rows = sheet.rows;
  const headerEnd = rows.findIndex((r) => r[0]?.v === '序号') + 1;
  const footerStart = rows.length - 3; // a blank row, the note and the signature lines
  const parts: SpecSheet[] = [];
  for (let at = headerEnd; at < footerStart; at += XLS_ROWS_PER_SHEET) {
    const end = Math.min(at + XLS_ROWS_PER_SHEET, footerStart);
    const shift = at - headerEnd;
    const merges = sheet.merges.flatMap((m) => {
      const r = XLSX.utils.decode_range(m);
      if (r.e.r < headerEnd) return [m];
      if (r.s.r < at || r.e.r >= end) return [];
      return [XLSX.utils.encode_range({ s: { r: r.s.r - shift, c: r.s.c }, e: { r: r.e.r - shift, c: r.e.c } })];
    });
    parts.push({ name: `${sheet.name}${parts.length + 1}`, rows: [...rows.slice(0, headerEnd), ...rows.slice(at, end), ...(end === footerStart ? rows.slice(footerStart) : [])], merges, widths: sheet.widths });
  }
  const src = await ensureWritten(`${to}-xlsx`, () => [{ file: spec.file, sheets: parts }], log);
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(to, { recursive: true });
  const profile = `file://${path.join(to, '.lo-profile')}`;
  execFileSync(lo, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xls', '--outdir', to, src.files[0] ?? ''], { stdio: 'pipe', timeout: 900_000 });
  fs.rmSync(path.join(to, '.lo-profile'), { recursive: true, force: true });
  fs.writeFileSync(path.join(to, '.complete'), String(parts.length));
  log(`  saved the ${footerStart - headerEnd}-row sheet as an .xls of ${parts.length} sheets (LibreOffice): ${file}`);
  return { file, sheets: parts.length, cached: false };
}
