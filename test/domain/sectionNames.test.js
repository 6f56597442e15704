"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const sectionNames_1 = require("../../src/domain/sectionNames");
const fcSupport_1 = require("./fcSupport");
describe('headingNumber', () => {
    it.each([
        ['一、省级重点民生实事', 'section', '省级重点民生实事'],
        ['二、岳阳市级十大重点民生实事', 'section', '岳阳市级十大重点民生实事'],
        ['十一、其他', 'section', '其他'],
        ['第三、保障', 'section', '保障'],
        ['（一）保障重点群体就业', 'section', '保障重点群体就业'],
        ['(二)兜牢基本生活底线', 'section', '兜牢基本生活底线'],
        ['一．省级', 'section', '省级'],
        ['1.推动实现“老有所养”', 'project', '推动实现“老有所养”'],
        ['1. 推动实现“劳有所得”', 'project', '推动实现“劳有所得”'],
        ['2、推动实现“学有所教”', 'project', '推动实现“学有所教”'],
        ['12．项目', 'project', '项目'],
        ['第1项 新增就业', 'project', '新增就业'],
        ['（1）新增城镇就业', 'item', '新增城镇就业'],
        ['(12)城镇调查失业率', 'item', '城镇调查失业率'],
        ['（1）', 'item', ''],
    ])('%j → %s, %j', (text, level, rest) => {
        expect((0, sectionNames_1.headingNumber)(text)).toEqual({ level, rest });
    });
    it.each(['推动实现“劳有所得”', '1.5万人次', '2026年3月', '十大重点民生实事', '一季度20%', '', '100', '①新增'])('%j has no heading number', (text) => {
        expect((0, sectionNames_1.headingNumber)(text)).toBeNull();
    });
    it('never throws; rest is a trimmed tail of the text', () => {
        fast_check_1.default.assert(fast_check_1.default.property((0, fcSupport_1.cjkString)(), (s) => {
            const h = (0, sectionNames_1.headingNumber)(s);
            return h === null || (s.includes(h.rest) && h.rest === h.rest.trim());
        }), fcSupport_1.fcParams);
    });
});
describe('looksLikeSection', () => {
    it.each(['省级', '省级十大重点民生实事', '岳阳市级十大重点民生实事', '市级重点民生实事', '县级', '国家级', '重点民生实事'])('%j is a section', (t) => {
        expect((0, sectionNames_1.looksLikeSection)(t)).toBe(true);
    });
    it.each(['推动实现“劳有所得”', '新增城镇就业', '', '高级职称评审', '提高粮食产能'])('%j is not', (t) => {
        expect((0, sectionNames_1.looksLikeSection)(t)).toBe(false);
    });
    it('accepts a section that is known by its key', () => {
        expect((0, sectionNames_1.looksLikeSection)('保障重点群体就业', ['保障重点群体就业'])).toBe(true);
        expect((0, sectionNames_1.looksLikeSection)('保障重点群体就业')).toBe(false);
    });
});
describe('sectionKey', () => {
    it.each([
        ['省级十大重点民生实事', '省级'],
        ['省级', '省级'],
        ['省级重点民生实事', '省级'],
        ['岳阳市级重点民生实事项目', '岳阳市级'],
        ['岳阳市级十大重点民生实事', '岳阳市级'],
        ['【省级】', '省级'],
        [' 省级 十大 重点民生实事 ', '省级'],
        ['保障重点群体就业', '保障重点群体就业'],
    ])('%j → %j', (t, key) => {
        expect((0, sectionNames_1.sectionKey)(t)).toBe(key);
    });
    it('is idempotent', () => {
        fast_check_1.default.assert(fast_check_1.default.property((0, fcSupport_1.cjkString)(), (s) => (0, sectionNames_1.sectionKey)((0, sectionNames_1.sectionKey)(s)) === (0, sectionNames_1.sectionKey)(s)), fcSupport_1.fcParams);
    });
});
describe('splitSectionPrefix', () => {
    it.each([
        ['省级·推动实现“劳有所得”', '省级', '推动实现“劳有所得”'],
        ['省级：推动实现“劳有所得”', '省级', '推动实现“劳有所得”'],
        ['省级:推动实现“劳有所得”', '省级', '推动实现“劳有所得”'],
        ['岳阳市级·提高粮食产能', '岳阳市级', '提高粮食产能'],
        ['【省级】推动实现“病有所医”', '省级', '推动实现“病有所医”'],
        ['省级 | 推动实现“住有所居”', '省级', '推动实现“住有所居”'],
        ['省级—推动实现“弱有所扶”', '省级', '推动实现“弱有所扶”'],
        ['兜底保障·提高救助标准', '兜底保障', '提高救助标准'],
    ])('%j → %j + %j', (text, section, rest) => {
        expect((0, sectionNames_1.splitSectionPrefix)(text)).toEqual({ section, rest });
    });
    it('takes a known section before a colon', () => {
        expect((0, sectionNames_1.splitSectionPrefix)('保障重点群体就业：零就业家庭帮扶', ['保障重点群体就业'])).toEqual({ section: '保障重点群体就业', rest: '零就业家庭帮扶' });
    });
    it.each(['推动实现“劳有所得”', '推动实现“劳有所得”：新增城镇就业', '省级·', '教育/卫健', '2026年·推动', '', '新建农村4G、5G基站'])('%j has no section prefix', (text) => {
        expect((0, sectionNames_1.splitSectionPrefix)(text)).toBeNull();
    });
    it('never throws; a split has a non-empty section and rest', () => {
        fast_check_1.default.assert(fast_check_1.default.property((0, fcSupport_1.cjkString)(), (s) => {
            const r = (0, sectionNames_1.splitSectionPrefix)(s);
            return r === null || (r.section.length > 0 && r.rest.length > 0);
        }), fcSupport_1.fcParams);
    });
});
describe('splitSectionPrefix without a bracket or separator', () => {
    /** The plain definition: both patterns tried on every text. */
    function plainSplit(text, known = []) {
        const t = text.trim();
        const m = /^[【[]([^】\]]{1,16})[】\]]\s*(.+)$/.exec(t) ?? /^(.{1,16}?)\s*(?:·|•|・|：|:|\||｜|—|--|／|\/)\s*(.+)$/.exec(t);
        if (!m?.[1] || !m[2])
            return null;
        const prefix = m[1].trim();
        const isDot = /[·•・]/.test(t.slice(prefix.length, prefix.length + 3));
        if (!(0, sectionNames_1.looksLikeSection)(prefix, known) && !(isDot && prefix.length <= 10 && !/\d/.test(prefix)))
            return null;
        return { section: prefix, rest: m[2].trim() };
    }
    const parts = ['省级', '岳阳市级', '市级民生实事', '推动实现“劳有所得”', '新增就业', '【', '】', '[', ']', '·', '•', '・', '：', ':', '|', '｜', '—', '-', '--', '／', '/', ' ', '　', '1', '一、', '\n'];
    test('gives what trying both patterns gives', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.oneof(fast_check_1.default.array(fast_check_1.default.constantFrom(...parts), { maxLength: 8 }).map((a) => a.join('')), (0, fcSupport_1.cjkString)()), fast_check_1.default.subarray(['省级', '岳阳市级', '推动实现“劳有所得”']), (text, known) => { expect((0, sectionNames_1.splitSectionPrefix)(text, known)).toEqual(plainSplit(text, known)); }), fcSupport_1.fcParams);
    });
});
