/**
 * The pane's Excel host with its work: office.js reads the sheets and writes the bulletin on the
 * page (the fake Excel), the computing goes through PaneWork (here in the page); the same outcome
 * as the ribbon's one-click build, with the same number of round trips; a cancel stops before
 * anything is written.
 */
import { buildInWorkbook } from '../../src/commands/actions';
import { parseSettings } from '../../src/domain/settings';
import { isoToSerial } from '../../src/excel/officeValues';
import { HISTORY_SHEET } from '../../src/excel/storedState';
import { ExcelPaneHost } from '../../src/taskpane/excelHost';
import { InlinePaneWork } from '../../src/taskpane/work/paneWork';
import * as paneTasks from '../../src/taskpane/work/paneTasks';
import { BuildCancelled } from '../../src/taskpane/work/cancel';
import type { BuildProgress } from '../../src/taskpane/host';
import { FakeExcel } from '../excel/fakeExcel';

function tracker(x: FakeExcel, done: number[]): void {
  const s = x.addSheet('人社局');
  const put = (r: number, c: number, v: string | number, fmt?: string): void => { s.cells.set(`${r},${c}`, fmt ? { v, fmt } : { v }); };
  put(1, 1, '数据截至：');
  put(1, 2, isoToSerial('2026-03-20'), 'yyyy/m/d');
  ['序号', '指标名称', '全年目标', '单位', '累计完成'].forEach((h, i) => put(2, i + 1, h));
  done.forEach((d, i) => { put(3 + i, 1, i + 1); put(3 + i, 2, `指标${i + 1}`); put(3 + i, 3, 1000); put(3 + i, 4, '人'); put(3 + i, 5, d); });
}

function withExcel<T>(x: FakeExcel, fn: () => Promise<T>): Promise<T> {
  (globalThis as Record<string, unknown>)['Excel'] = x.excelGlobal();
  return fn().finally(() => { delete (globalThis as Record<string, unknown>)['Excel']; });
}

describe('ExcelPaneHost.build', () => {
  test('computes what the ribbon computes, writes the bulletin and the snapshot, in as many round trips', async () => {
    const settings = parseSettings({ issue: 1, asOf: '2026-03-20' });
    const ribbon = new FakeExcel();
    tracker(ribbon, [100, 300, 500]);
    const expected = await buildInWorkbook({ write: true, runner: ribbon.run, settings });

    const x = new FakeExcel();
    tracker(x, [100, 300, 500]);
    const stages: string[] = [];
    const host = new ExcelPaneHost(new InlinePaneWork(async () => paneTasks));
    const outcome = await withExcel(x, () => host.build(settings, (p: BuildProgress) => { if (stages.at(-1) !== p.stage) stages.push(p.stage); }));
    expect(stages).toEqual(['reading', 'computing', 'writing', 'done']);
    expect(outcome.result).toEqual(expected.outcome.result);
    expect(x.sheet(settings.bulletinSheet)).toBeDefined();
    expect(x.sheet(HISTORY_SHEET)).toBeDefined();
    expect(x.runCount).toBe(ribbon.runCount);
  });

  test('a cancel while computing writes nothing', async () => {
    const x = new FakeExcel();
    tracker(x, [100, 300, 500]);
    const controller = new AbortController();
    const host = new ExcelPaneHost(new InlinePaneWork(async () => paneTasks));
    const p = withExcel(x, () => host.build(parseSettings({}), (s) => { if (s.stage === 'computing') controller.abort(); }, controller.signal));
    await expect(p).rejects.toBeInstanceOf(BuildCancelled);
    expect(() => x.sheet('工作专报')).toThrow();
    expect(() => x.sheet(HISTORY_SHEET)).toThrow();
  });
});
