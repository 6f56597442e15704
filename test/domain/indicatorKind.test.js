"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const indicatorKind_1 = require("../../src/domain/indicatorKind");
const settings_1 = require("../../src/domain/settings");
const statusCodes_1 = require("../../src/domain/statusCodes");
const text_1 = require("../../src/domain/text");
const fcSupport_1 = require("./fcSupport");
const KEYWORDS = (0, settings_1.parseSettings)({}).reverseKeywords;
const input = (over) => ({
    name: '新增城镇就业', hasTarget: true, hasDone: true, hasReportedCompletion: false, unit: '人', ceiling: false, direction: null,
    reverseKeywords: KEYWORDS, ...over,
});
describe('isCeilingText', () => {
    it.each(['≤5.5%', '<=5.5%', '不超过5.5%', '不高于31', '控制在5.5%以内', '5.5%以内', '5.5%以下', '上限5.5%', '费用封顶', '＜＝５．５％'])('%j is a ceiling', (t) => {
        expect((0, indicatorKind_1.isCeilingText)(t)).toBe(true);
    });
    it.each([null, '', '6000人', '≥90%', '不低于90%', '90%以上', '达到75%'])('%j is not', (t) => {
        expect((0, indicatorKind_1.isCeilingText)(t)).toBe(false);
    });
});
describe('isReverse', () => {
    const base = { name: '新增城镇就业', direction: null, ceiling: false, reverseKeywords: KEYWORDS };
    it('decides as its plain definition (patterns tested on the direction even when empty)', () => {
        const plain = (i) => {
            const dir = i.direction ? (0, text_1.halfWidth)(i.direction).replace(/\s+/g, '') : '';
            if (/(反向|逆向|越低越好|越小越好|负向|下降|降低|控制类)/.test(dir))
                return true;
            if (/(正向|越高越好|越大越好|增长)/.test(dir))
                return false;
            return i.ceiling || i.reverseKeywords.some((k) => i.name.includes(k));
        };
        const direction = fast_check_1.default.option(fast_check_1.default.oneof((0, fcSupport_1.cjkString)(8), fast_check_1.default.constantFrom('', ' ', '　', '正向', '反 向', '越低越好', '增长')), { nil: null });
        const keywords = fast_check_1.default.oneof(fast_check_1.default.constant(KEYWORDS), fast_check_1.default.array(fast_check_1.default.oneof((0, fcSupport_1.cjkString)(3), fast_check_1.default.constantFrom('', '率')), { maxLength: 4 }));
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.oneof((0, fcSupport_1.cjkString)(12), fast_check_1.default.constantFrom('失业率', '事故起数')), direction, fast_check_1.default.boolean(), keywords, (name, dir, ceiling, kw) => {
            const i = { name, direction: dir, ceiling, reverseKeywords: kw };
            expect((0, indicatorKind_1.isReverse)(i)).toBe(plain(i));
        }), fcSupport_1.fcParams);
    });
    it.each(['城镇调查失业率', 'PM2.5年均浓度', '传染病发生率', '孕产妇死亡率', '较大以上安全事故起数'])('%j is lower-is-better by its name', (name) => {
        expect((0, indicatorKind_1.isReverse)({ ...base, name })).toBe(true);
    });
    it('a ceiling makes it reverse', () => {
        expect((0, indicatorKind_1.isReverse)({ ...base, ceiling: true })).toBe(true);
    });
    it.each(['反向', '逆向指标', '越低越好', '负向', '下降', '控制类'])('direction %j makes it reverse', (direction) => {
        expect((0, indicatorKind_1.isReverse)({ ...base, direction })).toBe(true);
    });
    it.each(['正向', '越高越好', '增长'])('direction %j keeps it positive, even against a ceiling or a keyword', (direction) => {
        expect((0, indicatorKind_1.isReverse)({ ...base, name: '城镇调查失业率', ceiling: true, direction })).toBe(false);
    });
    it('keywords are the clerk\'s list', () => {
        expect((0, indicatorKind_1.isReverse)({ ...base, name: '群众投诉件数', reverseKeywords: ['投诉件'] })).toBe(true);
        expect((0, indicatorKind_1.isReverse)({ ...base, name: '城镇调查失业率', reverseKeywords: [] })).toBe(false);
    });
});
describe('indicatorKind', () => {
    it.each([
        ['target and done', {}, 'count'],
        ['target and done in 万元', { unit: '元' }, 'count'],
        ['only a reported percentage of works', { hasDone: false, hasReportedCompletion: true }, 'progress'],
        ['no target, a reported percentage', { hasTarget: false, hasDone: false, hasReportedCompletion: true }, 'progress'],
        ['a ceiling target', { ceiling: true, unit: '%' }, 'reverse'],
        ['失业率 by name', { name: '城镇调查失业率', unit: '%' }, 'reverse'],
        ['a reverse name but no target', { name: '城镇调查失业率', hasTarget: false }, 'info'],
        ['a rate in %', { name: '特困人员集中供养保障率', unit: '%' }, 'level'],
        ['元/月', { name: '城乡居民基础养老金', unit: '元/月' }, 'level'],
        ['nothing but text', { hasTarget: false, hasDone: false, hasReportedCompletion: false, unit: null }, 'qualitative'],
        ['figures without a target', { hasTarget: false, hasDone: true }, 'info'],
        ['a target only', { hasDone: false }, 'count'],
        ['a target and a reported completion but no done', { hasDone: false, hasReportedCompletion: true, unit: '所' }, 'progress'],
    ])('%s → %s', (_what, over, kind) => {
        expect((0, indicatorKind_1.indicatorKind)(input(over))).toBe(kind);
    });
    it('always gives one of the kinds, and reverse only with a target', () => {
        fast_check_1.default.assert(fast_check_1.default.property((0, fcSupport_1.cjkString)(12), fast_check_1.default.boolean(), fast_check_1.default.boolean(), fast_check_1.default.boolean(), fast_check_1.default.option(fast_check_1.default.constantFrom('人', '%', '元/月', '元', '个'), { nil: null }), fast_check_1.default.boolean(), fast_check_1.default.option((0, fcSupport_1.cjkString)(6), { nil: null }), (name, hasTarget, hasDone, hasReportedCompletion, unit, ceiling, direction) => {
            const k = (0, indicatorKind_1.indicatorKind)({ name, hasTarget, hasDone, hasReportedCompletion, unit, ceiling, direction, reverseKeywords: KEYWORDS });
            return statusCodes_1.INDICATOR_KINDS.includes(k) && (k !== 'reverse' || hasTarget) && (k !== 'qualitative' || (!hasTarget && !hasDone && !hasReportedCompletion));
        }), fcSupport_1.fcParams);
    });
});
