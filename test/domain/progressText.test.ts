import fc from 'fast-check';
import { explicitStatus, textSignal } from '../../src/domain/progressText';
import { cjkString, fcParams } from './fcSupport';

describe('textSignal', () => {
  describe('not issued (任务未下达)', () => {
    it.each([
      '上级任务未下达',
      '任务尚未下达',
      '省级任务暂未下达',
      '暂未下达',
      '暂未收到省厅下达的任务',
      '暂未收到上级文件',
      '待省里下达任务后实施',
      '待省厅推出方案后落实',
      '待省级出台方案后组织实施',
      '属于省级统筹，市级无具体任务',
      '该项目暂未启动',
      '待上级明确',
      '上级任务未下达，暂未启动',
    ])('%j', (text) => {
      expect(textSignal(text)).toBe('not_issued');
    });
  });

  describe('no data (暂无数据)', () => {
    it.each(['暂无数据', '暂无工作数据', '需8月底才有数据', '数据暂未统计', '数据尚未出来', '暂未统计', '年底才有数据'])('%j', (text) => {
      expect(textSignal(text)).toBe('no_data');
    });
  });

  describe('completed (已完成 / 已执行)', () => {
    it.each(['已完成', '已执行', '3家医院已开始执行（已完成）', '已全面执行', '已落实', '政策已出台', '文件已印发', '已完成全年任务'])('%j', (text) => {
      expect(textSignal(text)).toBe('completed');
    });
  });

  describe('stalled (停滞 → behind)', () => {
    it.each(['项目停滞', '因资金问题停工', '本月无进展', '暂停施工'])('%j', (text) => {
      expect(textSignal(text)).toBe('stalled');
    });
  });

  describe('no signal', () => {
    it.each([
      '已完成1386人，完成全年任务的23.1%',
      '已完成两所',
      '已完成前期工作',
      '已完成施工图设计',
      '已完成项目立项',
      '正在施工',
      '稳步推进',
      '已完工，待上级验收',
      '',
    ])('%j', (text) => {
      expect(textSignal(text)).toBeNull();
    });
  });

  it('reads the progress and target texts together', () => {
    expect(textSignal('正在推进', '待省级下达')).toBe('not_issued');
    expect(textSignal(null, undefined, '暂无数据')).toBe('no_data');
    expect(textSignal(null, undefined)).toBeNull();
  });

  it('puts 停滞 before 未下达, 未下达 before 暂无数据, and 暂无数据 before 已完成', () => {
    expect(textSignal('上级任务未下达，项目停滞')).toBe('stalled');
    expect(textSignal('暂无数据，上级任务未下达')).toBe('not_issued');
    expect(textSignal('已完成部分工作，暂无数据')).toBe('no_data');
  });

  it('folds full width and white space', () => {
    expect(textSignal('上级任务　未 下达')).toBe('not_issued');
    expect(textSignal('暂无\n数据')).toBe('no_data');
  });

  it('never throws and gives one of the signals or null', () => {
    const ok = new Set([null, 'not_issued', 'no_data', 'completed', 'stalled']);
    fc.assert(fc.property(fc.array(fc.option(cjkString(), { nil: undefined }), { maxLength: 3 }), (texts) => ok.has(textSignal(...texts))), fcParams);
  });
});

describe('explicitStatus', () => {
  it.each([
    ['已完成', 'completed'], ['完成', 'completed'], ['完成全年任务', 'completed'], ['已执行', 'completed'], ['是', 'completed'], ['√', 'completed'],
    ['未完成', 'behind'], ['滞后', 'behind'], ['进度滞后', 'behind'], ['停滞', 'behind'], ['未达到序时进度', 'behind'], ['否', 'behind'],
    ['任务未下达', 'not_issued'], ['待下达', 'not_issued'],
    ['暂无数据', 'no_data'], ['无数据', 'no_data'],
    ['正常', 'on_schedule'], ['正常推进', 'on_schedule'], ['达到序时进度', 'on_schedule'], ['进行中', 'on_schedule'],
    [' 已 完成 ', 'completed'],
  ] as const)('%j → %s', (text, status) => {
    expect(explicitStatus(text)).toBe(status);
  });

  it.each([null, '', '见备注', '良好', '已完成1386人'])('%j → null', (text) => {
    expect(explicitStatus(text)).toBeNull();
  });
});

describe('notes that say the data comes later', () => {
  test.each([
    '需8月底才有相关数据', '数据需年底统计', '待9月份后统计', '下半年才能统计', '暂无相关数据', '该指标年底才有数据',
    '需到10月才能提供数据', '数据尚未公布', '季度末统计',
  ])('%s → no_data', (text) => {
    expect(textSignal(text)).toBe('no_data');
  });
  test.each(['8月底前完成主体工程', '年底前全部建成', '已完成年度统计工作'])('%s is not about missing data', (text) => {
    expect(textSignal(text)).not.toBe('no_data');
  });
});
