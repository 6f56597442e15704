import { GridView } from '../../src/domain/grid';
import { applyMapping, fractionColumn, planLayout } from '../../src/domain/layoutPlan';
import { detectLayout } from '../../src/domain/sheetLayout';
import { sheet } from '../builders/grid';

const layoutOf = (rows: Parameters<typeof sheet>[0]) => {
  const view = new GridView(sheet(rows));
  const layout = detectLayout(view);
  if (!layout) throw new Error('no layout');
  return { view, layout };
};

describe('planLayout', () => {
  test('first column per role, role per column, span and period columns', () => {
    const { layout } = layoutOf([['序号', '指标', '全年目标', '1月', '2月', '备注'], [1, '就业', 10, 1, 2, '']]);
    const plan = planLayout(layout);
    expect(plan.cols.name?.col).toBe(2);
    expect(plan.cols.done).toBeUndefined();
    expect(plan.roleByCol.get(3)).toBe('target');
    expect(plan.span).toEqual({ left: 1, right: 6 });
    expect(plan.periods.map((c) => c.col)).toEqual([4, 5]);
  });
  test('a layout without columns spans column 1', () => {
    const plan = planLayout({ headerTop: 1, headerBottom: 1, columns: [], confidence: 0, key: '', lastRow: 1, choices: [] });
    expect(plan.span).toEqual({ left: 1, right: 1 });
    expect(plan.left).toBe(Infinity);
  });
});

describe('fractionColumn', () => {
  test.each([
    [[0.5, 0.231, 1.2], true],
    [[0.5, 52.9], false],
    [['52.9%', 0.4], true],
    [[], true],
  ])('%j → %s', (values, expected) => {
    const { view, layout } = layoutOf([['指标', '完成率'], ...values.map((v, k) => [`指标${'甲乙丙'[k] ?? ''}`, v])]);
    const plan = planLayout(layout);
    expect(fractionColumn(view, plan, 2)).toBe(expected);
    expect(plan.fractions.get(2)).toBe(expected); // worked out once
  });
});

describe('applyMapping', () => {
  const rows = [['指标', '全年目标', '上月累计', '本月累计'], ['就业', 10, 3, 4]];
  test('a mapped role moves to its column; the engine’s choice for it no longer applies', () => {
    const { view, layout } = layoutOf(rows);
    expect(layout.choices).toHaveLength(1);
    const mapped = applyMapping(view, layout, [{ layoutKey: layout.key, columns: { done: 'C' } }]);
    expect(mapped?.columns.find((c) => c.role === 'done')?.col).toBe(3);
    expect(mapped?.choices).toEqual([]);
  });
  test('a mapping for another layout changes nothing', () => {
    const { view, layout } = layoutOf(rows);
    expect(applyMapping(view, layout, [{ layoutKey: 'other', columns: { done: 'C' } }])).toBe(layout);
  });
  test('no header: only a file#sheet mapping with a header row reads the sheet', () => {
    const view = new GridView(sheet([['a', 'b'], ['指标', '全年目标'], ['就业', 10]], { file: 'f.xlsx', sheet: 'S' }));
    expect(applyMapping(view, null, [])).toBeNull();
    expect(applyMapping(view, null, [{ layoutKey: 'f.xlsx#S', columns: {}, headerRow: 2 }])?.headerTop).toBe(2);
  });
});
