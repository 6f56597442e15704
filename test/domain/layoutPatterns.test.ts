/**
 * SPEC "Reading tracking workbooks": each pattern in several variants (header words, positions,
 * units, wording), built with the grid builders, read end to end in both time-progress modes.
 */
import { indicatorProse } from '../../src/domain/bulletinModel';
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
    const told = codes(r, 'layout_choice');
    expect(told.map((f) => f.cell)).toEqual([`A${hiddenRows[0]}`]);
    expect(told[0]?.message).toContain(`第 ${hiddenRows.join('、')} 行是隐藏行`);
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

describe('a merged group heading over period columns belongs to the header', () => {
  const months = ['1月', '2月', '3月', '4月'];
  const quarters = ['一季度', '二季度', '三季度', '四季度'];
  const cases = [
    { label: '分月完成情况（当月数） over 1月…4月, left headers merged down', heading: '分月完成情况（当月数）', periods: months, values: [500, 400, 486, null], done: 1386, mergeDown: true },
    { label: '月度完成（当月） without left merges', heading: '月度完成（当月）', periods: months, values: [500, 400, 486, null], done: 1386, mergeDown: false },
    { label: '季度累计完成 over quarters', heading: '季度累计完成', periods: quarters, values: [1386, null, null, null], done: 1386, mergeDown: true },
    { label: '累计完成情况 over months (running totals)', heading: '累计完成情况', periods: months, values: [500, 900, 1386, null], done: 1386, mergeDown: false },
    { label: '分月完成情况 (values decide: decreasing → amounts)', heading: '分月完成情况', periods: months, values: [500, 400, 486, null], done: 1386, mergeDown: true },
  ];
  for (const mode of MODES) {
    test.each(cases)(`$label (${mode})`, ({ heading, periods, values, done, mergeDown }) => {
      const merges = ['D1:G1', ...(mergeDown ? ['A1:A2', 'B1:B2', 'C1:C2', 'H1:H2'] : [])];
      const r = build([
        ['序号', '指标', '全年目标', heading, undefined, undefined, undefined, '备注'],
        [undefined, undefined, undefined, ...periods, undefined],
        [1, '新增城镇就业', 6000, ...values, ''],
        [2, '培训农民工', 300, ...values.map((v) => (v === null ? null : Math.round(v / 20))), ''],
      ], { merges }, mode);
      expect(r.result.indicators.map((i) => i.name)).toEqual(['新增城镇就业', '培训农民工']);
      expect(one(r, '新增城镇就业')).toMatchObject({ target: 6000, done, status: 'on_schedule' });
      expect(r.result.findings.filter((f) => f.code === 'unreadable_value')).toEqual([]);
      const told = r.result.findings.filter((f) => f.code === 'layout_choice' || f.code === 'period_ambiguous');
      expect(told).toHaveLength(1);
    });
  }

  test.each([
    { label: 'a group heading row above a one-row header', rows: [[undefined, undefined, '1-3月当月完成数', undefined, undefined], ['指标', '全年目标', '1月', '2月', '3月'], ['新增城镇就业', 6000, 500, 900, 1386]], merges: ['C1:E1'], done: 2786 },
    { label: '数量 | 单位 sub-header without merges', rows: [['指标', '全年目标', '', '累计完成', ''], ['', '数量', '单位', '数量', '单位'], ['新增城镇就业', 6000, '人', 1386, '人']], merges: [], done: 1386 },
  ])('$label: no header row becomes an indicator', ({ rows, merges, done }) => {
    const r = report([sheet(rows as CellSpec[][], { merges })]);
    expect(r.result.indicators.map((i) => [i.name, i.done])).toEqual([['新增城镇就业', done]]);
  });
});

describe('a column naming target and progress together holds sentences', () => {
  const cases = [
    { header: '目标任务及完成情况', text: '年度目标500户，截至目前已完成120户，完成率24%', target: 500, done: 120, reported: 24, unit: '户' },
    { header: '任务及进展', text: '全年任务3000人次，已培训860人次，完成全年任务的28.7%', target: 3000, done: 860, reported: 28.7, unit: '人次' },
    { header: '目标/完成', text: '目标：新建站点40个；已建成12个', target: 40, done: 12, reported: null, unit: '个' },
    { header: '年度目标和完成情况', text: '年度目标1.2万人，累计完成3600人，完成率30%', target: 12000, done: 3600, reported: 30, unit: '人' },
    { header: '目标任务及进展情况', text: '全年任务3000人次，惠及家长860人次', target: 3000, done: 860, reported: null, unit: '人次' },
  ];
  for (const mode of MODES) {
    test.each(cases)(`$header: $text (${mode})`, ({ header, text, target, done, reported, unit }) => {
      const r = build([['序号', '指标名称', header, '责任单位'], [1, '民生指标', text, '住建局']], {}, mode);
      const i = one(r, '民生指标');
      expect(i).toMatchObject({ target, done, unit, reportedCompletion: reported, dept: '住建局' });
      expect(i.status).toBe('on_schedule');
    });
  }

  test.each([
    ['年度目标500户，截至目前已完成120户，完成率24%', 500, 120],
    ['全年目标任务2000人，目前已完成500人，占比25%', 2000, 500],
  ])('the same sentence in a target column: %s', (text, target, done) => {
    const r = report([sheet([['指标名称', '全年目标'], ['民生指标', text]])]);
    expect(one(r, '民生指标')).toMatchObject({ target, done });
  });

  test('a percentage alone is never the target', () => {
    const r = report([sheet([['指标名称', '目标任务及完成情况'], ['民生指标', '完成率24%，稳步推进']])]);
    expect(one(r, '民生指标')).toMatchObject({ target: null, reportedCompletion: 24 });
  });
});

describe('done in the progress text without a verb, when its unit is the target’s', () => {
  const cases = [
    { text: '惠及群众860人次', target: 3000, unit: '人次', done: 860 },
    { text: '现有站点12个，正在推进', target: 40, unit: '个', done: 12 },
    { text: '目前覆盖乡镇8个', target: 20, unit: '个', done: 8 },
    { text: '受益学生1,250名', target: 5000, unit: '名', done: 1250 },
    { text: '惠及群众0.2万人次', target: 3000, unit: '人次', done: 2000 },
  ];
  for (const mode of MODES) {
    test.each(cases)(`$text (${mode})`, ({ text, target, unit, done }) => {
      const r = build([['指标', '全年目标', '单位', '进展情况'], ['民生指标', target, unit, text]], {}, mode);
      expect(one(r, '民生指标')).toMatchObject({ target, done });
    });
  }
  test.each([
    { label: 'another unit', text: '惠及群众860人次', unit: '个' },
    { label: 'only the target restated', text: '全年计划建设40个，正在选址', unit: '个' },
    { label: 'two figures of the unit', text: '城区8个、乡镇12个', unit: '个' },
    { label: '人 is not 人次', text: '培训860人次', unit: '人' },
  ])('not taken: $label', ({ text, unit }) => {
    const r = report([sheet([['指标', '全年目标', '单位', '进展情况'], ['民生指标', 40, unit, text]])]);
    expect(one(r, '民生指标').done).toBeNull();
  });
});

describe('a unit given once in the header applies to the column', () => {
  test.each([
    { headers: ['年度目标（万元）', '累计完成（万元）'], values: [460, 120], target: 4_600_000, done: 1_200_000, unit: '元' },
    { headers: ['全年目标(个)', '完成(个)'], values: [40, 12], target: 40, done: 12, unit: '个' },
    { headers: ['目标任务【人】', '已完成'], values: [6000, 1386], target: 6000, done: 1386, unit: '人' },
    { headers: ['年度目标（公里）', '累计完成（米）'], values: [2, 500], target: 2, done: 0.5, unit: '公里' },
  ])('$headers', ({ headers, values, target, done, unit }) => {
    const r = report([sheet([['指标', ...headers], ['民生指标', ...values], ['第二指标', ...values]])]);
    for (const name of ['民生指标', '第二指标']) expect(one(r, name)).toMatchObject({ target, done, unit });
  });
});

describe('notes that say the data comes later give 暂无数据', () => {
  test.each([
    '需8月底才有相关数据', '数据需年底统计', '待9月份后统计', '下半年才能统计', '暂无相关数据', '该指标年底才有数据', '需到10月才能提供数据',
  ])('%s', (note) => {
    for (const mode of MODES) {
      const r = build([['指标', '全年目标', '累计完成', '备注'], ['残疾人康复服务', '', '', note], ['民生指标', 100, '', note]], {}, mode);
      expect(one(r, '残疾人康复服务').status).toBe('no_data');
      expect(one(r, '民生指标').status).toBe('no_data');
    }
  });
});

describe('the as-of date from the file name or a sheet title', () => {
  test.each([
    { file: '汇总表（截至2025年6月30日）.xlsx', sheet: 'Sheet1', asOf: '2025-06-30' },
    { file: '人社局.xlsx', sheet: '截至3月20日', asOf: null },
    { file: '人社局.xlsx', sheet: '数据截止2026.3.20', asOf: '2026-03-20' },
    { file: '民生实事进展2026年3月20日.xlsx', sheet: '表1', asOf: '2026-03-20' },
    { file: '人社局2026年3月底.xlsx', sheet: '表1', asOf: '2026-03-31' },
    { file: '2026年民生实事.xlsx', sheet: '表1', asOf: null },
  ])('$file / $sheet → $asOf', ({ file, sheet: sheetName, asOf }) => {
    const r = report([sheet([['指标', '全年目标', '累计完成'], ['新增城镇就业', 6000, 1386]], { file, sheet: sheetName })], { asOf: undefined });
    expect(r.readings[0]?.asOf ?? null).toBe(asOf);
    if (asOf) expect(r.result.asOf).toBe(asOf);
  });

  test('a title line wins over the file name', () => {
    const r = report([sheet([['数据截至：2026年3月20日'], ['指标', '全年目标', '累计完成'], ['新增城镇就业', 6000, 1386]], { file: '汇总表（截至2025年6月30日）.xlsx' })], { asOf: undefined });
    expect(r.result.asOf).toBe('2026-03-20');
  });
});

describe('the bulletin line of a sentence of target and progress', () => {
  test.each([
    ['年度目标500户，截至目前已完成120户，完成率24%', '民生指标 500 户。已完成 120 户，完成全年任务的 24%。'],
    ['全年任务3000人次，惠及家长860人次', '民生指标 3000 人次。惠及家长860人次，已完成 860 人次，完成全年任务的 28.67%。'],
  ])('%s', (text, line) => {
    const r = report([sheet([['指标名称', '目标任务及完成情况'], ['民生指标', text]])]);
    expect(indicatorProse(one(r, '民生指标'))).toBe(line);
  });
});
