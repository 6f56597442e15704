/**
 * @jest-environment jsdom
 *
 * The pane's 报送情况 and 督办清单 over two issues built through a fake Excel host with a memory
 * snapshot store: the first issue says why nothing is judged, the second lists 教育局 as 未报送 and
 * 文旅局's unchanged figures; the 督办清单 opens its sheet and downloads one department's Word file
 * or all of them in a zip.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { unzipSync } from 'fflate';
import { App, SupervisionDocsModule } from '../../src/taskpane/App';
import { PaneHost } from '../../src/taskpane/host';
import { runBuild } from '../../src/engine/runBuild';
import { Settings, parseSettings } from '../../src/domain/settings';
import { MemorySnapshotStore } from '../../src/domain/memorySnapshotStore';
import { SheetGrid } from '../../src/domain/grid';
import { deptSheet } from '../builders/deptIssues';

class NoResizeObserver {
  observe(): void { /* jsdom lays nothing out */ }
  unobserve(): void { /* nothing observed */ }
  disconnect(): void { /* nothing observed */ }
}
beforeAll(() => { (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver; });

const issue1: SheetGrid[] = [
  deptSheet('人社局', [{ name: '新增城镇就业', target: 6000, done: 100, unit: '人' }]),
  deptSheet('教育局', [{ name: '新建幼儿园', target: 10, done: 1 }]),
  deptSheet('文旅局', [{ name: '送戏下乡', target: 200, done: 5, progress: '已演出 5 场' }]),
];
const issue2: SheetGrid[] = [
  deptSheet('人社局', [{ name: '新增城镇就业', target: 6000, done: 200, unit: '人' }]),
  deptSheet('文旅局', [{ name: '送戏下乡', target: 200, done: 5, progress: '已演出 5 场' }]),
];

function fakeHost(): { host: PaneHost; select: jest.Mock } {
  const store = new MemorySnapshotStore();
  const select = jest.fn(async () => undefined);
  const host: PaneHost = {
    mode: 'excel',
    loadSettings: jest.fn(async () => ({ settings: parseSettings({ asOf: '2026-01-31', supervisionPhrase: '请{单位}加快推进。' }), problems: [] })),
    saveSettings: jest.fn(async () => undefined),
    listSheets: jest.fn(async () => []),
    bind: jest.fn(async () => undefined),
    unbind: jest.fn(async () => undefined),
    importFiles: jest.fn(async () => ''),
    describeLayout: jest.fn(async () => { throw new Error('not used'); }),
    build: jest.fn(async (settings: Settings) => {
      const grids = settings.issue === 1 ? issue1 : issue2;
      return runBuild({ source: { readSheets: async () => ({ grids, failures: [] }) }, settings: { ...settings, asOf: settings.issue === 1 ? '2026-01-31' : '2026-02-28' }, sink: null, history: store });
    }),
    watch: jest.fn(async () => async () => undefined),
    listSnapshots: jest.fn(async () => (await store.list()).snapshots),
    select,
    mark: jest.fn(async () => ''),
    clear: jest.fn(async () => ''),
  };
  return { host, select };
}

function renderApp(props: Partial<React.ComponentProps<typeof App>> & { host: PaneHost }): ReturnType<typeof render> {
  return render(<FluentProvider theme={webLightTheme}><App now={() => new Date(2026, 1, 28, 9, 5)} {...props} /></FluentProvider>);
}

async function buildIssue(n: number): Promise<void> {
  fireEvent.click(screen.getByRole('tab', { name: '设置' }));
  await screen.findByDisplayValue('2026-01-31'); // the stored settings are loaded
  fireEvent.change(screen.getByLabelText(/期数/), { target: { value: String(n) } });
  fireEvent.click(screen.getByRole('tab', { name: '专报' }));
  fireEvent.click(screen.getByTestId('build'));
  await screen.findByText(/专报已写入工作表/);
}

describe('the pane chases the departments', () => {
  test('issue 1: the counts and why 未报送 cannot be judged; issue 2: 教育局 未报送, 文旅局 unchanged', async () => {
    const f = fakeHost();
    renderApp({ host: f.host });
    await buildIssue(1);
    const panel = await screen.findByTestId('reporting');
    expect(within(panel).getByTestId('reporting-headline').textContent).toBe('本期报送单位 3 个。');
    expect(within(panel).getByTestId('reporting-note').textContent).toContain('没有上一期的快照');
    expect(within(panel).getAllByTestId('reporting-dept')).toHaveLength(3);

    await buildIssue(2);
    const second = await screen.findByTestId('reporting');
    expect(within(second).getByTestId('reporting-missing').textContent).toBe('1');
    expect(within(second).getByTestId('reporting-expected').textContent).toBe('3');
    expect(within(second).queryByTestId('reporting-note')).toBeNull();
    const rows = within(second).getAllByTestId('reporting-dept');
    // Who needs chasing comes first: 未报送, then the department whose figures did not move.
    expect(rows[0]!.textContent).toContain('未报送教育局');
    expect(rows[1]!.textContent).toContain('数据未更新文旅局');
    expect(rows[1]!.textContent).toContain('全部 1 个指标与第 1 期相同，可能重复报送了上期表格');
  });

  test('督办清单: a block per department, the sheet opened, one Word file or all in a zip', async () => {
    const f = fakeHost();
    const download = jest.fn();
    const supervisionDocs = jest.fn(async (list: { dept: string }[]) => list.map((s) => ({ name: `督办清单-第1期-${s.dept}.docx`, dept: s.dept, bytes: new Uint8Array([80, 75, s.dept.length]) })));
    const loadSupervisionDocs = jest.fn(async (): Promise<SupervisionDocsModule> => ({ supervisionDocs: supervisionDocs as unknown as SupervisionDocsModule['supervisionDocs'] }));
    renderApp({ host: f.host, download, loadSupervisionDocs });
    await buildIssue(1);
    const panel = await screen.findByTestId('supervision');
    const blocks = within(panel).getAllByTestId('supervision-block');
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks[0]!.textContent).toMatch(/共有 \d+ 个指标未达到序时进度/);
    expect(blocks[0]!.textContent).toMatch(/请.+加快推进。/);
    expect(loadSupervisionDocs).not.toHaveBeenCalled();

    fireEvent.click(within(panel).getByTestId('open-supervision-sheet'));
    expect(f.select).toHaveBeenCalledWith({ file: '', sheet: '督办清单', cell: 'A1' });

    fireEvent.click(within(blocks[0]!).getByRole('button', { name: /督办清单 Word/ }));
    await screen.findByText(/已生成 Word 版督办清单：督办清单-第1期-/);
    expect(download).toHaveBeenCalledTimes(1);
    expect(String(download.mock.calls[0]![1])).toMatch(/^督办清单-第1期-.+\.docx$/);

    fireEvent.click(within(panel).getByTestId('download-supervision-all'));
    await screen.findByText(/个单位的 Word 版督办清单：督办清单-第1期\.zip。/);
    const [bytes, name, mime] = download.mock.calls[1] as [Uint8Array, string, string];
    expect([name, mime]).toEqual(['督办清单-第1期.zip', 'application/zip']);
    expect(Object.keys(unzipSync(bytes)).length).toBe(blocks.length);
  });
});

describe('报送与督办 settings', () => {
  test('typed lists and aliases become settings; the ranking switch turns the ranking on', async () => {
    const f = fakeHost();
    renderApp({ host: f.host });
    fireEvent.click(screen.getByRole('tab', { name: '设置' }));
    await screen.findByDisplayValue('2026-01-31');
    const box = screen.getByTestId('chasing-settings');
    fireEvent.change(within(box).getByLabelText(/应报单位/), { target: { value: '民政局\n残联、' } });
    fireEvent.change(within(box).getByLabelText(/视为同一单位的前缀/), { target: { value: '市、县' } });
    fireEvent.change(within(box).getByLabelText(/单位别名/), { target: { value: '人社局 = 人力资源和社会保障局' } });
    // The trailing separator stays while typing.
    expect((within(box).getByLabelText(/应报单位/) as HTMLTextAreaElement).value).toBe('民政局\n残联、');
    fireEvent.click(within(box).getByRole('switch'));
    fireEvent.click(screen.getByRole('button', { name: '保存设置' }));
    await screen.findByText(/设置已保存|已保存/);
    const saved = (f.host.saveSettings as jest.Mock).mock.calls.at(-1)?.[0] as Settings;
    expect(saved).toMatchObject({ expectedDepartments: ['民政局', '残联'], deptPrefixes: ['市', '县'], deptAliases: [['人社局', '人力资源和社会保障局']], ranking: true });
  });
});
