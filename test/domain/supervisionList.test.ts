import { LaggingItem } from '../../src/domain/bulletinModel';
import { deptRules } from '../../src/domain/deptMatching';
import { NO_DEPT, requestFor, supervisionList, supervisionText } from '../../src/domain/supervisionList';

const rules = deptRules({ deptPrefixes: ['市'], deptAliases: [] });
const item = (over: Partial<LaggingItem>): LaggingItem => ({ indicatorId: 1, section: '省级', project: 'p', name: 'n', dept: '人社局', completion: 10, expectedProgress: 24.66, gap: 14.66, lag: 'yellow', ...over });

describe('supervisionText', () => {
  test('the lagging list wording, with dashes left out when a figure is missing', () => {
    expect(supervisionText({ name: '新增城镇就业', completion: 15, expectedProgress: 21.64, gap: 6.64, lag: 'yellow' })).toBe('「新增城镇就业」完成率 15%，序时进度 21.64%，低于序时进度 6.64 个百分点（黄）。');
    expect(supervisionText({ name: 'x', completion: null, expectedProgress: 50, gap: null, lag: 'red' })).toBe('「x」暂无完成率，序时进度 50%（红）。');
  });
});

describe('requestFor', () => {
  test('the clerk\'s phrase with the department, or none', () => {
    expect(requestFor('人社局', '请{单位}对照序时进度加快推进。')).toBe('请人社局对照序时进度加快推进。');
    expect(requestFor('人社局', '请加快推进。')).toBe('请加快推进。');
    expect(requestFor('人社局', '  ')).toBeNull();
    expect(requestFor('人社局', '')).toBeNull();
  });
});

describe('supervisionList', () => {
  test('one block per department (names matched), red-heavy first, items in the lagging order', () => {
    const list = supervisionList([
      item({ indicatorId: 1, dept: '人社局', lag: 'yellow' }),
      item({ indicatorId: 2, dept: '教育局', lag: 'red' }),
      item({ indicatorId: 3, dept: '市人社局', lag: 'yellow' }),
      item({ indicatorId: 4, dept: null, lag: 'red' }),
    ], rules, '请{单位}加快推进。', new Map([['人社局', '人社局']]));
    expect(list.map((s) => s.dept)).toEqual(['教育局', NO_DEPT, '人社局']);
    const rs = list[2]!;
    expect(rs.items.map((i) => i.indicatorId)).toEqual([1, 3]);
    expect(rs).toMatchObject({ red: 0, yellow: 2, summary: '人社局共有 2 个指标未达到序时进度（黄色 2 个）。', request: '请人社局加快推进。' });
    expect(list[0]!.summary).toBe('教育局共有 1 个指标未达到序时进度（红色 1 个）。');
    // The group without a department gets no request addressed to it.
    expect(list[1]!.request).toBeNull();
  });
  test('nothing lagging: an empty list', () => {
    expect(supervisionList([], rules, '')).toEqual([]);
  });
});
