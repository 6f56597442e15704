/**
 * Properties over generated tracking workbooks (fast-check): random headers from the synonym
 * lists, messy values, merges, blank / 合计 / footer / heading rows.
 *   - building never throws;
 *   - every non-empty row below the header is an indicator, a skipped row or a finding;
 *   - source cells (values and styles) are identical before and after build + writing the bulletin
 *     into the same workbook + highlight + clear highlight;
 *   - building twice gives the same bulletin; the workbook with its bulletin, written and re-read,
 *     builds the same result, and its ledger re-read gives the same summary.
 * Runs per CI run: GRID_RUNS domain cases + XLSX_RUNS real .xlsx round trips (× FC_RUNS_FACTOR).
 */
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { buildBulletinModel } from '../../src/domain/bulletinModel';
import { buildBulletinSheet } from '../../src/domain/bulletinSheet';
import { CellValue, SheetGrid, cellAddress } from '../../src/domain/grid';
import { HEADER_SYNONYMS } from '../../src/domain/headerRecognition';
import { LEDGER_HEADERS } from '../../src/domain/ledgerSheet';
import { buildReport } from '../../src/domain/report';
import { parseSettings } from '../../src/domain/settings';
import { STATUS_CODES, STATUS_LABELS } from '../../src/domain/statusCodes';
import { runBuild } from '../../src/engine/runBuild';
import { anyCellValue } from '../domain/fcSupport';
import { highlightTargets } from '../../src/excel/highlightTargets';
import { XlsxHighlighter } from '../../src/xlsx/xlsxHighlighter';
import { XlsxBufferSource } from '../../src/xlsx/xlsxSource';
import { XlsxWorkbookSink } from '../../src/xlsx/xlsxSink';

const factor = Number(process.env.FC_RUNS_FACTOR ?? '1');
const scale = (n: number): number => Math.max(1, Math.round(n * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
const GRID_RUNS = scale(3000);
const XLSX_RUNS = scale(200);
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const params = (numRuns: number): fc.Parameters<unknown> => ({ numRuns, ...(SEED !== undefined ? { seed: SEED } : {}) });

const settings = parseSettings({ asOf: '2026-03-20', reportDate: '2026-03-23' });

// ---- generators ---------------------------------------------------------------------------------

type Role = keyof typeof HEADER_SYNONYMS;
const ROLES = Object.keys(HEADER_SYNONYMS) as Role[];

const headerText = (role: Role): fc.Arbitrary<string> => fc.tuple(
  fc.constantFrom(...HEADER_SYNONYMS[role]),
  fc.constantFrom('', '', '', '(%)', '（万元）', '\n', ' ', '（人）'),
).map(([s, suffix]) => `${s}${suffix}`);

const plainMessyValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -1000, max: 100000 }) },
  { weight: 2, arbitrary: fc.double({ min: -10, max: 1e6, noNaN: true }) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.constantFrom('人', '万人次', '万元', '亿元', '公里', '%', '个', '所', '元/月', '吨', '')).map(([n, u]) => `${n}${u}`) },
  { weight: 1, arbitrary: fc.constantFrom('６０００', '1,386人', '52.9%', '两所', '一个', '暂无数据', '上级任务未下达', '已完成', '停滞', '—', '/', '待下达', '≤5.5%', '不高于31μg/m³') },
  { weight: 1, arbitrary: fc.constantFrom('#DIV/0!', '#N/A', '#REF!').map((error) => ({ error })) },
  { weight: 1, arbitrary: fc.constantFrom('2026-03-20', '2025-12-31').map((date) => ({ date })) },
  { weight: 1, arbitrary: fc.constantFrom('<script>alert(1)</script>', '=SUM(A1:A2)', '<b>加粗</b>', '已完成1386人，完成全年任务的23.1%', '完成新增城镇就业6000人') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constant(null) },
);

/** Grids may hold anything an adapter could hand over (NaN, control characters…); real .xlsx files only what Excel stores. */
let odd = false;
const messyValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 12, arbitrary: plainMessyValue },
  { weight: 1, arbitrary: fc.constant(null).chain(() => (odd ? anyCellValue : plainMessyValue)) },
);

const nameValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom('新增城镇就业', '农村公路提质改造', '新建公办幼儿园', '城乡居民医保参保', 'PM2.5年均浓度', '提高救助标准', '城镇调查失业率'), fc.nat(50)).map(([n, i]) => `${n}${i}`) },
  { weight: 1, arbitrary: fc.constantFrom('（1）推动实现“劳有所得”', '省级·新增就业', '1.帮扶困难人员') },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

type RowKind = 'data' | 'blank' | 'total' | 'footer' | 'heading' | 'note' | 'sparse';

interface GenSheet {
  name: string;
  hidden: boolean;
  rows: CellValue[][];
  merges: string[];
}

const rowArb = (roles: Role[]): fc.Arbitrary<CellValue[]> => fc.constantFrom<RowKind>('data', 'data', 'data', 'data', 'blank', 'total', 'footer', 'heading', 'note', 'sparse').chain((kind): fc.Arbitrary<CellValue[]> => {
  const width = roles.length;
  switch (kind) {
    case 'blank': return fc.constant([]);
    case 'total': return fc.tuple(fc.constantFrom('合计', '小计', '总计'), fc.integer({ min: 0, max: 99999 })).map(([t, n]) => [t, ...Array.from({ length: width - 1 }, (_, i) => (i === 1 ? n : null))]);
    case 'footer': return fc.constantFrom('填表人：张三', '联系电话：0730-1234567', '审核人：李四  填表日期：2026年3月20日').map((t) => [t]);
    case 'heading': return fc.constantFrom('一、省级十大重点民生实事', '二、岳阳市级十大重点民生实事', '（一）推动实现“劳有所得”', '1. 保障重点群体就业').map((t) => [t]);
    case 'note': return fc.constantFrom('注：数据截至2026年3月20日', '说明：本表由各单位填报').map((t) => [t]);
    case 'sparse': return fc.tuple(fc.nat(width - 1), messyValue).map(([i, v]) => Array.from({ length: width }, (_, k) => (k === i ? v : null)));
    default: return fc.tuple(...roles.map((r) => (r === 'name' || r === 'project' ? nameValue : r === 'seq' ? fc.option(fc.nat(99)) : messyValue)));
  }
});

const sheetArb: fc.Arbitrary<GenSheet> = fc.record({
  roles: fc.tuple(fc.boolean(), fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 2, maxLength: 9 })).map(([forceName, rs]) => (rs.includes('name') || !forceName ? rs : ['name' as Role, ...rs])),
  dupRole: fc.option(fc.constantFrom<Role>('target', 'done', 'progress', 'name')),
  title: fc.constantFrom<CellValue[]>([], ['2026年民生实事推进情况表'], ['填报单位：市人社局', null, '数据截至2026年3月20日']),
  name: fc.constantFrom('民生实事', '省级', '市人社局', '工作专报', 'Sheet1', '填报说明'),
  hide: fc.nat(9),
}).chain(({ roles, dupRole, title, name, hide }) => {
  const cols: Role[] = dupRole ? [...roles, dupRole] : roles;
  return fc.tuple(
    fc.tuple(...cols.map(headerText)),
    fc.array(rowArb(cols), { maxLength: 14 }),
    fc.array(fc.tuple(fc.nat(20), fc.nat(cols.length - 1), fc.nat(2), fc.nat(2)), { maxLength: 3 }),
  ).map(([header, body, mergeSpecs]) => {
    const rows: CellValue[][] = [];
    if (title.length) rows.push(title);
    rows.push(header);
    rows.push(...body);
    // Merges: non-overlapping rectangles inside the used area.
    const used = new Set<string>();
    const merges: string[] = [];
    for (const [r0, c0, dr, dc] of mergeSpecs) {
      const top = (r0 % rows.length) + 1;
      const left = c0 + 1;
      const bottom = Math.min(rows.length, top + dr);
      const right = Math.min(cols.length, left + dc);
      if (bottom === top && right === left) continue;
      const cells: string[] = [];
      for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) cells.push(`${r},${c}`);
      if (cells.some((k) => used.has(k))) continue;
      cells.forEach((k) => used.add(k));
      merges.push(`${cellAddress(top, left)}:${cellAddress(bottom, right)}`);
    }
    return { name, hidden: hide === 0, rows, merges };
  });
});

const workbookArb = fc.tuple(
  fc.uniqueArray(sheetArb, { minLength: 1, maxLength: 3, selector: (s) => s.name }),
  fc.constantFrom('人社局.xlsx', '市教育局2026.xlsx', '省级民生实事.xlsx'),
);

/** The grid a sheet becomes after an adapter read it: merged continuation cells hold nothing. */
function toGrid(file: string, s: GenSheet): SheetGrid {
  const covered = new Set<string>();
  const ranges = s.merges.map((m) => {
    const [a, b] = m.split(':');
    const parse = (x: string): [number, number] => {
      const mm = /^([A-Z]+)(\d+)$/.exec(x) ?? ['', 'A', '1'];
      return [Number(mm[2]), [...(mm[1] ?? 'A')].reduce((acc, ch) => acc * 26 + ch.charCodeAt(0) - 64, 0)];
    };
    const [top, left] = parse(a ?? 'A1');
    const [bottom, right] = parse(b ?? 'A1');
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) covered.add(`${r},${c}`);
    return { top, left, bottom, right };
  });
  const rows = s.rows.map((row, ri) => row.map((v, ci) => (v === null || covered.has(`${ri + 1},${ci + 1}`) ? undefined : { v })));
  const grid: SheetGrid = { file, sheet: s.name, rows, merges: ranges, tables: [] };
  if (s.hidden) grid.hidden = true;
  return grid;
}

// ---- helpers ------------------------------------------------------------------------------------

function ownRowNonEmpty(grid: SheetGrid, r: number): boolean {
  // An error or date with no text ({ error: '' }) is something no adapter produces: empty, as for the engine.
  const text = (v: CellValue): string => (v === null ? '' : typeof v === 'object' ? ('error' in v ? v.error : v.date) : String(v)).trim();
  return (grid.rows[r - 1] ?? []).some((c) => c !== undefined && text(c.v) !== '');
}

/** Rows of the sheet not accounted for: non-empty rows below the header that are neither indicator, skipped nor finding. */
function unaccounted(grids: SheetGrid[]): string[] {
  const { result, readings } = buildReport({ grids, settings });
  const missing: string[] = [];
  for (const reading of readings) {
    const grid = grids.find((g) => g.file === reading.file && g.sheet === reading.sheet);
    if (!grid) continue;
    const sheetLevel = result.skipped.some((s) => s.file === reading.file && s.sheet === reading.sheet && s.row === null)
      || result.findings.some((f) => f.file === reading.file && f.sheet === reading.sheet && f.cell === null && f.code === 'sheet_no_header');
    if (sheetLevel || !reading.layout) {
      if (!sheetLevel && grid.rows.some((_, i) => ownRowNonEmpty(grid, i + 1))) missing.push(`${reading.sheet}: no layout and no sheet-level entry`);
      continue;
    }
    const rows = new Set<number>();
    for (const i of result.indicators) if (i.source.file === reading.file && i.source.sheet === reading.sheet) rows.add(i.source.row);
    for (const s of result.skipped) if (s.file === reading.file && s.sheet === reading.sheet && s.row !== null) rows.add(s.row);
    for (const f of result.findings) {
      if (f.file !== reading.file || f.sheet !== reading.sheet || !f.cell) continue;
      const m = /(\d+)$/.exec(f.cell);
      if (m) rows.add(Number(m[1]));
    }
    for (let r = reading.layout.headerTop; r <= grid.rows.length; r++) {
      if (r <= reading.layout.headerBottom) continue;
      if (!ownRowNonEmpty(grid, r)) continue;
      // A row whose own cells all continue merges from above is not a row of its own.
      if (!rows.has(r)) missing.push(`${reading.sheet}!${r}: ${JSON.stringify(grid.rows[r - 1]?.map((c) => c?.v ?? null))}`);
    }
  }
  return missing;
}

async function toWorkbook(sheets: GenSheet[]): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, ri) => row.forEach((v, ci) => {
      if (v === null) return;
      const cell = ws.getCell(ri + 1, ci + 1);
      if (typeof v === 'object' && 'error' in v) cell.value = { error: v.error } as ExcelJS.CellErrorValue;
      else if (typeof v === 'object' && 'date' in v) { cell.value = new Date(`${v.date}T00:00:00Z`); cell.numFmt = 'yyyy-mm-dd'; }
      else cell.value = v;
      if ((ri + ci) % 3 === 0) cell.font = { bold: true, color: { argb: 'FF0000FF' } };
      if ((ri + ci) % 5 === 0) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
    }));
    for (const m of s.merges) ws.mergeCells(m);
    if (s.hidden) ws.state = 'hidden';
  }
  // Round-trip once, so styles are shared the way ExcelJS shares them after reading a real file.
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return again;
}

/** A hash of every cell of the given sheets: address, type, value and style. */
function hashSheets(wb: ExcelJS.Workbook, names: string[], withStyle: boolean): string {
  const h = createHash('sha256');
  for (const name of names) {
    const ws = wb.getWorksheet(name);
    if (!ws) { h.update(`missing ${name}`); continue; }
    h.update(`sheet ${name} ${ws.state}`);
    // Empty unstyled cells are skipped: asking ExcelJS for a cell creates it, which changes nothing.
    ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => {
      const style = JSON.stringify(cell.style ?? {});
      if (cell.value === null && (!withStyle || style === '{}')) return;
      h.update(`${cell.address}\u0000${cell.type}\u0000${JSON.stringify(cell.value)}`);
      if (withStyle) h.update(style);
    }));
  }
  return h.digest('hex');
}

const cellString = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? '' : typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : String(v));

// ---- properties ---------------------------------------------------------------------------------

describe('properties over generated workbooks', () => {
  test(`building never throws and accounts for every row (${GRID_RUNS} workbooks)`, () => {
    odd = true;
    try {
      fc.assert(fc.property(workbookArb, ([sheets, file]) => {
        const grids = sheets.map((s) => toGrid(file, s));
        expect(unaccounted(grids)).toEqual([]);
        const a = buildReport({ grids, settings });
        const b = buildReport({ grids, settings });
        // The same input builds the same bulletin.
        expect(buildBulletinSheet(buildBulletinModel(b.result, settings), settings)).toEqual(buildBulletinSheet(buildBulletinModel(a.result, settings), settings));
        // The summary adds up.
        for (const s of a.result.summary) expect(STATUS_CODES.reduce((n, c) => n + (s.counts[c] ?? 0), 0)).toBe(s.indicators);
        expect(a.result.findings.filter((f) => f.code === 'summary_mismatch')).toEqual([]);
      }), params(GRID_RUNS));
    } finally {
      odd = false;
    }
  });

  test(`real .xlsx: source cells unchanged through build + bulletin + highlight + clear; rebuild and ledger agree (${XLSX_RUNS} workbooks)`, async () => {
    await fc.assert(fc.asyncProperty(workbookArb, async ([sheets, file]) => {
      const wb = await toWorkbook(sheets);
      const names = sheets.map((s) => s.name).filter((n) => n !== settings.bulletinSheet && n !== settings.ledgerSheet);
      const valuesBefore = hashSheets(wb, names, false);
      const stylesBefore = hashSheets(wb, names, true);

      const buf1 = Buffer.from(await wb.xlsx.writeBuffer());
      const first = await runBuild({ source: new XlsxBufferSource([{ name: file, data: buf1 }]), settings, sink: new XlsxWorkbookSink(wb) });
      expect(hashSheets(wb, names, false)).toBe(valuesBefore);

      const hl = new XlsxHighlighter(wb, file);
      const targets = highlightTargets(first.result);
      await hl.highlight(targets, settings.colours);
      expect(hashSheets(wb, names, false)).toBe(valuesBefore);
      if (targets.some((t) => names.includes(t.sheet))) expect(hl.marked).toBeGreaterThan(0);
      await hl.clearHighlights();
      expect(hashSheets(wb, names, false)).toBe(valuesBefore);
      expect(hashSheets(wb, names, true)).toBe(stylesBefore);

      // The workbook with its own bulletin, saved and re-read, builds the same result and bulletin.
      const buf2 = Buffer.from(await wb.xlsx.writeBuffer());
      const second = await runBuild({ source: new XlsxBufferSource([{ name: file, data: buf2 }]), settings, sink: null, layout: true });
      const strip = (r: typeof first.result): unknown => ({ ...r, files: r.files.map((f) => ({ ...f, sheets: 0 })), skipped: r.skipped.filter((s) => s.reason !== 'bulletin_sheet') });
      expect(strip(second.result)).toEqual(strip(first.result));
      expect(second.sheets[0]).toEqual(first.sheets[0]);

      // The ledger re-read gives the same summary.
      const reread = new ExcelJS.Workbook();
      await reread.xlsx.load(buf2 as unknown as ArrayBuffer);
      const ledger = reread.getWorksheet(settings.ledgerSheet);
      expect(ledger).toBeDefined();
      const header = ((ledger?.getRow(1).values ?? []) as ExcelJS.CellValue[]).slice(1).map(cellString);
      expect(header).toEqual([...LEDGER_HEADERS]);
      const labelToCode = new Map(STATUS_CODES.map((c) => [STATUS_LABELS[c], c]));
      const counts = new Map<string, Record<string, number>>();
      let rows = 0;
      ledger?.eachRow((row, r) => {
        if (r === 1) return;
        const code = labelToCode.get(cellString(row.getCell(12).value));
        if (!code) return;
        rows++;
        const key = cellString(row.getCell(1).value);
        const c = counts.get(key) ?? {};
        c[code] = (c[code] ?? 0) + 1;
        counts.set(key, c);
      });
      expect(rows).toBe(first.result.indicators.length);
      for (const s of first.result.summary) {
        const got = counts.get(s.title) ?? {};
        for (const code of STATUS_CODES) expect([s.title, code, got[code] ?? 0]).toEqual([s.title, code, s.counts[code]]);
      }
    }), params(XLSX_RUNS));
  });

  test('the highlighter restores shared styles exactly and marks only the target row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('民生实事');
    ws.addRow(['指标名称', '全年目标', '累计完成']);
    for (let i = 0; i < 4; i++) ws.addRow([`指标${i}`, 100, 10]);
    ws.eachRow((row) => row.eachCell((c) => { c.font = { name: '宋体', size: 12 }; c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEEFF' } }; }));
    const re = new ExcelJS.Workbook();
    await re.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const sheet = re.getWorksheet('民生实事');
    const before = hashSheets(re, ['民生实事'], true);
    const hl = new XlsxHighlighter(re, 'a.xlsx');
    await hl.highlight([{ file: 'a.xlsx', sheet: '民生实事', row: 3, left: 1, right: 3, grade: 'red' }, { file: 'b.xlsx', sheet: '民生实事', row: 4, left: 1, right: 3, grade: 'red' }], settings.colours);
    expect(hl.marked).toBe(3);
    expect((sheet?.getCell('B3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${settings.colours.redFill.slice(1).toUpperCase()}`);
    expect(sheet?.getCell('B3').font?.name).toBe('宋体');
    // Cells sharing the style object with the marked row are not affected.
    expect((sheet?.getCell('B4').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFDDEEFF');
    await hl.highlight([{ file: 'a.xlsx', sheet: '民生实事', row: 3, left: 1, right: 3, grade: 'yellow' }], settings.colours);
    await hl.clearHighlights();
    expect(hashSheets(re, ['民生实事'], true)).toBe(before);
  });
});
