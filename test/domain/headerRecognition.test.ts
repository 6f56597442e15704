import fc from 'fast-check';
import {
  FIELD_ROLES, HEADER_SYNONYMS, isGenericSubHeader, normaliseHeader, recogniseHeader, recognisePeriod, subHeaderRole,
} from '../../src/domain/headerRecognition';
import { cjkString, fcParams } from './fcSupport';

describe('normaliseHeader', () => {
  it.each([
    ['完成率\n（%）', '完成率'],
    ['全年目标（万元）', '全年目标'],
    ['累计完成 [人]', '累计完成'],
    ['进展情况【必填】', '进展情况'],
    ['责任单位：', '责任单位'],
    ['*指标名称', '指标名称'],
    ['　年度 目标　', '年度目标'],
  ])('%j → %j', (text, expected) => {
    expect(normaliseHeader(text)).toBe(expected);
  });
});

describe('recogniseHeader', () => {
  describe('synonyms', () => {
    it.each([
      // target
      ['全年目标', 'target'], ['年度目标', 'target'], ['年度任务', 'target'], ['年度目标任务数', 'target'], ['目标值', 'target'],
      ['全年任务', 'target'], ['2026年目标', 'target'],
      // done
      ['累计完成', 'done'], ['已完成', 'done'], ['完成情况', 'done'], ['截至目前完成数', 'done'], ['完成值', 'done'],
      ['截至3月底累计完成', 'done'], ['实际完成', 'done'],
      // completion
      ['完成率', 'completion'], ['完成进度', 'completion'], ['占全年任务比例', 'completion'], ['完成率(%)', 'completion'],
      ['完成率（%）', 'completion'], ['完成率%', 'completion'],
      // progress
      ['进展情况', 'progress'], ['工作进展', 'progress'], ['情况说明', 'progress'], ['状态说明', 'progress'], ['完成情况说明', 'progress'],
      // dept
      ['责任单位', 'dept'], ['牵头单位', 'dept'], ['填报单位', 'dept'], ['责任部门', 'dept'],
      // others
      ['序号', 'seq'], ['指标名称', 'name'], ['指标', 'name'], ['项目名称', 'project'], ['类别', 'section'], ['层级', 'section'],
      ['单位', 'unit'], ['计量单位', 'unit'], ['备注', 'note'], ['指标方向', 'direction'], ['状态', 'status'], ['节点目标', 'nodes'],
      ['目标单位', 'targetUnit'], ['完成单位', 'doneUnit'],
    ])('%j → %s', (text, role) => {
      expect(recogniseHeader(text)?.role).toBe(role);
    });

    it('every listed synonym is recognised as its own role, exactly', () => {
      for (const [role, synonyms] of Object.entries(HEADER_SYNONYMS)) {
        for (const syn of synonyms) {
          const m = recogniseHeader(syn);
          expect({ syn, role: m?.role, score: m?.score }).toEqual({ syn, role, score: 1 });
        }
      }
    });

    it('prefers an exact synonym over a contained one (状态说明 is progress, not status)', () => {
      expect(recogniseHeader('状态说明')).toMatchObject({ role: 'progress', score: 1 });
      expect(recogniseHeader('责任单位')).toMatchObject({ role: 'dept', score: 1 });
    });

    it('scores a contained synonym below 1', () => {
      const m = recogniseHeader('2026年全年目标');
      expect(m?.role).toBe('target');
      expect(m?.score).toBeGreaterThan(0.5);
      expect(m?.score).toBeLessThan(1);
    });

    it('folds full width and line breaks', () => {
      expect(recogniseHeader('累计\n完成')?.role).toBe('done');
      expect(recogniseHeader('完成率\r\n（％）')).toMatchObject({ role: 'completion', percent: true });
    });
  });

  describe('hints in the header', () => {
    it('a unit in brackets', () => {
      expect(recogniseHeader('全年目标（万元）')).toEqual({ role: 'target', score: 1, percent: false, unit: '万元' });
      expect(recogniseHeader('累计完成(人)')).toMatchObject({ role: 'done', unit: '人' });
    });
    it('a percent sign in brackets or at the end', () => {
      expect(recogniseHeader('完成率(%)')).toMatchObject({ role: 'completion', percent: true, unit: null });
      expect(recogniseHeader('完成率%')).toMatchObject({ percent: true });
      expect(recogniseHeader('完成进度（百分比）')).toMatchObject({ percent: true });
    });
    it('no unit from a bracket with digits or the word 单位', () => {
      expect(recogniseHeader('累计完成（截至3月20日）')?.unit).toBeNull();
      expect(recogniseHeader('全年目标（单位）')?.unit).toBeNull();
    });
  });

  describe('period headers', () => {
    it.each([
      ['1月', 1, 1, null], ['12月', 12, 12, null], ['3月份', 3, 3, null], ['一月', 1, 1, null], ['十二月', 12, 12, null],
      ['一季度', 1, 3, null], ['二季度', 4, 6, null], ['三季度', 7, 9, null], ['四季度', 10, 12, null], ['第二季度', 4, 6, null],
      ['Q3', 7, 9, null], ['q4', 10, 12, null], ['1-3月', 1, 3, 'running'], ['1—3月', 1, 3, 'running'], ['1~6月', 1, 6, 'running'],
      ['4-6月', 4, 6, null], ['3月累计', 3, 3, 'running'], ['一季度累计', 1, 3, 'running'], ['3月当月', 3, 3, 'amount'],
      ['当月3月', 3, 3, 'amount'], ['3月完成', 3, 3, null], ['二季度当季', 4, 6, 'amount'], ['3月新增', 3, 3, 'amount'],
      ['上半年', 1, 6, null], ['下半年', 7, 12, null], ['１２月', 12, 12, null],
      ['1月（当月）', 1, 1, 'amount'], ['3月(累计)', 3, 3, 'running'], ['二季度（当季完成）', 4, 6, 'amount'], ['3月（万元）', 3, 3, null],
    ] as const)('%j → months %p–%p, mode %p', (text, start, end, mode) => {
      const expected = { startMonth: start, endMonth: end, mode };
      expect(recognisePeriod(text)).toEqual(expected);
      expect(recogniseHeader(text)).toMatchObject({ role: 'period', period: expected });
    });

    it.each(['13月', '0月', '五季度', '6-3月', '累计', '当月', '月', '2026年', '3月底累计完成'])('%j is not a period', (text) => {
      expect(recognisePeriod(text)).toBeNull();
    });
  });

  it.each(['', '   ', '合计', '填表人：张三', 'x'.repeat(30), '这是一段很长的说明文字，不是表头，也不应当被当作表头来识别'])('%j → null', (text) => {
    expect(recogniseHeader(text)).toBeNull();
  });

  it('never throws; a match has a known role and a score in (0, 1]', () => {
    fc.assert(
      fc.property(cjkString(30), (s) => {
        const m = recogniseHeader(s);
        return m === null || ((FIELD_ROLES as readonly string[]).includes(m.role) && m.score > 0 && m.score <= 1 && typeof m.percent === 'boolean');
      }),
      fcParams,
    );
  });

  it('white space and full width never change the role', () => {
    const all = Object.values(HEADER_SYNONYMS).flat();
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.constantFrom('', ' ', '\n', '　'), (syn, pad) => {
        const spaced = [...syn].join(pad);
        return recogniseHeader(spaced)?.role === recogniseHeader(syn)?.role;
      }),
      fcParams,
    );
  });

  it('a period header keeps its months inside 1..12, start ≤ end', () => {
    fc.assert(
      fc.property(cjkString(12), (s) => {
        const p = recognisePeriod(s);
        return p === null || (p.startMonth >= 1 && p.endMonth <= 12 && p.startMonth <= p.endMonth);
      }),
      fcParams,
    );
  });
});

describe('subHeaderRole / isGenericSubHeader', () => {
  it.each([
    ['单位', 'target', 'targetUnit'],
    ['单位', 'done', 'doneUnit'],
    ['单位', null, 'unit'],
    ['计量单位', 'name', 'unit'],
    ['数量', 'target', 'target'],
    ['数值', 'done', 'done'],
    ['金额', 'target', 'target'],
    ['数量', null, null],
    ['备注', 'target', null],
  ] as const)('%j under %p → %p', (child, parent, role) => {
    expect(subHeaderRole(child, parent)).toBe(role);
  });

  it('knows the generic sub-headers', () => {
    expect(isGenericSubHeader('数量')).toBe(true);
    expect(isGenericSubHeader(' 单 位 ')).toBe(true);
    expect(isGenericSubHeader('全年目标')).toBe(false);
  });
});

describe('headers the layouts issue added', () => {
  test.each(['目标任务及完成情况', '任务及进展', '目标/完成', '年度目标和完成情况', '目标任务及进展情况', '全年目标与完成进度'])('%s names target and progress together', (h) => {
    expect(recogniseHeader(h)).toMatchObject({ role: 'progress', combined: true });
  });
  test.each([
    ['序时进度', 'expected'], ['序时进度（%）', 'expected'], ['时间进度', 'expected'],
    ['是否达到序时进度', 'judgement'], ['完成情况评价', 'judgement'], ['进度评价', 'judgement'], ['是否滞后', 'judgement'],
    ['完成情况', 'done'], ['完成进度', 'completion'], ['目标任务', 'target'], ['序时目标', 'nodes'],
  ])('%s → %s', (h, role) => {
    expect(recogniseHeader(h)?.role).toBe(role);
  });
});
