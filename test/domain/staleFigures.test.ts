import { figuresUnchanged, staleFigures } from '../../src/domain/staleFigures';
import { Indicator } from '../../src/domain/resultSchema';

function ind(name: string, done: number | null, progressText = '', file = '人社局.xlsx'): Indicator {
  return {
    id: 1, section: '省级', sectionTitle: '省级', project: 'p', name, dept: '人社局', kind: 'count', unit: '人', target: 100, done, completion: done,
    reportedCompletion: null, expectedProgress: 20, status: 'on_schedule', statusLabel: '', lag: null, targetText: '100 人', doneText: done === null ? null : `${done} 人`,
    progressText, source: { file, sheet: 'S', row: 2, cells: { done: 'D2', progress: 'E2' }, span: { left: 1, right: 6 } },
  };
}
const jan = { issue: 1, asOf: '2026-01-20' };

describe('figuresUnchanged', () => {
  test('same done and progress text (spaces and width aside)', () => {
    expect(figuresUnchanged(ind('a', 10, '推进中 '), ind('a', 10, '推进中'))).toBe(true);
    expect(figuresUnchanged(ind('a', 10, '推进中'), ind('a', 11, '推进中'))).toBe(false);
    expect(figuresUnchanged(ind('a', 10, '推进中'), ind('a', 10, '已完工'))).toBe(false);
  });
  test('nothing to compare (no done, no text) is not "unchanged"', () => {
    expect(figuresUnchanged(ind('a', null, ''), ind('a', null, ''))).toBe(false);
    expect(figuresUnchanged(ind('a', null, '前期工作'), ind('a', null, '前期工作'))).toBe(true);
  });
});

describe('staleFigures', () => {
  test('each unchanged indicator an info finding at its done cell; all unchanged names the department', () => {
    const r = staleFigures('人社局', [ind('a', 10, 'x'), ind('b', 5)], [ind('a', 10, 'x'), ind('b', 5)], jan, '2026-02-20');
    expect(r.unchanged.map((i) => i.name)).toEqual(['a', 'b']);
    expect(r.allUnchanged).toBe(true);
    expect(r.findings.filter((f) => f.code === 'figures_unchanged')).toHaveLength(2);
    expect(r.findings[0]).toMatchObject({ file: '人社局.xlsx', sheet: 'S', cell: 'D2', severity: 'info' });
    expect(r.findings[0]?.message).toBe('人社局「a」的累计完成（10 人）和进展情况与第 1 期（数据截至 2026 年 1 月 20 日）相同，数据可能未更新。');
    const dept = r.findings.find((f) => f.code === 'dept_resent');
    expect(dept?.severity).toBe('warning');
    expect(dept?.message).toContain('人社局本期报送的 2 个指标');
  });
  test('one figure moved: the rest are findings, the department is not named', () => {
    const r = staleFigures('人社局', [ind('a', 10), ind('b', 6)], [ind('a', 10), ind('b', 5)], jan, '2026-02-20');
    expect(r.unchanged).toHaveLength(1);
    expect(r.allUnchanged).toBe(false);
    expect(r.findings.map((f) => f.code)).toEqual(['figures_unchanged']);
  });
  test('a new indicator keeps the department from being "all unchanged"', () => {
    const r = staleFigures('人社局', [ind('a', 10), ind('new', 1)], [ind('a', 10)], jan, '2026-02-20');
    expect(r.allUnchanged).toBe(false);
    expect(r.unchanged).toHaveLength(1);
  });
  test('time did not move on (same date or earlier): nothing is stale', () => {
    expect(staleFigures('人社局', [ind('a', 10)], [ind('a', 10)], jan, '2026-01-20').findings).toEqual([]);
    expect(staleFigures('人社局', [ind('a', 10)], [ind('a', 10)], jan, '2026-01-01').unchanged).toEqual([]);
  });
  test('duplicates are matched first to first', () => {
    const r = staleFigures('人社局', [ind('a', 1), ind('a', 2)], [ind('a', 1), ind('a', 3)], jan, '2026-02-20');
    expect(r.unchanged.map((i) => i.done)).toEqual([1]);
  });
});
