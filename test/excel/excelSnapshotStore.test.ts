import { parseSettings } from '../../src/domain/settings';
import { runBuild } from '../../src/engine/runBuild';
import { ExcelBulletinSink } from '../../src/excel/excelSink';
import { ExcelSnapshotStore, HISTORY_CELL_CHARS, splitText } from '../../src/excel/excelSnapshotStore';
import { ExcelTrackingSource } from '../../src/excel/excelSource';
import { ExcelHighlighter } from '../../src/excel/excelHighlighter';
import { HISTORY_SHEET, STATE_KEY } from '../../src/excel/storedState';
import { ExcelWorkbook } from '../../src/excel/workbookOps';
import { isoToSerial } from '../../src/excel/officeValues';
import { FakeExcel, FakeSheet } from './fakeExcel';

/** A tracker of `rows` indicators, target 1000 each, done given per row. */
function tracker(x: FakeExcel, name: string, done: number[]): FakeSheet {
  const s = x.addSheet(name);
  const put = (r: number, c: number, v: string | number, fmt?: string): void => { s.cells.set(`${r},${c}`, fmt ? { v, fmt } : { v }); };
  put(1, 1, '2026年民生实事跟踪表');
  put(2, 1, '数据截至：');
  put(2, 2, isoToSerial('2026-03-20'), 'yyyy/m/d');
  ['序号', '项目', '指标名称', '全年目标', '单位', '累计完成', '进展情况'].forEach((h, i) => put(3, i + 1, h));
  done.forEach((d, i) => {
    const r = 4 + i;
    put(r, 1, i + 1);
    put(r, 2, '推动实现“劳有所得”');
    put(r, 3, `指标${i + 1}`);
    put(r, 4, 1000);
    put(r, 5, '人');
    put(r, 6, d);
    put(r, 7, '进展顺利');
  });
  return s;
}

function setDone(x: FakeExcel, sheet: string, indicator: number, value: number): void {
  x.sheet(sheet).cells.set(`${3 + indicator},6`, { v: value });
}

const clock = () => new Date('2026-05-01T08:00:00Z');

async function build(x: FakeExcel, issue: number, asOf: string) {
  const before = x.syncCount;
  const store = new ExcelSnapshotStore({ runner: x.run, now: clock });
  const outcome = await runBuild({
    source: new ExcelTrackingSource({ runner: x.run }),
    settings: parseSettings({ issue, asOf }),
    sink: new ExcelBulletinSink({ runner: x.run }),
    history: store,
  });
  return { outcome, syncs: x.syncCount - before };
}

describe('ExcelSnapshotStore', () => {
  test('three consecutive builds with changed values: each compares with the one before; exact syncs', async () => {
    const x = new FakeExcel();
    tracker(x, '人社局', [100, 300, 500]);

    // Issue 1: nothing earlier. Read 3 + list 1 (no history sheet) + write 2 + save 3 (new sheet, its id recorded).
    const b1 = await build(x, 1, '2026-03-20');
    expect(b1.outcome.result.history).toBeUndefined();
    expect(b1.outcome.history).toMatchObject({ previous: null, diff: null, findings: [] });
    expect(b1.syncs).toBe(3 + 1 + 2 + 3);
    const hist = x.sheet(HISTORY_SHEET);
    expect(hist.visibility).toBe('VeryHidden');
    expect(hist.protected).toBe(true);
    expect(x.cell(HISTORY_SHEET, 'A1')?.v).toBe('期数');
    expect(x.cell(HISTORY_SHEET, 'A2')?.v).toBe(1);
    expect(x.cell(HISTORY_SHEET, 'B2')?.v).toBe('2026-03-20');
    expect(x.cell(HISTORY_SHEET, 'C2')?.v).toBe('2026-05-01T08:00:00.000Z');
    expect(String(x.cell(HISTORY_SHEET, 'E2')?.v)).toMatch(/^\|\{"asOf":"2026-03-20"/);
    const state = JSON.parse(x.settings.get(STATE_KEY) as string);
    expect(state.ownSheets).toContainEqual({ name: HISTORY_SHEET, id: hist.id });
    expect(state.history).toEqual([{ issue: 1, row: 2, cells: 1, bytes: expect.any(Number) }]);

    // Issue 2: 指标1 100 → 400. Read 3 + list 2 + write 2 + save 2.
    setDone(x, '人社局', 1, 400);
    const b2 = await build(x, 2, '2026-04-20');
    expect(b2.syncs).toBe(3 + 2 + 2 + 2);
    expect(b2.outcome.result.history).toMatchObject({ previousIssue: 1, previousAsOf: '2026-03-20', currentAsOf: '2026-04-20' });
    const c2 = b2.outcome.result.history?.indicators.find((c) => c.name === '指标1');
    expect(c2).toMatchObject({ previousCompletion: 10, completion: 40, delta: 30, text: '较上期提高 30 个百分点' });

    // Issue 3: 指标1 400 → 350; 指标3 500 → 700. Compares with issue 2, not issue 1.
    setDone(x, '人社局', 1, 350);
    setDone(x, '人社局', 3, 700);
    const b3 = await build(x, 3, '2026-05-20');
    expect(b3.syncs).toBe(3 + 2 + 2 + 2);
    expect(b3.outcome.history?.previous?.issue).toBe(2);
    expect(b3.outcome.result.history?.previousIssue).toBe(2);
    const byName = (n: string) => b3.outcome.result.history?.indicators.find((c) => c.name === n);
    expect(byName('指标1')).toMatchObject({ previousCompletion: 40, completion: 35, delta: -5, text: '较上期下降 5 个百分点' });
    expect(byName('指标3')).toMatchObject({ previousCompletion: 50, completion: 70, delta: 20 });
    // The bulletin sheet shows the change.
    const texts = [...x.sheet('工作专报').cells.values()].map((c) => String(c.v));
    expect(texts.some((t) => t.includes('较上期下降 5 个百分点'))).toBe(true);
    expect(x.matrix(HISTORY_SHEET).map((r) => r[0])).toEqual(['期数', 1, 2, 3]);

    // Rebuilding issue 3 compares with issue 2 again and replaces row 4 in place.
    const again = await build(x, 3, '2026-05-20');
    expect(again.outcome.history?.previous?.issue).toBe(2);
    expect(x.matrix(HISTORY_SHEET).map((r) => r[0])).toEqual(['期数', 1, 2, 3]);
  });

  test('the history sheet is never read as a tracker, listed or highlighted', async () => {
    const x = new FakeExcel();
    tracker(x, '人社局', [100, 300]);
    await build(x, 1, '2026-03-20');
    const { grids } = await new ExcelTrackingSource({ runner: x.run }).readSheets();
    expect(grids.map((g) => g.sheet)).toEqual(['人社局']);
    expect((await new ExcelWorkbook(x.run).listCandidates()).map((c) => c.sheet)).toEqual(['人社局']);
    const h = new ExcelHighlighter(x.run);
    await h.clearHighlights();
    expect(x.sheet(HISTORY_SHEET).cfs).toEqual([]);
  });

  test('bad rows become findings, the build still compares with the readable ones', async () => {
    const x = new FakeExcel();
    tracker(x, '人社局', [100, 300]);
    await build(x, 1, '2026-03-20');
    await build(x, 2, '2026-04-20');
    // A clerk (or another tool) damaged issue 2's JSON and issue 1's count.
    const hist = x.sheet(HISTORY_SHEET);
    hist.cells.set('3,5', { v: '|{"asOf": "2026-04-20", "indicators": [' });
    const store = new ExcelSnapshotStore({ runner: x.run });
    const listed = await store.list();
    expect(listed.snapshots.map((s) => s.issue)).toEqual([1]);
    expect(listed.findings).toHaveLength(1);
    expect(listed.findings[0]).toMatchObject({ code: 'history_unreadable', file: HISTORY_SHEET, cell: 'A3' });
    expect(listed.findings[0]?.message).toMatch(/^上期快照「_zhuanbao_history!A3（第 2 期快照）」不是有效的 JSON.*本期未与该期比较。重新生成该期专报即可重写这份快照。$/);

    hist.cells.set('2,4', { v: 7 });
    const b3 = await build(x, 3, '2026-05-20');
    expect(b3.outcome.result.history).toBeUndefined();
    expect(b3.outcome.result.findings.filter((f) => f.code === 'history_unreadable').map((f) => f.cell)).toEqual(['A2', 'A3']);
    expect(b3.outcome.result.findings.find((f) => f.cell === 'A2')?.message).toMatch(/分段数与记录不符/);
  });

  test('a deleted history sheet is a finding, and the next save starts a new one', async () => {
    const x = new FakeExcel();
    tracker(x, '人社局', [100]);
    await build(x, 1, '2026-03-20');
    x.sheets = x.sheets.filter((s) => s.name !== HISTORY_SHEET);
    const b2 = await build(x, 2, '2026-04-20');
    expect(b2.outcome.history?.findings.map((f) => f.message)).toEqual([`工作簿中保存历史快照的工作表「${HISTORY_SHEET}」已不存在，本期未与上期比较。`]);
    expect(x.matrix(HISTORY_SHEET).map((r) => r[0])).toEqual(['期数', 2]);
    expect(JSON.parse(x.settings.get(STATE_KEY) as string).history).toEqual([{ issue: 2, row: 2, cells: 1, bytes: expect.any(Number) }]);
  });

  test('a large snapshot is split into cells of at most 32,000 characters and read back in budgeted syncs', async () => {
    const x = new FakeExcel();
    tracker(x, '人社局', Array.from({ length: 400 }, (_, i) => i * 2));
    const store = new ExcelSnapshotStore({ runner: x.run, budget: 70_000, now: clock });
    const settings = parseSettings({ issue: 1, asOf: '2026-03-20' });
    const saveFrom = x.syncCount;
    const first = await runBuild({ source: new ExcelTrackingSource({ runner: x.run }), settings, sink: null, history: store });
    const saveSyncs = x.syncCount - saveFrom - 3 - 1;
    const cells = JSON.parse(x.settings.get(STATE_KEY) as string).history[0].cells as number;
    expect(cells).toBeGreaterThan(2);
    // Save: state and sheet; the pieces in greedy groups of at most 70,000 bytes (8 bytes overhead
    // each), one sync per group; the new sheet's id recorded.
    const pieceBytes = Array.from({ length: cells }, (_, i) => Buffer.byteLength(String(x.sheet(HISTORY_SHEET).cells.get(`2,${i + 5}`)?.v)) + 8);
    let groups = 0;
    let queued = 0;
    for (const b of pieceBytes) {
      if (queued > 0 && queued + b > 70_000) { groups++; queued = 0; }
      queued += b;
    }
    groups++;
    expect(groups).toBeGreaterThan(2);
    expect(saveSyncs).toBe(1 + groups + 1);
    for (let c = 5; c < 5 + cells; c++) {
      const v = x.sheet(HISTORY_SHEET).cells.get(`2,${c}`)?.v;
      expect(typeof v === 'string' && v.length <= HISTORY_CELL_CHARS).toBe(true);
    }
    // State and sheet, then blocks of as many pieces as fit 70,000 bytes at the average piece size.
    const total = JSON.parse(x.settings.get(STATE_KEY) as string).history[0].bytes as number;
    const perBlock = Math.max(1, Math.floor(70_000 / (total / cells + 8)));
    const before = x.syncCount;
    const listed = await store.list();
    expect(x.syncCount - before).toBe(1 + Math.ceil(cells / perBlock));
    expect(listed.snapshots[0]?.result.indicators).toEqual(first.result.indicators);
  });

  test('splitText keeps surrogate pairs whole', () => {
    expect(splitText('abcde', 2)).toEqual(['ab', 'cd', 'e']);
    expect(splitText('a😀b', 2)).toEqual(['a', '😀', 'b']);
    expect(splitText('', 3)).toEqual([]);
  });
});

describe('the history sheet’s protection', () => {
  test('a history sheet the clerk unprotected is saved into without unprotecting it again (AccessDenied in Excel)', async () => {
    const x = new FakeExcel();
    tracker(x, '人社局', [100, 200]);
    const store = new ExcelSnapshotStore({ runner: x.run, now: clock });
    const result = (await runBuild({ source: new ExcelTrackingSource({ runner: x.run }), settings: parseSettings({ asOf: '2026-03-20' }), sink: null, today: '2026-03-20' })).result;
    await store.save(1, result);
    expect(x.sheet(HISTORY_SHEET).protected).toBe(true);
    x.sheet(HISTORY_SHEET).protected = false;
    await store.save(2, result);
    expect(x.sheet(HISTORY_SHEET)).toMatchObject({ protected: true, visibility: 'VeryHidden' });
    expect((await store.list()).snapshots.map((sn) => sn.issue)).toEqual([1, 2]);
  });
});
