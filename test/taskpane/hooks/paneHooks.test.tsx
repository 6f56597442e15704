/**
 * @jest-environment jsdom
 *
 * The pane's hooks on their own (renderHook over a fake host): messages, settings, the one build
 * path with its progress and cancel, recompute on change, marks, the mapping editor, the sheet list.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import type { PaneHost } from '../../../src/taskpane/host';
import { BuildOutcome, runBuild } from '../../../src/engine/runBuild';
import { Settings, parseSettings } from '../../../src/domain/settings';
import { describeLayout } from '../../../src/domain/layoutView';
import { describeCandidates } from '../../../src/excel/candidates';
import { MemorySnapshotStore } from '../../../src/domain/memorySnapshotStore';
import { sheet } from '../../builders/grid';
import { usePaneMessages } from '../../../src/taskpane/hooks/usePaneMessages';
import { useSettingsState } from '../../../src/taskpane/hooks/useSettingsState';
import { useBuild } from '../../../src/taskpane/hooks/useBuild';
import { recomputeOnce, useAutoRecompute } from '../../../src/taskpane/hooks/useAutoRecompute';
import { useMarks } from '../../../src/taskpane/hooks/useMarks';
import { useMappingEditor } from '../../../src/taskpane/hooks/useMappingEditor';
import { useSheets } from '../../../src/taskpane/hooks/useSheets';
import { BuildCancelled } from '../../../src/taskpane/work/cancel';
import { IN_ONE_GO, useOutcomeView } from '../../../src/taskpane/hooks/useOutcomeView';

const grid = sheet([
  ['人社局民生实事进展（数据截至2026年3月20日）'],
  ['序号', '指标名称', '全年目标', '单位', '累计完成', '完成率'],
  [1, '新增城镇就业', 6000, '人', 300, 0.05],
  [2, '职业技能培训', 1000, '人次', 500, 0.5],
], { file: '人社局.xlsx', sheet: '进展' });
const source = { readSheets: async () => ({ grids: [grid], failures: [] }) };
const outcomeOf = (settings: Settings, history?: MemorySnapshotStore): Promise<BuildOutcome> =>
  runBuild({ source, settings, sink: null, today: '2026-03-20', ...(history ? { history } : {}) });

function fakeHost(over: Partial<PaneHost> = {}): PaneHost {
  return {
    mode: 'excel',
    loadSettings: jest.fn(async () => ({ settings: parseSettings({ issue: 4 }), problems: ['「旧表」已被删除，已取消其绑定。'] })),
    saveSettings: jest.fn(async () => undefined),
    listSheets: jest.fn(async () => describeCandidates([grid], [])),
    bind: jest.fn(async () => undefined),
    unbind: jest.fn(async () => undefined),
    importFiles: jest.fn(async (files: { name: string }[]) => `已导入 ${files.length} 个文件。`),
    describeLayout: jest.fn(async (_ref, mappings, headerRow) => describeLayout(grid, mappings, headerRow)),
    build: jest.fn(async (settings: Settings) => outcomeOf(settings)),
    watch: jest.fn(async () => async () => undefined),
    listSnapshots: jest.fn(async () => []),
    select: jest.fn(async () => undefined),
    mark: jest.fn(async () => '已标记 1 行滞后指标。'),
    clear: jest.fn(async () => '已清除 1 处滞后标记。'),
    ...over,
  };
}

describe('usePaneMessages', () => {
  test('run shows the returned line as the notice, an error as the error, and clears both first', async () => {
    const { result } = renderHook(() => usePaneMessages());
    await act(() => result.current.run(async () => '完成了。'));
    expect(result.current.notice).toBe('完成了。');
    await act(() => result.current.run(async () => { throw new Error('读取失败'); }));
    expect(result.current).toMatchObject({ notice: null, error: '读取失败' });
    await act(() => result.current.run(async () => undefined));
    expect(result.current).toMatchObject({ notice: null, error: null });
  });
});

describe('useSettingsState', () => {
  test('loads the stored settings and problems; the switch saves only itself over the stored settings', async () => {
    const host = fakeHost();
    const { result } = renderHook(() => useSettingsState(host, async (a) => { await a(); }, () => undefined));
    await waitFor(() => expect(result.current.settings.issue).toBe(4));
    expect(result.current.problems).toEqual(['「旧表」已被删除，已取消其绑定。']);
    act(() => result.current.setSettings((s) => ({ ...s, title: '未保存的标题' })));
    act(() => result.current.toggleAutoRecompute(true));
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledTimes(1));
    const saved = (host.saveSettings as jest.Mock).mock.calls[0]?.[0] as Settings;
    expect(saved).toMatchObject({ autoRecompute: true, issue: 4 });
    expect(saved.title).not.toBe('未保存的标题');
    expect(result.current.settings).toMatchObject({ autoRecompute: true, title: '未保存的标题' });
  });

  test('save refuses invalid settings with the field and reason', async () => {
    const host = fakeHost();
    const { result } = renderHook(() => useSettingsState(host, async (a) => { await a(); }, () => undefined));
    await waitFor(() => expect(result.current.settings.issue).toBe(4));
    act(() => result.current.setSettings((s) => ({ ...s, tolerance: -5 })));
    act(() => result.current.save());
    expect(result.current.settingsError).toMatch(/^tolerance：/);
    expect(host.saveSettings).not.toHaveBeenCalled();
  });
});

describe('useBuild', () => {
  test('keeps the outcome and its settings, shows progress while running, and reads snapshots only after a comparison', async () => {
    const store = new MemorySnapshotStore();
    let report: ((p: { stage: 'reading'; filesRead: number; filesTotal: number }) => void) | null = null;
    let finish: (() => void) | null = null;
    const host = fakeHost({
      build: jest.fn(async (settings: Settings, onProgress) => {
        report = onProgress;
        await new Promise<void>((r) => { finish = r; });
        return outcomeOf(settings, store);
      }),
      listSnapshots: jest.fn(async () => (await store.list()).snapshots),
    });
    const { result } = renderHook(() => useBuild(host));
    let first: Promise<BuildOutcome> | null = null;
    act(() => { first = result.current.build(parseSettings({ issue: 1 })); });
    expect(result.current.building).toBe(true);
    act(() => report?.({ stage: 'reading', filesRead: 1, filesTotal: 2 }));
    expect(result.current.progress).toEqual({ stage: 'reading', filesRead: 1, filesTotal: 2 });
    await act(async () => { finish?.(); await first; });
    expect(result.current).toMatchObject({ building: false, progress: null, builtWith: { issue: 1 }, snapshots: [] });
    expect(result.current.outcome?.result.indicators).toHaveLength(2);
    expect(host.listSnapshots).not.toHaveBeenCalled();

    let second: Promise<BuildOutcome> | null = null;
    act(() => { second = result.current.build(parseSettings({ issue: 2 })); });
    await act(async () => { finish?.(); await second; });
    expect(host.listSnapshots).toHaveBeenCalledTimes(1);
    expect(result.current.snapshots.map((s) => s.issue)).toEqual([1, 2]);
    expect(result.current.builtWith?.issue).toBe(2);
  });

  test('cancel aborts the signal the host got; the shown outcome stays the previous one', async () => {
    let signal: AbortSignal | undefined;
    const host = fakeHost();
    const { result } = renderHook(() => useBuild(host));
    await act(async () => { await result.current.build(parseSettings({})); });
    const before = result.current.outcome;
    (host.build as jest.Mock).mockImplementation((_s: Settings, _p: unknown, sig: AbortSignal) => {
      signal = sig;
      return new Promise((_, reject) => sig.addEventListener('abort', () => reject(new BuildCancelled())));
    });
    let p: Promise<unknown> | null = null;
    act(() => { p = result.current.build(parseSettings({ issue: 9 })).catch((e: unknown) => e); });
    expect(signal?.aborted).toBe(false);
    act(() => result.current.cancel());
    expect(signal?.aborted).toBe(true);
    await act(async () => { expect(await p).toBeInstanceOf(BuildCancelled); });
    expect(result.current).toMatchObject({ building: false, progress: null, builtWith: { issue: 1 } });
    expect(result.current.outcome).toBe(before);
  });
});

describe('useAutoRecompute', () => {
  test('recomputeOnce rebuilds, re-marks when asked, and words a failure and a cancel', async () => {
    const host = fakeHost();
    const setError = jest.fn();
    const setNotice = jest.fn();
    const build = jest.fn(async (s: Settings) => outcomeOf(s));
    const now = () => new Date(2026, 2, 20, 9, 5);
    await recomputeOnce({ host, build, now, setError, setNotice }, parseSettings({}), true);
    expect(host.mark).toHaveBeenCalledTimes(1);
    expect(setNotice).toHaveBeenLastCalledWith('已根据数据变化重新核算（09:05），并更新了滞后标记。');
    build.mockRejectedValueOnce(new Error('找不到工作表'));
    await recomputeOnce({ host, build, now, setError, setNotice }, parseSettings({}), false);
    expect(setError).toHaveBeenLastCalledWith('自动重算失败：找不到工作表');
    build.mockRejectedValueOnce(new BuildCancelled());
    await recomputeOnce({ host, build, now, setError, setNotice }, parseSettings({}), false);
    expect(setNotice).toHaveBeenLastCalledWith('已取消本次自动重算。');
    await recomputeOnce({ host, build, now, setError, setNotice }, { ...parseSettings({}), tolerance: -1 }, false);
    expect(setError).toHaveBeenLastCalledWith('设置有误，未能自动重算：请在“设置”中修正。');
    expect(build).toHaveBeenCalledTimes(3);
  });

  test('subscribes while on; changes during a rebuild fold into one more; off unsubscribes', async () => {
    let listener: (() => void) | null = null;
    const unsubscribe = jest.fn(async () => undefined);
    const host = fakeHost({ watch: jest.fn(async (l: () => void) => { listener = l; return unsubscribe; }) });
    const releases: (() => void)[] = [];
    const build = jest.fn((s: Settings) => new Promise<BuildOutcome>((resolve) => { releases.push(() => resolve(outcomeOf(s))); }));
    const props = { host, settings: parseSettings({}), marked: false, build, now: () => new Date(), setError: jest.fn(), setNotice: jest.fn(), onWatchFailed: jest.fn() };
    const { rerender } = renderHook((p: { enabled: boolean }) => useAutoRecompute({ ...props, enabled: p.enabled }), { initialProps: { enabled: false } });
    expect(host.watch).not.toHaveBeenCalled();
    rerender({ enabled: true });
    await waitFor(() => expect(listener).not.toBeNull());
    act(() => { listener?.(); listener?.(); listener?.(); });
    expect(build).toHaveBeenCalledTimes(1);
    await act(async () => { releases.shift()?.(); });
    await waitFor(() => expect(build).toHaveBeenCalledTimes(2));
    await act(async () => { releases.shift()?.(); });
    expect(build).toHaveBeenCalledTimes(2);
    rerender({ enabled: false });
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });

  test('a watch that fails turns the switch off and says why', async () => {
    const host = fakeHost({ watch: jest.fn(async () => { throw new Error('无法监视绑定区域'); }) });
    const setError = jest.fn();
    const onWatchFailed = jest.fn();
    renderHook(() => useAutoRecompute({ host, enabled: true, settings: parseSettings({}), marked: false, build: jest.fn(), now: () => new Date(), setError, setNotice: jest.fn(), onWatchFailed }));
    await waitFor(() => expect(onWatchFailed).toHaveBeenCalledTimes(1));
    expect(setError).toHaveBeenCalledWith('无法监视绑定区域');
  });
});

describe('useMarks', () => {
  test('mark and clear go through the host and set whether highlights are on', async () => {
    const host = fakeHost();
    const notices: string[] = [];
    const run = async (a: () => Promise<string | void>): Promise<void> => { const m = await a(); if (m) notices.push(m); };
    const { result } = renderHook(() => useMarks(host, run));
    const o = await outcomeOf(parseSettings({}));
    await act(async () => result.current.mark(o, parseSettings({})));
    expect(result.current.marked).toBe(true);
    await act(async () => result.current.clear());
    expect(result.current.marked).toBe(false);
    expect(notices).toEqual(['已标记 1 行滞后指标。', '已清除 1 处滞后标记。']);
  });
});

describe('useMappingEditor', () => {
  test('opens a layout, edits a role, saves the mappings through store, and closes', async () => {
    const host = fakeHost();
    const stored: Settings[] = [];
    const run = async (a: () => Promise<string | void>): Promise<void> => { await a(); };
    const settings = parseSettings({});
    const candidates = describeCandidates([grid], []);
    const { result } = renderHook(() => useMappingEditor({ host, settings, sheets: candidates, run, store: async (s) => { stored.push(s); }, setError: jest.fn() }));
    expect(result.current.view).toBeNull();
    await act(async () => result.current.open(candidates[0]!));
    await waitFor(() => expect(result.current.view).not.toBeNull());
    expect(result.current.view?.rows.find((r) => r.role === 'done')?.value).toBe('E');
    act(() => result.current.changeRole('done', null));
    expect(result.current.view?.rows.find((r) => r.role === 'done')?.value).toBe('');
    await act(async () => result.current.save());
    await waitFor(() => expect(stored).toHaveLength(1));
    expect(stored[0]?.mappings).toEqual([{ layoutKey: describeLayout(grid, []).layoutKey, columns: { done: null } }]);
    act(() => result.current.close());
    expect(result.current.view).toBeNull();
  });
});

describe('useSheets', () => {
  test('refresh lists the sheets; an import reads the files, reports, and lists again', async () => {
    const host = fakeHost();
    const notices: string[] = [];
    const run = async (a: () => Promise<string | void>): Promise<void> => { const m = await a(); if (m) notices.push(m); };
    const { result } = renderHook(() => useSheets(host, run));
    act(() => result.current.refresh());
    await waitFor(() => expect(result.current.sheets).toHaveLength(1));
    expect(result.current.loading).toBe(false);
    // jsdom's File has no arrayBuffer(): the part of File the hook uses.
    const file = { name: '住建局.xlsx', arrayBuffer: async () => new Uint8Array([1, 2, 3]).buffer } as unknown as File;
    await act(async () => result.current.importFiles([file]));
    await waitFor(() => expect(notices).toEqual(['已导入 1 个文件。']));
    const [files] = (host.importFiles as jest.Mock).mock.calls[0] as [{ name: string; data: ArrayBuffer }[]];
    expect(files.map((f) => [f.name, f.data.byteLength])).toEqual([['住建局.xlsx', 3]]);
    expect(host.listSheets).toHaveBeenCalledTimes(2);
  });

  test('an import that takes the place of a listing still under way is what the clerk is told; 取消 is said', async () => {
    // The first listing waits until it is aborted (as the worker's does), like a tab opened just before an import.
    let first = true;
    const listSheets = jest.fn(async (_p?: unknown, signal?: AbortSignal) => {
      if (first) {
        first = false;
        await new Promise<void>((_, reject) => signal?.addEventListener('abort', () => reject(new BuildCancelled())));
      }
      return describeCandidates([grid], []);
    });
    const host = fakeHost({ listSheets: listSheets as PaneHost['listSheets'] });
    const notices: string[] = [];
    const run = async (a: () => Promise<string | void>): Promise<void> => { const m = await a(); if (m) notices.push(m); };
    const { result } = renderHook(() => useSheets(host, run));
    act(() => result.current.refresh());
    const file = { name: '住建局.xlsx', arrayBuffer: async () => new Uint8Array([1]).buffer } as unknown as File;
    await act(async () => result.current.importFiles([file]));
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(notices).toEqual(['已导入 1 个文件。']);
    // The clerk's own 取消 is said.
    first = true;
    act(() => result.current.refresh());
    act(() => result.current.cancel());
    await waitFor(() => expect(notices).toEqual(['已导入 1 个文件。', '已取消读取。']));
  });
});

describe('useOutcomeView', () => {
  const big = sheet([
    ['人社局民生实事进展（数据截至2026年3月20日）'],
    ['序号', '指标名称', '全年目标', '单位', '累计完成', '完成率'],
    ...Array.from({ length: IN_ONE_GO + 1 }, (_, i) => [i + 1, `指标${i + 1}`, 100, '人', i % 50, (i % 50) / 100]),
  ], { file: '人社局.xlsx', sheet: '进展' });
  const bigOutcome = (): Promise<BuildOutcome> => runBuild({ source: { readSheets: async () => ({ grids: [big], failures: [] }) }, settings: parseSettings({}), sink: null, today: '2026-03-20' });

  test('a small outcome’s view comes with the render', async () => {
    const o = await outcomeOf(parseSettings({}));
    const { result } = renderHook(() => useOutcomeView(o, [], 1, jest.fn()));
    expect(result.current?.outcome).toBe(o);
    expect(result.current?.view.totals.indicators).toBe(2);
  });

  test('a large one’s after its steps; the previous view stays shown until the next is ready', async () => {
    const first = await bigOutcome();
    expect(first.result.indicators.length).toBeGreaterThan(IN_ONE_GO);
    const { result, rerender } = renderHook(({ o }) => useOutcomeView(o, [], 1, jest.fn()), { initialProps: { o: first } });
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current?.outcome).toBe(first), { timeout: 20_000 });
    expect(result.current?.view.totals.indicators).toBe(IN_ONE_GO + 1);
    const second = await bigOutcome();
    rerender({ o: second });
    expect(result.current?.outcome).toBe(first);
    await waitFor(() => expect(result.current?.outcome).toBe(second), { timeout: 20_000 });
  });
});
