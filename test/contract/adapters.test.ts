/**
 * Contract: the same build scenario through runBuild on the office.js adapter (over the
 * office-addin-mock fake workbook, loaded with the sample departments' sheets through the pane's own
 * import) and on the .xlsx adapter (ExcelJS) gives the same result, the same bulletin model and the
 * same cell values in the sheets written.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { BulletinModel } from '../../src/domain/bulletinModel';
import { BuildResult } from '../../src/domain/resultSchema';
import { parseSettings, Settings } from '../../src/domain/settings';
import { runBuild } from '../../src/engine/runBuild';
import { ExcelBulletinSink } from '../../src/excel/excelSink';
import { ExcelTrackingSource } from '../../src/excel/excelSource';
import { ExcelWorkbook } from '../../src/excel/workbookOps';
import { XlsxBufferSource } from '../../src/xlsx/xlsxSource';
import { XlsxWorkbookSink } from '../../src/xlsx/xlsxSink';
import { FakeExcel } from '../excel/fakeExcel';

const SAMPLES = path.join(__dirname, '../../samples/2026-03');
const files = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')).sort().map((name) => ({ name, data: fs.readFileSync(path.join(SAMPLES, name)) }));

/** Maps the Excel side's sheet names back to the departments' own (imports remember them). */
function normalise<T>(value: T, sheetMap: Map<string, string>): T {
  return JSON.parse(JSON.stringify(value), (k, v: unknown) => (k === 'sheet' && typeof v === 'string' ? sheetMap.get(v) ?? v : v)) as T;
}

function exceljsMatrix(ws: ExcelJS.Worksheet): (string | number | boolean | null)[][] {
  const out: (string | number | boolean | null)[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: (string | number | boolean | null)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.isMerged && cell.master !== cell ? null : cell.value;
      cells[c - 1] = v === null || v === undefined || v === '' ? null : (v as string | number | boolean);
    });
    out[r - 1] = cells;
  });
  return out;
}

function trim(m: (string | number | boolean | null)[][]): (string | number | boolean | null)[][] {
  const rows = m.map((r) => {
    const copy = Array.from({ length: r.length }, (_, i) => r[i] ?? null);
    while (copy.length && copy[copy.length - 1] === null) copy.pop();
    return copy;
  });
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

describe.each([
  ['day mode, as-of from the workbooks', parseSettings({ issue: 1 })],
  ['month mode, as-of set, tolerance 5', parseSettings({ issue: 2, mode: 'month', asOf: '2026-03-31', tolerance: 5, redGap: 20 })],
])('the same build on both adapters: %s', (_label, settings: Settings) => {
  let excel: { result: BuildResult; bulletin: BulletinModel };
  let xlsx: { result: BuildResult; bulletin: BulletinModel };
  let fake: FakeExcel;
  let book: ExcelJS.Workbook;
  let sheetMap: Map<string, string>;
  let syncs: { source: number; sink: number };

  beforeAll(async () => {
    const xlsxSource = new XlsxBufferSource(files);
    book = new ExcelJS.Workbook();
    xlsx = await runBuild({ source: xlsxSource, settings, sink: new XlsxWorkbookSink(book), today: '2026-04-01' });

    fake = new FakeExcel();
    fake.addSheet('Sheet1');
    const { grids } = await new XlsxBufferSource(files).readSheets();
    const imported = await new ExcelWorkbook(fake.run).importGrids(grids);
    sheetMap = new Map(imported.imported.map((i) => [i.sheet, i.sourceSheet]));
    fake.syncCount = 0;
    const source = new ExcelTrackingSource({ runner: fake.run });
    const reading = await source.readSheets();
    syncs = { source: fake.syncCount, sink: 0 };
    fake.syncCount = 0;
    const out = await runBuild({ source: { readSheets: async () => reading }, settings, sink: new ExcelBulletinSink({ runner: fake.run }), today: '2026-04-01' });
    syncs.sink = fake.syncCount;
    excel = { result: out.result, bulletin: out.bulletin };
  });

  test('the sample build finds indicators in every department', () => {
    expect(xlsx.result.indicators.length).toBeGreaterThan(30);
    expect(new Set(xlsx.result.indicators.map((i) => i.source.file)).size).toBe(files.length);
  });

  test('same summary and indicators (sources mapped back to the departments’ sheets)', () => {
    expect(excel.result.asOf).toBe(xlsx.result.asOf);
    expect(excel.result.timeProgress).toBe(xlsx.result.timeProgress);
    expect(excel.result.summary).toEqual(xlsx.result.summary);
    expect(normalise(excel.result.indicators, sheetMap)).toEqual(xlsx.result.indicators);
  });

  test('same bulletin model', () => {
    expect(normalise(excel.bulletin, sheetMap)).toEqual(xlsx.bulletin);
  });

  test('same findings; the instruction sheets the import left out are the only skipped difference', () => {
    expect(normalise(excel.result.findings, sheetMap)).toEqual(xlsx.result.findings);
    const excelSkipped = normalise(excel.result.skipped, sheetMap);
    const onlyXlsx = xlsx.result.skipped.filter((s) => !excelSkipped.some((e) => JSON.stringify(e) === JSON.stringify(s)));
    expect(onlyXlsx.every((s) => s.reason === 'instructions' && s.row === null)).toBe(true);
  });

  test('the bulletin and ledger sheets hold the same values in both workbooks (the ledger naming each side’s own sheets)', () => {
    for (const name of [settings.bulletinSheet, settings.ledgerSheet]) {
      const ws = book.getWorksheet(name);
      expect(ws).toBeDefined();
      // Each table's header says which column names the source sheet.
      let sheetCol = -1;
      const excelSide = fake.matrix(name).map((row) => {
        const header = row.findIndex((v) => v === '来源工作表' || v === '工作表');
        if (header >= 0) { sheetCol = header; return row; }
        return row.map((v, c) => (c === sheetCol && typeof v === 'string' ? sheetMap.get(v) ?? v : v));
      });
      expect(trim(excelSide)).toEqual(trim(exceljsMatrix(ws!)));
      expect(fake.sheet(name).merges.length).toBe((ws!.model.merges ?? []).length);
    }
  });

  test('the office.js side draws the section chart over the data block both sides hold; ExcelJS writes no chart', () => {
    const charts = fake.sheet(settings.bulletinSheet).charts;
    expect(charts).toHaveLength(1);
    const source = charts[0]!.source;
    expect(charts[0]).toMatchObject({ type: 'ColumnClustered', seriesBy: 'Columns', title: '各板块平均完成率与序时进度' });
    const ws = book.getWorksheet(settings.bulletinSheet)!;
    expect(ws.getCell(source.top, source.left).value).toBe('板块');
    expect(ws.getCell(source.top, source.right).value).toBe('平均序时进度');
    expect(source.bottom - source.top).toBe(excel.bulletin.sections.length);
  });

  test('the office.js side used 3 syncs to read and 2 to write', () => {
    expect(syncs).toEqual({ source: 3, sink: 2 });
  });
});
