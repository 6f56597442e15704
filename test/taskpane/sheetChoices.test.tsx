/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { describeLayout, editOf, assignRole, mappingsAfterEdit } from '../../src/domain/layoutView';
import { describeCandidates } from '../../src/excel/candidates';
import { SheetList } from '../../src/taskpane/components/SheetList';
import { choiceNotes, sheetRows } from '../../src/taskpane/viewModel';
import { report, sheet } from '../builders/grid';

const variants = [
  { label: '上月累计 / 本月累计', headers: ['上月累计', '本月累计'], hidden: [] as string[], note: '累计完成：读取 D 列「本月累计」，未读取 C 列「上月累计」（按表头含义）' },
  { label: '计划完成 / 实际完成', headers: ['计划完成', '实际完成'], hidden: [], note: '累计完成：读取 D 列「实际完成」，未读取 C 列「计划完成」（按表头含义）' },
  { label: 'a hidden 累计完成', headers: ['累计完成', '累计完成'], hidden: ['C'], note: '累计完成：读取 D 列「累计完成」，未读取 C 列「累计完成」（另一列为隐藏列）' },
];
const gridOf = (headers: string[], hidden: string[]) => sheet([
  ['指标名称', '全年目标', ...headers, '单位'],
  ['新增城镇就业', 6000, 900, 1386, '人'],
], { file: '人社局.xlsx', sheet: '进展', hiddenCols: hidden });

describe('the engine’s column choices beside the sheet, and the clerk’s override', () => {
  test.each(variants)('$label: shown in the sheet list', ({ headers, hidden, note }) => {
    const rows = sheetRows(describeCandidates([gridOf(headers, hidden)], []));
    expect(rows[0]?.choices).toEqual([note]);
    render(
      <FluentProvider theme={webLightTheme}>
        <SheetList rows={rows} loading={false} canBind={false} onRefresh={() => {}} onBind={() => {}} onUnbind={() => {}} onImport={() => {}} onEditMapping={() => {}} />
      </FluentProvider>,
    );
    expect(screen.getAllByTestId('sheet-choice').map((e) => e.textContent)).toEqual([note]);
  });

  test.each(variants)('$label: overridden in the 列映射 editor, the override is honoured and the note goes', ({ headers, hidden }) => {
    const grid = gridOf(headers, hidden);
    const view = describeLayout(grid, []);
    expect(view.roles.done).toBe('D');
    const mappings = mappingsAfterEdit([], view, assignRole(editOf(view), 'done', 'C'));
    expect(mappings).toHaveLength(1);
    const r = report([grid], { mappings });
    expect(r.result.indicators[0]).toMatchObject({ done: 900, source: { cells: { done: 'C2' } } });
    expect(r.result.findings.filter((f) => f.code === 'layout_choice')).toEqual([]);
    const candidate = describeCandidates([grid], [])[0];
    expect(candidate && choiceNotes(candidate, mappings)).toEqual([]);
    expect(describeLayout(grid, mappings).roles.done).toBe('C');
  });

  test('a sheet without competing columns shows no note', () => {
    const rows = sheetRows(describeCandidates([sheet([['指标名称', '全年目标', '累计完成'], ['新增城镇就业', 6000, 1386]])], []));
    expect(rows[0]?.choices).toEqual([]);
  });
});
