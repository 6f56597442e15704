import { SheetModel } from '../../src/domain/sheetModel';
import { ExcelBulletinSink } from '../../src/excel/excelSink';
import { ExcelStepError, ZhuanbaoError } from '../../src/excel/errors';
import { STATE_KEY } from '../../src/excel/storedState';
import { FakeExcel } from './fakeExcel';

/** A ledger-like sheet of n data rows: header, numbers, percentages, a lagging row every 7th. */
function ledger(n: number, name = '汇总台账'): SheetModel {
  const header = ['序号', '板块', '项目', '指标', '全年目标', '累计完成', '完成率', '序时进度', '状态', '责任单位'];
  const rows: SheetModel['rows'] = [{ cells: header.map((h) => ({ value: h, style: { bold: true, fill: '#D9E1F2', hAlign: 'center', border: true } })), height: 24 }];
  for (let i = 1; i <= n; i++) {
    const lag = i % 7 === 0;
    const base = lag ? { fill: '#F8CBAD', color: '#9C0006', border: true } : { border: true };
    rows.push({
      cells: [
        { value: i, style: { ...base, hAlign: 'center' } },
        { value: '省级', style: base },
        { value: `项目${i % 10}`, style: base },
        { value: `指标${i}`, style: { ...base, wrap: true } },
        { value: 1000 + i, style: { ...base, hAlign: 'right', numFmt: '#,##0' } },
        { value: i, style: { ...base, hAlign: 'right', numFmt: '#,##0' } },
        { value: (i % 100) / 100, style: { ...base, hAlign: 'right', numFmt: '0.00%' } },
        { value: 0.2164, style: { ...base, hAlign: 'right', numFmt: '0.00%' } },
        { value: lag ? '未达到序时进度' : '达到序时进度', style: base },
        { value: '人社局', style: base },
      ],
    });
  }
  return {
    name, columns: header.map((_, i) => ({ width: i === 3 ? 30 : 12 })), rows, merges: [],
    freeze: { rows: 1, cols: 0 }, print: { orientation: 'landscape', repeatRows: { top: 1, bottom: 1 }, fitToWidth: true },
    table: { name: 'zb_ledger', range: { top: 1, left: 1, bottom: n + 1, right: 10 }, columns: header }, tabColor: '#C00000',
  };
}

function bulletin(name = '工作专报'): SheetModel {
  return {
    name,
    columns: [{ width: 8 }, { width: 60 }],
    rows: [
      { cells: [{ value: '实现好惠民生增福祉的期盼工作专报', style: { bold: true, size: 18, hAlign: 'center' } }], height: 36 },
      { cells: [{ value: '第 1 期', style: { hAlign: 'center' } }] },
      { cells: [null, { value: '=不是公式', style: { wrap: true } }] },
    ],
    merges: [{ top: 1, left: 1, bottom: 1, right: 2 }, { top: 2, left: 1, bottom: 2, right: 2 }],
    print: { orientation: 'portrait', fitToWidth: true },
    tabColor: '#C00000',
  };
}

describe('ExcelBulletinSink', () => {
  test('writes values, number formats, styles, merges, widths, freeze, print setup and table', async () => {
    const x = new FakeExcel();
    x.addSheet('Sheet1');
    await new ExcelBulletinSink({ runner: x.run }).writeSheets([bulletin(), ledger(20)]);
    expect(x.sheets.map((s) => s.name)).toEqual(['工作专报', '汇总台账', 'Sheet1']);
    expect(x.cell('工作专报', 'A1')).toMatchObject({ v: '实现好惠民生增福祉的期盼工作专报', style: { bold: true, size: 18, hAlign: 'Center' } });
    // Text that looks like a formula is written as text.
    expect(x.cell('工作专报', 'B3')?.v).toBe('=不是公式');
    expect(x.sheet('工作专报').merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }, { top: 2, left: 1, bottom: 2, right: 2 }]);
    expect(x.sheet('工作专报').rowHeights.get(1)).toBe(36);
    // Fit to width sets both dimensions (office-js#1860): one page wide, automatic height.
    expect(x.sheet('工作专报').page).toMatchObject({ orientation: 'Portrait', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    const ledgerSheet = x.sheet('汇总台账');
    expect(x.cell('汇总台账', 'E2')).toMatchObject({ v: 1001, fmt: '#,##0', style: { hAlign: 'Right', border: true } });
    expect(x.cell('汇总台账', 'G2')).toMatchObject({ v: 0.01, fmt: '0.00%' });
    expect(x.cell('汇总台账', 'A8')?.style).toMatchObject({ fill: '#F8CBAD', color: '#9C0006' });
    expect(x.cell('汇总台账', 'A9')?.style?.['fill']).toBeUndefined();
    expect(x.cell('汇总台账', 'D1')?.style).toMatchObject({ bold: true, fill: '#D9E1F2' });
    expect(ledgerSheet.freeze).toEqual({ rows: 1, cols: 0 });
    expect(ledgerSheet.page).toMatchObject({ orientation: 'Landscape', titleRows: '$1:$1' });
    expect(ledgerSheet.tables).toEqual([{ name: 'zb_ledger', range: { top: 1, left: 1, bottom: 21, right: 10 }, style: 'TableStyleLight1' }]);
    expect(ledgerSheet.colWidths.get(4)).toBeCloseTo((30 * 7 + 5) * 0.75);
    expect(ledgerSheet.tabColor).toBe('#C00000');
    expect(x.activeSheet).toBe('工作专报');
    const state = JSON.parse(x.settings.get(STATE_KEY) as string);
    expect(state.ownSheets.map((o: { name: string }) => o.name)).toEqual(['工作专报', '汇总台账']);
  });

  test.each([10, 1000, 10000])('writes a %i-row ledger in exactly 2 context.sync() calls (loads with the writes, then the swap), each request under 5 MB', async (n) => {
    const x = new FakeExcel();
    await new ExcelBulletinSink({ runner: x.run }).writeSheets([bulletin(), ledger(n)]);
    expect(x.syncCount).toBe(2);
    expect(x.largestRequest).toBeLessThan(5_000_000);
    expect(x.runCount).toBe(1);
    expect(x.cell('汇总台账', `D${n + 1}`)?.v).toBe(`指标${n}`);
  });

  test('text Excel would take for a formula, a number or a date is written so that it stays text', async () => {
    const x = new FakeExcel();
    const texts = ['-3天', '+2.3个百分点', '=不是公式', '2026-03-20', '001', 'TRUE', '3月20日', '-', '进展顺利'];
    const model: SheetModel = { name: '工作专报', columns: [{ width: 10 }], rows: texts.map((t) => ({ cells: [{ value: t }] })), merges: [] };
    await new ExcelBulletinSink({ runner: x.run }).writeSheets([model]);
    expect(texts.map((_, i) => x.cell('工作专报', `A${i + 1}`))).toEqual(texts.map((t) => ({ v: t })));
  });

  test('adds the bulletin chart in the same batch: type, data range, title, place and size', async () => {
    const x = new FakeExcel();
    const model: SheetModel = {
      ...bulletin(),
      rows: [...bulletin().rows, { cells: [null, { value: '板块' }, { value: '平均完成率' }, { value: '平均序时进度' }] }, { cells: [null, { value: '省级' }, { value: 0.4 }, { value: 0.2164 }] }],
      charts: [{ type: 'columnClustered', title: '各板块平均完成率与序时进度', dataRange: 'B4:D5', seriesBy: 'columns', anchor: 'F4', size: { width: 460, height: 220 }, valueFormat: '0%' }],
    };
    await new ExcelBulletinSink({ runner: x.run }).writeSheets([model, ledger(1000)]);
    expect(x.syncCount).toBe(2);
    expect(x.sheet('工作专报').charts).toEqual([{
      type: 'ColumnClustered', source: { top: 4, left: 2, bottom: 5, right: 4 }, seriesBy: 'Columns', title: '各板块平均完成率与序时进度',
      anchor: 'F4', width: 460, height: 220, legend: 'Bottom', valueFormat: '0%',
    }]);
    expect(x.sheet('汇总台账').charts).toEqual([]);
  });

  test('a write past one request: loads ride with the first request, the swap with the last; each request within the budget by the shared measure', async () => {
    const x = new FakeExcel();
    // Three sheets of about 4 MB each: three requests, no sync of its own for the loads or the swap.
    await new ExcelBulletinSink({ runner: x.run }).writeSheets([ledger(40_000, '汇总台账'), ledger(40_000, '汇总台账2'), ledger(40_000, '汇总台账3')]);
    expect(x.syncCount).toBe(3);
    expect(x.requests).toHaveLength(3);
    expect(x.largestRequest).toBeLessThan(4_500_000);
    expect(x.requests.reduce((a, b) => a + b, 0)).toBeGreaterThan(12_000_000);
    expect(x.cell('汇总台账3', 'D40001')?.v).toBe('指标40000');
    expect(x.cell('汇总台账3', 'E40001')?.fmt).toBe('#,##0');
  }, 60_000);

  test('splits the request only when it would pass the budget', async () => {
    const x = new FakeExcel();
    await new ExcelBulletinSink({ runner: x.run, budget: 50_000 }).writeSheets([ledger(2000)]);
    expect(x.syncCount).toBeGreaterThan(2);
    // The budget is kept by the same measure the fake uses (one large value block may pass it alone).
    expect(x.requests.filter((b) => b > 50_000)).toEqual([]);
    expect(x.cell('汇总台账', 'D2001')?.v).toBe('指标2000');
    expect(x.cell('汇总台账', 'A2001')?.style).toMatchObject({ border: true });
  });

  test('running again replaces the sheets it wrote, and only those', async () => {
    const x = new FakeExcel();
    x.addSheet('人社局').cells.set('1,1', { v: '指标' });
    const sink = new ExcelBulletinSink({ runner: x.run });
    await sink.writeSheets([bulletin(), ledger(5)]);
    const firstIds = x.sheets.slice(0, 2).map((s) => s.id);
    await sink.writeSheets([bulletin(), ledger(3)]);
    expect(x.sheets.map((s) => s.name)).toEqual(['工作专报', '汇总台账', '人社局']);
    expect(x.sheets.slice(0, 2).map((s) => s.id)).not.toEqual(firstIds);
    expect(x.cell('汇总台账', 'D5')).toBeUndefined();
    expect(x.cell('人社局', 'A1')?.v).toBe('指标');
    expect(x.sheet('汇总台账').tables.map((t) => t.name)).toEqual(['zb_ledger']);
  });

  test('refuses to replace a sheet of the same name that it did not write', async () => {
    const x = new FakeExcel();
    x.addSheet('工作专报').cells.set('1,1', { v: '手工专报' });
    await expect(new ExcelBulletinSink({ runner: x.run }).writeSheets([bulletin()])).rejects.toThrow(ZhuanbaoError);
    await expect(new ExcelBulletinSink({ runner: x.run }).writeSheets([bulletin()])).rejects.toThrow(/不是专报助手生成的/);
    expect(x.sheets.map((s) => s.name)).toEqual(['工作专报']);
    expect(x.cell('工作专报', 'A1')?.v).toBe('手工专报');
  });

  test('a failure while writing leaves no half-written sheet and keeps the old bulletin', async () => {
    const x = new FakeExcel();
    const sink = new ExcelBulletinSink({ runner: x.run });
    await sink.writeSheets([bulletin(), ledger(5)]);
    const before = x.matrix('汇总台账');
    x.syncCount = 0;
    x.failSync = { at: 2, error: Object.assign(new Error('Request payload too large'), { code: 'RequestPayloadSizeLimitExceeded' }) };
    const err = await sink.writeSheets([bulletin(), ledger(50)]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelStepError);
    expect((err as ExcelStepError).message).toMatch(/^写入专报工作表时出错：一次写入的数据超过了 Excel 的大小限制/);
    expect((err as ExcelStepError).code).toBe('RequestPayloadSizeLimitExceeded');
    expect(x.sheets.map((s) => s.name)).toEqual(['工作专报', '汇总台账']);
    expect(x.matrix('汇总台账')).toEqual(before);
  });
});
