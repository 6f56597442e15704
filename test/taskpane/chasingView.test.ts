import { reportingView, supervisionView } from '../../src/taskpane/chasingView';
import { aliasText, listText, parseAliases, parseList } from '../../src/taskpane/settingsText';
import { Reporting } from '../../src/domain/chasingSchema';

const dept = (over: Partial<Reporting['departments'][number]>): Reporting['departments'][number] => ({
  dept: '甲局', status: 'reported', indicators: 2, comparedIssue: 1, previousIndicators: 2, missing: [], unchanged: 0, allUnchanged: false,
  missingLastIssue: false, expectedBy: 'previous', otherNames: [], ...over,
});
const reporting = (departments: Reporting['departments'], basis: Reporting['basis'] = 'previous'): Reporting => ({
  basis, previousIssue: 1, previousAsOf: '2026-01-31', departments, unchangedDepartments: [], note: basis === 'previous' ? null : '没有上一期的快照',
  counts: { expected: departments.length, reported: departments.filter((d) => d.status === 'reported').length, missing: departments.filter((d) => d.status === 'missing').length, partial: departments.filter((d) => d.status === 'partial').length, unexpected: 0 },
});

describe('reportingView', () => {
  test('departments to chase first, each with its badge colour and what to know', () => {
    const v = reportingView({ reporting: reporting([
      dept({ dept: '甲局' }),
      dept({ dept: '乙局', status: 'reported', unchanged: 2, allUnchanged: true }),
      dept({ dept: '丙局', status: 'missing', indicators: 0, missingLastIssue: true }),
      dept({ dept: '丁局', status: 'partial', indicators: 1, missing: ['x'] }),
    ]) })!;
    expect(v.departments.map((d) => [d.dept, d.badge.label, d.badge.color])).toEqual([
      ['丙局', '未报送', 'danger'], ['丁局', '报送不全', 'warning'], ['乙局', '数据未更新', 'severe'], ['甲局', '已报送', 'success'],
    ]);
    expect(v.departments[0]!.details).toEqual(['第 1 期报送了 2 个指标', '上期亦未报送']);
    expect(v.departments[1]!.details).toEqual(['本期 1 个指标，第 1 期 2 个；未报：x']);
    expect(v.departments[2]!.details).toEqual(['2 个指标', '全部 2 个指标与第 1 期相同，可能重复报送了上期表格']);
    expect(v.counts.map((c) => [c.key, c.value])).toEqual([['expected', 4], ['reported', 2], ['partial', 1], ['missing', 1]]);
    expect(v.note).toBeNull();
  });
  test('nothing to judge by: only the number reporting, and the note', () => {
    const v = reportingView({ reporting: reporting([dept({ expectedBy: 'none', comparedIssue: null })], 'none') })!;
    expect(v.headline).toBe('本期报送单位 1 个。');
    expect(v.counts).toHaveLength(1);
    expect(v.note).toBe('没有上一期的快照');
    expect(v.departments[0]!.details).toEqual(['2 个指标', '本期新报送']);
  });
  test('an outcome without 报送情况 shows none', () => {
    expect(reportingView({})).toBeNull();
    expect(supervisionView({})).toEqual([]);
  });
});

describe('settingsText', () => {
  test('lists: lines or separators, trimmed, repeats dropped', () => {
    expect(parseList('人社局\n教育局、 民政局，人社局;;')).toEqual(['人社局', '教育局', '民政局']);
    expect(parseList('')).toEqual([]);
    expect(listText(['a', 'b'])).toBe('a\nb');
  });
  test('aliases: a group a line joined by =, single names ignored', () => {
    expect(parseAliases('人社局 = 人力资源和社会保障局 ＝ 人社\n教育局\n\n')).toEqual([['人社局', '人力资源和社会保障局', '人社']]);
    expect(aliasText([['a', 'b'], ['c', 'd']])).toBe('a = b\nc = d');
    expect(parseAliases(aliasText([['a', 'b']]))).toEqual([['a', 'b']]);
  });
});
