"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const jsx_runtime_1 = require("react/jsx-runtime");
const react_1 = require("@testing-library/react");
const react_components_1 = require("@fluentui/react-components");
const App_1 = require("../../src/taskpane/App");
const runBuild_1 = require("../../src/engine/runBuild");
const settings_1 = require("../../src/domain/settings");
const layoutView_1 = require("../../src/domain/layoutView");
const candidates_1 = require("../../src/excel/candidates");
const grid_1 = require("../builders/grid");
const memorySnapshotStore_1 = require("../../src/domain/memorySnapshotStore");
// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size to reflow.
class NoResizeObserver {
    observe() { }
    unobserve() { }
    disconnect() { }
}
beforeAll(() => { globalThis.ResizeObserver ??= NoResizeObserver; });
const grid = (0, grid_1.sheet)([
    ['人社局民生实事进展（数据截至2026年3月20日）'],
    ['序号', '指标名称', '全年目标', '单位', '累计完成', '完成率'],
    [1, '新增城镇就业', 6000, '人', 300, 0.05],
    [2, '职业技能培训', 1000, '人次', 500, 0.5],
], { file: '人社局.xlsx', sheet: '进展' });
async function outcomeOf(settings) {
    return (0, runBuild_1.runBuild)({ source: { readSheets: async () => ({ grids: [grid], failures: [] }) }, settings, sink: null, today: '2026-03-20' });
}
function fakeHost() {
    let listener = null;
    const unsubscribed = jest.fn(async () => { listener = null; });
    const saved = [];
    const host = {
        mode: 'excel',
        loadSettings: jest.fn(async () => ({ settings: (0, settings_1.parseSettings)({}), problems: [] })),
        saveSettings: jest.fn(async (s) => { saved.push(s); }),
        listSheets: jest.fn(async () => (0, candidates_1.describeCandidates)([grid], [])),
        bind: jest.fn(async () => undefined),
        unbind: jest.fn(async () => undefined),
        importFiles: jest.fn(async () => ''),
        describeLayout: jest.fn(async (_ref, mappings, headerRow) => (0, layoutView_1.describeLayout)(grid, mappings, headerRow)),
        build: jest.fn(async (settings) => outcomeOf(settings)),
        watch: jest.fn(async (onChange) => { listener = onChange; return unsubscribed; }),
        listSnapshots: jest.fn(async () => []),
        select: jest.fn(async () => undefined),
        mark: jest.fn(async () => '已标记 1 行滞后指标。'),
        clear: jest.fn(async () => '已清除 1 处滞后标记。'),
    };
    return { host, fire: () => listener?.(), unsubscribed, saved };
}
function renderApp(props) {
    return (0, react_1.render)((0, jsx_runtime_1.jsx)(react_components_1.FluentProvider, { theme: react_components_1.webLightTheme, children: (0, jsx_runtime_1.jsx)(App_1.App, { now: () => new Date(2026, 2, 20, 9, 5), ...props }) }));
}
describe('auto recompute', () => {
    test('off by default; on subscribes, a change rebuilds and re-marks, off unsubscribes', async () => {
        const f = fakeHost();
        renderApp({ host: f.host });
        react_1.fireEvent.click(react_1.screen.getByRole('tab', { name: '跟踪表' }));
        const toggle = await react_1.screen.findByRole('switch');
        expect(toggle.checked).toBe(false);
        expect(f.host.watch).not.toHaveBeenCalled();
        // Build and mark first, so the recompute re-applies the highlights.
        react_1.fireEvent.click(react_1.screen.getByRole('tab', { name: '专报' }));
        react_1.fireEvent.click(react_1.screen.getByTestId('build'));
        await react_1.screen.findByTestId('totals');
        react_1.fireEvent.click(react_1.screen.getByRole('button', { name: '标记滞后' }));
        await react_1.screen.findByText('已标记 1 行滞后指标。');
        react_1.fireEvent.click(react_1.screen.getByRole('tab', { name: '跟踪表' }));
        react_1.fireEvent.click(await react_1.screen.findByRole('switch'));
        await (0, react_1.waitFor)(() => expect(f.host.watch).toHaveBeenCalledTimes(1));
        await (0, react_1.act)(async () => { f.fire(); });
        await react_1.screen.findByText('已根据数据变化重新核算（09:05），并更新了滞后标记。');
        expect(f.host.build).toHaveBeenCalledTimes(2);
        expect(f.host.mark).toHaveBeenCalledTimes(2);
        react_1.fireEvent.click(react_1.screen.getByRole('switch'));
        await (0, react_1.waitFor)(() => expect(f.unsubscribed).toHaveBeenCalledTimes(1));
    });
    test('the switch is saved in the workbook on its own (not unsaved edits) and restored on open', async () => {
        const f = fakeHost();
        f.host.loadSettings.mockResolvedValue({ settings: (0, settings_1.parseSettings)({ issue: 3 }), problems: [] });
        const first = renderApp({ host: f.host });
        react_1.fireEvent.click(react_1.screen.getByRole('tab', { name: '跟踪表' }));
        react_1.fireEvent.click(await react_1.screen.findByRole('switch'));
        await (0, react_1.waitFor)(() => expect(f.saved).toHaveLength(1));
        expect(f.saved[0]).toMatchObject({ autoRecompute: true, issue: 3 });
        first.unmount();
        f.host.loadSettings.mockResolvedValue({ settings: f.saved[0], problems: [] });
        renderApp({ host: f.host });
        react_1.fireEvent.click(react_1.screen.getByRole('tab', { name: '跟踪表' }));
        await (0, react_1.waitFor)(async () => expect((await react_1.screen.findByRole('switch')).checked).toBe(true));
        await (0, react_1.waitFor)(() => expect(f.host.watch).toHaveBeenCalledTimes(2));
    });
    test('after 清除标记 a change rebuilds without marking', async () => {
        const f = fakeHost();
        renderApp({ host: f.host });
        react_1.fireEvent.click(react_1.screen.getByRole('tab', { name: '跟踪表' }));
        react_1.fireEvent.click(await react_1.screen.findByRole('switch'));
        await (0, react_1.waitFor)(() => expect(f.host.watch).toHaveBeenCalled());
        await (0, react_1.act)(async () => { f.fire(); });
        await react_1.screen.findByText('已根据数据变化重新核算（09:05）。');
        expect(f.host.build).toHaveBeenCalledTimes(1);
        expect(f.host.mark).not.toHaveBeenCalled();
    });
});
describe('column mapping editor', () => {
    test('opens a sheet’s layout, saves a changed column through the host, and shows the new reading', async () => {
        const f = fakeHost();
        renderApp({ host: f.host });
        react_1.fireEvent.click(react_1.screen.getByRole('tab', { name: '跟踪表' }));
        react_1.fireEvent.click(await react_1.screen.findByTestId('edit-mapping'));
        await react_1.screen.findByTestId('mapping-editor');
        expect(react_1.screen.getByTestId('mapping-summary').textContent).toContain('表头第 2 行');
        const done = react_1.screen.getByTestId('mapping-role-done');
        expect(done.value).toBe('E');
        react_1.fireEvent.change(done, { target: { value: '' } });
        expect(react_1.screen.getAllByText('已修改')).toHaveLength(1);
        react_1.fireEvent.click(react_1.screen.getByTestId('mapping-save'));
        await react_1.screen.findByText(/已保存「进展」的列映射/);
        expect(f.saved).toHaveLength(1);
        const key = (0, layoutView_1.describeLayout)(grid, []).layoutKey;
        expect(f.saved[0]?.mappings).toEqual([{ layoutKey: key, columns: { done: null } }]);
        expect(react_1.screen.getByTestId('mapping-role-done').value).toBe('');
        react_1.fireEvent.click(react_1.screen.getByRole('button', { name: '恢复自动识别' }));
        await react_1.screen.findByText(/已恢复自动识别/);
        expect(f.saved[1]?.mappings).toEqual([]);
    });
    test('a header row typed must be re-read before saving', async () => {
        const f = fakeHost();
        renderApp({ host: f.host });
        react_1.fireEvent.click(react_1.screen.getByRole('tab', { name: '跟踪表' }));
        react_1.fireEvent.click(await react_1.screen.findByTestId('edit-mapping'));
        const row = await react_1.screen.findByTestId('mapping-header-row');
        react_1.fireEvent.change(row, { target: { value: '1' } });
        expect(react_1.screen.getByTestId('mapping-save').disabled).toBe(true);
        react_1.fireEvent.click(react_1.screen.getByRole('button', { name: '按此行识别' }));
        await (0, react_1.waitFor)(() => expect(f.host.describeLayout).toHaveBeenLastCalledWith({ file: '人社局.xlsx', sheet: '进展' }, [], 1));
        await (0, react_1.waitFor)(() => expect(react_1.screen.getByTestId('mapping-save').disabled).toBe(false));
    });
});
describe('下载 Word 版', () => {
    test('builds the docx from the shown outcome and saves it as 工作专报-第N期.docx', async () => {
        const f = fakeHost();
        const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
        const bulletinDocx = jest.fn(async () => bytes);
        const download = jest.fn();
        const loadDocx = jest.fn(async () => ({ bulletinDocx }));
        renderApp({ host: f.host, loadDocx, download });
        const button = react_1.screen.getByTestId('download-docx');
        expect(button.disabled).toBe(true);
        expect(loadDocx).not.toHaveBeenCalled();
        react_1.fireEvent.click(react_1.screen.getByTestId('build'));
        await react_1.screen.findByTestId('totals');
        react_1.fireEvent.click(button);
        await react_1.screen.findByText('已生成 Word 版：工作专报-第1期.docx。');
        expect(download).toHaveBeenCalledWith(bytes, '工作专报-第1期.docx');
        const [model] = bulletinDocx.mock.calls[0];
        expect(model.indicators.map((i) => i.name)).toEqual(['新增城镇就业', '职业技能培训']);
    });
});
describe('change since the last issue', () => {
    test('a build compared with an earlier issue shows the history panel with a trend per indicator', async () => {
        const f = fakeHost();
        const store = new memorySnapshotStore_1.MemorySnapshotStore();
        const source = { readSheets: async () => ({ grids: [grid], failures: [] }) };
        f.host.build = jest.fn(async (settings) => (0, runBuild_1.runBuild)({ source, settings, sink: null, today: '2026-03-20', history: store }));
        f.host.listSnapshots = jest.fn(async () => (await store.list()).snapshots);
        renderApp({ host: f.host });
        react_1.fireEvent.click(react_1.screen.getByTestId('build'));
        await react_1.screen.findByTestId('totals');
        expect(react_1.screen.queryByTestId('history')).toBeNull();
        expect(f.host.listSnapshots).not.toHaveBeenCalled();
        react_1.fireEvent.click(react_1.screen.getByRole('tab', { name: '设置' }));
        react_1.fireEvent.change(react_1.screen.getByLabelText('期数'), { target: { value: '2' } });
        react_1.fireEvent.click(react_1.screen.getByRole('tab', { name: '专报' }));
        react_1.fireEvent.click(react_1.screen.getByTestId('build'));
        await react_1.screen.findByTestId('history');
        expect(f.host.listSnapshots).toHaveBeenCalledTimes(1);
        expect(react_1.screen.getByTestId('history-intro').textContent).toContain('与第 1 期');
        expect(react_1.screen.getAllByTestId('history-item')).toHaveLength(2);
        expect(react_1.screen.getAllByTestId('sparkline')[0]?.getAttribute('aria-label')).toBe('完成率走势：第 1 期 5%，第 2 期 5%');
    });
});
