"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * @jest-environment jsdom
 *
 * The pane's hooks on their own (renderHook over a fake host): messages, settings, the one build
 * path with its progress and cancel, recompute on change, marks, the mapping editor, the sheet list.
 */
const react_1 = require("@testing-library/react");
const runBuild_1 = require("../../../src/engine/runBuild");
const settings_1 = require("../../../src/domain/settings");
const layoutView_1 = require("../../../src/domain/layoutView");
const candidates_1 = require("../../../src/excel/candidates");
const memorySnapshotStore_1 = require("../../../src/domain/memorySnapshotStore");
const grid_1 = require("../../builders/grid");
const usePaneMessages_1 = require("../../../src/taskpane/hooks/usePaneMessages");
const useSettingsState_1 = require("../../../src/taskpane/hooks/useSettingsState");
const useBuild_1 = require("../../../src/taskpane/hooks/useBuild");
const useAutoRecompute_1 = require("../../../src/taskpane/hooks/useAutoRecompute");
const useMarks_1 = require("../../../src/taskpane/hooks/useMarks");
const useMappingEditor_1 = require("../../../src/taskpane/hooks/useMappingEditor");
const useSheets_1 = require("../../../src/taskpane/hooks/useSheets");
const cancel_1 = require("../../../src/taskpane/work/cancel");
const grid = (0, grid_1.sheet)([
    ['人社局民生实事进展（数据截至2026年3月20日）'],
    ['序号', '指标名称', '全年目标', '单位', '累计完成', '完成率'],
    [1, '新增城镇就业', 6000, '人', 300, 0.05],
    [2, '职业技能培训', 1000, '人次', 500, 0.5],
], { file: '人社局.xlsx', sheet: '进展' });
const source = { readSheets: async () => ({ grids: [grid], failures: [] }) };
const outcomeOf = (settings, history) => (0, runBuild_1.runBuild)({ source, settings, sink: null, today: '2026-03-20', ...(history ? { history } : {}) });
function fakeHost(over = {}) {
    return {
        mode: 'excel',
        loadSettings: jest.fn(async () => ({ settings: (0, settings_1.parseSettings)({ issue: 4 }), problems: ['「旧表」已被删除，已取消其绑定。'] })),
        saveSettings: jest.fn(async () => undefined),
        listSheets: jest.fn(async () => (0, candidates_1.describeCandidates)([grid], [])),
        bind: jest.fn(async () => undefined),
        unbind: jest.fn(async () => undefined),
        importFiles: jest.fn(async (files) => `已导入 ${files.length} 个文件。`),
        describeLayout: jest.fn(async (_ref, mappings, headerRow) => (0, layoutView_1.describeLayout)(grid, mappings, headerRow)),
        build: jest.fn(async (settings) => outcomeOf(settings)),
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
        const { result } = (0, react_1.renderHook)(() => (0, usePaneMessages_1.usePaneMessages)());
        await (0, react_1.act)(() => result.current.run(async () => '完成了。'));
        expect(result.current.notice).toBe('完成了。');
        await (0, react_1.act)(() => result.current.run(async () => { throw new Error('读取失败'); }));
        expect(result.current).toMatchObject({ notice: null, error: '读取失败' });
        await (0, react_1.act)(() => result.current.run(async () => undefined));
        expect(result.current).toMatchObject({ notice: null, error: null });
    });
});
describe('useSettingsState', () => {
    test('loads the stored settings and problems; the switch saves only itself over the stored settings', async () => {
        const host = fakeHost();
        const { result } = (0, react_1.renderHook)(() => (0, useSettingsState_1.useSettingsState)(host, async (a) => { await a(); }, () => undefined));
        await (0, react_1.waitFor)(() => expect(result.current.settings.issue).toBe(4));
        expect(result.current.problems).toEqual(['「旧表」已被删除，已取消其绑定。']);
        (0, react_1.act)(() => result.current.setSettings((s) => ({ ...s, title: '未保存的标题' })));
        (0, react_1.act)(() => result.current.toggleAutoRecompute(true));
        await (0, react_1.waitFor)(() => expect(host.saveSettings).toHaveBeenCalledTimes(1));
        const saved = host.saveSettings.mock.calls[0]?.[0];
        expect(saved).toMatchObject({ autoRecompute: true, issue: 4 });
        expect(saved.title).not.toBe('未保存的标题');
        expect(result.current.settings).toMatchObject({ autoRecompute: true, title: '未保存的标题' });
    });
    test('save refuses invalid settings with the field and reason', async () => {
        const host = fakeHost();
        const { result } = (0, react_1.renderHook)(() => (0, useSettingsState_1.useSettingsState)(host, async (a) => { await a(); }, () => undefined));
        await (0, react_1.waitFor)(() => expect(result.current.settings.issue).toBe(4));
        (0, react_1.act)(() => result.current.setSettings((s) => ({ ...s, tolerance: -5 })));
        (0, react_1.act)(() => result.current.save());
        expect(result.current.settingsError).toMatch(/^tolerance：/);
        expect(host.saveSettings).not.toHaveBeenCalled();
    });
});
describe('useBuild', () => {
    test('keeps the outcome and its settings, shows progress while running, and reads snapshots only after a comparison', async () => {
        const store = new memorySnapshotStore_1.MemorySnapshotStore();
        let report = null;
        let finish = null;
        const host = fakeHost({
            build: jest.fn(async (settings, onProgress) => {
                report = onProgress;
                await new Promise((r) => { finish = r; });
                return outcomeOf(settings, store);
            }),
            listSnapshots: jest.fn(async () => (await store.list()).snapshots),
        });
        const { result } = (0, react_1.renderHook)(() => (0, useBuild_1.useBuild)(host));
        let first = null;
        (0, react_1.act)(() => { first = result.current.build((0, settings_1.parseSettings)({ issue: 1 })); });
        expect(result.current.building).toBe(true);
        (0, react_1.act)(() => report?.({ stage: 'reading', filesRead: 1, filesTotal: 2 }));
        expect(result.current.progress).toEqual({ stage: 'reading', filesRead: 1, filesTotal: 2 });
        await (0, react_1.act)(async () => { finish?.(); await first; });
        expect(result.current).toMatchObject({ building: false, progress: null, builtWith: { issue: 1 }, snapshots: [] });
        expect(result.current.outcome?.result.indicators).toHaveLength(2);
        expect(host.listSnapshots).not.toHaveBeenCalled();
        let second = null;
        (0, react_1.act)(() => { second = result.current.build((0, settings_1.parseSettings)({ issue: 2 })); });
        await (0, react_1.act)(async () => { finish?.(); await second; });
        expect(host.listSnapshots).toHaveBeenCalledTimes(1);
        expect(result.current.snapshots.map((s) => s.issue)).toEqual([1, 2]);
        expect(result.current.builtWith?.issue).toBe(2);
    });
    test('cancel aborts the signal the host got; the shown outcome stays the previous one', async () => {
        let signal;
        const host = fakeHost();
        const { result } = (0, react_1.renderHook)(() => (0, useBuild_1.useBuild)(host));
        await (0, react_1.act)(async () => { await result.current.build((0, settings_1.parseSettings)({})); });
        const before = result.current.outcome;
        host.build.mockImplementation((_s, _p, sig) => {
            signal = sig;
            return new Promise((_, reject) => sig.addEventListener('abort', () => reject(new cancel_1.BuildCancelled())));
        });
        let p = null;
        (0, react_1.act)(() => { p = result.current.build((0, settings_1.parseSettings)({ issue: 9 })).catch((e) => e); });
        expect(signal?.aborted).toBe(false);
        (0, react_1.act)(() => result.current.cancel());
        expect(signal?.aborted).toBe(true);
        await (0, react_1.act)(async () => { expect(await p).toBeInstanceOf(cancel_1.BuildCancelled); });
        expect(result.current).toMatchObject({ building: false, progress: null, builtWith: { issue: 1 } });
        expect(result.current.outcome).toBe(before);
    });
});
describe('useAutoRecompute', () => {
    test('recomputeOnce rebuilds, re-marks when asked, and words a failure and a cancel', async () => {
        const host = fakeHost();
        const setError = jest.fn();
        const setNotice = jest.fn();
        const build = jest.fn(async (s) => outcomeOf(s));
        const now = () => new Date(2026, 2, 20, 9, 5);
        await (0, useAutoRecompute_1.recomputeOnce)({ host, build, now, setError, setNotice }, (0, settings_1.parseSettings)({}), true);
        expect(host.mark).toHaveBeenCalledTimes(1);
        expect(setNotice).toHaveBeenLastCalledWith('已根据数据变化重新核算（09:05），并更新了滞后标记。');
        build.mockRejectedValueOnce(new Error('找不到工作表'));
        await (0, useAutoRecompute_1.recomputeOnce)({ host, build, now, setError, setNotice }, (0, settings_1.parseSettings)({}), false);
        expect(setError).toHaveBeenLastCalledWith('自动重算失败：找不到工作表');
        build.mockRejectedValueOnce(new cancel_1.BuildCancelled());
        await (0, useAutoRecompute_1.recomputeOnce)({ host, build, now, setError, setNotice }, (0, settings_1.parseSettings)({}), false);
        expect(setNotice).toHaveBeenLastCalledWith('已取消本次自动重算。');
        await (0, useAutoRecompute_1.recomputeOnce)({ host, build, now, setError, setNotice }, { ...(0, settings_1.parseSettings)({}), tolerance: -1 }, false);
        expect(setError).toHaveBeenLastCalledWith('设置有误，未能自动重算：请在“设置”中修正。');
        expect(build).toHaveBeenCalledTimes(3);
    });
    test('subscribes while on; changes during a rebuild fold into one more; off unsubscribes', async () => {
        let listener = null;
        const unsubscribe = jest.fn(async () => undefined);
        const host = fakeHost({ watch: jest.fn(async (l) => { listener = l; return unsubscribe; }) });
        const releases = [];
        const build = jest.fn((s) => new Promise((resolve) => { releases.push(() => resolve(outcomeOf(s))); }));
        const props = { host, settings: (0, settings_1.parseSettings)({}), marked: false, build, now: () => new Date(), setError: jest.fn(), setNotice: jest.fn(), onWatchFailed: jest.fn() };
        const { rerender } = (0, react_1.renderHook)((p) => (0, useAutoRecompute_1.useAutoRecompute)({ ...props, enabled: p.enabled }), { initialProps: { enabled: false } });
        expect(host.watch).not.toHaveBeenCalled();
        rerender({ enabled: true });
        await (0, react_1.waitFor)(() => expect(listener).not.toBeNull());
        (0, react_1.act)(() => { listener?.(); listener?.(); listener?.(); });
        expect(build).toHaveBeenCalledTimes(1);
        await (0, react_1.act)(async () => { releases.shift()?.(); });
        await (0, react_1.waitFor)(() => expect(build).toHaveBeenCalledTimes(2));
        await (0, react_1.act)(async () => { releases.shift()?.(); });
        expect(build).toHaveBeenCalledTimes(2);
        rerender({ enabled: false });
        expect(unsubscribe).toHaveBeenCalledTimes(1);
    });
    test('a watch that fails turns the switch off and says why', async () => {
        const host = fakeHost({ watch: jest.fn(async () => { throw new Error('无法监视绑定区域'); }) });
        const setError = jest.fn();
        const onWatchFailed = jest.fn();
        (0, react_1.renderHook)(() => (0, useAutoRecompute_1.useAutoRecompute)({ host, enabled: true, settings: (0, settings_1.parseSettings)({}), marked: false, build: jest.fn(), now: () => new Date(), setError, setNotice: jest.fn(), onWatchFailed }));
        await (0, react_1.waitFor)(() => expect(onWatchFailed).toHaveBeenCalledTimes(1));
        expect(setError).toHaveBeenCalledWith('无法监视绑定区域');
    });
});
describe('useMarks', () => {
    test('mark and clear go through the host and set whether highlights are on', async () => {
        const host = fakeHost();
        const notices = [];
        const run = async (a) => { const m = await a(); if (m)
            notices.push(m); };
        const { result } = (0, react_1.renderHook)(() => (0, useMarks_1.useMarks)(host, run));
        const o = await outcomeOf((0, settings_1.parseSettings)({}));
        await (0, react_1.act)(async () => result.current.mark(o, (0, settings_1.parseSettings)({})));
        expect(result.current.marked).toBe(true);
        await (0, react_1.act)(async () => result.current.clear());
        expect(result.current.marked).toBe(false);
        expect(notices).toEqual(['已标记 1 行滞后指标。', '已清除 1 处滞后标记。']);
    });
});
describe('useMappingEditor', () => {
    test('opens a layout, edits a role, saves the mappings through store, and closes', async () => {
        const host = fakeHost();
        const stored = [];
        const run = async (a) => { await a(); };
        const settings = (0, settings_1.parseSettings)({});
        const candidates = (0, candidates_1.describeCandidates)([grid], []);
        const { result } = (0, react_1.renderHook)(() => (0, useMappingEditor_1.useMappingEditor)({ host, settings, sheets: candidates, run, store: async (s) => { stored.push(s); }, setError: jest.fn() }));
        expect(result.current.view).toBeNull();
        await (0, react_1.act)(async () => result.current.open(candidates[0]));
        await (0, react_1.waitFor)(() => expect(result.current.view).not.toBeNull());
        expect(result.current.view?.rows.find((r) => r.role === 'done')?.value).toBe('E');
        (0, react_1.act)(() => result.current.changeRole('done', null));
        expect(result.current.view?.rows.find((r) => r.role === 'done')?.value).toBe('');
        await (0, react_1.act)(async () => result.current.save());
        await (0, react_1.waitFor)(() => expect(stored).toHaveLength(1));
        expect(stored[0]?.mappings).toEqual([{ layoutKey: (0, layoutView_1.describeLayout)(grid, []).layoutKey, columns: { done: null } }]);
        (0, react_1.act)(() => result.current.close());
        expect(result.current.view).toBeNull();
    });
});
describe('useSheets', () => {
    test('refresh lists the sheets; an import reads the files, reports, and lists again', async () => {
        const host = fakeHost();
        const notices = [];
        const run = async (a) => { const m = await a(); if (m)
            notices.push(m); };
        const { result } = (0, react_1.renderHook)(() => (0, useSheets_1.useSheets)(host, run));
        (0, react_1.act)(() => result.current.refresh());
        await (0, react_1.waitFor)(() => expect(result.current.sheets).toHaveLength(1));
        expect(result.current.loading).toBe(false);
        // jsdom's File has no arrayBuffer(): the part of File the hook uses.
        const file = { name: '住建局.xlsx', arrayBuffer: async () => new Uint8Array([1, 2, 3]).buffer };
        await (0, react_1.act)(async () => result.current.importFiles([file]));
        await (0, react_1.waitFor)(() => expect(notices).toEqual(['已导入 1 个文件。']));
        const [files] = host.importFiles.mock.calls[0];
        expect(files.map((f) => [f.name, f.data.byteLength])).toEqual([['住建局.xlsx', 3]]);
        expect(host.listSheets).toHaveBeenCalledTimes(2);
    });
});
