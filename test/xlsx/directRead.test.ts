/**
 * The fast reader against SheetJS, input by input — and, where the two differ, against what Excel
 * shows. For every package: the fast reader gives SheetJS's grids (values, merges, hidden sheets,
 * rows and columns, sheet order and names; number formats compared by what they show, see
 * {@link comparable}), or gives the package up with DirectReadUnsupported (so that SheetJS reads it),
 * or calls it damaged (DirectReadDamaged: a part that is not well-formed XML, which Excel reports as
 * damaged too; SheetJS is more lenient there). For the dialect departments' workbooks are written
 * in, giving up is a failure.
 *
 * Where the two readers differ, the fast reader is the one that shows what Excel shows, and the
 * case says so (`differs`): SheetJS CE reads no Excel tables; it names built-in date formats by its
 * own table (`m/d/yy` for id 14, nothing for the Chinese ids 27–36 and 50–58), so formats are
 * compared by whether they show a date; it reads an unstyled ISO date cell (`t="d"`) as a date too.
 *
 * Inputs: every workbook in the repository, workbooks written by ExcelJS (a test-time writer only)
 * from generated contents, hand-written packages for what Excel and other producers write, and the
 * benchmark's generated department workbooks.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { strToU8, unzipSync } from 'fflate';
import { SheetGrid } from '../../src/domain/grid';
import { isDateFormat } from '../../src/domain/dateFormat';
import { DirectReadDamaged, DirectReadUnsupported, readGridsDirect } from '../../src/xlsx/directRead';
import { parseWithSheetJs, sheetJsGrids } from '../../src/xlsx/sheetjsRead';
import { departmentSpecs, ensureWritten } from '../../bench/generate';
import {
  NS_MAIN, NS_REL, REL_CHARTSHEET, REL_HYPERLINK, REL_TABLE, XML_HEAD, mergeCellsXml, oneSheet, relsXml, si,
  stylesXml, tableXml, worksheetXml, xlsxPackage, zipParts,
} from '../builders/xlsxParts';

const FILE = '测试局.xlsx';

/** How a comparison ended. */
type Outcome = 'same' | 'fell back' | 'damaged' | 'both refused';

const describeError = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** The grids SheetJS reads from a package (the reference). */
function readWithSheetJs(file: string, bytes: Uint8Array): SheetGrid[] {
  return sheetJsGrids(file, parseWithSheetJs(XLSX, bytes));
}

const ENTITY = /&(lt|gt|amp|quot|apos);/g;
const ENTITY_TEXT: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Text with entity-like runs (`&lt;` as text) decoded until none is left. */
const entitiesDecoded = (t: string): string => {
  let s = t;
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(ENTITY, (_m, e: string) => ENTITY_TEXT[e] ?? _m)
      .replace(/&#(x[0-9a-fA-F]+|[0-9]+);/g, (_m, n: string) => String.fromCodePoint(n.startsWith('x') ? parseInt(n.slice(1), 16) : Number(n)));
  }
  return s;
};

/**
 * A grid as compared, with the differences where SheetJS is wrong and that generated contents hit
 * everywhere taken out (the hand-written DIFFERENCES below show each one):
 * - tables left out: SheetJS CE reads none;
 * - a number format as "date" when it shows a date: the readers name built-in date formats differently;
 * - a number under a date format outside Excel's calendar left out: Excel shows #####, the fast reader
 *   keeps the number, SheetJS drops the cell;
 * - text compared with entity-like runs and character references decoded, and CR LF as LF: in a
 *   `t="str"` value SheetJS decodes `&amp;lt;` and `&amp;#20013;` twice (the text "&lt;" that Excel
 *   shows becomes "<"), and it drops the CR of a CR LF. (It also decodes `_X000D_`, with a capital
 *   X, which ECMA-376 does not define as an escape, and unescapes `_x005F_x000D_` twice in a `t="str"`
 *   value: the generated texts leave those spellings out.)
 * - a subnormal number as 0: Excel holds none (its smallest is 2.2251E-308); SheetJS keeps some.
 */
function comparable(grids: SheetGrid[], raw = false): unknown {
  return grids.map((g) => {
    const rows = g.rows.map((r) => r.map((c) => {
      if (c === undefined) return undefined;
      const date = c.fmt !== undefined && isDateFormat(c.fmt);
      if (raw) return { v: c.v, fmt: date ? 'date' : c.fmt };
      if (date && typeof c.v === 'number') return undefined;
      const v = typeof c.v === 'string' ? entitiesDecoded(c.v).replace(/\r\n?/g, '\n') : typeof c.v === 'number' && Math.abs(c.v) < 2.2250738585072014e-308 ? 0 : c.v;
      return { v, fmt: date ? 'date' : c.fmt };
    }));
    for (const r of rows) while (r.length && r[r.length - 1] === undefined) r.pop();
    while (rows.length && rows[rows.length - 1]?.length === 0) rows.pop();
    return { ...g, tables: undefined, rows };
  });
}

/**
 * Reads `bytes` with both readers and holds the fast reader to SheetJS's result (see the file
 * comment); `mayFallBack: false` also fails when the fast reader gives the package up or calls it
 * damaged. Every outcome it returns has been asserted; a disagreement throws, saying what each did.
 */
async function expectSameAsSheetJs(bytes: Uint8Array, { mayFallBack, file = FILE }: { mayFallBack: boolean; file?: string }): Promise<Outcome> {
  let reference: SheetGrid[] | undefined;
  let referenceError: unknown;
  try {
    reference = readWithSheetJs(file, bytes);
  } catch (err) {
    referenceError = err ?? new Error('thrown without a value');
  }
  let direct: SheetGrid[] | undefined;
  let directError: unknown;
  try {
    direct = readGridsDirect(file, bytes);
  } catch (err) {
    directError = err ?? new Error('thrown without a value');
  }
  if (directError !== undefined) {
    if (!(directError instanceof DirectReadUnsupported) && !(directError instanceof DirectReadDamaged)) {
      throw new Error(`the fast reader failed with something other than DirectReadUnsupported or DirectReadDamaged (${describeError(directError)})`);
    }
    if (referenceError !== undefined) return 'both refused';
    if (!mayFallBack) throw new Error(`the fast reader gave up a package it must read (${describeError(directError)}); SheetJS read: ${JSON.stringify(reference)}`);
    return directError instanceof DirectReadDamaged ? 'damaged' : 'fell back';
  }
  if (referenceError !== undefined) {
    throw new Error(`SheetJS refuses this package (${describeError(referenceError)}) but the fast reader read it: ${JSON.stringify(direct)}`);
  }
  expect(comparable(direct ?? [])).toEqual(comparable(reference ?? []));
  return 'same';
}

/** Every `.xlsx` under `dir`, recursively, sorted; none when `dir` does not exist. */
function workbooksUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }))
    .filter((f) => /\.xlsx$/i.test(f))
    .map((f) => path.join(dir, f))
    .sort();
}

// Some hand-written packages name a sheet past 31 characters: ExcelJS warns before it refuses them.
beforeAll(() => { jest.spyOn(console, 'warn').mockImplementation(() => undefined); });
afterAll(() => { jest.restoreAllMocks(); });

describe('the workbooks in the repository', () => {
  const sharedDir = path.resolve(__dirname, '../../../shared/fixtures');
  const shared = workbooksUnder(sharedDir);
  const samples = workbooksUnder(path.resolve(__dirname, '../../samples'));
  const fixtures = workbooksUnder(path.resolve(__dirname, '../fixtures'));
  const rel = (f: string): string => path.relative(path.resolve(__dirname, '../..'), f);

  it('are found', () => {
    if (fs.existsSync(sharedDir)) expect(shared.length).toBeGreaterThanOrEqual(10);
    expect(samples.length).toBeGreaterThanOrEqual(10);
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  // corpus-min files where SheetJS is wrong and the fast reader shows what Excel shows (its README).
  const KNOWN: Record<string, string> = {
    'p2-text-before-root.xlsx': 'text before the root element is not well-formed XML: Excel reports the file as damaged, SheetJS reads past it',
    'p5-iso-date-cell.xlsx': 'Excel shows the unstyled ISO date cell B2 as 2025-06-30; SheetJS gives its serial number',
  };
  if (shared.length) {
    it.each(shared.filter((f) => !KNOWN[path.basename(f)]).map((f) => [rel(f), f]))('department workbook %s: the same grids, no fallback', async (_name, f) => {
      expect(await expectSameAsSheetJs(fs.readFileSync(f), { mayFallBack: false, file: path.basename(f) })).toBe('same');
    });
    it.each(shared.filter((f) => KNOWN[path.basename(f)]).map((f) => [rel(f), KNOWN[path.basename(f)], f]))('department workbook %s differs: %s', (_name, _why, f) => {
      const bytes = fs.readFileSync(f);
      if (/p2-/.test(f)) expect(() => readGridsDirect(path.basename(f), bytes)).toThrow(DirectReadDamaged);
      else expect(readGridsDirect(path.basename(f), bytes)[0]?.rows[1]).toEqual([{ v: { date: '2025-06-30' }, fmt: 'yyyy/m/d' }, { v: { date: '2025-06-30' } }]);
      expect(readWithSheetJs(path.basename(f), bytes).length).toBe(1);
    });
  } else {
    it.skip(`department workbooks: ${sharedDir} is absent`, () => undefined);
  }

  it.each(samples.map((f) => [rel(f), f]))('sample workbook %s: the same grids, no fallback', async (_name, f) => {
    expect(await expectSameAsSheetJs(fs.readFileSync(f), { mayFallBack: false, file: path.basename(f) })).toBe('same');
  });

  it.each(fixtures.map((f) => [rel(f), f]))('fixture %s: the same grids as SheetJS, or given up, or damaged', async (_name, f) => {
    await expectSameAsSheetJs(fs.readFileSync(f), { mayFallBack: true, file: path.basename(f) });
  });
});

// ---- workbooks written by ExcelJS ----------------------------------------------------------------

type GenValue =
  | { kind: 'number'; v: number }
  | { kind: 'string'; v: string }
  | { kind: 'boolean'; v: boolean }
  | { kind: 'error'; v: string }
  | { kind: 'formula'; formula: string; result?: number | string | boolean | { error: string } | Date }
  | { kind: 'date'; v: Date }
  | { kind: 'rich'; runs: { text: string; bold: boolean }[] }
  | { kind: 'hyperlink'; text: string; url: string }
  | { kind: 'styledEmpty' };

interface GenCell { row: number; col: number; value: GenValue; numFmt?: string; styled: boolean }
interface GenRect { top: number; left: number; bottom: number; right: number }
interface GenSheet {
  base: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  cells: GenCell[];
  merges: GenRect[];
  table?: { top: number; rows: (number | string)[][]; columns: string[] };
  shared?: { top: number; results: number[] };
}
interface GenBook { date1904: boolean; sheets: GenSheet[] }

/** Characters that are hard on an XML reader, and ExcelJS's escape `_x000D_` as literal text. */
const TEXT_UNITS = ['a', 'Z', '0', '中', '文', '局', ' ', '&', '<', '>', '"', "'", '\n', '\r\n', '\t', '_x000D_', '_x000d_', '&amp;', '&lt;', '&#20013;', '😀', '\u00A0', '\u3000', '％', '_x'];
const textArb = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...TEXT_UNITS), maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '  前后空格  ', '人社局', '52.9%', '1,234', '＃N/A', '\r\n', 'line1\r\nline2', 'a_x000D_b') },
);
const numberArb = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, 1e-7, -1e-7, 0.1 + 0.2, 123456789012.345, 1e21, -2.5, 5e-324, 1.7976931348623157e308, 0.125, 45000, 45000.75),
);
const errorArb = fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!');
// UTC dates from 1899-12-31 to 2100, some with a time of day (around the 1900 leap-year bug too).
const dateArb = fc.oneof(
  fc.integer({ min: Date.UTC(1899, 11, 31), max: Date.UTC(2100, 0, 1) }).map((t) => new Date(t)),
  fc.integer({ min: 0, max: 400 }).map((d) => new Date(Date.UTC(1900, 0, 1) + d * 86_400_000)),
  fc.constantFrom(new Date(Date.UTC(2026, 2, 20)), new Date(Date.UTC(2026, 11, 31, 23, 59, 59, 999)), new Date(Date.UTC(1904, 0, 1))),
);
const valueArb: fc.Arbitrary<GenValue> = fc.oneof(
  { weight: 4, arbitrary: numberArb.map((v) => ({ kind: 'number' as const, v })) },
  { weight: 4, arbitrary: textArb.map((v) => ({ kind: 'string' as const, v })) },
  { weight: 1, arbitrary: fc.boolean().map((v) => ({ kind: 'boolean' as const, v })) },
  { weight: 1, arbitrary: errorArb.map((v) => ({ kind: 'error' as const, v })) },
  {
    weight: 3,
    arbitrary: fc.record({
      formula: fc.constantFrom('A1*2', 'SUM(A1:B2)', 'IF(A1>0,"是","否")', 'B1&"%"', '1/0'),
      result: fc.option(fc.oneof(numberArb, fc.constant(0), textArb, fc.boolean(), errorArb.map((error) => ({ error }))), { nil: undefined }),
    }).map((f) => ({ kind: 'formula' as const, ...f })),
  },
  { weight: 2, arbitrary: dateArb.map((v) => ({ kind: 'date' as const, v })) },
  { weight: 1, arbitrary: fc.array(fc.record({ text: textArb, bold: fc.boolean() }), { minLength: 1, maxLength: 3 }).map((runs) => ({ kind: 'rich' as const, runs })) },
  { weight: 1, arbitrary: fc.record({ text: textArb, url: fc.constantFrom('http://a', 'https://example.com/?a=1&b=2', 'mailto:x@y.cn') }).map((h) => ({ kind: 'hyperlink' as const, ...h })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'styledEmpty' as const }) },
);
const NUM_FMTS = ['0.00%', '#,##0.00', 'yyyy"年"m"月"d"日"', '[Red]0.00', 'mm-dd-yy', '@', 'General', '0.0\\%', 'yyyy\\-mm\\-dd', '[h]:mm:ss', '0_ ;[Red]\\-0\\ ', '"¥"#,##0.00', 'h:mm', '0'];
const cellArb: fc.Arbitrary<GenCell> = fc.record({
  row: fc.integer({ min: 1, max: 30 }),
  col: fc.integer({ min: 1, max: 8 }),
  value: valueArb,
  numFmt: fc.option(fc.constantFrom(...NUM_FMTS), { nil: undefined, freq: 3 }),
  styled: fc.boolean(),
});
// Rectangles in rows 1-38, columns 1-10 (below the last value row, 30, too), kept when disjoint from those before.
const mergesArb = fc.array(
  fc.record({ top: fc.integer({ min: 1, max: 34 }), left: fc.integer({ min: 1, max: 8 }), h: fc.integer({ min: 0, max: 3 }), w: fc.integer({ min: 0, max: 2 }) }),
  { maxLength: 8 },
).map((rs) => {
  const kept: GenRect[] = [];
  for (const r of rs) {
    const m = { top: r.top, left: r.left, bottom: r.top + r.h, right: r.left + r.w };
    if (m.bottom === m.top && m.right === m.left) m.bottom += 1; // ExcelJS writes no single-cell merge
    if (!kept.some((k) => m.left <= k.right && k.left <= m.right && m.top <= k.bottom && k.top <= m.bottom)) kept.push(m);
  }
  return kept;
});
const SHEET_BASES = ['民生实事', 'R&D', 'a<b>', "it's", '数据 表', 'x&amp;y', 'a&lt;b', ' 前导空格', 'Sheet', '2026年3月'];
const sheetArb: fc.Arbitrary<GenSheet> = fc.record({
  base: fc.constantFrom(...SHEET_BASES),
  state: fc.constantFrom('visible' as const, 'visible' as const, 'hidden' as const, 'veryHidden' as const),
  cells: fc.array(cellArb, { maxLength: 40, size: 'max' }),
  merges: mergesArb,
  table: fc.option(fc.record({
    top: fc.integer({ min: 1, max: 20 }),
    columns: fc.uniqueArray(fc.constantFrom('指标', '目标', '完成', 'A&B', '备注'), { minLength: 1, maxLength: 3 }),
    rows: fc.array(fc.array(fc.oneof(numberArb, textArb), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
  }), { nil: undefined }),
  shared: fc.option(fc.record({ top: fc.integer({ min: 1, max: 25 }), results: fc.array(fc.oneof(fc.constant(0), numberArb), { minLength: 2, maxLength: 4 }) }), { nil: undefined }),
});
const bookArb: fc.Arbitrary<GenBook> = fc.record({ date1904: fc.boolean(), sheets: fc.array(sheetArb, { minLength: 1, maxLength: 4 }) });

/** ExcelJS's cell value for a generated value. */
function excelValue(v: GenValue): ExcelJS.CellValue {
  switch (v.kind) {
    case 'number': case 'string': case 'boolean': case 'date': return v.v;
    case 'error': return { error: v.v } as ExcelJS.CellErrorValue;
    case 'formula': return { formula: v.formula, result: v.result } as ExcelJS.CellFormulaValue;
    case 'rich': return { richText: v.runs.map((r) => (r.bold ? { font: { bold: true }, text: r.text } : { text: r.text })) };
    case 'hyperlink': return { text: v.text, hyperlink: v.url };
    case 'styledEmpty': return null;
  }
}

const THIN = { style: 'thin' as const };

/** The package ExcelJS writes for a generated workbook. */
async function writeWithExcelJs(book: GenBook): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = book.date1904;
  book.sheets.forEach((s, i) => {
    const ws = wb.addWorksheet(`${s.base}${i + 1}`, { state: s.state });
    for (const c of s.cells) {
      const cell = ws.getCell(c.row, c.col);
      cell.value = excelValue(c.value);
      if (c.numFmt) cell.numFmt = c.numFmt;
      if (c.styled || c.value.kind === 'styledEmpty') {
        cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
      }
    }
    // Shared formulas in column K, a table from column M: clear of the cells and merges above.
    if (s.shared) ws.fillFormula(`K${s.shared.top}:K${s.shared.top + s.shared.results.length - 1}`, 'ROW()*2', s.shared.results);
    if (s.table) {
      const cols = s.table.columns;
      ws.addTable({
        name: `表${i + 1}_${s.table.top}`,
        ref: `M${s.table.top}`,
        headerRow: true,
        columns: cols.map((name) => ({ name })),
        rows: s.table.rows.map((r) => r.slice(0, cols.length)),
      });
    }
    for (const m of s.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('workbooks written by ExcelJS', () => {
  it('read as SheetJS reads them, none given up (generated contents)', async () => {
    const outcomes: Outcome[] = [];
    await fc.assert(fc.asyncProperty(bookArb, async (book) => {
      const outcome = await expectSameAsSheetJs(await writeWithExcelJs(book), { mayFallBack: false });
      expect(outcome).toBe('same');
      outcomes.push(outcome);
    }), { numRuns: 60, seed: 20260320 });
    expect(outcomes.length).toBeGreaterThanOrEqual(60);
  });

  it('read as SheetJS reads them: one cell of each kind, each number format, merged masters left empty', async () => {
    const values: GenValue[] = [
      { kind: 'number', v: -1234.5 }, { kind: 'number', v: 1e-7 }, { kind: 'number', v: 0 },
      { kind: 'string', v: ' 前后空格 ' }, { kind: 'string', v: '&<>"\'' }, { kind: 'string', v: 'a\r\nb\nc' }, { kind: 'string', v: '_x000D_' }, { kind: 'string', v: '😀𠮷' }, { kind: 'string', v: '' },
      { kind: 'boolean', v: true }, { kind: 'boolean', v: false }, { kind: 'error', v: '#N/A' }, { kind: 'error', v: '#DIV/0!' },
      { kind: 'formula', formula: 'A1*2', result: 3 }, { kind: 'formula', formula: 'A1*2', result: 0 }, { kind: 'formula', formula: 'B1&"x"', result: '结果&lt;' }, { kind: 'formula', formula: 'B1&"x"', result: '' },
      { kind: 'formula', formula: 'A1>0', result: true }, { kind: 'formula', formula: 'A1>0', result: false }, { kind: 'formula', formula: '1/0', result: { error: '#DIV/0!' } }, { kind: 'formula', formula: 'NOW()' },
      { kind: 'formula', formula: 'TODAY()', result: new Date(Date.UTC(2026, 2, 20)) },
      { kind: 'date', v: new Date(Date.UTC(2026, 2, 20)) }, { kind: 'date', v: new Date(Date.UTC(1900, 1, 28, 12)) }, { kind: 'date', v: new Date(Date.UTC(1900, 2, 1)) },
      { kind: 'rich', runs: [{ text: 'a', bold: false }, { text: 'b', bold: true }] },
      { kind: 'hyperlink', text: 'x', url: 'http://a' }, { kind: 'styledEmpty' },
    ];
    const cells: GenCell[] = [];
    values.forEach((value, i) => {
      cells.push({ row: i + 1, col: 1, value, styled: false });
      NUM_FMTS.forEach((numFmt, k) => cells.push({ row: i + 1, col: k + 2, value, numFmt, styled: k % 2 === 0 }));
    });
    const merges = [
      { top: 40, left: 1, bottom: 44, right: 1 }, // master empty, below the last value row
      { top: 30, left: 18, bottom: 50, right: 18 }, // vertical, reaching far below
      { top: 2, left: 20, bottom: 2, right: 22 }, // master empty, on a value row
      { top: 5, left: 2, bottom: 6, right: 3 }, // over values
    ];
    for (const date1904 of [false, true]) {
      const book: GenBook = {
        date1904,
        sheets: [
          { base: '各类单元格', state: 'visible', cells, merges },
          { base: '隐藏', state: 'hidden', cells: cells.slice(0, 20), merges: [], table: { top: 3, columns: ['指标', '目标'], rows: [[1, 'a'], ['b', 2]] } },
          { base: '深度隐藏', state: 'veryHidden', cells: [], merges: [{ top: 1, left: 1, bottom: 3, right: 1 }] },
        ],
      };
      expect(await expectSameAsSheetJs(await writeWithExcelJs(book), { mayFallBack: false })).toBe('same');
    }
  });
});

// ---- hand-written packages -----------------------------------------------------------------------

interface HandCase {
  name: string;
  bytes: () => Uint8Array;
  /** Whether ExcelJS reads the package (checked, so that a broken builder cannot pass unnoticed). */
  excelJs: 'reads' | 'refuses';
  /** The direct reader may give it up (outside the departments' dialect). */
  mayFallBack?: boolean;
  /**
   * For a package ExcelJS refuses over damage in a part the grids do not use (a hyperlink, comment,
   * drawing, validation, conditional format, document property, table column or row style): the
   * same package with that damage mended. The direct reader reads the damaged package, and must give
   * what ExcelJS gives for the mended one.
   */
  mended?: () => Uint8Array;
}

/** A row of cells, `<row r="n">…</row>`. */
const row = (r: number, cells: string): string => `<row r="${r}">${cells}</row>`;
/** A number cell. */
const num = (ref: string, v: string | number, s?: number): string => `<c r="${ref}"${s !== undefined ? ` s="${s}"` : ''}><v>${v}</v></c>`;
const FIRST = row(1, num('A1', 1));
const HYPERLINK_RELS = (n: number): string => relsXml(Array.from({ length: n }, (_, i) => ({ id: `rIdH${i}`, type: REL_HYPERLINK, target: `http://a/${i}`, external: true })));
const hyperlinks = (refs: string[]): string => `<hyperlinks>${refs.map((r, i) => `<hyperlink ref="${r}" r:id="rIdH${i}"/>`).join('')}</hyperlinks>`;
const tableParts = (ids: string[]): string => `<tableParts count="${ids.length}">${ids.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`;
const DATE_STYLES = stylesXml({ cellXfs: [0, 14] });
const BUILTIN_IDS = [9, 10, 14, 22, 31, 46, 58];
const EXCEL_BOILERPLATE_BEFORE = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:C4"/>'
  + '<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="B3" sqref="B3"/></sheetView></sheetViews>'
  + '<sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/><cols><col min="1" max="1" width="30.625" customWidth="1"/><col min="2" max="3" width="12" style="1" customWidth="1"/></cols>';
const EXCEL_BOILERPLATE_AFTER = '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>'
  + '<phoneticPr fontId="1" type="noConversion"/><conditionalFormatting sqref="C3:C4"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0.5</formula></cfRule></conditionalFormatting>'
  + '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="B3:B4"><formula1>"是,否"</formula1></dataValidation></dataValidations>'
  + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" r:id="rIdP"/><headerFooter><oddFooter>&amp;P</oddFooter></headerFooter>'
  + '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
  + '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>说明!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>C3:C4</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>';

/** An Excel-like worksheet: the usual elements around sheetData, x14ac attributes, spans, heights. */
function excelLikeSheet(): Uint8Array {
  const xml = `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" `
    + 'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
    + 'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="{00000000-0001-0000-0000-000000000000}">'
    + `${EXCEL_BOILERPLATE_BEFORE}<sheetData>`
    + '<row r="1" spans="1:3" ht="30" customHeight="1" x14ac:dyDescent="0.2"><c r="A1" s="2" t="s"><v>0</v></c><c r="B1" s="2"/><c r="C1" s="2"/></row>'
    + '<row r="2" spans="1:3" x14ac:dyDescent="0.2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c></row>'
    + '<row r="3" spans="1:3" x14ac:dyDescent="0.2"><c r="A3" t="s"><v>4</v></c><c r="B3" s="1"><v>1234.5</v></c><c r="C3" s="3"><f>B3/2000</f><v>0.61725000000000008</v></c></row>'
    + '<row r="4" spans="1:3" hidden="1" x14ac:dyDescent="0.2"><c r="A4" t="s"><v>5</v></c><c r="B4" s="1"><v>0</v></c><c r="C4" s="3"><f>B4/2000</f><v>0</v></c></row>'
    + `</sheetData>${EXCEL_BOILERPLATE_AFTER}</worksheet>`;
  return xlsxPackage({
    sheets: [
      { name: '2026年民生实事', xml, rels: relsXml([{ id: 'rIdP', type: `${NS_REL}/printerSettings`, target: '../printerSettings/printerSettings1.bin' }]) },
      { name: '说明', xml: worksheetXml(row(1, '<c r="A1" t="s"><v>6</v></c>')), state: 'hidden' },
    ],
    sharedStrings: [si('2026年民生实事项目进度表'), si('指标名称'), si('全年目标'), si('完成率'), si('新增城镇就业'), si('城镇调查失业率'), si('填表说明')],
    styles: stylesXml({ numFmts: [{ id: 176, code: '#,##0.00_ ' }], cellXfs: [0, 176, 0, 10] }),
    parts: { 'xl/printerSettings/printerSettings1.bin': new Uint8Array([0, 1, 2, 3]) },
  });
}

const COMMENTS_XML = `${XML_HEAD}<comments xmlns="${NS_MAIN}"><authors><author>张三</author></authors><commentList><comment ref="A1" authorId="0"><text><r><rPr><b/><sz val="9"/><rFont val="宋体"/><charset val="134"/></rPr><t>张三:</t></r><r><rPr><sz val="9"/><rFont val="宋体"/><charset val="134"/></rPr><t xml:space="preserve">
请核实</t></r></text></comment></commentList></comments>`;
const COMMENTS_VML = '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">'
  + '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
  + '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>'
  + '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>1, 15, 0, 2, 3, 15, 4, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const ANCHOR = '<xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>9</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>';
const PICTURE_DRAWING = `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}"><xdr:twoCellAnchor editAs="oneCell">${ANCHOR}`
  + '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="图片 1"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>'
  + `<xdr:blipFill><a:blip xmlns:r="${NS_REL}" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>`
  + '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="100" cy="100"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';
const CHART_DRAWING = `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}"><xdr:twoCellAnchor>${ANCHOR}`
  + '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>'
  + `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS_REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
const PNG_HEAD = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82]);
const relOf = (type: string, target: string, id = 'rId1'): string => relsXml([{ id, type: `${NS_REL}/${type}`, target }]);
const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const TABLE_ON_A1 = { after: tableParts(['rIdT']), rels: relsXml([{ id: 'rIdT', type: REL_TABLE, target: '../tables/table1.xml' }]) };

const HAND_CASES: HandCase[] = [
  // The dialect: what Excel and WPS write.
  { name: 'an Excel-like worksheet (sheetViews, cols, x14ac attributes, spans, conditional formats, validations, page setup, extLst)', excelJs: 'reads', bytes: excelLikeSheet },
  { name: 'inline strings <is><t>', excelJs: 'reads', bytes: () => oneSheet(row(1, '<c r="A1" t="inlineStr"><is><t>人社局</t></is></c><c r="B1" t="inlineStr"><is><t xml:space="preserve"> 前后 </t></is></c>') + row(2, '<c r="A2" t="inlineStr"><is><t></t></is></c><c r="B2" t="inlineStr"><is><t/></is></c>')) },
  { name: 'inline strings with rich runs <is><r><t>', excelJs: 'reads', bytes: () => oneSheet(row(1, '<c r="A1" t="inlineStr"><is><r><t>a</t></r><r><rPr><b/><sz val="11"/><rFont val="宋体"/></rPr><t xml:space="preserve"> b</t></r></is></c>')) },
  { name: 'inline strings with _x000D_ escapes (kept in <t>, decoded in runs)', excelJs: 'reads', bytes: () => oneSheet(row(1, '<c r="A1" t="inlineStr"><is><t>a_x000D_b</t></is></c><c r="B1" t="inlineStr"><is><r><t>c_x000D_d</t></r></is></c>')) },
  { name: 'inline strings, pretty-printed', excelJs: 'reads', bytes: () => oneSheet('\n  <row r="1">\n    <c r="A1" t="inlineStr">\n      <is>\n        <t>x</t>\n      </is>\n    </c>\n    <c r="B1">\n      <v>1</v>\n    </c>\n  </row>\n') },
  { name: 't="str" values and formula results with &amp;lt; (decoded twice by ExcelJS), inline strings with it (decoded once)', excelJs: 'reads', bytes: () => oneSheet(row(1, '<c r="A1" t="str"><v>a&amp;lt;b &amp;amp; &amp;gt; &amp;quot;&amp;apos; &amp;#20013; &amp;nbsp;</v></c><c r="B1" t="str"><f>"&lt;"</f><v>&amp;lt;x&amp;gt;</v></c><c r="C1" t="inlineStr"><is><t>&amp;lt;</t></is></c><c r="D1" t="str"><v>R&amp;D</v></c>')) },
  { name: 'shared strings with phonetic runs <rPh> and <phoneticPr/>', excelJs: 'reads', bytes: () => oneSheet(row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'), { sharedStrings: ['<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>', '<si><r><t>民生</t></r><r><rPr><b/></rPr><t>实事</t></r><rPh sb="0" eb="1"><t>みん</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>'] }) },
  { name: 'shared strings <si/> and <si><t/></si> (an empty <si/> as the only cell of the last row)', excelJs: 'reads', bytes: () => oneSheet(FIRST + row(2, '<c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c>') + row(4, '<c r="C4" t="s"><v>0</v></c>'), { sharedStrings: ['<si/>', '<si><t/></si>'] }) },
  { name: 'shared strings with _x000D_, lowercase _x000d_, _x005F_x000D_ and _x0001_ escapes', excelJs: 'reads', bytes: () => oneSheet(row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'), { sharedStrings: ['<si><t>a_x000D_b_x000d_c_x005F_x000D_d_x0001_e_x4E2D_</t></si>', '<si><r><t>f_x000D_</t></r><r><t>_x000A_g</t></r></si>'] }) },
  { name: 'numeric character references &#20013; &#x4E2D; in shared, inline and str text', excelJs: 'reads', bytes: () => oneSheet(row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>&#20013;&#x4E2D;</t></is></c><c r="C1" t="str"><v>&#20013;&#x4e2d;&#x1F600;</v></c>'), { sharedStrings: ['<si><t>&#20013;&#x4E2D;&#x4e2d;</t></si>'] }) },
  { name: 'CR LF inside text, raw and as &#13;&#10;', excelJs: 'reads', bytes: () => oneSheet(row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>c\r\nd&#13;&#10;e\rf</t></is></c><c r="C1" t="str"><v>g\r\nh&#13;i</v></c>'), { sharedStrings: ['<si><t xml:space="preserve">a\r\nb&#13;&#10;c&#13;</t></si>'] }) },
  { name: 'shared strings, pretty-printed', excelJs: 'reads', bytes: () => oneSheet(row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'), { sharedStrings: ['\n  <si>\n    <t>y</t>\n  </si>', '\n  <si>\n    <r>\n      <t>a</t>\n    </r>\n    <r>\n      <t>b</t>\n    </r>\n  </si>\n'] }) },
  { name: 'built-in number formats by id only (9, 10, 14, 22, 31, 46, 58), no <numFmts>', excelJs: 'reads', bytes: () => oneSheet(row(1, BUILTIN_IDS.map((_, i) => num(`${String.fromCharCode(65 + i)}1`, 45000.25, i + 1)).join('')) + row(2, BUILTIN_IDS.map((_, i) => num(`${String.fromCharCode(65 + i)}2`, 0.5, i + 1)).join('')), { styles: stylesXml({ cellXfs: [0, ...BUILTIN_IDS] }) }) },
  { name: 'custom number formats with backslash escapes (0.0\\%, yyyy\\-mm\\-dd)', excelJs: 'reads', bytes: () => oneSheet(row(1, num('A1', 0.5, 1) + num('B1', 45000, 2) + num('C1', 45000, 3)), { styles: stylesXml({ numFmts: [{ id: 176, code: '0.0\\%' }, { id: 177, code: 'yyyy\\-mm\\-dd' }, { id: 178, code: '#,##0.00_);[Red]\\(#,##0.00\\)' }], cellXfs: [0, 176, 177, 178] }) }) },
  { name: 'a built-in id redefined in <numFmts> (as WPS writes 14), and a custom id with no definition', excelJs: 'reads', bytes: () => oneSheet(row(1, num('A1', 45000, 1) + num('B1', 45000, 2)), { styles: stylesXml({ numFmts: [{ id: 14, code: 'yyyy/m/d' }], cellXfs: [0, 14, 190] }) }) },
  { name: 'a style index past the end of cellXfs', excelJs: 'reads', bytes: () => oneSheet(row(1, num('A1', 45000, 1) + num('B1', 7, 99) + '<c r="C1" s="99" t="s"><v>0</v></c>'), { sharedStrings: [si('x')], styles: DATE_STYLES }) },
  { name: 'an empty cell <c r="B2"/> as the last row', excelJs: 'reads', bytes: () => oneSheet(FIRST + row(2, '<c r="B2"/>')) },
  { name: 'an empty cell <c r="B2" s="0"/> as the last row', excelJs: 'reads', bytes: () => oneSheet(FIRST + row(2, '<c r="B2" s="0"/>'), { styles: stylesXml({ cellXfs: [0, 10] }) }) },
  { name: 'an empty cell <c r="B2" s="1"/> as the last row', excelJs: 'reads', bytes: () => oneSheet(FIRST + row(2, '<c r="B2" s="1"/>'), { styles: stylesXml({ cellXfs: [0, 10] }) }) },
  { name: 'rows of styled empty cells after the data, and an empty styled row', excelJs: 'reads', bytes: () => oneSheet(FIRST + '<row r="2" s="1" customFormat="1"><c r="A2" s="1"/><c r="B2" s="1"/></row><row r="5" ht="20" customHeight="1"/>', { styles: stylesXml({ cellXfs: [0, 10] }) }) },
  { name: 'rows out of order, cells out of order', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(row(3, num('B3', 3) + num('A3', 4)) + FIRST + row(2, num('C2', 2))) },
  { name: 'empty <v></v> and <v/>', excelJs: 'reads', bytes: () => oneSheet(FIRST + row(2, '<c r="A2"><v></v></c><c r="B2" s="1"><v/></c><c r="C2" t="s"><v></v></c>'), { styles: stylesXml({ cellXfs: [0, 10] }) }) },
  { name: 'booleans <v>1</v>, <v>0</v> and <v>TRUE</v>', excelJs: 'reads', bytes: () => oneSheet(row(1, '<c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="b"><v>TRUE</v></c>')) },
  { name: 'number text with spaces <v> 12 </v>', excelJs: 'reads', bytes: () => oneSheet(row(1, num('A1', ' 12 ') + num('B1', '\n3.5\n') + num('C1', '1E-7') + num('D1', '-0'))) },
  { name: 'a shared formula: master and slaves <f t="shared" si="0"/> with cached values', excelJs: 'reads', bytes: () => oneSheet(row(1, '<c r="A1"><f t="shared" ref="A1:A3" si="0">ROW()*2</f><v>2</v></c>') + row(2, '<c r="A2"><f t="shared" si="0"/><v>4</v></c>') + row(3, '<c r="A3"><f t="shared" si="0"/><v>6</v></c>')) },
  { name: 'formulas with cached 0, FALSE and empty text results', excelJs: 'reads', bytes: () => oneSheet(row(1, '<c r="A1"><f>B1-B1</f><v>0</v></c><c r="B1" t="b"><f>1&gt;2</f><v>0</v></c><c r="C1" t="str"><f>""</f><v></v></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c>') + row(2, '<c r="A2"><f t="shared" ref="A2:A3" si="1">B2*0</f><v>0</v></c>') + row(3, '<c r="A3"><f t="shared" si="1"/><v>0</v></c>')) },
  { name: 'errors and formulas without cached values', excelJs: 'reads', bytes: () => oneSheet(row(1, '<c r="A1" t="e"><v>#N/A</v></c><c r="B1"><f>A1</f></c>') + row(2, '<c r="A2"><f>NOW()</f></c>')) },
  { name: 'a worksheet whose relationship target is absolute (/xl/worksheets/sheet1.xml)', excelJs: 'reads', bytes: () => xlsxPackage({ sheets: [{ name: '甲', xml: worksheetXml(FIRST), target: '/xl/worksheets/sheet1.xml' }] }) },
  { name: 'sheets whose parts are numbered out of the workbook order (sheets moved in Excel)', excelJs: 'reads', bytes: () => xlsxPackage({ sheets: [{ name: '乙', xml: worksheetXml(row(1, num('A1', 2))), target: 'worksheets/sheet2.xml', part: 'xl/worksheets/sheet2.xml', sheetId: '2' }, { name: '甲', xml: worksheetXml(FIRST), target: 'worksheets/sheet1.xml', part: 'xl/worksheets/sheet1.xml', sheetId: '1' }] }) },
  {
    name: 'a chartsheet in workbook.xml (ExcelJS leaves it out)',
    excelJs: 'reads',
    bytes: () => xlsxPackage({
      sheets: [{ name: '数据', xml: worksheetXml(FIRST) }],
      extraSheets: [{ element: '<sheet name="图表1" sheetId="9" r:id="rIdC"/>', rel: { id: 'rIdC', type: REL_CHARTSHEET, target: 'chartsheets/sheet1.xml' } }],
      parts: { 'xl/chartsheets/sheet1.xml': `${XML_HEAD}<chartsheet xmlns="${NS_MAIN}"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>` },
    }),
  },
  { name: 'workbookPr date1904="1"', excelJs: 'reads', bytes: () => oneSheet(row(1, num('A1', 45000, 1) + num('B1', 0.5, 1) + '<c r="C1" s="1"><f>A1</f><v>45001</v></c>'), { workbookPr: '<workbookPr date1904="1"/>', styles: DATE_STYLES }) },
  { name: 'workbookPr date1904="true" (not 1904 for ExcelJS)', excelJs: 'reads', bytes: () => oneSheet(row(1, num('A1', 45000, 1)), { workbookPr: '<workbookPr date1904="true" defaultThemeVersion="124226"/>', styles: DATE_STYLES }) },
  { name: 'state="hidden" and state="veryHidden" sheets, names with & < \' and spaces', excelJs: 'reads', bytes: () => xlsxPackage({ sheets: [{ name: 'R&D <1>', xml: worksheetXml(FIRST), state: 'hidden' }, { name: "it's 数据 表", xml: worksheetXml(FIRST), state: 'veryHidden' }, { name: '可见', xml: worksheetXml(FIRST), state: 'visible' }] }) },
  {
    name: 'a table part',
    excelJs: 'reads',
    bytes: () => oneSheet(row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>') + row(2, num('A2', 1) + num('B2', 2)), {
      sharedStrings: [si('指标'), si('目标')],
      after: tableParts(['rIdT']),
      rels: relsXml([{ id: 'rIdT', type: REL_TABLE, target: '../tables/table1.xml' }]),
      parts: { 'xl/tables/table1.xml': tableXml(1, '表_1', 'A1:B2', ['指标', '目标']) },
    }),
  },
  {
    name: 'two table parts on two sheets, listed out of order',
    excelJs: 'reads',
    bytes: () => xlsxPackage({
      sheets: [
        { name: '甲', xml: worksheetXml(row(1, num('A1', 1) + num('D1', 2)), tableParts(['rId2', 'rId1'])), rels: relsXml([{ id: 'rId1', type: REL_TABLE, target: '../tables/table1.xml' }, { id: 'rId2', type: REL_TABLE, target: '../tables/table2.xml' }]) },
        { name: '乙', xml: worksheetXml(row(1, num('A1', 1)), tableParts(['rId1'])), rels: relsXml([{ id: 'rId1', type: REL_TABLE, target: '../tables/table3.xml' }]) },
      ],
      parts: { 'xl/tables/table1.xml': tableXml(1, 'Tb', 'A1:B3', ['a', 'b']), 'xl/tables/table2.xml': tableXml(2, 'Ta', 'D1:D4', ['d']), 'xl/tables/table3.xml': tableXml(3, 'Tc', 'A1:A2', ['x']) },
    }),
  },
  { name: 'merges given in reverse (B3:A1), a single-cell merge A1:A1, a vertical merge below the data', excelJs: 'reads', bytes: () => oneSheet(FIRST + row(2, num('D2', 2)), { after: mergeCellsXml(['C3:B1', 'A1:A1', 'D2:D9', 'F20:G20']) }) },
  { name: 'overlapping merges', excelJs: 'refuses', bytes: () => oneSheet(FIRST, { after: mergeCellsXml(['A1:B2', 'B2:C3']) }) },
  { name: 'the same merge twice (ExcelJS with linear merge loading keeps one)', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(FIRST, { after: mergeCellsXml(['A1:B2', 'A1:B2', 'D1:D2']) }) },
  { name: 'an <extLst> with prefixed x14 elements after sheetData', excelJs: 'reads', bytes: () => oneSheet(FIRST, { after: '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="{1}"><x14:dataBar minLength="0" maxLength="100"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/></x14:dataBar></x14:cfRule><xm:sqref>A1:A3</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>' }) },
  { name: 'a hyperlink on a text cell, and an internal hyperlink (location) on a number', excelJs: 'reads', bytes: () => oneSheet(row(1, '<c r="A1" t="s"><v>0</v></c>' + num('B1', 5)), { sharedStrings: [si('链接')], after: '<hyperlinks><hyperlink ref="A1" r:id="rIdH0"/><hyperlink ref="B1" location="Sheet1!A1" display="x"/></hyperlinks>', rels: HYPERLINK_RELS(1) }) },
  { name: 'a sheet name with &amp; and an escaped quote', excelJs: 'reads', bytes: () => xlsxPackage({ sheets: [{ name: '人社&就业 "一"', xml: worksheetXml(FIRST) }] }) },

  { name: 'cells typed t="n"', excelJs: 'reads', bytes: () => oneSheet(row(1, '<c r="A1" t="n"><v>3</v></c><c r="B1" t="n" s="1"><v>45000</v></c><c r="C1" t="n"><v>-0.25</v></c>'), { styles: DATE_STYLES }) },
  { name: 'empty sheets: <sheetData/>, and a worksheet without sheetData', excelJs: 'reads', bytes: () => xlsxPackage({ sheets: [{ name: 'Sheet1', xml: worksheetXml(FIRST) }, { name: 'Sheet2', xml: `${XML_HEAD}<worksheet xmlns="${NS_MAIN}"><dimension ref="A1"/><sheetData/></worksheet>` }, { name: 'Sheet3', xml: `${XML_HEAD}<worksheet xmlns="${NS_MAIN}"><dimension ref="A1"/></worksheet>` }] }) },
  { name: 'a row element with no cells, and styled columns over the whole width', excelJs: 'reads', bytes: () => xlsxPackage({ sheets: [{ name: 'a', xml: worksheetXml('<row r="1" spans="1:3" ht="9" customHeight="1"/>' + row(2, num('A2', 2)), '', '<cols><col min="1" max="16384" width="9" style="1"/></cols>') }], styles: stylesXml({ cellXfs: [0, 10] }) }) },
  { name: 'array formulas, Excel 365 cm/vm attributes, volatile ca="1"', excelJs: 'reads', bytes: () => oneSheet(row(1, '<c r="A1" cm="1"><f t="array" ref="A1:A3" aca="false">SEQUENCE(3)</f><v>1</v></c><c r="B1" vm="1"><v>5</v></c><c r="C1"><f ca="1">NOW()</f><v>45000</v></c>') + row(2, num('A2', 2)) + row(3, num('A3', 3))) },
  { name: 'a comment (批注) with its VML drawing', excelJs: 'reads', bytes: () => oneSheet(FIRST, { after: '<legacyDrawing r:id="rId2"/>', rels: relsXml([{ id: 'rId1', type: `${NS_REL}/comments`, target: '../comments1.xml' }, { id: 'rId2', type: `${NS_REL}/vmlDrawing`, target: '../drawings/vmlDrawing1.vml' }]), parts: { 'xl/comments1.xml': COMMENTS_XML, 'xl/drawings/vmlDrawing1.vml': COMMENTS_VML } }) },
  { name: 'a picture in a drawing', excelJs: 'reads', bytes: () => oneSheet(FIRST, { after: '<drawing r:id="rId1"/>', rels: relOf('drawing', '../drawings/drawing1.xml'), parts: { 'xl/drawings/drawing1.xml': PICTURE_DRAWING, 'xl/drawings/_rels/drawing1.xml.rels': relOf('image', '../media/image1.png'), 'xl/media/image1.png': PNG_HEAD } }) },
  { name: 'a chart in a drawing', excelJs: 'reads', bytes: () => oneSheet(FIRST, { after: '<drawing r:id="rId1"/>', rels: relOf('drawing', '../drawings/drawing1.xml'), parts: { 'xl/drawings/drawing1.xml': CHART_DRAWING, 'xl/drawings/_rels/drawing1.xml.rels': relOf('chart', '../charts/chart1.xml'), 'xl/charts/chart1.xml': `${XML_HEAD}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>` } }) },
  {
    name: 'defined names: print areas (one #REF!), print titles, the filter database, a named cell',
    excelJs: 'reads',
    bytes: () => xlsxPackage({
      sheets: [{ name: 'Sheet 1', xml: worksheetXml(FIRST) }, { name: 'S2', xml: worksheetXml(FIRST) }, { name: 'S3', xml: worksheetXml(FIRST) }],
      workbookAfter: '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">\'Sheet 1\'!$A$2:$D$20</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">\'Sheet 1\'!$A$1:$D$20,\'Sheet 1\'!$F$1:$G$5</definedName>'
        + '<definedName name="_xlnm.Print_Titles" localSheetId="1">S2!$A:$B,S2!$1:$2</definedName><definedName name="_xlnm.Print_Area" localSheetId="2">#REF!</definedName><definedName name="目标">\'Sheet 1\'!$B$2</definedName></definedNames>',
    }),
  },
  {
    name: 'workbook.xml as Excel 2016+ writes it (fileVersion, mc:AlternateContent absPath, xr:revisionPtr, bookViews, extLst)',
    excelJs: 'reads',
    bytes: () => xlsxPackage({
      sheets: [{ name: '甲', xml: worksheetXml(FIRST) }],
      workbookBefore: '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="22228"/><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15"><x15ac:absPath url="C:\\Users\\张三\\Desktop\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent>'
        + '<xr:revisionPtr revIDLastSave="0" documentId="13_ncr:1_{00000000-0000-0000-0000-000000000000}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10"/>',
      workbookPr: '<workbookPr filterPrivacy="1" defaultThemeVersion="164011"/>',
      workbookAfter: '<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst>',
    }),
  },
  {
    name: 'document properties (core with a bad date, app)',
    excelJs: 'reads',
    bytes: () => oneSheet(FIRST, {
      parts: {
        'docProps/core.xml': `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>张三</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-03-20T01:02:03Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">bogus</dcterms:modified></cp:coreProperties>`,
        'docProps/app.xml': `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>WPS 表格</Application><Company>某局</Company></Properties>`,
        'xl/theme/theme1.xml': `${XML_HEAD}<a:theme xmlns:a="${NS_A}" name="Office 主题"><a:themeElements/></a:theme>`,
      },
    }),
  },
  { name: 'autoFilter, sheet protection, protected ranges, row and column breaks, ignored errors', excelJs: 'reads', bytes: () => oneSheet(FIRST + row(2, num('A2', 2)), { after: '<sheetProtection algorithmName="SHA-512" hashValue="abc=" saltValue="def=" spinCount="100000" sheet="1" objects="1" scenarios="1"/><protectedRanges><protectedRange sqref="B2:C9" name="区域1"/></protectedRanges><autoFilter ref="A1:D20"><filterColumn colId="0"><filters><filter val="1"/></filters></filterColumn></autoFilter><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><rowBreaks count="1" manualBreakCount="1"><brk id="10" max="16383" man="1"/></rowBreaks><colBreaks count="1" manualBreakCount="1"><brk id="3" max="1048575" man="1"/></colBreaks><ignoredErrors><ignoredError sqref="A1:C9" numberStoredAsText="1"/></ignoredErrors>' }) },
  { name: 'conditional formats of several kinds, and data validations over several ranges', excelJs: 'reads', bytes: () => oneSheet(FIRST, { after: '<conditionalFormatting sqref="A1:A5"><cfRule type="expression" dxfId="0" priority="1"><formula>$A1&gt;0</formula></cfRule><cfRule type="containsText" dxfId="0" priority="2" operator="containsText" text="滞后"><formula>NOT(ISERROR(SEARCH("滞后",A1)))</formula></cfRule></conditionalFormatting><conditionalFormatting sqref="B1:B5"><cfRule type="colorScale" priority="3"><colorScale><cfvo type="min"/><cfvo type="max"/><color rgb="FFF8696B"/><color rgb="FF63BE7B"/></colorScale></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="whole" operator="between" allowBlank="1" sqref="A1:A3 C1:C3 E5"><formula1>0</formula1><formula2>100</formula2></dataValidation></dataValidations>' }) },
  { name: 'a table whose name differs from its displayName', excelJs: 'reads', bytes: () => oneSheet(row(1, '<c r="A1" t="str"><v>h</v></c>'), { ...TABLE_ON_A1, parts: { 'xl/tables/table1.xml': tableXml(1, 'Table1', 'A1:A2', ['h']).replace('displayName="Table1"', 'displayName="销售表"') } }) },
  { name: 'cellXfs without numFmtId, and a cell style (xfId) with a number format', excelJs: 'reads', bytes: () => oneSheet(row(1, num('A1', 0.5, 1) + num('B1', 0.5, 2)), { styles: stylesXml({ cellXfs: [0, '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="1"/>', '<xf fontId="0" fillId="0" borderId="0" xfId="0"/>'] }).replace('<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>', '<cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>') }) },
  { name: 'a cell in column XFD, and a row past 100,000', excelJs: 'reads', bytes: () => oneSheet(row(1, num('A1', 1) + num('XFD1', 2)) + row(100001, num('B100001', 3))) },
  { name: 'entity-like text in capitals (&amp;LT; is the text &LT;)', excelJs: 'reads', bytes: () => oneSheet(row(1, '<c r="A1" t="inlineStr"><is><t>a&amp;LT;b</t></is></c><c r="B1" t="s"><v>0</v></c>'), { sharedStrings: ['<si><t>&amp;GT;</t></si>'] }) },
  { name: 'escapes past U+00FF (_x4E2D_) in t="str" values and formula results', excelJs: 'reads', bytes: () => oneSheet(row(1, '<c r="A1" t="str"><v>_x4E2D_</v></c><c r="B1" t="str"><f>"x"</f><v>_xD83D__xDE00_</v></c>')) },
  { name: 'tab, apostrophe and quote references (&#9; &apos; &quot;)', excelJs: 'reads', bytes: () => oneSheet(row(1, '<c r="A1" t="inlineStr"><is><t>a&#9;b&apos;&quot;</t></is></c><c r="B1" t="s"><v>0</v></c>'), { sharedStrings: ['<si><t>&apos;x&quot;&#x9;</t></si>'] }) },

  { name: 'valid XML spelled unusually: single-quoted attributes, spaces around = and before >, tabs and line feeds between attributes', excelJs: 'reads', bytes: () => oneSheet("<row r='1'><c r='A1' t='s'><v>0</v></c><c r = \"B1\"\n  t=\"inlineStr\" ><is><t>x</t></is></c ><c\tr='C1'><v>3</v></c></row >", { sharedStrings: ["<si><t xml:space='preserve'>a</t></si>"] }) },
  { name: 'a worksheet without an XML declaration, and one with a single-quoted declaration and CR LF', excelJs: 'reads', bytes: () => xlsxPackage({ sheets: [{ name: 'a', xml: `<worksheet xmlns="${NS_MAIN}"><sheetData>${FIRST}</sheetData></worksheet>` }, { name: 'b', xml: `<?xml version='1.0' encoding='utf-8'?>\r\n<worksheet xmlns="${NS_MAIN}"><sheetData>${FIRST}</sheetData></worksheet>\r\n` }] }) },

  // Outside the dialect, or ExcelJS's oddities: the direct reader may give these up.
  { name: 'an XML comment inside a worksheet', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(`<!-- 注释 -->${row(1, '<c r="A1"><v>1<!-- x -->2</v></c>')}`) },
  { name: 'CDATA in a worksheet and in shared strings', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(row(1, '<c r="A1" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c><c r="B1" t="s"><v>0</v></c>'), { sharedStrings: ['<si><t><![CDATA[x&y]]></t></si>'] }) },
  { name: 'prefixed element names throughout a worksheet (<x:c>)', excelJs: 'refuses', mayFallBack: true, bytes: () => xlsxPackage({ sheets: [{ name: 'a', xml: `${XML_HEAD}<x:worksheet xmlns:x="${NS_MAIN}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>` }] }) },
  { name: 'prefixed cells in an unprefixed worksheet', excelJs: 'reads', mayFallBack: true, bytes: () => xlsxPackage({ sheets: [{ name: 'a', xml: `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:x="${NS_MAIN}"><sheetData><row r="1"><x:c r="A1"><x:v>1</x:v></x:c><c r="B1"><v>2</v></c></row></sheetData></worksheet>` }] }) },
  { name: 'a byte order mark before a worksheet', excelJs: 'reads', mayFallBack: true, bytes: () => xlsxPackage({ sheets: [{ name: 'a', xml: `\uFEFF${worksheetXml(FIRST)}` }] }) },
  { name: 'booleans <v>FALSE</v> and <v>2</v> (true for ExcelJS)', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(row(1, '<c r="A1" t="b"><v>FALSE</v></c><c r="B1" t="b"><v>2</v></c><c r="C1" t="b"><v> 0 </v></c>')) },
  { name: 'odd numbers: 12abc, abc, .5, +3, 0x10, Infinity, 1e400', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(row(1, ['12abc', 'abc', '.5', '+3', '0x10', 'Infinity', '1e400', ' '].map((v, i) => num(`${String.fromCharCode(65 + i)}1`, v)).join(''))) },
  { name: 'cell types d and an unknown one', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(row(1, '<c r="A1" t="d"><v>2024-01-01T00:00:00Z</v></c><c r="B1" t="zz"><v>4</v></c>')) },
  { name: 'formula results of every kind under a date format', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(row(1, '<c r="A1" s="1" t="str"><f>"x"</f><v>abc</v></c><c r="B1" s="1" t="b"><f>TRUE</f><v>1</v></c><c r="C1" s="1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D1" s="1"><f>A1</f></c><c r="E1" s="1"><f>1</f><v>45000</v></c>'), { styles: DATE_STYLES }) },
  { name: 'odd formulas: t="s" with <f>, <f/> empty', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(row(1, '<c r="A1" t="s"><f>x</f><v>0</v></c><c r="B1"><f/><v>7</v></c>'), { sharedStrings: [si('y')] }) },
  { name: 'a shared formula slave whose master is missing (si="5" never defined), with a cached value', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(row(1, num('A1', 1) + '<c r="C1"><f t="shared" si="5"/><v>8</v></c>')) },
  { name: 'dates at the edges: negative, 60, 1e20, almost 1, 9999-12-31', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(row(1, ['-1', '60', '1e20', '0.9999999', '2958465.99999999', '2958466'].map((v, i) => num(`${String.fromCharCode(65 + i)}1`, v, 1)).join('')), { styles: DATE_STYLES }) },
  { name: 'formats ExcelJS misjudges as dates (0\\b, "d"0) and others ([$-804], General;@)', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(row(1, [1, 2, 3, 4, 5].map((s) => num(`${String.fromCharCode(64 + s)}1`, 45000.5, s)).join('')), { styles: stylesXml({ numFmts: [{ id: 176, code: '0\\b' }, { id: 177, code: '"d"0' }, { id: 178, code: '[$-804]yyyy年m月' }, { id: 179, code: 'General;@' }, { id: 180, code: '[DBNum1][$-804]G/通用格式' }], cellXfs: [0, 176, 177, 178, 179, 180] }) }) },
  { name: 'every built-in number format id 0-81 by id only', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(Array.from({ length: 82 }, (_, id) => row(id + 1, num(`A${id + 1}`, 45000.25, id) + num(`B${id + 1}`, -0.5, id))).join(''), { styles: stylesXml({ cellXfs: Array.from({ length: 82 }, (_, id) => id) }) }) },
  { name: 'an xf with applyNumberFormat="0"', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(row(1, num('A1', 0.5, 1)), { styles: stylesXml({ cellXfs: [0, '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="0"/>'] }) }) },
  { name: 'hyperlinks on number, formula, boolean, date and rich-text cells, on an empty cell and on a range', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(row(1, num('A1', 5) + '<c r="B1"><f>1+1</f><v>2</v></c><c r="C1" t="b"><v>1</v></c>' + num('D1', 45000, 1) + '<c r="E1" t="s"><v>0</v></c><c r="F1" t="str"><f>"q"</f><v>q</v></c>'), { sharedStrings: ['<si><r><t>ri</t></r><r><rPr><b/></rPr><t>ch</t></r></si>'], styles: DATE_STYLES, after: hyperlinks(['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'H1', 'A1:B1']), rels: HYPERLINK_RELS(8) }) },
  { name: 'a cell without r after one with r (the next column)', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(row(1, `${num('B1', 1)}<c><v>2</v></c><c t="inlineStr"><is><t>x</t></is></c>`)) },
  { name: 'duplicate rows, duplicate cells, a cell addressed to another row', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(row(2, num('A2', 1)) + row(2, num('B2', 2) + num('B2', 3)) + row(3, num('A7', 4))) },
  { name: 'a phonetic run inside an inline string', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(row(1, '<c r="A1" t="inlineStr"><is><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c>' + num('B1', 1))) },
  { name: 'a rich run without text, and an inline string given as <v>', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><v>in v</v></c>'), { sharedStrings: ['<si><r><rPr><b/></rPr></r></si>'] }) },
  { name: 'a worksheet ExcelJS cannot find: target ./worksheets/sheet1.xml', excelJs: 'reads', mayFallBack: true, bytes: () => xlsxPackage({ sheets: [{ name: 'a', xml: worksheetXml(FIRST), target: './worksheets/sheet1.xml' }, { name: 'b', xml: worksheetXml(FIRST) }] }) },
  { name: 'a worksheet part not named sheetN.xml', excelJs: 'reads', mayFallBack: true, bytes: () => xlsxPackage({ sheets: [{ name: 'a', xml: worksheetXml(FIRST), target: 'worksheets/data.xml', part: 'xl/worksheets/data.xml' }, { name: 'b', xml: worksheetXml(FIRST) }] }) },
  { name: 'sheetId 0, and two sheets with one sheetId', excelJs: 'reads', mayFallBack: true, bytes: () => xlsxPackage({ sheets: [{ name: 'a', xml: worksheetXml(FIRST), sheetId: '0' }, { name: 'b', xml: worksheetXml(FIRST), sheetId: '3' }, { name: 'c', xml: worksheetXml(FIRST), sheetId: '3' }, { name: 'd', xml: worksheetXml(FIRST), sheetId: '2' }] }) },
  { name: 'sheet states "" and "bogus"', excelJs: 'reads', mayFallBack: true, bytes: () => xlsxPackage({ sheets: [{ name: 'a', xml: worksheetXml(FIRST), state: '' }, { name: 'b', xml: worksheetXml(FIRST), state: 'bogus' }] }) },
  { name: 'a sheet name with &amp;lt; in the XML (decoded twice by ExcelJS)', excelJs: 'reads', mayFallBack: true, bytes: () => xlsxPackage({ sheets: [{ name: 'a&lt;b &amp; c', xml: worksheetXml(FIRST) }] }) },
  { name: 'a shared strings part named xl/SharedStrings.xml', excelJs: 'reads', mayFallBack: true, bytes: () => {
    const parts = { 'xl/SharedStrings.xml': `${XML_HEAD}<sst xmlns="${NS_MAIN}">${si('x')}</sst>` };
    return xlsxPackage({ sheets: [{ name: 'a', xml: worksheetXml(row(1, '<c r="A1" t="s"><v>0</v></c>')) }], parts });
  } },
  { name: 'no styles part', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(row(1, num('A1', 1, 1)), { styles: null }) },
  { name: 'a merge written in lowercase (d5:e6), and with $ signs', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(FIRST, { after: mergeCellsXml(['d5:e6', '$G$1:$H$2']) }) },
  { name: 'two merges with one master (A1:A2, A1:B1)', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(FIRST + row(2, num('A2', 2)), { after: mergeCellsXml(['A1:A2', 'A1:B1']) }) },
  { name: 'an mc:AlternateContent block in a worksheet', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(FIRST, { after: '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x14"><controls><control shapeId="1025" r:id="rId9" name="Check Box 1"/></controls></mc:Choice><mc:Fallback/></mc:AlternateContent>' }) },

  { name: 'mergeCells before sheetData', excelJs: 'reads', mayFallBack: true, bytes: () => xlsxPackage({ sheets: [{ name: 'a', xml: `${XML_HEAD}<worksheet xmlns="${NS_MAIN}">${mergeCellsXml(['A1:B1'])}<sheetData>${FIRST}</sheetData></worksheet>` }] }) },
  { name: 'a styles part cut off before its end (ExcelJS reads what is there)', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(FIRST, { styles: `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}"><numFmts count="1"><numFmt numFmtId="176" formatCode="0.0%"/>` }) },
  { name: 'shared strings cut off before their end', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(row(1, '<c r="A1" t="s"><v>0</v></c>'), { parts: { 'xl/sharedStrings.xml': `${XML_HEAD}<sst xmlns="${NS_MAIN}"><si><t>a</t></si><si><t>b` } }) },
  { name: 'a table without a name (ExcelJS calls it "undefined")', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(row(1, '<c r="A1" t="str"><v>h</v></c>'), { ...TABLE_ON_A1, parts: { 'xl/tables/table1.xml': tableXml(1, 'T', 'A1:A2', ['h']).replace(' name="T"', '') } }) },
  { name: 'a table without ref, and two tables with one name', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(FIRST, { after: tableParts(['rIdT', 'rIdU', 'rIdV']), rels: relsXml([{ id: 'rIdT', type: REL_TABLE, target: '../tables/table1.xml' }, { id: 'rIdU', type: REL_TABLE, target: '../tables/table2.xml' }, { id: 'rIdV', type: REL_TABLE, target: '../tables/table3.xml' }]), parts: { 'xl/tables/table1.xml': tableXml(1, 'T', 'A1:A2', ['h']), 'xl/tables/table2.xml': tableXml(2, 'T', 'C1:C2', ['h']), 'xl/tables/table3.xml': tableXml(3, 'U', 'E1:E2', ['h']).replace(' ref="E1:E2"', '') } }) },
  { name: 'a hyperlink without ref', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(FIRST, { after: '<hyperlinks><hyperlink r:id="rIdH0"/></hyperlinks>', rels: HYPERLINK_RELS(1) }) },
  { name: 'sheets referenced with another prefix for the relationships namespace (rel:id)', excelJs: 'reads', mayFallBack: true, bytes: () => xlsxPackage({ sheets: [{ name: 'a', xml: worksheetXml(FIRST) }], parts: { 'xl/workbook.xml': `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:rel="${NS_REL}"><sheets><sheet name="a" sheetId="1" rel:id="rId1"/></sheets></workbook>` } }) },
  {
    name: 'Strict OOXML namespaces and relationship types',
    excelJs: 'reads',
    mayFallBack: true,
    bytes: () => xlsxPackage({
      sheets: [{ name: 'a', xml: `${XML_HEAD}<worksheet xmlns="${STRICT_MAIN}"><sheetData>${FIRST}</sheetData></worksheet>` }],
      parts: {
        'xl/workbook.xml': `${XML_HEAD}<workbook xmlns="${STRICT_MAIN}" xmlns:r="${STRICT_REL}" conformance="strict"><workbookPr dateCompatibility="0"/><sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets></workbook>`,
        'xl/_rels/workbook.xml.rels': relsXml([{ id: 'rId1', type: `${STRICT_REL}/worksheet`, target: 'worksheets/sheet1.xml' }, { id: 'rId2', type: `${STRICT_REL}/styles`, target: 'styles.xml' }]),
      },
    }),
  },
  { name: 'zip entry names with a leading /', excelJs: 'reads', mayFallBack: true, bytes: () => zipParts(Object.fromEntries(Object.entries(unzipSync(oneSheet(FIRST))).map(([name, data]) => [`/${name}`, data]))) },
  { name: 'a workbook relationship to a missing worksheet part', excelJs: 'reads', mayFallBack: true, bytes: () => xlsxPackage({ sheets: [{ name: 'a', xml: worksheetXml(FIRST) }, { name: 'b', xml: worksheetXml(FIRST), target: 'worksheets/sheet9.xml', part: 'xl/worksheets/sheet2.xml' }] }) },
  { name: 'an empty workbook relationships part', excelJs: 'reads', mayFallBack: true, bytes: () => xlsxPackage({ sheets: [{ name: 'a', xml: worksheetXml(FIRST) }], parts: { 'xl/_rels/workbook.xml.rels': new Uint8Array(0) } }) },
  { name: 'no sheets in workbook.xml', excelJs: 'reads', mayFallBack: true, bytes: () => xlsxPackage({ sheets: [{ name: 'a', xml: worksheetXml(FIRST) }], parts: { 'xl/workbook.xml': `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets/></workbook>` } }) },
  { name: 'a shared string of two <t> elements', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(row(1, '<c r="A1" t="s"><v>0</v></c>'), { sharedStrings: ['<si><t>a</t><t>b</t></si>'] }) },

  { name: 'format codes "general", "" over built-in 14, one id defined twice', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(row(1, [1, 2, 3, 4].map((s) => num(`${String.fromCharCode(64 + s)}1`, 45000.5, s)).join('')), { styles: stylesXml({ numFmts: [{ id: 176, code: 'general' }, { id: 14, code: '' }, { id: 177, code: '0.00' }, { id: 177, code: 'yyyy' }, { id: 178, code: 'General' }], cellXfs: [0, 176, 14, 177, 178] }) }) },
  { name: 'style indexes "", "x" and "1.5"', excelJs: 'reads', mayFallBack: true, bytes: () => oneSheet(row(1, '<c r="A1" s=""><v>1</v></c><c r="B1" s="x"/><c r="C1" s="1.5"><v>0.5</v></c>'), { styles: stylesXml({ cellXfs: [0, 10] }) }) },
  { name: 'a sheet name attribute with a raw tab and line feed, and with &#10; &#9;', excelJs: 'reads', mayFallBack: true, bytes: () => xlsxPackage({ sheets: [{ name: 'a', xml: worksheetXml(FIRST) }], parts: { 'xl/workbook.xml': `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets><sheet name="a\tb\nc&#10;d&#9;e" sheetId="1" r:id="rId1"/></sheets></workbook>` } }) },

  { name: 'a processing instruction, and a DOCTYPE', excelJs: 'reads', mayFallBack: true, bytes: () => xlsxPackage({ sheets: [{ name: 'a', xml: worksheetXml(`<?foo bar?>${FIRST}`) }, { name: 'b', xml: `<?xml version="1.0"?><!DOCTYPE worksheet><worksheet xmlns="${NS_MAIN}"><sheetData>${FIRST}</sheetData></worksheet>` }] }) },
  { name: 'a worksheet declared ISO-8859-1 (read as UTF-8 by ExcelJS)', excelJs: 'reads', mayFallBack: true, bytes: () => xlsxPackage({ sheets: [{ name: 'a', xml: '' }], parts: { 'xl/worksheets/sheet1.xml': new Uint8Array(Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?><worksheet xmlns="${NS_MAIN}"><sheetData>${row(1, '<c r="A1" t="inlineStr"><is><t>caf\u00e9</t></is></c>')}</sheetData></worksheet>`, 'latin1')) } }) },

  // Packages ExcelJS refuses: the direct reader must refuse them too.
  { name: 'a shared string index past the end', excelJs: 'refuses', bytes: () => oneSheet(row(1, '<c r="A1" t="s"><v>5</v></c>'), { sharedStrings: [si('a')] }) },
  { name: 'an unexpected element in the shared strings', excelJs: 'refuses', bytes: () => oneSheet(row(1, '<c r="A1" t="s"><v>0</v></c>'), { sharedStrings: [si('y'), '<extLst/>'] }) },
  { name: 'an undefined entity (&nbsp;)', excelJs: 'refuses', bytes: () => oneSheet(row(1, '<c r="A1" t="inlineStr"><is><t>a&nbsp;b</t></is></c>')) },
  { name: 'malformed XML (an unclosed element)', excelJs: 'refuses', bytes: () => oneSheet(row(1, '<c r="A1"><v>1</v>')) },
  { name: 'a row without r', excelJs: 'refuses', bytes: () => oneSheet('<row><c r="A1"><v>1</v></c></row>') },
  { name: 'a first cell without r', excelJs: 'refuses', bytes: () => oneSheet(row(1, '<c><v>2</v></c>')) },
  { name: 'a sheet named History', excelJs: 'refuses', bytes: () => xlsxPackage({ sheets: [{ name: 'History', xml: worksheetXml(FIRST) }] }) },
  { name: 'a sheet name longer than 31 characters', excelJs: 'refuses', bytes: () => xlsxPackage({ sheets: [{ name: '民生实事项目进度'.repeat(5), xml: worksheetXml(FIRST) }] }) },
  { name: 'two sheets whose names differ in case only', excelJs: 'refuses', bytes: () => xlsxPackage({ sheets: [{ name: 'Data', xml: worksheetXml(FIRST) }, { name: 'DATA', xml: worksheetXml(FIRST) }] }) },
  { name: 'a sheet name with a colon', excelJs: 'refuses', bytes: () => xlsxPackage({ sheets: [{ name: 'a:b', xml: worksheetXml(FIRST) }] }) },
  { name: 'a hyperlink whose relationship is missing', excelJs: 'refuses', bytes: () => oneSheet(FIRST, { after: hyperlinks(['A1']) }), mended: () => oneSheet(FIRST) },
  { name: 'a table whose relationship target is absolute', excelJs: 'refuses', bytes: () => oneSheet(FIRST, { after: tableParts(['rIdT']), rels: relsXml([{ id: 'rIdT', type: REL_TABLE, target: '/xl/tables/table1.xml' }]), parts: { 'xl/tables/table1.xml': tableXml(1, 'T', 'A1:A2', ['h']) } }) },
  { name: 'a table part not named tableN.xml', excelJs: 'refuses', bytes: () => oneSheet(FIRST, { after: tableParts(['rIdT']), rels: relsXml([{ id: 'rIdT', type: REL_TABLE, target: '../tables/myTable.xml' }]), parts: { 'xl/tables/myTable.xml': tableXml(1, 'T', 'A1:A2', ['h']) } }) },
  { name: 'a conditional format whose dxfId has no <dxfs> in the styles', excelJs: 'refuses', bytes: () => oneSheet(FIRST, { styles: stylesXml({ dxfs: false }), after: '<conditionalFormatting sqref="A1"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0.5</formula></cfRule></conditionalFormatting>' }), mended: () => oneSheet(FIRST, { styles: stylesXml({ dxfs: false }) }) },
  { name: 'a row style with no styles part', excelJs: 'refuses', bytes: () => oneSheet('<row r="1" s="1" customFormat="1"><c r="A1"><v>1</v></c></row>', { styles: null }), mended: () => oneSheet(FIRST, { styles: null }) },
  { name: 'a comments relationship whose part is missing', excelJs: 'refuses', bytes: () => oneSheet(FIRST, { rels: relOf('comments', '../comments1.xml') }), mended: () => oneSheet(FIRST) },
  { name: 'a drawing relationship whose part is missing', excelJs: 'refuses', bytes: () => oneSheet(FIRST, { after: '<drawing r:id="rId1"/>', rels: relOf('drawing', '../drawings/drawing1.xml') }), mended: () => oneSheet(FIRST) },
  { name: 'a damaged docProps/core.xml', excelJs: 'refuses', bytes: () => oneSheet(FIRST, { parts: { 'docProps/core.xml': '<cp:coreProperties xmlns:cp="x"><dc:creator>a</cp:coreProperties>' } }), mended: () => oneSheet(FIRST) },
  { name: 'a table part without tableColumns', excelJs: 'refuses', bytes: () => oneSheet(row(1, '<c r="A1" t="str"><v>h</v></c>'), { ...TABLE_ON_A1, parts: { 'xl/tables/table1.xml': `${XML_HEAD}<table xmlns="${NS_MAIN}" id="1" name="T" displayName="T" ref="A1:A2"/>` } }), mended: () => oneSheet(row(1, '<c r="A1" t="str"><v>h</v></c>'), { ...TABLE_ON_A1, parts: { 'xl/tables/table1.xml': tableXml(1, 'T', 'A1:A2', ['h']) } }) },
  { name: 'a data validation without sqref', excelJs: 'refuses', bytes: () => oneSheet(FIRST, { after: '<dataValidations count="1"><dataValidation type="list" allowBlank="1"><formula1>"a,b"</formula1></dataValidation></dataValidations>' }), mended: () => oneSheet(FIRST) },
  { name: 'a worksheet cut off before its end', excelJs: 'refuses', bytes: () => xlsxPackage({ sheets: [{ name: 'a', xml: worksheetXml(FIRST + row(2, num('A2', 2))).slice(0, -40) }] }) },
  { name: 'a workbook.xml cut off before its end', excelJs: 'refuses', bytes: () => xlsxPackage({ sheets: [{ name: 'a', xml: worksheetXml(FIRST) }], parts: { 'xl/workbook.xml': `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets><sheet name="a" sheetId="1" r:id="rId1"/>` } }) },
  { name: 'a sheet without a name', excelJs: 'refuses', bytes: () => xlsxPackage({ sheets: [{ name: 'a', xml: worksheetXml(FIRST) }], parts: { 'xl/workbook.xml': `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets><sheet sheetId="1" r:id="rId1"/></sheets></workbook>` } }) },
  { name: 'a lowercase cell reference (a1)', excelJs: 'refuses', bytes: () => oneSheet(row(1, '<c r="a1"><v>1</v></c>')) },
  { name: 'a merge past the last column', excelJs: 'refuses', bytes: () => oneSheet(FIRST, { after: mergeCellsXml(['A1:ZZZZ2']) }) },
  { name: 'a character reference to U+0000', excelJs: 'refuses', bytes: () => oneSheet(row(1, '<c r="A1" t="inlineStr"><is><t>a&#0;b</t></is></c>')) },
  { name: 'an empty cellXfs, and a cell with a style index', excelJs: 'refuses', bytes: () => oneSheet(row(1, num('A1', 1, 1)), { styles: stylesXml({ cellXfs: [] }) }), mended: () => oneSheet(FIRST, { styles: stylesXml({ cellXfs: [] }) }) },
  { name: 'a worksheet in UTF-16', excelJs: 'refuses', bytes: () => xlsxPackage({ sheets: [{ name: 'a', xml: '' }], parts: { 'xl/worksheets/sheet1.xml': new Uint8Array([0xff, 0xfe, ...Buffer.from(`<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="${NS_MAIN}"><sheetData>${FIRST}</sheetData></worksheet>`, 'utf16le')]) } }) },
  { name: 'a damaged part (not XML at all)', excelJs: 'refuses', bytes: () => xlsxPackage({ sheets: [{ name: 'a', xml: 'PK\u0003\u0004 not xml' }] }) },
  { name: 'a zip without a workbook part (no sheets for ExcelJS)', excelJs: 'reads', mayFallBack: true, bytes: () => zipParts({ 'word/document.xml': '<w:document/>' }) },
];

/**
 * Hand-written cases where the fast reader and SheetJS read different grids, and why the fast
 * reader's are what Excel shows (each is asserted to differ still, so that the list stays true).
 */
const DIFFERENCES: Record<string, string> = {
  'numeric character references &#20013; &#x4E2D; in shared, inline and str text': 'an XML character reference is the character (XML 1.0 §4.1); SheetJS mangles those past U+00FF',
  'CR LF inside text, raw and as &#13;&#10;': 'an XML parser turns a raw CR LF into LF and keeps &#13; as CR (XML 1.0 §2.11), as Excel does; SheetJS keeps raw CRs',
  't="str" values and formula results with &amp;lt; (decoded twice by ExcelJS), inline strings with it (decoded once)': '&amp;lt; in the XML is the text "&lt;" that Excel shows; SheetJS decodes entities twice',
  'a chartsheet in workbook.xml (ExcelJS leaves it out)': 'a chart sheet has no cells: the fast reader leaves it out, SheetJS lists it as an empty sheet (the same for the layout work)',
  'valid XML spelled unusually: single-quoted attributes, spaces around = and before >, tabs and line feeds between attributes': 'XML allows spaces around = and single quotes; SheetJS misses such attributes',
  'an XML comment inside a worksheet': 'a comment inside <v>1<!-- x -->2</v> leaves the text 12 (XML 1.0 §2.5); SheetJS stops at the comment',
  'a rich run without text, and an inline string given as <v>': 'the fast reader keeps the text of an inline string written as <v>; SheetJS drops it',
  'a shared string of two <t> elements': 'the fast reader joins the two texts; SheetJS keeps the first (the schema allows one: either is a guess)',
  'shared strings with _x000D_, lowercase _x000d_, _x005F_x000D_ and _x0001_ escapes': 'the escapes _x000D__x000A_ across two rich-text runs are a CR and a LF, both kept as Excel keeps them; SheetJS drops the CR',
  'escapes past U+00FF (_x4E2D_) in t="str" values and formula results': 'an _xHHHH_ escape is the character U+HHHH (ECMA-376 Part 1, §22.9.2.19), 中 here; in a t="str" value SheetJS keeps only its low byte',
  'built-in number formats by id only (9, 10, 14, 22, 31, 46, 58), no <numFmts>': 'SheetJS names id 14 m/d/yy and 22 m/d/yy h:mm (the US system\'s short date); Excel on a Chinese system shows yyyy/m/d',
  'every built-in number format id 0-81 by id only': 'as above: SheetJS fails on the ids it has no format for, where Excel shows General',
  'a worksheet ExcelJS cannot find: target ./worksheets/sheet1.xml': 'the target ./worksheets/sheet1.xml is the part xl/worksheets/sheet1.xml (RFC 3986 dot segments); SheetJS does not find it',
  'a sheet name attribute with a raw tab and line feed, and with &#10; &#9;': 'XML attribute-value normalisation turns a raw tab or line feed into a space (XML 1.0 §3.3.3); SheetJS keeps them',
};

/** Cases whose XML is not well-formed: Excel reports the file as damaged, and so must the fast reader. */
const DAMAGED = new Set([
  'an undefined entity (&nbsp;)', 'malformed XML (an unclosed element)', 'a worksheet cut off before its end', 'a workbook.xml cut off before its end',
  'a character reference to U+0000', 'a damaged part (not XML at all)', 'shared strings cut off before their end', 'a styles part cut off before its end (ExcelJS reads what is there)',
]);

describe('hand-written packages', () => {
  const strict = HAND_CASES.filter((c) => c.excelJs === 'reads' && !c.mayFallBack && !DIFFERENCES[c.name] && !DAMAGED.has(c.name));
  const lenient = HAND_CASES.filter((c) => !strict.includes(c) && !DIFFERENCES[c.name] && !DAMAGED.has(c.name));

  it('are all different, and every listed difference and damage names a case', () => {
    expect(new Set(HAND_CASES.map((c) => c.name)).size).toBe(HAND_CASES.length);
    for (const name of [...Object.keys(DIFFERENCES), ...DAMAGED]) expect(HAND_CASES.map((c) => c.name)).toContain(name);
  });

  describe("the departments' dialect: the same grids, never given up", () => {
    it.each(strict.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      expect(await expectSameAsSheetJs(c.bytes(), { mayFallBack: false })).toBe('same');
    });
  });

  describe('outside the dialect: the same grids as SheetJS, or given up to SheetJS, or damaged', () => {
    it.each(lenient.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      expect(['same', 'fell back', 'damaged', 'both refused']).toContain(await expectSameAsSheetJs(c.bytes(), { mayFallBack: true }));
    });
  });

  describe('where the readers differ, the fast reader shows what Excel shows', () => {
    it.each(Object.entries(DIFFERENCES).map(([name, why]) => [name, why, HAND_CASES.find((c) => c.name === name)] as const))('%s: %s', (_name, _why, c) => {
      const bytes = c?.bytes() ?? new Uint8Array();
      const direct = readGridsDirect(FILE, bytes);
      let reference: SheetGrid[] | null = null;
      try {
        reference = readWithSheetJs(FILE, bytes);
      } catch {
        // SheetJS fails on it (and Excel opens it): a difference too
      }
      if (reference) expect(comparable(direct, true)).not.toEqual(comparable(reference, true));
      expect(direct.length).toBeGreaterThan(0);
    });
  });

  describe('not well-formed XML: damaged, as Excel says', () => {
    it.each([...DAMAGED].map((name) => [name, HAND_CASES.find((c) => c.name === name)] as const))('%s', (_name, c) => {
      expect(() => readGridsDirect(FILE, c?.bytes() ?? new Uint8Array())).toThrow(DirectReadDamaged);
    });

    it('bytes that are not a zip', () => {
      for (const bytes of [new Uint8Array(0), strToU8('指标,目标\n就业,100'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])]) {
        expect(() => readGridsDirect(FILE, bytes)).toThrow(DirectReadDamaged);
      }
    });
  });
});

// XML text as tokens (each already valid XML): entities ExcelJS decodes once or twice, its _xHHHH_
// escapes in every spelling, line feeds raw and line ends as references, surrogate pairs (raw CRs are a
// hand-written DIFFERENCE: XML turns them into LF, SheetJS keeps them).
const XML_TEXT_TOKENS = ['a', 'Z', '0', 'D', '8', 'x', '_', ';', '#', ' ', '  ', '中', '😀', '\t', '\n', '&#13;', '&#10;', '&#x41;',
  '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&amp;lt;', '&amp;amp;', '&amp;#20013;', '&amp;quot;', '&amp;;', ']]&gt;',
  '_x000D_', '_x000d_', '_x005F_', '_x00D_', '_x000D', '_x0041_'];
// (_xHHHH_ escapes past U+00FF are in the hand-written DIFFERENCES: SheetJS mangles them in t="str" values.)
const xmlTextArb = fc.string({ unit: fc.constantFrom(...XML_TEXT_TOKENS), maxLength: 10 });

/** One sheet holding each text in every container: shared (plain, rich), inline (plain, rich), str, a str formula result. */
function textPackage(texts: string[], preserve: boolean): Uint8Array {
  const t = (x: string): string => (preserve ? `<t xml:space="preserve">${x}</t>` : `<t>${x}</t>`);
  const shared: string[] = [];
  const rows = texts.map((x, i) => {
    const r = i + 1;
    shared.push(`<si>${t(x)}</si>`, `<si><r>${t(x)}</r><r><rPr><b/></rPr>${t(x)}</r><rPh sb="0" eb="1">${t('ア')}</rPh></si>`);
    return row(r, `<c r="A${r}" t="s"><v>${2 * i}</v></c><c r="B${r}" t="s"><v>${2 * i + 1}</v></c>`
      + `<c r="C${r}" t="inlineStr"><is>${t(x)}</is></c><c r="D${r}" t="inlineStr"><is><r>${t(x)}</r><r><rPr><i/></rPr>${t(x)}</r></is></c>`
      + `<c r="E${r}" t="str"><v>${x}</v></c><c r="F${r}" t="str"><f>"x"</f><v>${x}</v></c>`);
  });
  return oneSheet(rows.join(''), { sharedStrings: shared });
}

/** Number formats by style index: General, built-ins, custom dates and not-dates. */
const NUMBER_STYLES = stylesXml({
  numFmts: [{ id: 176, code: 'yyyy"年"m"月"d"日"' }, { id: 177, code: '0.00%' }, { id: 178, code: '[h]:mm' }, { id: 179, code: '#,##0.00_);[Red]\\(#,##0.00\\)' }, { id: 180, code: 'yyyy/m/d h:mm;@' }],
  cellXfs: [0, 9, 10, 14, 22, 46, 176, 177, 178, 179, 180, 49, 2],
});
const numberTextArb = fc.tuple(
  fc.oneof(
    fc.double({ min: -1e6, max: 3e6, noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -700000, max: 2958466 }),
    fc.integer({ min: 0, max: 2958466 * 1000 }).map((n) => n / 1000),
    fc.constantFrom(0, 60, 61, 1, 0.5, 45000.999999994, 45000.9999999942, 45000.49999999999, 1e-7, -1e-7, 2958465.9999999),
  ),
  fc.constantFrom('plain', 'exp', 'fixed', 'spaced'),
).map(([x, spelling]) => (spelling === 'exp' ? x.toExponential() : spelling === 'fixed' ? x.toFixed(3) : spelling === 'spaced' ? ` ${x} ` : String(x)));

describe('hand-written packages, generated', () => {
  it('text reads as SheetJS reads it, in shared strings, inline strings, str values and formula results', async () => {
    let runs = 0;
    await fc.assert(fc.asyncProperty(fc.array(xmlTextArb, { minLength: 1, maxLength: 6 }), fc.boolean(), async (texts, preserve) => {
      expect(await expectSameAsSheetJs(textPackage(texts, preserve), { mayFallBack: false })).toBe('same');
      runs++;
    }), { numRuns: 100, seed: 20260323 });
    expect(runs).toBeGreaterThanOrEqual(100);
  });

  it('numbers read as SheetJS reads them, under every kind of number format, in both date systems', async () => {
    let runs = 0;
    const cellArb = fc.record({ v: numberTextArb, s: fc.integer({ min: 0, max: 12 }), formula: fc.boolean() });
    await fc.assert(fc.asyncProperty(fc.array(cellArb, { minLength: 1, maxLength: 30 }), fc.boolean(), async (cells, date1904) => {
      const rows = cells.map((c, i) => row(i + 1, c.formula ? `<c r="A${i + 1}" s="${c.s}"><f>B${i + 1}</f><v>${c.v}</v></c>` : num(`A${i + 1}`, c.v, c.s)));
      const bytes = oneSheet(rows.join(''), { styles: NUMBER_STYLES, workbookPr: date1904 ? '<workbookPr date1904="1"/>' : undefined });
      expect(await expectSameAsSheetJs(bytes, { mayFallBack: false })).toBe('same');
      runs++;
    }), { numRuns: 100, seed: 20260324 });
    expect(runs).toBeGreaterThanOrEqual(100);
  });
});

// ---- the benchmark's department workbooks ---------------------------------------------------------

describe("the benchmark generator's department workbooks", () => {
  let dir = '';
  beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-direct-')); });
  afterAll(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

  it('read as SheetJS reads them, none given up (5 books × 20 indicators)', async () => {
    const { files } = await ensureWritten(path.join(dir, 'books'), () => departmentSpecs(20260320, 5, 20), () => undefined);
    expect(files).toHaveLength(5);
    for (const f of files) {
      expect(await expectSameAsSheetJs(fs.readFileSync(f), { mayFallBack: false, file: path.basename(f) })).toBe('same');
    }
  });
});
