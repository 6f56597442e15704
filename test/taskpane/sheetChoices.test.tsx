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

describe('the other choices of the last build beside the sheet (month columns, hidden rows)', () => {
  const monthly = (head: string, values: number[]) => sheet([
    ['指标名称', '全年目标', '单位', `1月（${head}）`, `2月（${head}）`, `3月（${head}）`],
    ['新增城镇就业', 6000, '人', ...values],
    ['开展职业技能培训', 1660, '人次', 20, 30, 22],
  ], { file: '人社局.xlsx', sheet: '进展', hiddenRows: [3] });

  test.each([
    ['当月', [300, 500, 586], /视为当期数，逐期相加/],
    ['累计', [300, 800, 1386], /视为累计数，取截至日期前最近一期/],
  ] as const)('month columns headed %s: how they were added up, and the hidden row not read', (head, values, how) => {
    const grid = monthly(head, [...values]);
    const findings = report([grid], { asOf: '2026-03-20' }).result.findings;
    const rows = sheetRows(describeCandidates([grid], []), [], findings);
    const notes = rows[0]?.choices ?? [];
    expect(notes.some((n) => how.test(n))).toBe(true);
    expect(notes.some((n) => /第 3 行是隐藏行/.test(n))).toBe(true);
    // Another sheet's findings are not shown beside this one.
    expect(sheetRows(describeCandidates([grid], []), [], findings.map((f) => ({ ...f, sheet: '别的表' })))[0]?.choices).toEqual([]);
  });

  test('a column choice is told once, from detection, not again from the build', () => {
    const grid = gridOf(['上月累计', '本月累计'], []);
    const findings = report([grid], { asOf: '2026-03-20' }).result.findings;
    expect(findings.filter((f) => f.code === 'layout_choice')).toHaveLength(1);
    expect(sheetRows(describeCandidates([grid], []), [], findings)[0]?.choices).toEqual(['累计完成：读取 D 列「本月累计」，未读取 C 列「上月累计」（按表头含义）']);
  });
});
