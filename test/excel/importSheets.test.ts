/**
 * Importing departments' files into the open workbook: whole with insertWorksheetsFromBase64 where
 * Excel can, cell by cell otherwise, in requests under the budget, text kept as text, names by the
 * project's sheet-name rule.
 */
import { SheetGrid } from '../../src/domain/grid';
import { sheetNameProblem } from '../../src/domain/sheetName';
import { importSheetName } from '../../src/excel/candidates';
import { officeValue, rowBlocks, toBase64 } from '../../src/excel/importSheets';
import { STATE_KEY } from '../../src/excel/storedState';
import { ExcelWorkbook } from '../../src/excel/workbookOps';
import { FakeExcel } from './fakeExcel';

function grid(file: string, sheet: string, rows: number, extra: (string | number)[] = []): SheetGrid {
  const g: SheetGrid = { file, sheet, rows: [], merges: [{ top: 1, left: 1, bottom: 1, right: 6 }], tables: [] };
  g.rows.push([{ v: '2026年民生实事跟踪表' }]);
  g.rows.push(['序号', '项目', '指标名称', '全年目标', '单位', '累计完成'].map((h) => ({ v: h })));
  for (let i = 1; i <= rows; i++) {
    g.rows.push([{ v: i }, { v: '推动实现“劳有所得”' }, { v: `指标${i}` }, { v: 1000, fmt: '#,##0' }, { v: '人' }, { v: 10 * i }, ...extra.map((v) => ({ v }))]);
  }
  return g;
}

const bytesOf = (name: string): { name: string; data: ArrayBuffer } => {
  const data = new TextEncoder().encode(`PK fake ${name}`).buffer as ArrayBuffer;
  return { name, data };
};

describe('import sheet names', () => {
  test('the project’s rule: reserved History, no cut surrogate pair, no trailing apostrophe, unique', () => {
    expect(importSheetName('History.xlsx', 'Sheet1', new Set())).toBe('History(1)');
    const emoji = `${'局'.repeat(30)}😀.xlsx`;
    const cut = importSheetName(emoji, 'S', new Set());
    expect(cut).toBe('局'.repeat(30));
    expect(sheetNameProblem(cut)).toBeNull();
    const quoted = importSheetName(`${'a'.repeat(30)}'b.xlsx`, 'S', new Set());
    expect(quoted.endsWith("'")).toBe(false);
    expect(sheetNameProblem(quoted)).toBeNull();
    const long = 'x'.repeat(40);
    expect(importSheetName(`${long}.xlsx`, 'S', new Set(['x'.repeat(31)]))).toBe(`${'x'.repeat(28)}(2)`);
    expect(importSheetName('人社局.xlsx', '2026年民生实事', new Set(['人社局']))).toBe('人社局(2)');
  });

  test('office values keep text as text', () => {
    expect(officeValue({ v: '001' })).toBe("'001");
    expect(officeValue({ v: '-3天' })).toBe("'-3天");
    expect(officeValue({ v: '进展顺利' })).toBe('进展顺利');
    expect(officeValue({ v: { date: '2026-03-20' } })).toBe(46101);
    expect(rowBlocks([10, 10, 10], 25)).toEqual([{ start: 0, count: 2 }, { start: 2, count: 1 }]);
    expect(toBase64(new TextEncoder().encode('专报').buffer as ArrayBuffer)).toBe(Buffer.from('专报').toString('base64'));
  });
});

describe('import cell by cell', () => {
  test('a big sheet goes in requests under the budget; values, formats, merges and text kept', async () => {
    const x = new FakeExcel();
    const g = grid('人社局.xlsx', '2026年民生实事', 3000, ['2026-03-20', '001', '-3天', '+2.3个百分点']);
    const out = await new ExcelWorkbook(x.run).importGrids([g], 100_000);
    expect(out.imported).toEqual([{ sheet: '人社局', file: '人社局.xlsx', sourceSheet: '2026年民生实事' }]);
    expect(x.syncCount).toBeGreaterThan(3);
    expect(Math.max(...x.requests)).toBeLessThanOrEqual(100_000);
    expect(x.cell('人社局', 'C3002')?.v).toBe('指标3000');
    expect(x.cell('人社局', 'D3002')).toEqual({ v: 1000, fmt: '#,##0' });
    expect(['G', 'H', 'I', 'J'].map((c) => x.cell('人社局', `${c}3002`)?.v)).toEqual(['2026-03-20', '001', '-3天', '+2.3个百分点']);
    expect(x.sheet('人社局').merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 6 }]);
  });
});

describe('import whole with insertWorksheetsFromBase64', () => {
  test('an .xlsx file’s tracking sheets go in whole and are named by the rule; the instructions sheet stays out', async () => {
    const x = new FakeExcel();
    x.addSheet('人社局');
    const file = bytesOf('人社局.xlsx');
    const sheets = [grid('人社局.xlsx', '2026年民生实事', 5), { file: '人社局.xlsx', sheet: '填报说明', rows: [[{ v: '请按月填报' }]], merges: [], tables: [] }];
    x.base64Books.set(toBase64(file.data), sheets.map((g) => ({ name: g.sheet, grid: g })));
    const out = await new ExcelWorkbook(x.run).importFiles([file], sheets);
    expect(out.native).toEqual(['人社局.xlsx']);
    expect(out.imported).toEqual([{ sheet: '人社局(2)', file: '人社局.xlsx', sourceSheet: '2026年民生实事' }]);
    expect(out.skipped.map((s) => s.sheet)).toEqual(['填报说明']);
    expect(x.sheets.map((s) => s.name)).toEqual(['人社局', '人社局(2)']);
    expect(x.cell('人社局(2)', 'C7')?.v).toBe('指标5');
    expect(JSON.parse(x.settings.get(STATE_KEY) as string).imports).toEqual(out.imported);
    expect(x.syncCount).toBe(3);
  });

  test('without ExcelApi 1.13, or for other formats, the grids are written cell by cell', async () => {
    const x = new FakeExcel();
    x.apiVersion = '1.12';
    const file = bytesOf('民政局.xlsx');
    const csv = bytesOf('教育局.csv');
    const out = await new ExcelWorkbook(x.run).importFiles([file, csv], [grid('民政局.xlsx', 'Sheet1', 3), grid('教育局.csv', '教育局', 2)]);
    expect(out.native).toEqual([]);
    expect(out.imported.map((i) => i.sheet)).toEqual(['民政局', '教育局']);
    expect(x.cell('教育局', 'C4')?.v).toBe('指标2');
  });

  test('a file Excel refuses to insert falls back alone, with a note; the others still go in whole', async () => {
    const x = new FakeExcel();
    const good = bytesOf('人社局.xlsx');
    const bad = bytesOf('民政局.xlsx');
    const grids = [grid('人社局.xlsx', '人社局', 3), grid('民政局.xlsx', '民政局', 4)];
    x.base64Books.set(toBase64(good.data), [{ name: '人社局', grid: grids[0]! }]);
    const out = await new ExcelWorkbook(x.run).importFiles([good, bad], grids);
    expect(out.native).toEqual(['人社局.xlsx']);
    expect(out.notes?.[0]).toMatch(/「民政局.xlsx」未能整表插入.*已改为逐格导入/);
    expect(out.imported.map((i) => i.sheet).sort()).toEqual(['人社局', '民政局']);
    expect(x.cell('民政局', 'C6')?.v).toBe('指标4');
    expect(x.eventsEnabled).toBe(true);
  });
});
