"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.headingNumber = headingNumber;
exports.looksLikeSection = looksLikeSection;
exports.sectionKey = sectionKey;
exports.splitSectionPrefix = splitSectionPrefix;
/**
 * Sections (板块/层级) and projects: recognising them in prefixes ("省级·推动实现…", "省级：…"),
 * in heading rows numbered like the bulletin (一、 / 1. / （1）), and normalising their names so that
 * the same section read from different departments counts once.
 */
const text_1 = require("./text");
const SECTION_NUM = /^\s*(?:第?[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])\s*/;
const PROJECT_NUM = /^\s*(?:\d{1,2}\s*[.．、](?!\d)|第\d{1,2}[项个])\s*/;
const ITEM_NUM = /^\s*[（(]\d{1,2}[)）]\s*/;
const NUMBERINGS = [['section', SECTION_NUM], ['project', PROJECT_NUM], ['item', ITEM_NUM]];
/**
 * The numbering a text starts with, and the text after it.
 * @example headingNumber('一、省级重点民生实事') → { level: 'section', rest: '省级重点民生实事' }
 * @example headingNumber('1.推动实现“老有所养”') → { level: 'project', rest: '推动实现“老有所养”' }
 * @example headingNumber('（1）') → { level: 'item', rest: '' }
 */
function headingNumber(text) {
    for (const [level, re] of NUMBERINGS) {
        const m = re.exec(text);
        if (m)
            return { level, rest: text.slice(m[0].length).trim() };
    }
    return null;
}
/**
 * True when a text names a section rather than a project: 省级, 岳阳市级十大重点民生实事, 市级重点民生实事.
 * `known` are section keys already configured or seen.
 * @example looksLikeSection('省级重点民生实事') === true; looksLikeSection('推动实现“劳有所得”') === false
 */
function looksLikeSection(text, known = []) {
    const t = (0, text_1.halfWidth)(text).replace(/\s+/g, '');
    if (!t)
        return false;
    const key = sectionKey(t);
    if (known.some((k) => sectionKey(k) === key))
        return true;
    return /^[\u4e00-\u9fa5]{0,8}(省|市|县|区|州|镇|乡|国家|中央)级/.test(t) || /(民生实事|板块)$/.test(t) && t.length <= 16;
}
/**
 * The key a section is counted under: qualifiers such as 十大重点民生实事 removed.
 * @example sectionKey('省级十大重点民生实事') === '省级'; sectionKey('岳阳市级重点民生实事项目') === '岳阳市级'
 * @example sectionKey('保障重点群体就业') === '保障重点群体就业'
 */
function sectionKey(text) {
    const t = (0, text_1.halfWidth)(text).replace(/\s+/g, '').replace(/^[【\[(（]+|[】\])）]+$/g, '');
    const m = /^(.{0,10}?级)(?:十大|十件|十项)?(?:重点)?(?:民生实事|民生项目|实事)?(?:项目)?$/.exec(t);
    return m?.[1] ?? t;
}
const PREFIX_SEPARATORS = /^(.{1,16}?)\s*(?:·|•|・|：|:|\||｜|—|--|／|\/)\s*(.+)$/;
const BRACKET_PREFIX = /^[【\[]([^】\]]{1,16})[】\]]\s*(.+)$/;
/**
 * A character each of the two patterns needs (a leading bracket, or a separator; `--` holds `-`):
 * text without one is no section prefix, and is spared the patterns' backtracking.
 */
const MAYBE_PREFIX = /[【\[·•・：:|｜—\-／/]/;
/**
 * Splits a section written as a prefix of the project: "省级·推动实现“劳有所得”", "省级：…", "【省级】…".
 * Returns null when the text has no section prefix.
 * @example splitSectionPrefix('岳阳市级·提高粮食产能') → { section: '岳阳市级', rest: '提高粮食产能' }
 */
function splitSectionPrefix(text, known = []) {
    const t = text.trim();
    if (!MAYBE_PREFIX.test(t))
        return null; // most names hold no bracket nor separator
    const m = BRACKET_PREFIX.exec(t) ?? PREFIX_SEPARATORS.exec(t);
    if (!m?.[1] || !m[2])
        return null;
    const prefix = m[1].trim();
    const isDot = /[·•・]/.test(t.slice(prefix.length, prefix.length + 3));
    if (!looksLikeSection(prefix, known) && !(isDot && prefix.length <= 10 && !/\d/.test(prefix)))
        return null;
    return { section: prefix, rest: m[2].trim() };
}
