"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const freeText_1 = require("../../src/domain/freeText");
const fcSupport_1 = require("./fcSupport");
const q = (value, unit, decimals = 0, bound = null) => ({ value, unit, decimals, bound });
describe('splitNameAndTarget', () => {
    it.each([
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
        expect((0, freeText_1.splitNameAndTarget)(text)).toEqual({ name, quantity });
    });
    it('keeps the name in its original width', () => {
        expect((0, freeText_1.splitNameAndTarget)('新建ＡＢ站３４个').name).toBe('新建ＡＢ站');
    });
    it('never throws; the name is a trimmed string, and a quantity is finite', () => {
        fast_check_1.default.assert(fast_check_1.default.property((0, fcSupport_1.cjkString)(), (s) => {
            const r = (0, freeText_1.splitNameAndTarget)(s);
            return typeof r.name === 'string' && r.name === r.name.trim() && (r.quantity === null || Number.isFinite(r.quantity.value));
        }), fcSupport_1.fcParams);
    });
    it('splits any name + integer + unit back into its parts, in half or full width, with or without separators', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.constantFrom('新增城镇就业', '提质升级中小学校食堂', '改造农村公路', '开展职业技能培训', '新建农村4G、5G基站'), fast_check_1.default.integer({ min: 1, max: 1e9 }), fast_check_1.default.constantFrom('人', '所', '个', '万元', '人次', '公里', '场'), fast_check_1.default.boolean(), fast_check_1.default.boolean(), (name, n, unit, sep, full) => {
            let num = sep ? (0, fcSupport_1.withThousands)(n) : String(n);
            if (full)
                num = (0, fcSupport_1.toFullWidth)(num);
            const r = (0, freeText_1.splitNameAndTarget)(`${name}${num}${unit}`);
            return r.name === name && r.quantity?.value === n && r.quantity.unit === unit;
        }), fcSupport_1.fcParams);
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
        expect((0, freeText_1.tidyName)(text)).toBe(name);
    });
});
describe('extractDone', () => {
    it.each([
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
        expect((0, freeText_1.extractDone)(text)).toEqual(expected);
    });
    it('takes only a figure whose unit is accepted', () => {
        const people = (u) => u === '人';
        expect((0, freeText_1.extractDone)('已开展12场，累计培训860人', people)).toEqual(q(860, '人'));
        expect((0, freeText_1.extractDone)('已开展12场', people)).toBeNull();
    });
    it('never throws; a figure found is finite and non-negative', () => {
        fast_check_1.default.assert(fast_check_1.default.property((0, fcSupport_1.cjkString)(), (s) => {
            const r = (0, freeText_1.extractDone)(s);
            return r === null || (Number.isFinite(r.value) && r.value >= 0);
        }), fcSupport_1.fcParams);
    });
    it('reads back any amount written as 已完成N人', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.integer({ min: 0, max: 1e9 }), fast_check_1.default.boolean(), (n, sep) => {
            const r = (0, freeText_1.extractDone)(`截至目前，已完成${sep ? (0, fcSupport_1.withThousands)(n) : n}人，进展顺利。`);
            return r?.value === n && r.unit === '人';
        }), fcSupport_1.fcParams);
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
        expect((0, freeText_1.extractReportedCompletion)(text)).toEqual({ value, decimals });
    });
    it.each(['正在施工', '已完成1386人', '同比增长12%', 'PM2.5浓度下降5%', '', '完成全年任务'])('%j → null', (text) => {
        expect((0, freeText_1.extractReportedCompletion)(text)).toBeNull();
    });
    it('never throws; a percentage found is finite and non-negative', () => {
        fast_check_1.default.assert(fast_check_1.default.property((0, fcSupport_1.cjkString)(), (s) => {
            const r = (0, freeText_1.extractReportedCompletion)(s);
            return r === null || (Number.isFinite(r.value) && r.value >= 0 && r.decimals >= 0);
        }), fcSupport_1.fcParams);
    });
    it('reads back any percentage written as 完成全年任务的X%', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.integer({ min: 0, max: 100000 }), fast_check_1.default.integer({ min: 0, max: 3 }), (int, d) => {
            const text = (int / 10 ** d).toFixed(d);
            const r = (0, freeText_1.extractReportedCompletion)(`已完成860人，完成全年任务的${text}%。`);
            return r?.value === Number(text) && r.decimals === d;
        }), fcSupport_1.fcParams);
    });
});
