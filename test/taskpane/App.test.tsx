/**
 * @jest-environment jsdom
 *
 * The pane's wiring against a fake host: the auto-recompute switch subscribes and unsubscribes,
 * a change rebuilds (and re-marks when highlights were applied); the column-mapping editor saves
 * mappings through the host; 下载 Word 版 hands the docx bytes to the download function.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App, DocxModule } from '../../src/taskpane/App';
import { PaneHost } from '../../src/taskpane/host';
import { BuildOutcome, runBuild } from '../../src/engine/runBuild';
import { Settings, parseSettings } from '../../src/domain/settings';
import { describeLayout } from '../../src/domain/layoutView';
import { describeCandidates } from '../../src/excel/candidates';
import { sheet } from '../builders/grid';
import { MemorySnapshotStore } from '../../src/domain/memorySnapshotStore';

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size to reflow.
class NoResizeObserver {
  observe(): void { /* jsdom lays nothing out */ }
  unobserve(): void { /* nothing observed */ }
  disconnect(): void { /* nothing observed */ }
}
beforeAll(() => { (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver; });

const grid = sheet([
  ['人社局民生实事进展（数据截至2026年3月20日）'],
  ['序号', '指标名称', '全年目标', '单位', '累计完成', '完成率'],
  [1, '新增城镇就业', 6000, '人', 300, 0.05],
  [2, '职业技能培训', 1000, '人次', 500, 0.5],
], { file: '人社局.xlsx', sheet: '进展' });

async function outcomeOf(settings: Settings): Promise<BuildOutcome> {
  return runBuild({ source: { readSheets: async () => ({ grids: [grid], failures: [] }) }, settings, sink: null, today: '2026-03-20' });
}

interface Fake {
  host: PaneHost;
  fire: () => void;
  unsubscribed: jest.Mock;
  saved: Settings[];
}

function fakeHost(): Fake {
  let listener: (() => void) | null = null;
  const unsubscribed = jest.fn(async () => { listener = null; });
  const saved: Settings[] = [];
  const host: PaneHost = {
    mode: 'excel',
    loadSettings: jest.fn(async () => ({ settings: parseSettings({}), problems: [] })),
    saveSettings: jest.fn(async (s: Settings) => { saved.push(s); }),
    listSheets: jest.fn(async () => describeCandidates([grid], [])),
    bind: jest.fn(async () => undefined),
    unbind: jest.fn(async () => undefined),
    importFiles: jest.fn(async () => ''),
    describeLayout: jest.fn(async (_ref, mappings, headerRow) => describeLayout(grid, mappings, headerRow)),
    build: jest.fn(async (settings: Settings) => outcomeOf(settings)),
    watch: jest.fn(async (onChange: () => void) => { listener = onChange; return unsubscribed; }),
    listSnapshots: jest.fn(async () => []),
    select: jest.fn(async () => undefined),
    mark: jest.fn(async () => '已标记 1 行滞后指标。'),
    clear: jest.fn(async () => '已清除 1 处滞后标记。'),
  };
  return { host, fire: () => listener?.(), unsubscribed, saved };
}

function renderApp(props: Partial<React.ComponentProps<typeof App>> & { host: PaneHost }): ReturnType<typeof render> {
  return render(<FluentProvider theme={webLightTheme}><App now={() => new Date(2026, 2, 20, 9, 5)} {...props} /></FluentProvider>);
}

describe('auto recompute', () => {
  test('off by default; on subscribes, a change rebuilds and re-marks, off unsubscribes', async () => {
    const f = fakeHost();
    renderApp({ host: f.host });
    fireEvent.click(screen.getByRole('tab', { name: '跟踪表' }));
    const toggle = await screen.findByRole('switch');
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(f.host.watch).not.toHaveBeenCalled();

    // Build and mark first, so the recompute re-applies the highlights.
    fireEvent.click(screen.getByRole('tab', { name: '专报' }));
    fireEvent.click(screen.getByTestId('build'));
    await screen.findByTestId('totals');
    fireEvent.click(screen.getByRole('button', { name: '标记滞后' }));
    await screen.findByText('已标记 1 行滞后指标。');

    fireEvent.click(screen.getByRole('tab', { name: '跟踪表' }));
    fireEvent.click(await screen.findByRole('switch'));
    await waitFor(() => expect(f.host.watch).toHaveBeenCalledTimes(1));
    await act(async () => { f.fire(); });
    await screen.findByText('已根据数据变化重新核算（09:05），并更新了滞后标记。');
    expect(f.host.build).toHaveBeenCalledTimes(2);
    expect(f.host.mark).toHaveBeenCalledTimes(2);

    fireEvent.click(screen.getByRole('switch'));
    await waitFor(() => expect(f.unsubscribed).toHaveBeenCalledTimes(1));
  });

  test('the switch is saved in the workbook on its own (not unsaved edits) and restored on open', async () => {
    const f = fakeHost();
    (f.host.loadSettings as jest.Mock).mockResolvedValue({ settings: parseSettings({ issue: 3 }), problems: [] });
    const first = renderApp({ host: f.host });
    fireEvent.click(screen.getByRole('tab', { name: '跟踪表' }));
    fireEvent.click(await screen.findByRole('switch'));
    await waitFor(() => expect(f.saved).toHaveLength(1));
    expect(f.saved[0]).toMatchObject({ autoRecompute: true, issue: 3 });
    first.unmount();

    (f.host.loadSettings as jest.Mock).mockResolvedValue({ settings: f.saved[0], problems: [] });
    renderApp({ host: f.host });
    fireEvent.click(screen.getByRole('tab', { name: '跟踪表' }));
    await waitFor(async () => expect(((await screen.findByRole('switch')) as HTMLInputElement).checked).toBe(true));
    await waitFor(() => expect(f.host.watch).toHaveBeenCalledTimes(2));
  });

  test('after 清除标记 a change rebuilds without marking', async () => {
    const f = fakeHost();
    renderApp({ host: f.host });
    fireEvent.click(screen.getByRole('tab', { name: '跟踪表' }));
    fireEvent.click(await screen.findByRole('switch'));
    await waitFor(() => expect(f.host.watch).toHaveBeenCalled());
    await act(async () => { f.fire(); });
    await screen.findByText('已根据数据变化重新核算（09:05）。');
    expect(f.host.build).toHaveBeenCalledTimes(1);
    expect(f.host.mark).not.toHaveBeenCalled();
  });
});

describe('column mapping editor', () => {
  test('opens a sheet’s layout, saves a changed column through the host, and shows the new reading', async () => {
    const f = fakeHost();
    renderApp({ host: f.host });
    fireEvent.click(screen.getByRole('tab', { name: '跟踪表' }));
    fireEvent.click(await screen.findByTestId('edit-mapping'));
    await screen.findByTestId('mapping-editor');
    expect(screen.getByTestId('mapping-summary').textContent).toContain('表头第 2 行');
    const done = screen.getByTestId('mapping-role-done') as HTMLSelectElement;
    expect(done.value).toBe('E');
    fireEvent.change(done, { target: { value: '' } });
    expect(screen.getAllByText('已修改')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('mapping-save'));
    await screen.findByText(/已保存「进展」的列映射/);
    expect(f.saved).toHaveLength(1);
    const key = describeLayout(grid, []).layoutKey;
    expect(f.saved[0]?.mappings).toEqual([{ layoutKey: key, columns: { done: null } }]);
    expect((screen.getByTestId('mapping-role-done') as HTMLSelectElement).value).toBe('');

    fireEvent.click(screen.getByRole('button', { name: '恢复自动识别' }));
    await screen.findByText(/已恢复自动识别/);
    expect(f.saved[1]?.mappings).toEqual([]);
  });

  test('a header row typed must be re-read before saving', async () => {
    const f = fakeHost();
    renderApp({ host: f.host });
    fireEvent.click(screen.getByRole('tab', { name: '跟踪表' }));
    fireEvent.click(await screen.findByTestId('edit-mapping'));
    const row = await screen.findByTestId('mapping-header-row');
    fireEvent.change(row, { target: { value: '1' } });
    expect((screen.getByTestId('mapping-save') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '按此行识别' }));
    await waitFor(() => expect(f.host.describeLayout).toHaveBeenLastCalledWith({ file: '人社局.xlsx', sheet: '进展' }, [], 1));
    await waitFor(() => expect((screen.getByTestId('mapping-save') as HTMLButtonElement).disabled).toBe(false));
  });
});

describe('下载 Word 版', () => {
  test('builds the docx from the shown outcome and saves it as 工作专报-第N期.docx', async () => {
    const f = fakeHost();
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    const bulletinDocx = jest.fn(async () => bytes);
    const download = jest.fn();
    const loadDocx = jest.fn(async (): Promise<DocxModule> => ({ bulletinDocx }));
    renderApp({ host: f.host, loadDocx, download });
    const button = screen.getByTestId('download-docx') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(loadDocx).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('build'));
    await screen.findByTestId('totals');
    fireEvent.click(button);
    await screen.findByText('已生成 Word 版：工作专报-第1期.docx。');
    expect(download).toHaveBeenCalledWith(bytes, '工作专报-第1期.docx');
    const [model] = bulletinDocx.mock.calls[0] as unknown as [BuildOutcome['bulletin']];
    expect(model.indicators.map((i) => i.name)).toEqual(['新增城镇就业', '职业技能培训']);
  });
});

describe('change since the last issue', () => {
  test('a build compared with an earlier issue shows the history panel with a trend per indicator', async () => {
    const f = fakeHost();
    const store = new MemorySnapshotStore();
    const source = { readSheets: async () => ({ grids: [grid], failures: [] }) };
    f.host.build = jest.fn(async (settings: Settings) => runBuild({ source, settings, sink: null, today: '2026-03-20', history: store }));
    f.host.listSnapshots = jest.fn(async () => (await store.list()).snapshots);
    renderApp({ host: f.host });
    fireEvent.click(screen.getByTestId('build'));
    await screen.findByTestId('totals');
    expect(screen.queryByTestId('history')).toBeNull();
    expect(f.host.listSnapshots).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('tab', { name: '设置' }));
    fireEvent.change(screen.getByLabelText('期数'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('tab', { name: '专报' }));
    fireEvent.click(screen.getByTestId('build'));
    await screen.findByTestId('history');
    expect(f.host.listSnapshots).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('history-intro').textContent).toContain('与第 1 期');
    expect(screen.getAllByTestId('history-item')).toHaveLength(2);
    expect(screen.getAllByTestId('sparkline')[0]?.getAttribute('aria-label')).toBe('完成率走势：第 1 期 5%，第 2 期 5%');
  });
});
