/**
 * The pane's work off the main thread: the worker's server and the page's client talking through a
 * fake Worker (messages are structured-cloned and delivered asynchronously, as between threads;
 * terminate drops whatever the worker would still say), and the in-page fallback.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSettings } from '../../../src/domain/settings';
import { runBuild } from '../../../src/engine/runBuild';
import { XlsxBufferSource } from '../../../src/xlsx/xlsxSource';
import { WorkServer } from '../../../src/taskpane/work/workerServe';
import { InlinePaneWork, WorkerLike, WorkerPaneWork } from '../../../src/taskpane/work/paneWork';
import * as paneTasks from '../../../src/taskpane/work/paneTasks';
import { BuildCancelled, isCancelled } from '../../../src/taskpane/work/cancel';
import type { BuildProgress } from '../../../src/taskpane/host';
import { sheet } from '../../builders/grid';
import { MemorySnapshotStore } from '../../../src/domain/memorySnapshotStore';

const dir = path.join(__dirname, '../../../samples/2026-03');
const samples = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort().map((name) => {
  const b = fs.readFileSync(path.join(dir, name));
  return { name, data: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer };
});
const settings = parseSettings({});
const noHistory = { snapshots: [], findings: [] };

/** A Worker stand-in: a WorkServer on the other side of structuredClone and a macrotask. */
class FakeWorker implements WorkerLike {
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message?: string }) => void) | null = null;
  terminated = false;
  received: string[] = [];
  private readonly server = new WorkServer((reply) => {
    if (this.terminated) return;
    const copy = structuredClone(reply);
    setTimeout(() => { if (!this.terminated) this.onmessage?.({ data: copy }); }, 0);
  });

  postMessage(message: unknown): void {
    const copy = structuredClone(message) as { kind: string };
    this.received.push(copy.kind);
    setTimeout(() => { if (!this.terminated) this.server.receive(copy); }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

function client(): { work: WorkerPaneWork; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const work = new WorkerPaneWork(() => { const w = new FakeWorker(); workers.push(w); return w; });
  return { work, workers };
}

describe('WorkerPaneWork over the worker protocol', () => {
  test('an error a terminated worker still delivers (a chunk’s importScripts aborted by the cancel) does not stop the next one', async () => {
    const { work, workers } = client();
    work.setSource({ files: samples });
    const controller = new AbortController();
    const first = work.listSheets(undefined, controller.signal);
    const lateError = workers[0]?.onerror;
    const lateMessage = workers[0]?.onmessage;
    controller.abort();
    await expect(first).rejects.toBeInstanceOf(BuildCancelled);
    const second = work.listSheets();
    expect(workers).toHaveLength(2);
    // What Chrome may still dispatch to the old worker's handlers after terminate().
    lateError?.({ message: "Uncaught NetworkError: Failed to execute 'importScripts' on 'WorkerGlobalScope'" });
    lateMessage?.({ data: { id: 1, kind: 'error', name: 'Error', message: 'late' } });
    expect(workers[1]?.terminated).toBe(false);
    const listed = await second;
    expect(listed.candidates.length).toBeGreaterThan(0);
  });

  test('reads the files once with the command line’s reader, reporting files and rows; builds what runBuild builds', async () => {
    const { work, workers } = client();
    work.setSource({ files: samples });
    const progress: BuildProgress[] = [];
    const listed = await work.listSheets((p) => progress.push(p));
    expect(listed.candidates.filter((c) => c.confidence >= 0.5).length).toBeGreaterThanOrEqual(10);
    expect(progress[0]).toEqual({ stage: 'reading', filesRead: 0, filesTotal: samples.length, rowsRead: 0 });
    expect(progress.at(-1)).toMatchObject({ filesRead: samples.length, filesTotal: samples.length });
    expect(progress.at(-1)?.rowsRead).toBeGreaterThan(40);

    const stages: string[] = [];
    const outcome = await work.build({ settings, today: '2026-04-01', listed: noHistory, layout: false }, (p) => stages.push(p.stage));
    expect(stages).toEqual(['computing']); // already read: not read again
    const expected = await runBuild({ source: new XlsxBufferSource(samples), settings, sink: null, today: '2026-04-01', history: new MemorySnapshotStore() });
    expect(outcome.result).toEqual(expected.result);
    expect(outcome.bulletin).toEqual(expected.bulletin);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.received).toEqual(['setSource', 'listSheets', 'build']);
  });

  test('cancel midway terminates the worker and rejects; the next call starts a fresh worker with the source again', async () => {
    const { work, workers } = client();
    work.setSource({ files: samples });
    const controller = new AbortController();
    const seen: BuildProgress[] = [];
    const building = work.build({ settings, listed: noHistory, layout: false }, (p) => {
      seen.push(p);
      if (p.filesRead === 2) controller.abort();
    }, controller.signal);
    await expect(building).rejects.toBeInstanceOf(BuildCancelled);
    expect(workers[0]?.terminated).toBe(true);
    expect(seen.at(-1)?.filesRead).toBe(2);

    const again = await work.build({ settings, today: '2026-04-01', listed: noHistory, layout: false });
    expect(workers).toHaveLength(2);
    expect(workers[1]?.received).toEqual(['setSource', 'build']);
    expect(again.result.indicators.length).toBeGreaterThan(30);
  });

  test('a signal already aborted starts nothing', async () => {
    const { work, workers } = client();
    const c = new AbortController();
    c.abort();
    await expect(work.listSheets(undefined, c.signal)).rejects.toBeInstanceOf(BuildCancelled);
    expect(workers).toHaveLength(0);
  });

  test('grids read elsewhere (office.js) are computed as given; readFiles leaves the source alone', async () => {
    const grid = sheet([
      ['人社局民生实事进展（数据截至2026年3月20日）'],
      ['序号', '指标名称', '全年目标', '单位', '累计完成', '完成率'],
      [1, '新增城镇就业', 6000, '人', 300, 0.05],
    ], { file: '人社局.xlsx', sheet: '进展' });
    const { work } = client();
    work.setSource({ reading: { grids: [grid], failures: [] } });
    const read = await work.readFiles([samples[0]!, { name: '坏文件.xlsx', data: new Uint8Array([1, 2, 3]) }]);
    expect(read.grids.length).toBeGreaterThan(0);
    expect(read.failures).toEqual([{ file: '坏文件.xlsx', message: expect.stringContaining('坏文件.xlsx') }]);
    const o = await work.build({ settings, listed: noHistory, layout: true });
    expect(o.result.indicators.map((i) => i.name)).toEqual(['新增城镇就业']);
    expect(o.sheets.map((s) => s.name)).toEqual([settings.bulletinSheet, settings.ledgerSheet, settings.supervisionSheet]);
  });

  test('an error in the worker reaches the caller as its message; a non-Chinese one is worded for the clerk', async () => {
    const { work } = client();
    work.setSource({ files: samples });
    await expect(work.describeLayout({ file: '无.xlsx', sheet: '无' }, [])).rejects.toThrow('找不到工作表「无」（无.xlsx）。');
    const w: FakeWorker[] = [];
    const broken = new WorkerPaneWork(() => { const f = new FakeWorker(); w.push(f); return f; });
    const p = broken.listSheets();
    w[0]?.onerror?.({ message: 'SyntaxError: Unexpected token' });
    await expect(p).rejects.toThrow(/^后台计算出错，未能完成。.*SyntaxError: Unexpected token$/);
  });
});

describe('InlinePaneWork (no workers)', () => {
  test('same results in the page, and a cancel stops between files', async () => {
    const work = new InlinePaneWork(async () => paneTasks);
    work.setSource({ files: samples });
    const controller = new AbortController();
    const building = work.build({ settings, listed: noHistory, layout: false }, (p) => { if (p.filesRead === 1) controller.abort(); }, controller.signal);
    const err = await building.catch((e: unknown) => e);
    expect(isCancelled(err)).toBe(true);
    const outcome = await work.build({ settings, today: '2026-04-01', listed: noHistory, layout: false });
    const expected = await runBuild({ source: new XlsxBufferSource(samples), settings, sink: null, today: '2026-04-01' });
    expect(outcome.result).toEqual(expected.result);
  });
});
