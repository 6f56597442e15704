import { judgementFindings, judgementOf } from '../../src/domain/deptJudgement';
import { Finding } from '../../src/domain/findings';
import { RawIndicator } from '../../src/domain/rawIndicator';

describe('judgementOf', () => {
  test.each([
    ['是', 'reached'], ['否', 'behind'], ['达到', 'reached'], ['已达到序时进度', 'reached'], ['未达到序时进度', 'behind'],
    ['滞后', 'behind'], ['进度滞后', 'behind'], ['正常', 'reached'], ['超序时', 'reached'], ['已完成', 'completed'],
    ['超额完成', 'completed'], ['完成', 'completed'], ['未完成', 'behind'], ['见说明', null], ['', null], [null, null],
  ] as const)('%s → %s', (text, expected) => {
    expect(judgementOf(text)).toBe(expected);
  });
});

describe('judgementFindings', () => {
  const raw = (over: Partial<RawIndicator>): RawIndicator => ({
    file: 'a.xlsx', sheet: 'S', row: 5, section: null, project: null, name: '新增就业', dept: null, target: null, targetText: null,
    targetUnit: null, done: null, doneUnit: null, doneFromText: false, periods: [], periodMode: null, reportedCompletion: null,
    progressText: '', direction: null, statusText: null, nodesText: null, cells: { name: 'B5', expected: 'H5', judgement: 'I5' },
    span: { left: 1, right: 9 }, ...over,
  });
  test.each([
    ['their 是 against our behind', { deptJudgement: '是' }, 'behind', 21.64, ['I5']],
    ['their 否 against our on schedule', { deptJudgement: '否' }, 'on_schedule', 21.64, ['I5']],
    ['their 达到 against our completed agrees', { deptJudgement: '达到' }, 'completed', 21.64, []],
    ['their 已完成 against our on schedule', { deptJudgement: '已完成' }, 'on_schedule', 21.64, ['I5']],
    ['no comparison against needs review', { deptJudgement: '否' }, 'needs_review', null, []],
    ['their 序时进度 25% against 21.64', { deptExpected: { value: 25, decimals: 0 } }, 'on_schedule', 21.64, ['H5']],
    ['their 21.6% against 21.64 agrees at their decimals', { deptExpected: { value: 21.6, decimals: 1 } }, 'on_schedule', 21.64, []],
    ['their 22% against 21.64 agrees rounded', { deptExpected: { value: 22, decimals: 0 } }, 'behind', 21.64, []],
  ] as const)('%s', (_l, over, status, expected, cells) => {
    const findings: Finding[] = [];
    judgementFindings(raw(over), status, expected, '标签', findings);
    expect(findings.map((f) => f.cell)).toEqual(cells);
    for (const f of findings) expect(f).toMatchObject({ code: 'judgement_mismatch', severity: 'warning' });
  });
});
