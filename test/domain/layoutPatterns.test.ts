/**
 * SPEC "Reading tracking workbooks": each pattern in several variants (header words, positions,
 * units, wording), built with the grid builders, read end to end in both time-progress modes.
 */
import { CellSpec, GridSpec, report, sheet } from '../builders/grid';

type Report = ReturnType<typeof report>;
const MODES = ['day', 'month'] as const;
const one = (r: Report, name: string) => {
  const i = r.result.indicators.find((x) => x.name === name);
  if (!i) throw new Error(`no ${name} in ${r.result.indicators.map((x) => x.name).join(',')}`);
  return i;
};
const codes = (r: Report, code: string) => r.result.findings.filter((f) => f.code === code);
const build = (rows: CellSpec[][], spec: GridSpec, mode: 'day' | 'month') => report([sheet(rows, spec)], { mode });

describe('two columns that could fill one role: chosen by meaning, the other listed', () => {
  const cases: { label: string; headers: [string, string]; values: [number, number]; done: number; read: string; skipped: string }[] = [
    { label: '上月累计 / 本月累计', headers: ['上月累计', '本月累计'], values: [900, 1386], done: 1386, read: 'D', skipped: 'C' },
    { label: '本月累计 / 上月累计', headers: ['本月累计', '上月累计'], values: [1386, 900], done: 1386, read: 'C', skipped: 'D' },
    { label: '计划完成 / 实际完成', headers: ['计划完成', '实际完成'], values: [1500, 1386], done: 1386, read: 'D', skipped: 'C' },
    { label: '去年完成 / 今年完成', headers: ['去年同期完成', '今年完成'], values: [5000, 1386], done: 1386, read: 'D', skipped: 'C' },
    { label: '截至上月 / 截至目前完成', headers: ['截至上月完成', '截至目前完成'], values: [700, 1386], done: 1386, read: 'D', skipped: 'C' },
  ];
  for (const mode of MODES) {
    test.each(cases)(`$label (${mode})`, ({ headers, values, done, read, skipped }) => {
      const r = build([
        ['指标名称', '全年目标', ...headers, '单位'],
        ['新增城镇就业', 6000, ...values, '人'],
      ], {}, mode);
      const i = one(r, '新增城镇就业');
      expect(i.done).toBe(done);
      expect(i.source.cells['done']).toBe(`${read}2`);
      const f = codes(r, 'layout_choice');
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'info', cell: `${read}1` });
      expect(f[0]?.message).toContain(`未读取 ${skipped} 列`);
      expect(i.status).toBe('on_schedule');
    });
  }

  test('the clerk can override the choice in the column mapping', () => {
    const rows: CellSpec[][] = [['指标名称', '全年目标', '上月累计', '本月累计', '单位'], ['新增城镇就业', 6000, 900, 1386, '人']];
    const first = report([sheet(rows)]);
    const key = first.readings[0]?.layout?.key ?? '';
    const r = report([sheet(rows)], { mappings: [{ layoutKey: key, columns: { done: 'C' } }] });
    expect(one(r, '新增城镇就业')).toMatchObject({ done: 900, source: { cells: { done: 'C2' } } });
    expect(codes(r, 'layout_choice')).toHaveLength(0);
  });
});

describe('hidden columns and rows', () => {
  for (const mode of MODES) {
    test.each([
      { label: 'hidden last-month column left of the visible one', headers: ['累计完成', '累计完成'], hidden: 'C', values: [900, 1386], read: 'D' },
      { label: 'hidden column right of the visible one', headers: ['累计完成', '累计完成'], hidden: 'D', values: [1386, 900], read: 'C' },
      { label: 'hidden 本月累计 beside a visible 上月累计 (what is shown wins)', headers: ['上月累计', '本月累计'], hidden: 'D', values: [1386, 2000], read: 'C' },
      { label: 'hidden helper 完成数 beside 已完成', headers: ['完成数', '已完成'], hidden: 'C', values: [1, 1386], read: 'D' },
    ])(`$label (${mode})`, ({ headers, hidden, values, read }) => {
      const r = build([
        ['指标名称', '全年目标', ...headers, '单位'],
        ['新增城镇就业', 6000, ...values, '人'],
      ], { hiddenCols: [hidden] }, mode);
      expect(one(r, '新增城镇就业')).toMatchObject({ done: 1386, source: { cells: { done: `${read}2` } } });
      const f = codes(r, 'layout_choice');
      expect(f).toHaveLength(1);
      expect(f[0]?.message).toContain(`${hidden} 列是隐藏列`);
    });
  }

  test.each([
    { label: 'a hidden helper row', hiddenRows: [3], read: ['新增城镇就业', '培训农民工'] },
    { label: 'two hidden rows, one at the end', hiddenRows: [2, 4], read: ['辅助计算'] },
  ])('$label is listed as skipped, not read', ({ hiddenRows, read }) => {
    const r = report([sheet([
      ['指标名称', '全年目标', '累计完成'],
      ['新增城镇就业', 6000, 1386],
      ['辅助计算', 1, 1],
      ['培训农民工', 300, 80],
    ], { hiddenRows })]);
    expect(r.result.indicators.map((i) => i.name).sort()).toEqual([...read].sort());
    expect(r.result.skipped.filter((s) => s.reason === 'hidden_row').map((s) => s.row)).toEqual(hiddenRows);
  });

  test('a hidden column alone in its role is still read', () => {
    const r = report([sheet([['指标名称', '全年目标', '累计完成'], ['新增城镇就业', 6000, 1386]], { hiddenCols: ['C'] })]);
    expect(one(r, '新增城镇就业').done).toBe(1386);
  });
});

describe("the department's own judgement columns are checked, ours stands", () => {
  for (const mode of MODES) {
    const expected = mode === 'day' ? 21.64 : 16.67;
    test.each([
      { label: '是否达到序时进度: 否 while on schedule', headers: ['是否达到序时进度'], values: ['否'], mismatch: 1 },
      { label: '是否达到序时进度: 是 agrees', headers: ['是否达到序时进度'], values: ['是'], mismatch: 0 },
      { label: '完成情况评价: 滞后', headers: ['完成情况评价'], values: ['进度滞后'], mismatch: 1 },
      { label: '序时进度 written as the other mode', headers: ['序时进度'], values: [mode === 'day' ? '16.67%' : '21.64%'], mismatch: 1 },
      { label: '序时进度 as a fraction agreeing', headers: ['序时进度'], values: [{ v: expected / 100, fmt: '0.00%' }], mismatch: 0 },
      { label: '序时进度（%） and 评价 both', headers: ['序时进度（%）', '评价'], values: [expected, '达到'], mismatch: 0 },
    ])(`$label (${mode})`, ({ headers, values, mismatch }) => {
      const r = build([
        ['指标名称', '全年目标', '累计完成', '完成率', ...headers],
        ['新增城镇就业', 6000, 1386, '23.1%', ...values],
      ], {}, mode);
      const i = one(r, '新增城镇就业');
      expect(i.status).toBe('on_schedule');
      expect(i.expectedProgress).toBe(expected);
      expect(i.reportedCompletion).toBe(23.1);
      expect(codes(r, 'judgement_mismatch')).toHaveLength(mismatch);
    });
  }
});
