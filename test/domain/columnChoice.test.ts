import { chooseColumn, choiceFinding, isEarlier } from '../../src/domain/columnChoice';

describe('isEarlier', () => {
  test.each([
    ['上月累计', 'done', true], ['本月累计', 'done', false], ['计划完成', 'done', true], ['实际完成', 'done', false],
    ['去年完成', 'done', true], ['今年完成', 'done', false], ['上年同期完成率', 'completion', true], ['计划完成（实际）', 'done', false],
    ['年度计划', 'target', false], ['去年目标', 'target', true], ['累计完成', 'done', false], ['', 'done', false],
  ] as const)('%s as %s → %s', (header, role, expected) => {
    expect(isEarlier(header, role)).toBe(expected);
  });
});

describe('chooseColumn', () => {
  const col = (c: number, header: string, score = 0.7) => ({ col: c, header, role: 'done' as const, score });
  test.each([
    ['上月累计 / 本月累计', col(4, '上月累计'), col(5, '本月累计'), new Set<number>(), 5, 'meaning'],
    ['本月累计 / 上月累计 (current first)', col(4, '本月累计'), col(5, '上月累计'), new Set<number>(), 4, 'meaning'],
    ['计划完成 / 实际完成', col(3, '计划完成', 0.7), col(4, '实际完成', 1), new Set<number>(), 4, 'meaning'],
    ['去年 / 今年', col(6, '去年完成'), col(7, '今年完成'), new Set<number>(), 7, 'meaning'],
    ['hidden first', col(4, '累计完成', 1), col(5, '累计完成', 1), new Set([4]), 5, 'hidden'],
    ['hidden second, even when it is the current one', col(4, '上月累计'), col(5, '本月累计'), new Set([5]), 4, 'hidden'],
    ['better match', col(4, '本月完成'), col(5, '累计完成', 1), new Set<number>(), 5, 'match'],
    ['tie keeps the first', col(4, '完成数', 1), col(5, '完成数', 1), new Set<number>(), 4, 'match'],
  ])('%s', (_label, a, b, hidden, chosen, reason) => {
    const c = chooseColumn(a, b, hidden);
    expect(c).toMatchObject({ role: 'done', reason, chosen: { col: chosen } });
    expect(c.skipped.col).toBe(chosen === a.col ? b.col : a.col);
  });

  test('the finding names both header cells, the column read and the editor', () => {
    const f = choiceFinding(chooseColumn(col(4, '上月累计'), col(5, '本月累计'), new Set()), 3, '民政局.xlsx', '表1');
    expect(f).toMatchObject({ code: 'layout_choice', severity: 'info', cell: 'E3', file: '民政局.xlsx', sheet: '表1' });
    expect(f.message).toContain('D3');
    expect(f.message).toContain('已读取 E 列，未读取 D 列');
    expect(f.message).toContain('列映射');
  });
});
