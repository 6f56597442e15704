/**
 * Faults on the Excel side: a batch failing midway while writing the bulletin or highlighting, a
 * protected bound sheet, a renamed or deleted bound sheet, stored settings that fail validation.
 */
import { SheetModel } from '../../src/domain/sheetModel';
import { parseSettings } from '../../src/domain/settings';
import { ExcelStepError } from '../../src/excel/errors';
import { ExcelBulletinSink } from '../../src/excel/excelSink';
import { ExcelHighlighter, HIGHLIGHT_MARKER } from '../../src/excel/excelHighlighter';
import { ExcelTrackingSource } from '../../src/excel/excelSource';
import { STATE_KEY } from '../../src/excel/storedState';
import { ExcelWorkbook } from '../../src/excel/workbookOps';
import { HighlightTarget } from '../../src/domain/workbookPort';
import { FakeExcel, FakeSheet } from './fakeExcel';

function tracker(x: FakeExcel, name: string, rows: number): FakeSheet {
  const s = x.addSheet(name);
  const put = (r: number, c: number, v: string | number): void => { s.cells.set(`${r},${c}`, { v }); };
  ['序号', '项目', '指标名称', '全年目标', '单位', '累计完成'].forEach((h, i) => put(1, i + 1, h));
  for (let i = 1; i <= rows; i++) {
    put(1 + i, 1, i);
    put(1 + i, 2, '推动实现“劳有所得”');
    put(1 + i, 3, `指标${i}`);
    put(1 + i, 4, 1000);
    put(1 + i, 5, '人');
    put(1 + i, 6, 10 * i);
  }
  return s;
}

function sheet(name: string, text: string, rows = 30): SheetModel {
  return {
    name,
    columns: [{ width: 10 }, { width: 20 }],
    rows: [{ cells: [{ value: text, style: { bold: true } }] }, ...Array.from({ length: rows }, (_, i) => ({ cells: [{ value: i + 1 }, { value: `${text}${i + 1}`, style: { border: true, fill: i % 2 ? '#FFC7CE' : undefined } }] }))],
    merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
    charts: [{ type: 'columnClustered', title: '图', dataRange: 'A2:B4', seriesBy: 'columns', anchor: 'D2', size: { width: 300, height: 200 } }],
  };
}

const payloadError = () => Object.assign(new Error('boom'), { code: 'GeneralException' });
const colours = parseSettings({}).colours;
const marks = (s: FakeSheet) => s.cfs.filter((c) => c.formula.includes(HIGHLIGHT_MARKER) || c.formula === '');

describe('a bulletin write failing midway', () => {
  test.each([
    ['the first request (loads and writes)', 1, undefined],
    ['the swap', 2, undefined],
    ['a middle request of writes', 3, 5_000],
    ['the last request (last writes and the swap)', 0, 5_000],
  ])('failing at %s: no temporary or half-written sheet, and the previous bulletin intact', async (_label, at, budget) => {
    const x = new FakeExcel();
    tracker(x, '人社局', 3);
    const sink = new ExcelBulletinSink({ runner: x.run, ...(budget ? { budget } : {}) });
    await sink.writeSheets([sheet('工作专报', '旧'), sheet('汇总台账', '旧账')]);
    const before = { bulletin: x.matrix('工作专报'), ledger: x.matrix('汇总台账') };
    x.syncCount = 0;
    x.requests = [];
    const next = [sheet('工作专报', '新', 400), sheet('汇总台账', '新账', 400)];
    if (at === 0) {
      // Count the syncs of a good write first, then fail the last one.
      const probe = new FakeExcel();
      await new ExcelBulletinSink({ runner: probe.run, budget }).writeSheets(next);
      at = probe.syncCount;
      expect(at).toBeGreaterThan(3);
    }
    x.failSync = { at, error: payloadError() };
    const err = await sink.writeSheets(next).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelStepError);
    expect((err as Error).message).toMatch(/^写入专报工作表时出错：Excel 内部错误/);
    expect(x.sheets.map((s) => s.name).sort()).toEqual(['人社局', '工作专报', '汇总台账'].sort());
    expect({ bulletin: x.matrix('工作专报'), ledger: x.matrix('汇总台账') }).toEqual(before);
    expect(x.sheet('工作专报').charts).toHaveLength(1);
    expect(x.cell('人社局', 'C2')?.v).toBe('指标1');
    // The next write goes through.
    await sink.writeSheets(next);
    expect(x.matrix('工作专报')[400]?.[1]).toBe('新400');
  });

  test('failing during the swap after the old sheets were deleted: the complete new sheets are put in place', async () => {
    const x = new FakeExcel();
    const sink = new ExcelBulletinSink({ runner: x.run });
    await sink.writeSheets([sheet('工作专报', '旧'), sheet('汇总台账', '旧账')]);
    // Excel ran the deletes, then failed at a rename.
    const run = x.run;
    let syncs = 0;
    const failingRun: typeof run = (batch) => run(async (context) => {
      const sync = context.sync.bind(context);
      (context as { sync: () => Promise<void> }).sync = async () => {
        if (++syncs === 2) {
          const old = x.sheets.filter((s) => s.name === '工作专报' || s.name === '汇总台账');
          x.sheets = x.sheets.filter((s) => !old.includes(s));
          throw payloadError();
        }
        return sync();
      };
      return batch(context);
    });
    const err = await new ExcelBulletinSink({ runner: failingRun }).writeSheets([sheet('工作专报', '新'), sheet('汇总台账', '新账')]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelStepError);
    expect(x.sheets.map((s) => s.name).sort()).toEqual(['工作专报', '汇总台账'].sort());
    expect(x.matrix('工作专报')[30]?.[1]).toBe('新30');
  });

  test('when cleaning up fails too, both are reported and the clerk is told what to delete', async () => {
    const x = new FakeExcel();
    x.failSync = { at: 2, error: payloadError() };
    let runs = 0;
    const sink = new ExcelBulletinSink({
      runner: async (batch) => {
        runs++;
        if (runs === 2) throw Object.assign(new Error('offline'), { code: 'GeneralException' });
        return x.run(batch);
      },
    });
    const err = (await sink.writeSheets([sheet('工作专报', '新')]).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/请手动删除名称以 zb-tmp- 开头的工作表/);
    expect(err.message).toMatch(/清理未完成的临时工作表时出错/);
  });
});

describe('highlighting failing midway', () => {
  const targets: HighlightTarget[] = [
    { file: 'x', sheet: '人社局', row: 2, left: 1, right: 6, grade: 'red' },
    { file: 'x', sheet: '民政局', row: 3, left: 1, right: 6, grade: 'yellow' },
  ];

  test('the marks already made are removed; the clerk’s own rules and cells stay', async () => {
    const x = new FakeExcel();
    const a = tracker(x, '人社局', 3);
    const b = tracker(x, '民政局', 3);
    a.cfs.push({ formula: '=$F2>100', fill: '#0000FF', areas: [{ top: 2, left: 6, bottom: 4, right: 6 }] });
    const cells = JSON.stringify([...a.cells, ...b.cells]);
    const h = new ExcelHighlighter(x.run);
    await h.highlight([targets[0]!], colours);
    expect(marks(a)).toHaveLength(1);
    x.syncCount = 0;
    x.failSync = { at: 3, error: payloadError() };
    const err = await h.highlight(targets, colours).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelStepError);
    expect((err as Error).message).toMatch(/^标记滞后指标时出错/);
    expect(marks(a)).toEqual([]);
    expect(marks(b)).toEqual([]);
    expect(a.cfs).toEqual([{ formula: '=$F2>100', fill: '#0000FF', areas: [{ top: 2, left: 6, bottom: 4, right: 6 }] }]);
    expect(JSON.stringify([...a.cells, ...b.cells])).toBe(cells);
    // Failed batch (3) + turning Excel's events on again after it (1) + the clean-up run (3).
    expect(x.syncCount).toBe(7);
  });
});

describe('a protected bound sheet', () => {
  test('is read as usual; highlighting skips it with a message naming it and marks the others', async () => {
    const x = new FakeExcel();
    const a = tracker(x, '人社局', 3);
    const b = tracker(x, '民政局', 3);
    const wb = new ExcelWorkbook(x.run);
    for (const c of await wb.listCandidates()) await wb.bind(c);
    a.protected = true;
    const { grids, failures } = await new ExcelTrackingSource({ runner: x.run }).readSheets();
    expect(failures).toEqual([]);
    expect(grids.map((g) => g.sheet).sort()).toEqual(['人社局', '民政局']);
    const h = new ExcelHighlighter(x.run);
    x.syncCount = 0;
    await h.highlight([
      { file: 'x', sheet: '人社局', row: 2, left: 1, right: 6, grade: 'red' },
      { file: 'x', sheet: '人社局', row: 3, left: 1, right: 6, grade: 'red' },
      { file: 'x', sheet: '民政局', row: 2, left: 1, right: 6, grade: 'yellow' },
    ], colours);
    expect(x.syncCount).toBe(3);
    expect(h.last).toMatchObject({ marked: 1, protectedSheets: ['人社局'] });
    expect(h.last.messages).toEqual(['工作表「人社局」受保护，其中 2 行滞后指标未标记。请先撤销该表的保护（审阅 → 撤销工作表保护）再重新标记。']);
    expect(a.cfs).toEqual([]);
    expect(marks(b)).toHaveLength(1);
    await h.clearHighlights();
    expect(marks(b)).toEqual([]);
    expect(h.last.messages).toEqual(['工作表「人社局」受保护，其中的滞后标记（如有）未清除。请先撤销该表的保护再清除。']);
  });
});

describe('renamed and deleted bound sheets', () => {
  test('a renamed bound sheet: the binding resolves by id, reads under the new name, and the stored name is updated', async () => {
    const x = new FakeExcel();
    tracker(x, '人社局', 3);
    tracker(x, '民政局', 2);
    const wb = new ExcelWorkbook(x.run);
    const [c] = (await wb.listCandidates()).filter((k) => k.sheet === '人社局');
    const binding = await wb.bind(c!);
    expect(binding.sheetId).toBe(x.sheet('人社局').id);
    x.renameSheet('人社局', '人社局-3月');
    const source = new ExcelTrackingSource({ runner: x.run });
    const { grids, failures } = await source.readSheets();
    expect(failures).toEqual([]);
    expect(grids.map((g) => g.sheet)).toEqual(['人社局-3月']);
    expect(source.renamedBindings.map((r) => [r.binding.sheet, r.sheet])).toEqual([['人社局', '人社局-3月']]);
    const out = await wb.reattachBindings();
    expect(out.renamed).toEqual([{ from: '人社局', to: '人社局-3月' }]);
    expect(out.messages).toEqual(['绑定的工作表「人社局」已改名为「人社局-3月」，绑定仍然有效。']);
    expect((await wb.loadState()).state.bindings.map((b) => b.sheet)).toEqual(['人社局-3月']);
    expect((await wb.listCandidates()).find((k) => k.sheet === '人社局-3月')?.bound).toBe(true);
  });

  test('a deleted bound sheet: reading skips it with a message; on open the binding is dropped with a message', async () => {
    const x = new FakeExcel();
    tracker(x, '人社局', 3);
    tracker(x, '民政局', 2);
    const wb = new ExcelWorkbook(x.run);
    for (const c of await wb.listCandidates()) await wb.bind(c);
    x.deleteSheet('民政局');
    const { grids, failures } = await new ExcelTrackingSource({ runner: x.run }).readSheets();
    expect(grids.map((g) => g.sheet)).toEqual(['人社局']);
    expect(failures.map((f) => f.message)).toEqual([expect.stringMatching(/^绑定「民政局」A1:F3 已失效（该区域或工作表可能已被删除），已跳过。/)]);
    const out = await wb.reattachBindings();
    expect(out.dropped.map((b) => b.sheet)).toEqual(['民政局']);
    expect(out.messages).toEqual(['绑定的工作表「民政局」已不存在（可能已被删除），已取消该绑定。']);
    expect(x.bindings.map((b) => b.sheet)).toEqual(['人社局']);
    expect((await wb.loadState()).state.bindings.map((b) => b.sheet)).toEqual(['人社局']);
  });
});

describe('stored settings that fail validation', () => {
  test('defaults with a Chinese message; bindings, imports and own sheets kept; the build still reads the bound sheet', async () => {
    const x = new FakeExcel();
    tracker(x, '人社局', 3);
    tracker(x, '民政局', 2);
    const wb = new ExcelWorkbook(x.run);
    const [c] = (await wb.listCandidates()).filter((k) => k.sheet === '民政局');
    await wb.bind(c!);
    const state = JSON.parse(x.settings.get(STATE_KEY) as string);
    state.settings = { issue: '第三期', mode: 'week', title: '专报' };
    state.imports = [{ sheet: '民政局', file: '民政局.xlsx', sourceSheet: '2026' }];
    x.settings.set(STATE_KEY, JSON.stringify(state));
    const loaded = await wb.loadState();
    expect(loaded.settings).toEqual(parseSettings({}));
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]).toMatch(/^工作簿中保存的专报设置有误（issue：.*mode：.*），已改用默认设置；绑定、导入记录和历史快照均保留。/);
    expect(loaded.state.bindings.map((b) => b.sheet)).toEqual(['民政局']);
    expect(loaded.state.imports).toEqual(state.imports);
    const { grids } = await new ExcelTrackingSource({ runner: x.run }).readSheets();
    expect(grids.map((g) => [g.sheet, g.file])).toEqual([['民政局', '民政局.xlsx']]);
    // Saving settings replaces the bad ones and keeps the rest.
    await wb.saveSettings(parseSettings({ issue: 3 }));
    const again = await wb.loadState();
    expect([again.problems, again.settings.issue, again.state.bindings.length]).toEqual([[], 3, 1]);
  });
});
