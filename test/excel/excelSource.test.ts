import { ExcelTrackingSource, MERGES_UNSUPPORTED, READ_BUDGET_BYTES, hiddenLines, mergeSlices, parseAreas, visibilitySlices } from '../../src/excel/excelSource';
import { ExcelHighlighter, HIGHLIGHT_MARKER } from '../../src/excel/excelHighlighter';
import { ExcelWorkbook } from '../../src/excel/workbookOps';
import { STATE_KEY, parseStoredState } from '../../src/excel/storedState';
import { isoToSerial, serialToIso, toCellValue, isDateFormat } from '../../src/excel/officeValues';
import { parseSettings } from '../../src/domain/settings';
import { FakeExcel, FakeSheet } from './fakeExcel';

function tracker(x: FakeExcel, name: string, rows: number): FakeSheet {
  const s = x.addSheet(name);
  const put = (r: number, c: number, v: string | number, fmt?: string): void => { s.cells.set(`${r},${c}`, fmt ? { v, fmt } : { v }); };
  put(1, 1, '2026年民生实事跟踪表');
  put(2, 1, '数据截至：');
  put(2, 2, isoToSerial('2026-03-20'), 'yyyy/m/d');
  ['序号', '项目', '指标名称', '全年目标', '单位', '累计完成', '完成率', '进展情况'].forEach((h, i) => put(3, i + 1, h));
  for (let i = 1; i <= rows; i++) {
    const r = 3 + i;
    put(r, 1, i);
    put(r, 2, '推动实现“劳有所得”');
    put(r, 3, `指标${i}`);
    put(r, 4, 6000);
    put(r, 5, '人');
    put(r, 6, 1386 + i);
    if (i === 2) s.cells.set(`${r},7`, { v: '#DIV/0!', type: 'Error' });
    else put(r, 7, 0.231, '0.0%');
    put(r, 8, '进展顺利');
  }
  s.merges.push({ top: 1, left: 1, bottom: 1, right: 8 }, { top: 4, left: 2, bottom: 3 + rows, right: 2 });
  return s;
}

describe('office values at the edge', () => {
  test('dates, errors and percentages become domain values', () => {
    expect(serialToIso(46101)).toBe('2026-03-20');
    expect(isoToSerial('2026-03-20')).toBe(46101);
    expect(serialToIso(59)).toBe('1900-02-28');
    expect(serialToIso(61)).toBe('1900-03-01');
    expect(toCellValue(46101, 'Double', 'yyyy"年"m"月"d"日"')).toEqual({ date: '2026-03-20' });
    expect(toCellValue(46101, 'Double', 'General')).toBe(46101);
    expect(toCellValue('#DIV/0!', 'Error', 'General')).toEqual({ error: '#DIV/0!' });
    expect(toCellValue('', 'Empty', 'General')).toBeNull();
    expect(isDateFormat('0.00%')).toBe(false);
    expect(isDateFormat('[$-804]yyyy年m月d日')).toBe(true);
    expect(isDateFormat('h:mm')).toBe(false);
    expect(isDateFormat('#,##0"万元"')).toBe(false);
    expect(parseAreas("'2026 民生'!A1:B2, '2026 民生'!C3")).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }, { top: 3, left: 3, bottom: 3, right: 3 }]);
  });
});

describe('ExcelTrackingSource', () => {
  test('onlySheets reads just the sheets named (the mapping editor’s one sheet), with the same syncs', async () => {
    const x = new FakeExcel();
    tracker(x, '人社局', 3);
    tracker(x, '民政局', 500);
    const before = x.syncCount;
    const { grids } = await new ExcelTrackingSource({ runner: x.run, allSheets: true, onlySheets: ['人社局'] }).readSheets();
    expect(grids.map((g) => g.sheet)).toEqual(['人社局']);
    expect(grids[0]?.rows.length).toBe(6);
    expect(x.syncCount - before).toBe(3);
  });

  test('reads values, number formats, dates, errors and merges of every sheet but its own', async () => {
    const x = new FakeExcel();
    tracker(x, '人社局', 3);
    x.addSheet('工作专报').cells.set('1,1', { v: '专报' });
    const { grids, failures } = await new ExcelTrackingSource({ runner: x.run }).readSheets();
    expect(failures).toEqual([]);
    expect(grids.map((g) => g.sheet)).toEqual(['人社局']);
    const g = grids[0]!;
    expect(g.file).toBe('专报汇总.xlsx');
    expect(g.rows[1]?.[1]).toEqual({ v: { date: '2026-03-20' }, fmt: 'yyyy/m/d' });
    expect(g.rows[3]?.[6]).toEqual({ v: 0.231, fmt: '0.0%' });
    expect(g.rows[4]?.[6]).toEqual({ v: { error: '#DIV/0!' } });
    expect(g.rows[3]?.[2]).toEqual({ v: '指标1' });
    expect(g.rows[1]?.[4]).toBeUndefined();
    expect(g.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 8 }, { top: 4, left: 2, bottom: 6, right: 2 }]);
  });

  test.each([10, 1000, 10000])('reads a %i-row tracker in exactly 3 context.sync() calls', async (n) => {
    const x = new FakeExcel();
    tracker(x, '人社局', n);
    tracker(x, '民政局', 5);
    const { grids } = await new ExcelTrackingSource({ runner: x.run }).readSheets();
    expect(x.syncCount).toBe(3);
    expect(grids[0]?.rows[n + 2]?.[2]?.v).toBe(`指标${n}`);
  });

  test('more than 512 merged areas (a merged category per group) are all read, in the same 3 syncs', async () => {
    const x = new FakeExcel();
    const s = tracker(x, '人社局', 3000);
    s.merges = s.merges.filter((m) => m.left !== 2);
    for (let r = 4; r < 3003; r += 2) s.merges.push({ top: r, left: 2, bottom: r + 1, right: 2 });
    const { grids } = await new ExcelTrackingSource({ runner: x.run }).readSheets();
    expect(x.syncCount).toBe(3);
    expect(grids[0]?.merges).toHaveLength(1 + 1500);
    expect(grids[0]?.merges).toContainEqual({ top: 3002, left: 2, bottom: 3003, right: 2 });
  });

  test('merge slices tile the range and none can hold more than 512 merges', () => {
    for (const [rows, cols] of [[1, 1], [10, 8], [10_000, 8], [7, 600], [3000, 1023], [5, 16384]] as const) {
      const slices = mergeSlices(rows, cols);
      expect(slices.reduce((n, sl) => n + sl.rows * sl.cols, 0)).toBe(rows * cols);
      for (const sl of slices) expect((sl.rows + 1) * (sl.cols + 1)).toBeLessThanOrEqual(1024);
    }
    expect(mergeSlices(10, 8)).toEqual([{ row: 0, rows: 10, col: 0, cols: 8 }]);
  });

  test('reads are sized from the data: long progress texts take more requests, none over the budget', async () => {
    const x = new FakeExcel();
    const s = tracker(x, '人社局', 6000);
    const long = '按照年度计划稳步推进，已完成阶段性目标，正在组织第二批项目验收并同步开展绩效评估工作'.repeat(3);
    for (let r = 4; r <= 6003; r++) s.cells.set(`${r},8`, { v: `${long}${r}` });
    const { grids } = await new ExcelTrackingSource({ runner: x.run }).readSheets();
    expect(x.syncCount).toBeGreaterThan(3);
    expect(Math.max(...x.responses)).toBeLessThanOrEqual(READ_BUDGET_BYTES);
    expect(grids[0]?.rows[6002]?.[7]?.v).toBe(`${long}6003`);
  });

  test('a sample that misleads (short first rows, long ones further down): the refused response is read again in halves', async () => {
    const x = new FakeExcel();
    const s = tracker(x, '人社局', 9000);
    const long = '按照年度计划稳步推进，已完成阶段性目标，正在组织第二批项目验收并同步开展绩效评估工作'.repeat(4);
    for (let r = 300; r <= 9003; r++) s.cells.set(`${r},8`, { v: long });
    const { grids } = await new ExcelTrackingSource({ runner: x.run }).readSheets();
    expect(grids[0]?.rows[9002]?.[7]?.v).toBe(long);
    expect(grids[0]?.rows[9002]?.[2]?.v).toBe('指标9000');
    // 3 syncs planned; the refused one (not counted in responses) read again as two.
    expect(x.syncCount).toBe(5);
    expect(x.responses).toHaveLength(4);
    expect(Math.max(...x.responses)).toBeLessThanOrEqual(5_000_000);
  });

  test('hidden rows and columns fill SheetGrid.hiddenRows / hiddenCols, in the same 3 syncs', async () => {
    const x = new FakeExcel();
    const s = tracker(x, '人社局', 3000);
    s.hiddenRows = new Set([5, 6, 2500]);
    s.hiddenCols = new Set([4]);
    tracker(x, '民政局', 5);
    const { grids } = await new ExcelTrackingSource({ runner: x.run }).readSheets();
    expect(x.syncCount).toBe(3);
    expect(grids[0]?.hiddenRows).toEqual([5, 6, 2500]);
    expect(grids[0]?.hiddenCols).toEqual([4]);
    expect(grids[1]?.hiddenRows).toBeUndefined();
    expect(grids[1]?.hiddenCols).toBeUndefined();
  });

  test('visible-area slices and hidden lines', () => {
    expect(visibilitySlices(10_000, 8)).toHaveLength(10);
    for (const sl of visibilitySlices(5000, 3000)) expect(Math.ceil(sl.rows / 2) * Math.ceil(sl.cols / 2)).toBeLessThanOrEqual(2048);
    expect(hiddenLines({ top: 1, left: 1, bottom: 4, right: 3 }, [{ top: 1, left: 1, bottom: 2, right: 1 }, { top: 4, left: 1, bottom: 4, right: 1 }])).toEqual({ rows: [3], cols: [2, 3] });
    expect(hiddenLines({ top: 2, left: 2, bottom: 3, right: 3 }, [{ top: 2, left: 2, bottom: 3, right: 3 }])).toEqual({ rows: [], cols: [] });
  });

  test('without ExcelApi 1.13 merges are not read and the note says so; the read still takes 3 syncs', async () => {
    const x = new FakeExcel();
    x.apiVersion = '1.12';
    tracker(x, '人社局', 20);
    const source = new ExcelTrackingSource({ runner: x.run });
    const { grids } = await source.readSheets();
    expect(x.syncCount).toBe(3);
    expect(grids[0]?.merges).toEqual([]);
    expect(grids[0]?.rows[22]?.[2]?.v).toBe('指标20');
    expect(source.notes).toEqual([MERGES_UNSUPPORTED]);
  });

  test('reads in blocks when one response would pass the budget', async () => {
    const x = new FakeExcel();
    tracker(x, '人社局', 3000);
    const { grids } = await new ExcelTrackingSource({ runner: x.run, budget: 200_000 }).readSheets();
    expect(x.syncCount).toBeGreaterThan(3);
    expect(grids[0]?.rows[3002]?.[2]?.v).toBe('指标3000');
    expect(grids[0]?.rows[3002]?.[5]?.v).toBe(4386);
  });

  test('with bindings, reads only the bound ranges; imported sheets keep their file name', async () => {
    const x = new FakeExcel();
    tracker(x, '人社局', 3);
    tracker(x, '民政局', 2);
    const wb = new ExcelWorkbook(x.run);
    const candidates = await wb.listCandidates();
    expect(candidates.map((c) => [c.sheet, c.confidence >= 0.5, c.headerRow])).toEqual([['人社局', true, 3], ['民政局', true, 3]]);
    const binding = await wb.bind(candidates.find((c) => c.sheet === '民政局')!);
    expect(binding).toMatchObject({ sheet: '民政局', kind: 'range', address: 'A1:H5' });
    expect(x.bindings.map((b) => b.id)).toEqual([binding.id]);
    const state = JSON.parse(x.settings.get(STATE_KEY) as string);
    state.imports = [{ sheet: '民政局', file: '民政局.xlsx', sourceSheet: '2026年民生实事' }];
    x.settings.set(STATE_KEY, JSON.stringify(state));
    const { grids } = await new ExcelTrackingSource({ runner: x.run }).readSheets();
    expect(grids.map((g) => [g.sheet, g.file])).toEqual([['民政局', '民政局.xlsx']]);
    expect((await wb.listCandidates()).find((c) => c.sheet === '民政局')?.bound).toBe(true);
    await wb.unbind('民政局');
    expect(x.bindings).toEqual([]);
    expect((await wb.loadState()).state.bindings).toEqual([]);
  });

  test('a binding whose Excel binding is gone is re-attached from the stored address; a deleted sheet drops it', async () => {
    const x = new FakeExcel();
    tracker(x, '人社局', 3);
    tracker(x, '民政局', 3);
    const wb = new ExcelWorkbook(x.run);
    const [a, b] = await wb.listCandidates();
    const ba = await wb.bind(a!);
    await wb.bind(b!);
    x.bindings = []; // as after opening the file where bindings were lost
    x.sheets = x.sheets.filter((s) => s.name !== b!.sheet);
    const { attached, dropped } = await wb.reattachBindings();
    expect(attached.map((z) => z.id)).toEqual([ba.id]);
    expect(dropped.map((z) => z.sheet)).toEqual([b!.sheet]);
    expect(x.bindings.map((z) => [z.id, z.sheet])).toEqual([[ba.id, a!.sheet]]);
    const source = new ExcelTrackingSource({ runner: x.run });
    const { grids } = await source.readSheets();
    expect(grids.map((g) => g.sheet)).toEqual([a!.sheet]);
  });

  test('a broken binding becomes a failure with a plain message, not a crash', async () => {
    const x = new FakeExcel();
    tracker(x, '人社局', 3);
    x.settings.set(STATE_KEY, JSON.stringify({ bindings: [{ id: 'zb-gone', sheet: '旧表', kind: 'range', address: 'A1:C3' }] }));
    const { grids, failures } = await new ExcelTrackingSource({ runner: x.run }).readSheets();
    expect(grids).toEqual([]);
    expect(failures[0]?.message).toMatch(/绑定「旧表」A1:C3 已失效/);
  });

  test('data changes in bound ranges are debounced; own writes raise no event; an event without a value change is ignored', async () => {
    jest.useFakeTimers();
    try {
      const x = new FakeExcel();
      tracker(x, '人社局', 3);
      const wb = new ExcelWorkbook(x.run);
      const [c] = await wb.listCandidates();
      const b = await wb.bind(c!);
      const calls: string[][] = [];
      const stop = await wb.watchBindings((ids) => calls.push(ids), 1000);
      expect(x.bindings[0]?.handlers).toHaveLength(1);
      await x.edit('人社局', 'F4', 2000);
      await x.edit('人社局', 'F5', 2001);
      await jest.advanceTimersByTimeAsync(999);
      expect(calls).toEqual([]);
      await jest.advanceTimersByTimeAsync(2);
      expect(calls).toEqual([[b.id]]);
      // An event whose data did not change (a format change, the ribbon's runtime): no recompute.
      await x.fireDataChanged(b.id);
      await jest.advanceTimersByTimeAsync(1500);
      expect(calls).toHaveLength(1);
      // Own writes into the bound range (importing over it would be one) raise no event at all.
      x.raisedEvents = [];
      await new ExcelHighlighter(x.run).highlight([{ file: 'x', sheet: '人社局', row: 4, left: 1, right: 8, grade: 'red' }], parseSettings({}).colours);
      await wb.saveSettings(parseSettings({ issue: 2 }));
      await jest.advanceTimersByTimeAsync(1500);
      expect(x.raisedEvents).toEqual([]);
      expect(x.eventsEnabled).toBe(true);
      await stop();
      expect(x.bindings[0]?.handlers).toEqual([]);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('settings in workbook.settings', () => {
  test('round trip, validated with zod on load', async () => {
    const x = new FakeExcel();
    const wb = new ExcelWorkbook(x.run);
    expect((await wb.loadState()).settings).toEqual(parseSettings({}));
    const s = parseSettings({ issue: 3, asOf: '2026-03-20', mode: 'month', tolerance: 2, redGap: 25, title: '专报', office: '专班', reportDate: '2026-03-25' });
    await wb.saveSettings(s);
    const loaded = await wb.loadState();
    expect(loaded.settings).toEqual(s);
    expect(loaded.problems).toEqual([]);
    await expect(wb.saveSettings({ ...s, issue: -1 })).rejects.toThrow(/设置有误，未保存：issue/);
    expect((await wb.loadState()).settings.issue).toBe(3);
  });

  test('bad stored values give defaults and Chinese problems, keeping valid parts', () => {
    expect(parseStoredState('{not json').problems[0]).toMatch(/不是有效的 JSON/);
    const r = parseStoredState(JSON.stringify({ settings: { issue: -2 }, bindings: [{ id: 'zb-1', sheet: 'A', kind: 'range', address: 'A1:B2' }, { id: 'bad' }] }));
    expect(r.settings.issue).toBe(1);
    expect(r.problems.some((p) => /issue/.test(p))).toBe(true);
    expect(r.state.bindings).toEqual([{ id: 'zb-1', sheet: 'A', kind: 'range', address: 'A1:B2' }]);
  });
});

describe('ExcelHighlighter', () => {
  test('marks lagging rows with conditional formats and clears only its own, in 3 syncs each', async () => {
    const x = new FakeExcel();
    const s = tracker(x, '人社局', 4);
    s.cells.get('4,3')!.style = { fill: '#00FF00', bold: true };
    s.cfs.push({ formula: '=$F4>100', fill: '#0000FF', areas: [{ top: 4, left: 6, bottom: 7, right: 6 }] });
    const before = JSON.stringify([...s.cells]);
    const h = new ExcelHighlighter(x.run);
    const colours = parseSettings({}).colours;
    await h.highlight([
      { file: 'x', sheet: '人社局', row: 4, left: 1, right: 8, grade: 'red' },
      { file: 'x', sheet: '人社局', row: 6, left: 1, right: 8, grade: 'red' },
      { file: 'x', sheet: '人社局', row: 5, left: 1, right: 8, grade: 'yellow' },
      { file: 'x', sheet: '已删除', row: 5, left: 1, right: 8, grade: 'yellow' },
    ], colours);
    expect(x.syncCount).toBe(3);
    expect(h.last.missing.map((t) => t.sheet)).toEqual(['已删除']);
    const ours = s.cfs.filter((c) => c.formula.includes(HIGHLIGHT_MARKER));
    expect(ours.map((c) => [c.fill, c.font, c.areas])).toEqual([
      [colours.redFill, colours.redFont, [{ top: 4, left: 1, bottom: 4, right: 8 }, { top: 6, left: 1, bottom: 6, right: 8 }]],
      [colours.yellowFill, colours.yellowFont, [{ top: 5, left: 1, bottom: 5, right: 8 }]],
    ]);
    // Highlighting again replaces, not adds.
    await h.highlight([{ file: 'x', sheet: '人社局', row: 7, left: 1, right: 8, grade: 'yellow' }], colours);
    expect(s.cfs.filter((c) => c.formula.includes(HIGHLIGHT_MARKER))).toHaveLength(1);
    x.syncCount = 0;
    await h.clearHighlights();
    expect(x.syncCount).toBe(3);
    expect(s.cfs).toEqual([{ formula: '=$F4>100', fill: '#0000FF', areas: [{ top: 4, left: 6, bottom: 7, right: 6 }] }]);
    expect(JSON.stringify([...s.cells])).toBe(before);
  });

  test('selecting a source cell activates its sheet', async () => {
    const x = new FakeExcel();
    tracker(x, '人社局', 2);
    x.addSheet('工作专报');
    await new ExcelWorkbook(x.run).selectCell('人社局', 'F5');
    expect(x.activeSheet).toBe('人社局');
    expect(x.sheet('人社局').selected).toBe('F5');
    await expect(new ExcelWorkbook(x.run).selectCell('不存在', 'A1')).rejects.toThrow(/定位到「不存在」A1时出错/);
  });

  test('the default runner is the global Excel.run (an office-addin-mock object)', async () => {
    const x = new FakeExcel();
    tracker(x, '人社局', 2);
    (globalThis as Record<string, unknown>)['Excel'] = x.excelGlobal();
    try {
      const { grids } = await new ExcelTrackingSource().readSheets();
      expect(grids.map((g) => g.sheet)).toEqual(['人社局']);
      expect(x.runCount).toBe(1);
    } finally {
      delete (globalThis as Record<string, unknown>)['Excel'];
    }
  });
});
