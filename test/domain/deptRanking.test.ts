import { deptRules } from '../../src/domain/deptMatching';
import { deptRanking } from '../../src/domain/deptRanking';
import { Indicator } from '../../src/domain/resultSchema';
import { StatusCode } from '../../src/domain/statusCodes';

const rules = deptRules({ deptPrefixes: [], deptAliases: [] });
let id = 0;
const ind = (dept: string | null, status: StatusCode, completion: number | null): Indicator => ({
  id: ++id, section: '省级', sectionTitle: '省级', project: 'p', name: `n${id}`, dept, kind: 'count', unit: null, target: 100, done: completion, completion,
  reportedCompletion: null, expectedProgress: 20, status, statusLabel: '', lag: status === 'behind' ? 'yellow' : null, targetText: null, doneText: null,
  progressText: '', source: { file: 'f', sheet: 's', row: 1, cells: {}, span: { left: 1, right: 2 } },
});

describe('deptRanking', () => {
  test('by share on schedule, ties by mean completion (capped at 100 %), equal departments share a rank', () => {
    const r = deptRanking([
      ind('甲局', 'on_schedule', 30), ind('甲局', 'behind', 10), // 50 %, mean 20
      ind('乙局', 'completed', 250), ind('乙局', 'behind', 0), // 50 %, mean 50 (250 counts as 100)
      ind('丙局', 'on_schedule', 40), // 100 %
      ind('丁局', 'on_schedule', 30), ind('丁局', 'behind', 10), // as 甲局
      ind('戊局', 'no_data', null), ind(null, 'behind', 1), // not judged / no department: not ranked
    ], rules);
    expect(r.map((d) => [d.rank, d.dept, d.share, d.meanCompletion])).toEqual([
      [1, '丙局', 100, 40], [2, '乙局', 50, 50], [3, '甲局', 50, 20], [3, '丁局', 50, 20],
    ]);
    expect(r[0]).toMatchObject({ judged: 1, onSchedule: 1 });
  });
  test('a department without completions ranks after those with the same share', () => {
    const r = deptRanking([ind('甲局', 'completed', null), ind('乙局', 'completed', 5)], rules);
    expect(r.map((d) => [d.rank, d.dept, d.meanCompletion])).toEqual([[1, '乙局', 5], [2, '甲局', null]]);
  });
  test('nothing judged: no ranking', () => {
    expect(deptRanking([ind('甲局', 'not_issued', null)], rules)).toEqual([]);
  });
});
