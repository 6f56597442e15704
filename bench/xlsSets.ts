/**
 * The benchmark's `.xls` sets, made from its `.xlsx` ones with SheetJS (cached in bench/out):
 * the 200 department workbooks saved as Excel 97–2003 (BIFF8), and the 100,000-row sheet as an
 * `.xls`. BIFF8 holds at most 65,536 rows a sheet, so "a 100,000-row .xls" is one workbook of two
 * sheets of 50,000 indicator rows each, both under the same title and header rows (as a department
 * splits a sheet that does not fit), the footer after the last.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';

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

/**
 * The big sheet's workbook as an `.xls` of two (or more) sheets of at most {@link XLS_ROWS_PER_SHEET}
 * indicator rows each, every sheet under the title and header rows (the rows up to the one that
 * starts with 序号), merges kept within each part.
 */
export function ensureBigXls(bigXlsx: string, to: string, log: (s: string) => void): { file: string; sheets: number; cached: boolean } {
  const file = path.join(to, path.basename(bigXlsx).replace(/\.xlsx$/, '.xls'));
  if (done(to) && fs.existsSync(file)) return { file, sheets: Number(fs.readFileSync(path.join(to, '.complete'), 'utf8')), cached: true };
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(to, { recursive: true });
  const src = XLSX.read(fs.readFileSync(bigXlsx), { type: 'buffer', cellNF: true });
  const ws = src.Sheets[src.SheetNames[0] ?? ''] as XLSX.WorkSheet;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null, blankrows: true });
  const headerEnd = rows.findIndex((r) => r[0] === '序号') + 1;
  const footerStart = rows.length - 3; // a blank row, the note and the signature lines
  const head = rows.slice(0, headerEnd);
  const body = rows.slice(headerEnd, footerStart);
  const wb = XLSX.utils.book_new();
  let sheets = 0;
  for (let at = 0; at < body.length; at += XLS_ROWS_PER_SHEET) {
    const part = body.slice(at, at + XLS_ROWS_PER_SHEET);
    const last = at + XLS_ROWS_PER_SHEET >= body.length;
    const out = XLSX.utils.aoa_to_sheet([...head, ...part, ...(last ? rows.slice(footerStart) : [])]);
    // Merges of the title rows, and of the body rows within this part (shifted to it).
    out['!merges'] = (ws['!merges'] ?? []).flatMap((m) => {
      if (m.e.r < headerEnd) return [m];
      const top = m.s.r - headerEnd - at;
      const bottom = m.e.r - headerEnd - at;
      return top >= 0 && bottom < part.length ? [{ s: { r: top + headerEnd, c: m.s.c }, e: { r: bottom + headerEnd, c: m.e.c } }] : [];
    });
    XLSX.utils.book_append_sheet(wb, out, `全省台账${++sheets}`);
  }
  fs.writeFileSync(file, XLSX.write(wb, { bookType: 'biff8', type: 'buffer' }) as Buffer);
  fs.writeFileSync(path.join(to, '.complete'), String(sheets));
  log(`  saved the ${body.length}-row sheet as an .xls of ${sheets} sheets: ${file}`);
  return { file, sheets, cached: false };
}
