import { anyDataColumn, asOfFromName, isWideMerge, lineKind, readContextLine, readHeading, rowText } from '../../src/domain/contextLines';
import { GridView } from '../../src/domain/grid';
import { planLayout } from '../../src/domain/layoutPlan';
import { OwnCells } from '../../src/domain/ownCells';
import { detectLayout } from '../../src/domain/sheetLayout';
import { sheet } from '../builders/grid';

const setUp = (rows: Parameters<typeof sheet>[0], merges: string[] = []) => {
  const view = new GridView(sheet(rows, { merges }));
  const layout = detectLayout(view);
  if (!layout) throw new Error('no layout');
  return { view, plan: planLayout(layout), own: new OwnCells() };
};

describe('lineKind', () => {
  test.each([
    [['合计', '', 6000, 1386], 'total'],
    [['小 计', '', 100], 'total'],
    [['', '全市合计', 100], 'total'],
    [['填表人：张三', '', '联系电话：123'], 'footer'],
    [['说明：本表按月报送'], 'note'],
    [['注1：数据为初步统计'], 'note'],
    [['新增城镇就业', '', 6000, 1386], null],
    [['填报人员培训', '', 60, 12], null], // a footer word beside numbers in data columns is an indicator
  ])('%j → %s', (row, expected) => {
    const { view, plan, own } = setUp([['指标', '备注', '全年目标', '累计完成'], row]);
    expect(lineKind(view, plan, own.read(view, 2), 2)).toBe(expected);
  });
});

describe('anyDataColumn', () => {
  test('a text in a data column, or only in label columns', () => {
    const { view, plan, own } = setUp([['序号', '指标', '全年目标'], ['一、', '省级'], [1, '就业', 10]]);
    expect(anyDataColumn(own.read(view, 2), plan)).toBe(false);
    expect(anyDataColumn(own.read(view, 3), plan)).toBe(true);
  });
});

describe('readHeading', () => {
  test.each([
    [['一、', '省级重点民生实事'], { level: 'section', text: '省级重点民生实事' }],
    [['二、岳阳市级重点民生实事'], { level: 'section', text: '岳阳市级重点民生实事' }],
    [['1.', '推动实现“老有所养”'], { level: 'project', text: '推动实现“老有所养”' }],
    [['2', '街道综合养老服务中心'], { level: 'project', text: '街道综合养老服务中心' }],
    [['（1）', '建设床位'], null],
    [['新增城镇就业'], null],
    [[], null],
  ])('%j', (texts, expected) => {
    expect(readHeading(texts, [])).toEqual(expected);
  });
});

describe('readContextLine and names', () => {
  test('department and as-of date from a title line, the first of each kept', () => {
    const view = new GridView(sheet([['填报单位：民政局', '', '数据截至：2026年3月20日'], ['填报单位：人社局', '截至2026年4月1日']]));
    const ctx = { dept: null as string | null, asOf: null as string | null };
    readContextLine(view, 1, ctx);
    readContextLine(view, 2, ctx);
    expect(ctx).toEqual({ dept: '民政局', asOf: '2026-03-20' });
  });
  test('footers give the date only', () => {
    const view = new GridView(sheet([['填报单位：民政局   填报日期：2026年3月21日']]));
    const ctx = { dept: null as string | null, asOf: null as string | null };
    readContextLine(view, 1, ctx, true);
    expect(ctx).toEqual({ dept: null, asOf: '2026-03-21' });
  });
  test.each([
    ['汇总表（截至2025年6月30日）', '2025-06-30'],
    ['民生实事进展（截止2026-03-20）', '2026-03-20'],
    ['人社局2026年3月底', '2026-03-31'],
    ['2026.3.20人社局', '2026-03-20'],
    ['2026年民生实事', null],
    ['人社局', null],
    ['截至2026年2月30日', null],
  ])('asOfFromName(%s) → %s', (name, expected) => {
    expect(asOfFromName(name)).toBe(expected);
  });
  test('isWideMerge and rowText', () => {
    const view = new GridView(sheet([['说明：…'], ['a', 'b']], { merges: ['A1:D1', 'A2:B2'] }));
    expect(isWideMerge(view, 1, 1)).toBe(true);
    expect(isWideMerge(view, 2, 1)).toBe(false);
    expect(rowText(['合计', '6000'])).toBe('合计 6000');
    expect(rowText(['字'.repeat(100)])).toHaveLength(80);
  });
});
