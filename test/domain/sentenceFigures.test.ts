/** Figures in sentences: a target stated with its progress, done without a verb. */
import fc from 'fast-check';
import { extractBareDone, extractTarget, isTargetAndProgress } from '../../src/domain/freeText';
import { cjkString, fcParams } from './fcSupport';

describe('extractTarget', () => {
  test.each([
    ['年度目标500户，截至目前已完成120户，完成率24%', 500, '户'],
    ['全年任务3000人次，已培训860人次', 3000, '人次'],
    ['目标：新建站点40个；已建成12个', 40, '个'],
    ['年度目标1.2万人，累计完成3600人', 1.2, '万人'],
    ['全年目标任务两所，已完成一所', 2, '所'],
    ['目标任务 6,000 人', 6000, '人'],
    ['计划完成12场', 12, '场'],
  ])('%s → %s %s', (text, value, unit) => {
    expect(extractTarget(text)).toMatchObject({ value, unit });
  });
  test.each([
    '完成率24%', '目标完成率90%', '已完成120户', '目标3月底前完成', '稳步推进', '',
  ])('none in %s', (text) => {
    expect(extractTarget(text)).toBeNull();
  });
  test('never a percentage, never throws', () => {
    fc.assert(fc.property(cjkString(60), (s) => {
      const q = extractTarget(s);
      expect(q === null || (q.unit !== '%' && Number.isFinite(q.value))).toBe(true);
    }), fcParams);
  });
});

describe('isTargetAndProgress', () => {
  test.each([
    ['年度目标500户，截至目前已完成120户，完成率24%', true],
    ['全年任务3000人次，完成全年任务的28.7%', true],
    ['新建站点12个', false],
    ['年度目标500户', false],
    ['已完成120户', false],
  ])('%s → %s', (text, expected) => {
    expect(isTargetAndProgress(text)).toBe(expected);
  });
});

describe('extractBareDone', () => {
  test.each([
    ['惠及群众860人次', '人次', 860, '人次'],
    ['现有站点12个，正在推进', '个', 12, '个'],
    ['受益学生1,250名', '名', 1250, '名'],
    ['惠及群众0.2万人次', '人次', 0.2, '万人次'],
    ['覆盖8个乡镇', '个', 8, '个'],
    ['已覆盖12个', '万个', 12, '个'],
  ])('%s (target unit %s) → %s %s', (text, unit, value, written) => {
    expect(extractBareDone(text, unit)).toMatchObject({ value, unit: written });
  });
  test.each([
    ['惠及群众860人次', '个'],
    ['培训860人次', '人'],
    ['全年计划建设40个，正在选址', '个'],
    ['城区8个、乡镇12个', '个'],
    ['完成率30%', '%'],
    ['惠及群众860人次', null],
  ])('none in %s (target unit %s)', (text, unit) => {
    expect(extractBareDone(text, unit)).toBeNull();
  });
  test('one figure twice is one figure', () => {
    expect(extractBareDone('现有12个，即12个站点', '个')).toMatchObject({ value: 12 });
  });
});
