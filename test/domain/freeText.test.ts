import fc from 'fast-check';
import { extractDone, extractReportedCompletion, splitNameAndTarget, tidyName } from '../../src/domain/freeText';
import { Quantity } from '../../src/domain/quantity';
import { cjkString, fcParams, toFullWidth, withThousands } from './fcSupport';

const q = (value: number, unit: string | null, decimals = 0, bound: Quantity['bound'] = null): Quantity => ({ value, unit, decimals, bound });

describe('splitNameAndTarget', () => {
  it.each<[string, string, Quantity | null]>([
    ['完成新增城镇就业6000人', '新增城镇就业', q(6000, '人')],
    ['新增城镇就业6000人。', '新增城镇就业', q(6000, '人')],
    ['提质升级中小学校食堂6所', '提质升级中小学校食堂', q(6, '所')],
    ['新建农村4G、5G基站34个', '新建农村4G、5G基站', q(34, '个')],
    ['心理健康和家庭教育指导“向阳花”活动60场', '心理健康和家庭教育指导“向阳花”活动', q(60, '场')],
    ['开展职业技能培训1.2万人次', '开展职业技能培训', q(1.2, '万人次', 1)],
    ['发放创业担保贷款 3,000 万元', '发放创业担保贷款', q(3000, '万元')],
    ['新增城镇就业６，０００人', '新增城镇就业', q(6000, '人')],
    ['改造老旧小区管网12.5公里', '改造老旧小区管网', q(12.5, '公里', 1)],
    ['城镇调查失业率控制在5.5%以内', '城镇调查失业率', q(5.5, '%', 1, 'max')],
    ['城镇调查失业率不超过5.5%', '城镇调查失业率', q(5.5, '%', 1, 'max')],
    ['PM2.5年均浓度≤31μg/m³', 'PM2.5年均浓度', q(31, 'μg/m3', 0, 'max')],
    ['城乡居民医保政策范围内住院报销比例达到75%', '城乡居民医保政策范围内住院报销比例', q(75, '%', 0, 'min')],
    ['帮扶就业困难人员6000余人', '帮扶就业困难人员', q(6000, '人')],
    ['新建幼儿园两所', '新建幼儿园', q(2, '所')],
    ['开展送戏下乡十二场', '开展送戏下乡', q(12, '场')],
    ['建成老年食堂一个', '建成老年食堂', q(1, '个')],
    ['提高城乡低保标准', '提高城乡低保标准', null],
    ['打造15分钟生活圈', '打造15分钟生活圈', null],
    ['执行“零自付”政策', '执行“零自付”政策', null],
    ['实施十大行动', '实施十大行动', null],
    ['6000人', '6000人', null],
    ['', '', null],
  ])('%j → %j', (text, name, quantity) => {
    expect(splitNameAndTarget(text)).toEqual({ name, quantity });
  });

  it('keeps the name in its original width', () => {
    expect(splitNameAndTarget('新建ＡＢ站３４个').name).toBe('新建ＡＢ站');
  });

  it('never throws; the name is a trimmed string, and a quantity is finite', () => {
    fc.assert(
      fc.property(cjkString(), (s) => {
        const r = splitNameAndTarget(s);
        return typeof r.name === 'string' && r.name === r.name.trim() && (r.quantity === null || Number.isFinite(r.quantity.value));
      }),
      fcParams,
    );
  });

  it('splits any name + integer + unit back into its parts, in half or full width, with or without separators', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('新增城镇就业', '提质升级中小学校食堂', '改造农村公路', '开展职业技能培训', '新建农村4G、5G基站'),
        fc.integer({ min: 1, max: 1e9 }),
        fc.constantFrom('人', '所', '个', '万元', '人次', '公里', '场'),
        fc.boolean(),
        fc.boolean(),
        (name, n, unit, sep, full) => {
          let num = sep ? withThousands(n) : String(n);
          if (full) num = toFullWidth(num);
          const r = splitNameAndTarget(`${name}${num}${unit}`);
          return r.name === name && r.quantity?.value === n && r.quantity.unit === unit;
        },
      ),
      fcParams,
    );
  });
});

describe('tidyName', () => {
  it.each([
    ['完成新增城镇就业', '新增城镇就业'],
    ['实现完成新增就业', '新增就业'],
    ['新增城镇就业，', '新增城镇就业'],
    ['完成率', '完成率'], // too short to drop 完成 from
    ['  新增城镇就业：', '新增城镇就业'],
  ])('%j → %j', (text, name) => {
    expect(tidyName(text)).toBe(name);
  });
});

describe('extractDone', () => {
  it.each<[string, Quantity | null]>([
    ['已完成1386人，完成全年任务的23.1%', q(1386, '人')],
    ['已完成 1386 人', q(1386, '人')],
    ['已开展12场，完成全年任务的20%。', q(12, '场')],
    ['累计发放460万元', q(460, '万元')],
    ['累计服务9.07万人次', q(9.07, '万人次', 2)],
    ['共举办招聘会15场', q(15, '场')],
    ['已建成两所', q(2, '所')],
    ['已完成１，３８６人', q(1386, '人')],
    ['截至3月20日，已完成1386人', q(1386, '人')],
    ['1-3月累计完成860人', q(860, '人')],
    ['已于3月20日完成', null],
    ['已完成全年任务的23.1%', null],
    ['已完成三分之一', null],
    ['已完成七成', null],
    ['已完成全年任务', null],
    ['执行“零自付”政策', null],
    ['正在施工', null],
    ['上级任务未下达', null],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(extractDone(text)).toEqual(expected);
  });

  it('takes only a figure whose unit is accepted', () => {
    const people = (u: string | null): boolean => u === '人';
    expect(extractDone('已开展12场，累计培训860人', people)).toEqual(q(860, '人'));
    expect(extractDone('已开展12场', people)).toBeNull();
  });

  it('never throws; a figure found is finite and non-negative', () => {
    fc.assert(
      fc.property(cjkString(), (s) => {
        const r = extractDone(s);
        return r === null || (Number.isFinite(r.value) && r.value >= 0);
      }),
      fcParams,
    );
  });

  it('reads back any amount written as 已完成N人', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.boolean(), (n, sep) => {
        const r = extractDone(`截至目前，已完成${sep ? withThousands(n) : n}人，进展顺利。`);
        return r?.value === n && r.unit === '人';
      }),
      fcParams,
    );
  });
});

describe('extractReportedCompletion', () => {
  it.each([
    ['已完成1386人，完成全年任务的23.1%。', 23.1, 1],
    ['完成全年任务的23.1%', 23.1, 1],
    ['完成年度目标的52.9%', 52.9, 1],
    ['完成率为4.36%', 4.36, 2],
    ['完成率100%', 100, 0],
    ['占全年任务的30%', 30, 0],
    ['达年度目标的108.5%', 108.5, 1],
    ['工程进度达到60%', 60, 0],
    ['形象进度30%', 30, 0],
    ['完成全年任务的２３．１％', 23.1, 1],
    ['完成全年任务的 23.10 %', 23.1, 2],
    ['完成1,234.5%', 1234.5, 1],
  ])('%j → %p (%p decimals)', (text, value, decimals) => {
    expect(extractReportedCompletion(text)).toEqual({ value, decimals });
  });

  it.each(['正在施工', '已完成1386人', '同比增长12%', 'PM2.5浓度下降5%', '', '完成全年任务'])('%j → null', (text) => {
    expect(extractReportedCompletion(text)).toBeNull();
  });

  it('never throws; a percentage found is finite and non-negative', () => {
    fc.assert(
      fc.property(cjkString(), (s) => {
        const r = extractReportedCompletion(s);
        return r === null || (Number.isFinite(r.value) && r.value >= 0 && r.decimals >= 0);
      }),
      fcParams,
    );
  });

  it('reads back any percentage written as 完成全年任务的X%', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 3 }), (int, d) => {
        const text = (int / 10 ** d).toFixed(d);
        const r = extractReportedCompletion(`已完成860人，完成全年任务的${text}%。`);
        return r?.value === Number(text) && r.decimals === d;
      }),
      fcParams,
    );
  });
});
