import { deptRules } from '../../src/domain/deptMatching';
import { rankingBlock, reportingBlock, reportingSentences } from '../../src/domain/chasingBlocks';
import { reportingStatus } from '../../src/domain/reportingStatus';
import { parseSettings } from '../../src/domain/settings';
import { buildSupervisionSheet } from '../../src/domain/supervisionSheet';
import { BuildResult, ResultSchema } from '../../src/domain/resultSchema';
import { SheetRows } from '../../src/domain/sheetRows';
import { deptSheet } from '../builders/deptIssues';
import { report } from '../builders/grid';

const rules = deptRules({ deptPrefixes: [], deptAliases: [] });
const resultOf = (asOf: string, depts: string[]): BuildResult =>
  report(depts.map((d) => deptSheet(d, [{ name: `${d}指标`, target: 10, done: 1 }])), { asOf }).result;

describe('reportingStatus', () => {
  test('a snapshot written before 报送情况 existed (no reporting field) still gives the expected departments', () => {
    const old = resultOf('2026-01-31', ['甲局', '乙局']);
    expect(old.reporting).toBeUndefined();
    expect(() => ResultSchema.parse(old)).not.toThrow();
    const { reporting } = reportingStatus(resultOf('2026-02-28', ['甲局']), [{ issue: 1, asOf: old.asOf, result: old }], rules, []);
    expect(reporting.departments.map((d) => [d.dept, d.status])).toEqual([['甲局', 'reported'], ['乙局', 'missing']]);
  });

  test('a department missing two issues running stays expected, marked 上期亦未报送', () => {
    const i1 = resultOf('2026-01-31', ['甲局', '乙局']);
    const i2base = resultOf('2026-02-28', ['甲局']);
    const i2 = { ...i2base, reporting: reportingStatus(i2base, [{ issue: 1, asOf: i1.asOf, result: i1 }], rules, []).reporting };
    const { reporting } = reportingStatus(resultOf('2026-03-31', ['甲局']), [{ issue: 1, asOf: i1.asOf, result: i1 }, { issue: 2, asOf: i2.asOf, result: i2 }], rules, []);
    expect(reporting.departments.find((d) => d.dept === '乙局')).toMatchObject({ status: 'missing', missingLastIssue: true, comparedIssue: 1 });
    expect(reportingSentences(reporting)).toContain('未报送：乙局（上期亦未报送）。');
  });

  test('a department new this issue is counted apart from the expected ones', () => {
    const i1 = resultOf('2026-01-31', ['甲局']);
    const { reporting } = reportingStatus(resultOf('2026-02-28', ['甲局', '丙局']), [{ issue: 1, asOf: i1.asOf, result: i1 }], rules, []);
    expect(reporting.counts).toEqual({ expected: 1, reported: 1, missing: 0, partial: 0, unexpected: 1 });
    expect(reporting.departments.find((d) => d.dept === '丙局')?.expectedBy).toBe('none');
    expect(reportingSentences(reporting)[0]).toBe('本期应报单位 1 个，已报送 1 个，报送不全 0 个，未报送 0 个；另有 1 个单位报送了数据（上期没有）。');
  });
});

describe('the bulletin blocks and the empty 督办清单', () => {
  test('no basis: no 报送情况 block; ranking off: no ranking block', () => {
    const rows = new SheetRows([10, 10]);
    const { reporting } = reportingStatus(resultOf('2026-01-31', ['甲局']), [], rules, []);
    reportingBlock(rows, reporting);
    rankingBlock(rows, undefined);
    expect(rows.rows).toEqual([]);
  });
  test('an empty ranking says so', () => {
    const rows = new SheetRows([10, 10]);
    rankingBlock(rows, []);
    expect(rows.rows.map((r) => r.cells[0]?.value)).toEqual(['', '【各单位推进情况排名】（0 个单位）', '本期没有可参与排名的单位（无已下达任务并可判断进度的指标）。']);
  });
  test('nothing lagging: the 督办清单 sheet says no one needs chasing, and has no page breaks', () => {
    const sheet = buildSupervisionSheet([], { title: '专报', issueLabel: '第 1 期', asOf: '2026-01-31', timeProgress: 8.49, modeLabel: '按天计算' }, parseSettings({}));
    expect(sheet.name).toBe('督办清单');
    expect(sheet.rows.map((r) => r.cells[0]?.value)).toContain('　　本期所有已下达任务的指标均达到序时进度，无需督办。');
    expect(sheet.print?.breaksBefore).toBeUndefined();
  });
  test('the sheet name is a setting, and cannot be the bulletin\'s or the ledger\'s', () => {
    expect(parseSettings({ supervisionSheet: '督办' }).supervisionSheet).toBe('督办');
    expect(() => parseSettings({ supervisionSheet: '工作专报' })).toThrow();
  });
});
