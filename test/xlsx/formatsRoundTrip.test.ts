/**
 * A property: random grids written by SheetJS in each format it writes read back, through the one
 * reading path, as the same cells — values, the percentage format of a fraction, merged areas and
 * hidden sheets where the format holds them, sheet names where it has sheets. Text formats (CSV,
 * HTML) hold no types: numbers come back as numbers and text as text, so the generated texts are
 * words that cannot be taken for numbers; BIFF5 and BIFF2 store text in code page 1252, so their
 * texts are ASCII.
 */
import fc from 'fast-check';
import * as XLSX from '@e965/xlsx';
import { GridCell } from '../../src/domain/grid';
import { readWorkbookBytes } from '../../src/xlsx/xlsxSource';

type Cell = { v: string | number; pct?: boolean } | null;
interface Sheet { name: string; rows: Cell[][]; merge: boolean; hidden: boolean }

const FORMATS: { bookType: XLSX.BookType; ext: string; sheets: boolean; merges: boolean; hidden: boolean; formats: boolean; ascii?: boolean }[] = [
  { bookType: 'xlsx', ext: 'xlsx', sheets: true, merges: true, hidden: true, formats: true },
  { bookType: 'xlsm', ext: 'xlsm', sheets: true, merges: true, hidden: true, formats: true },
  { bookType: 'xlsb', ext: 'xlsb', sheets: true, merges: true, hidden: true, formats: true },
  { bookType: 'biff8', ext: 'xls', sheets: true, merges: true, hidden: true, formats: true },
  { bookType: 'biff5', ext: 'xls', sheets: true, merges: false, hidden: false, formats: true, ascii: true },
  { bookType: 'biff2', ext: 'xls', sheets: false, merges: false, hidden: false, formats: true, ascii: true },
  { bookType: 'xlml', ext: 'xml', sheets: true, merges: true, hidden: true, formats: true },
  { bookType: 'ods', ext: 'ods', sheets: true, merges: true, hidden: false, formats: true },
  { bookType: 'fods', ext: 'fods', sheets: true, merges: true, hidden: false, formats: true },
  { bookType: 'html', ext: 'html', sheets: false, merges: false, hidden: false, formats: false },
  { bookType: 'csv', ext: 'csv', sheets: false, merges: false, hidden: false, formats: false },
];

const WORDS = ['新增城镇就业', '人社局', '万元', '已完成', '推进中', '省级·民生实事', '（1）', '备注：无'];
const ASCII_WORDS = ['Jobs', 'Done', 'Target', 'Loans', 'Note'];
const numberArb = fc.oneof(fc.integer({ min: -100000, max: 1000000 }), fc.integer({ min: 0, max: 1000000 }).map((n) => n / 1000));

function sheetArb(ascii: boolean): fc.Arbitrary<Sheet> {
  const cell: fc.Arbitrary<Cell> = fc.oneof(
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 3, arbitrary: fc.constantFrom(...(ascii ? ASCII_WORDS : WORDS)).map((v) => ({ v })) },
    { weight: 3, arbitrary: numberArb.map((v) => ({ v })) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 1000 }).map((n) => ({ v: n / 1000, pct: true })) },
  );
  return fc.record({
    name: fc.constantFrom(...(ascii ? ['Sheet A', 'Data'] : ['2026年民生实事', '人社局', '数据 表'])),
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
    merge: fc.boolean(),
    hidden: fc.boolean(),
  });
}

/** The workbook SheetJS writes for the sheets (a merge over A1:B1 after the data when asked). */
function write(sheets: Sheet[], bookType: XLSX.BookType, mergeText: string): Uint8Array {
  const wb = XLSX.utils.book_new();
  sheets.forEach((s, i) => {
    const ws = XLSX.utils.aoa_to_sheet(s.rows.map((r) => r.map((c) => (c === null ? null : c.v))));
    s.rows.forEach((r, ri) => r.forEach((c, ci) => {
      const cell = ws[XLSX.utils.encode_cell({ r: ri, c: ci })] as XLSX.CellObject | undefined;
      if (c?.pct && cell) cell.z = '0.0%';
    }));
    if (s.merge) {
      const r = s.rows.length + 1;
      XLSX.utils.sheet_add_aoa(ws, [[mergeText]], { origin: { r, c: 0 } });
      ws['!merges'] = [{ s: { r, c: 0 }, e: { r, c: 1 } }];
    }
    XLSX.utils.book_append_sheet(wb, ws, `${s.name}${i + 1}`);
  });
  // The first sheet stays visible (a workbook needs one).
  wb.Workbook = { Sheets: sheets.map((s, i) => ({ Hidden: s.hidden && i > 0 ? 1 : 0 })) };
  return new Uint8Array(XLSX.write(wb, { bookType, type: 'array' }) as ArrayBuffer);
}

/** The cells expected back. */
function expected(s: Sheet, keepFormats: boolean, mergeText: string): (GridCell | undefined)[][] {
  const rows: (GridCell | undefined)[][] = s.rows.map((r) => r.map((c) => {
    if (c === null) return undefined;
    return c.pct && keepFormats ? { v: c.v, fmt: '0.0%' } : { v: c.v };
  }));
  if (s.merge) rows.push([], [{ v: mergeText }]);
  for (const r of rows) while (r.length && r[r.length - 1] === undefined) r.pop();
  while (rows.length && rows[rows.length - 1]?.length === 0) rows.pop();
  return rows;
}

describe('random grids written by SheetJS read back equal', () => {
  it.each(FORMATS.map((f) => [f.bookType, f] as const))('%s', async (_name, f) => {
    let runs = 0;
    await fc.assert(fc.asyncProperty(fc.array(sheetArb(f.ascii === true), { minLength: 1, maxLength: f.sheets ? 3 : 1 }), async (sheets) => {
      const mergeText = f.ascii ? 'Merged' : '合并';
      const r = await readWorkbookBytes(`表.${f.ext}`, write(sheets, f.bookType, mergeText));
      expect(r.failures).toEqual([]);
      expect(r.grids).toHaveLength(sheets.length);
      sheets.forEach((s, i) => {
        const g = r.grids[i];
        // (a text format writes a percentage as the text "2.6%", which stays text for the domain's parsing)
        // (SheetJS writes an OpenDocument percentage as 0.00%: formats are compared as "a percentage")
        const pct = (rows: (GridCell | undefined)[][] | undefined): unknown => rows?.map((row) => row.map((c) => c && (c.fmt ? { ...c, fmt: /%$/.test(c.fmt) ? '%' : c.fmt } : c)));
        if (f.formats) expect(pct(g?.rows)).toEqual(pct(expected(s, true, mergeText)));
        else expect(g?.rows.map((row) => row.map((c) => c && { v: typeof c.v === 'string' && /%$/.test(c.v) ? Number((Number(c.v.slice(0, -1)) / 100).toPrecision(12)) : c.v }))).toEqual(expected(s, false, mergeText));
        if (f.sheets) expect(g?.sheet).toBe(`${s.name}${i + 1}`);
        if (f.merges && s.merge) expect(g?.merges).toEqual([{ top: s.rows.length + 2, left: 1, bottom: s.rows.length + 2, right: 2 }]);
        if (f.hidden) expect(Boolean(g?.hidden)).toBe(s.hidden && i > 0);
      });
      runs++;
    }), { numRuns: 25, seed: 20260401 });
    expect(runs).toBe(25);
  });
});
