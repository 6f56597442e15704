/**
 * @jest-environment jsdom
 *
 * Long lists render their first page and 显示更多: 10,000 lagging indicators put one page of rows in the page.
 */
import * as React from 'react';
import { fireEvent, render, renderHook, screen, act } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { PAGE_SIZE, usePaged } from '../../src/taskpane/components/ShowMore';
import { LaggingList } from '../../src/taskpane/components/IssueLists';
import type { LaggingView } from '../../src/taskpane/viewModel';
import { SupervisionPanel } from '../../src/taskpane/components/SupervisionPanel';
import type { SupervisionView } from '../../src/taskpane/chasingView';

const lagging = (n: number): LaggingView[] => Array.from({ length: n }, (_, i): LaggingView => ({
  id: i, title: `指标 ${i + 1}`, detail: '完成 10%，序时 50%', badge: { label: '滞后', color: 'danger', appearance: 'filled' },
  source: { file: 'a.xlsx', sheet: '进展', cell: `B${i + 3}` },
}));

describe('usePaged', () => {
  test('first page, one more page per call, and the first page again for another list', () => {
    const a = Array.from({ length: 250 }, (_, i) => i);
    const { result, rerender } = renderHook(({ items }) => usePaged(items, 100), { initialProps: { items: a } });
    expect(result.current.shown).toHaveLength(100);
    expect(result.current.rest).toBe(150);
    act(() => result.current.more());
    expect(result.current.shown).toHaveLength(200);
    act(() => result.current.more());
    expect(result.current).toMatchObject({ rest: 0 });
    expect(result.current.shown).toBe(a);
    rerender({ items: [...a] });
    expect(result.current.shown).toHaveLength(100);
  });

  test('a short list is shown whole, with nothing left', () => {
    const { result } = renderHook(() => usePaged([1, 2, 3]));
    expect(result.current).toMatchObject({ shown: [1, 2, 3], rest: 0 });
    const empty = renderHook(() => usePaged([])).result.current;
    expect(empty).toMatchObject({ shown: [], rest: 0 });
  });
});

describe('LaggingList at 10,000 indicators', () => {
  test('renders one page; 显示更多 adds the next; the last page has no button', () => {
    render(<FluentProvider theme={webLightTheme}><LaggingList items={lagging(10_000)} onSelect={() => undefined} /></FluentProvider>);
    expect(screen.getAllByTestId('lagging-item')).toHaveLength(PAGE_SIZE);
    expect(screen.getByTestId('show-more').textContent).toBe(`显示更多（再显示 ${PAGE_SIZE} 条，共还有 ${10_000 - PAGE_SIZE} 条）`);
    fireEvent.click(screen.getByTestId('show-more'));
    expect(screen.getAllByTestId('lagging-item')).toHaveLength(2 * PAGE_SIZE);
  });

  test('a list of one page has no 显示更多', () => {
    render(<FluentProvider theme={webLightTheme}><LaggingList items={lagging(PAGE_SIZE)} onSelect={() => undefined} /></FluentProvider>);
    expect(screen.getAllByTestId('lagging-item')).toHaveLength(PAGE_SIZE);
    expect(screen.queryByTestId('show-more')).toBeNull();
  });
});

describe('SupervisionPanel at a province’s size', () => {
  const block = (dept: string, n: number): SupervisionView => ({
    dept, summary: `${dept}有 ${n} 个指标未达到序时进度。`, request: null,
    items: Array.from({ length: n }, (_, i) => ({ id: i, text: `指标 ${i + 1}：完成 10%，序时 50%`, badge: { label: '红', color: 'danger', appearance: 'filled' } })),
  });

  test('a department with 3,000 lagging indicators shows one page of them, then 显示更多', () => {
    render(<FluentProvider theme={webLightTheme}><SupervisionPanel blocks={[block('住建局', 3000)]} sheet={null} busy={false} onOpenSheet={() => {}} onDownloadAll={() => {}} onDownload={() => {}} /></FluentProvider>);
    expect(screen.getAllByTestId('supervision-item')).toHaveLength(PAGE_SIZE);
    fireEvent.click(screen.getByTestId('show-more'));
    expect(screen.getAllByTestId('supervision-item')).toHaveLength(2 * PAGE_SIZE);
  });

  test('200 departments show one page of blocks, each block whole when short', () => {
    const blocks = Array.from({ length: 200 }, (_, i) => block(`单位${i + 1}`, 2));
    render(<FluentProvider theme={webLightTheme}><SupervisionPanel blocks={blocks} sheet={null} busy={false} onOpenSheet={() => {}} onDownloadAll={() => {}} onDownload={() => {}} /></FluentProvider>);
    expect(screen.getAllByTestId('supervision-block')).toHaveLength(PAGE_SIZE);
    expect(screen.getAllByTestId('supervision-item')).toHaveLength(2 * PAGE_SIZE);
    expect(screen.getByText('督办清单（200 个单位）')).toBeTruthy();
  });
});
