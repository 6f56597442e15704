import { runBuild } from '../../src/engine/runBuild';
import { parseSettings } from '../../src/domain/settings';
import { SnapshotStore, SourceReading, TrackingSource } from '../../src/domain/workbookPort';
import { sheet } from '../builders/grid';

const grid = sheet([
  ['指标名称', '全年目标', '单位', '累计完成'],
  ['新增城镇就业', 6000, '人', 1386],
]);

/** A promise resolved from outside, to see what runs while what. */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => { resolve = r; });
  return { promise, resolve };
}

describe('runBuild', () => {
  test('lists earlier snapshots while the tracking sheets are read, and saves after writing', async () => {
    const events: string[] = [];
    const reading = deferred<SourceReading>();
    const source: TrackingSource = { readSheets: () => { events.push('read start'); return reading.promise; } };
    const history: SnapshotStore = {
      list: async () => { events.push('list'); return { snapshots: [], findings: [] }; },
      save: async () => { events.push('save'); },
    };
    const sink = { writeSheets: async () => { events.push('write'); } };
    const build = runBuild({ source, settings: parseSettings({ asOf: '2026-03-20' }), sink, history });
    await Promise.resolve();
    expect(events).toEqual(['read start', 'list']); // listing did not wait for the read
    reading.resolve({ grids: [grid], failures: [] });
    const out = await build;
    expect(events).toEqual(['read start', 'list', 'write', 'save']);
    expect(out.result.indicators).toHaveLength(1);
    expect(out.history).toMatchObject({ previous: null, diff: null });
  });

  test('without a sink no sheets are laid out unless asked', async () => {
    const source: TrackingSource = { readSheets: async () => ({ grids: [grid], failures: [] }) };
    const settings = parseSettings({ asOf: '2026-03-20' });
    expect((await runBuild({ source, settings, sink: null })).sheets).toEqual([]);
    expect((await runBuild({ source, settings, sink: null, layout: true })).sheets.map((s) => s.name)).toEqual(['工作专报', '汇总台账', '督办清单']);
  });
});
