"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseQuantityText = parseQuantityText;
exports.parseCell = parseCell;
exports.parseValue = parseValue;
exports.parseValueShared = parseValueShared;
exports.plainNumberText = plainNumberText;
exports.numberQuantity = numberQuantity;
exports.cellText = cellText;
/**
 * Parsing cell values into quantities: numbers as text, units inside cells, 万/亿 multipliers,
 * full-width digits, thousands separators, percentages as text or as %-formatted fractions,
 * small Chinese numerals, and bounds written around a target (≤, 不高于, …以内).
 */
const grid_1 = require("./grid");
const chineseNumeral_1 = require("./chineseNumeral");
const text_1 = require("./text");
const units_1 = require("./units");
const memo_1 = require("./memo");
const NUMBER = String.raw `[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+`;
const MAX_PREFIX = /^(?:≤|<=|<|不高于|不超过|低于|控制在|最高|上限为?|小于)/;
const MAX_SUFFIX = /(?:以内|以下|之内|及以下|为上限|封顶)$/;
const MIN_PREFIX = /^(?:≥|>=|>|不低于|不少于|高于|达到?|超过|至少|大于)/;
const MIN_SUFFIX = /(?:以上|及以上)$/;
const SOFT_PREFIX = /^(?:(?:约|近|共|合计|累计|计|完成|已完成|全年|年度|目标|任务)[:：]?)+/;
const SOFT_SUFFIX = /(?:左右|余|多)$/;
const WHOLE = new RegExp(String.raw `^(${NUMBER})\s*([^\d\s].*)?$`);
const CHINESE = new RegExp(`^([${chineseNumeral_1.CHINESE_NUMERAL_CHARS}]+)(.*)$`);
/**
 * Parses text that holds one quantity, and nothing else of substance.
 * @example parseQuantityText('17.14万人次') → { value: 17.14, unit: '万人次', decimals: 2, bound: null }
 * @example parseQuantityText('１，３８６人') → { value: 1386, unit: '人', … }
 * @example parseQuantityText('≤5.5%') → { value: 5.5, unit: '%', bound: 'max', … }
 * @example parseQuantityText('两所') → { value: 2, unit: '所', … }
 * @example parseQuantityText('待下达') → null
 */
function parseQuantityText(text) {
    let s = (0, text_1.halfWidth)(text).replace(/\s+/g, '');
    if (!s)
        return null;
    let bound = null;
    if (MAX_PREFIX.test(s)) {
        bound = 'max';
        s = s.replace(MAX_PREFIX, '');
    }
    else if (MIN_PREFIX.test(s)) {
        bound = 'min';
        s = s.replace(MIN_PREFIX, '');
    }
    s = s.replace(SOFT_PREFIX, '');
    if (MAX_SUFFIX.test(s)) {
        bound = 'max';
        s = s.replace(MAX_SUFFIX, '');
    }
    else if (MIN_SUFFIX.test(s)) {
        bound = bound ?? 'min';
        s = s.replace(MIN_SUFFIX, '');
    }
    s = s.replace(SOFT_SUFFIX, '').replace(/[。.;；,，]+$/, '');
    const m = WHOLE.exec(s);
    if (m) {
        const num = (m[1] ?? '').replace(/,/g, '');
        const value = Number(num);
        if (!Number.isFinite(value))
            return null;
        // "6000余人", "3000多万元", "2万余人": 余/多 say "more than", they are not part of the unit
        const unit = (m[2] ?? '').trim().replace(/^(万|亿|百万|千万)?(?:余|多)(?=\S)/, '$1');
        if (unit && !(0, units_1.looksLikeUnit)(unit) && !/^[万亿]$/.test(unit))
            return null;
        const dot = num.indexOf('.');
        return { value, unit: unit || null, decimals: dot < 0 ? 0 : num.length - dot - 1, bound };
    }
    const c = CHINESE.exec(s);
    if (c) {
        const n = (0, chineseNumeral_1.parseChineseNumeral)(c[1] ?? '');
        const unit = (c[2] ?? '').trim();
        // only before a measure word: 两所, 十二场 are counts, 一般, 一直在推进 are words
        if (n !== null && !unit && [...(c[1] ?? '')].length <= 4 && c[1] !== '零')
            return { value: n, unit: null, decimals: 0, bound }; // a bare 三 in a number cell
        if (n === null || !unit || !(0, units_1.isMeasureWord)(unit))
            return null;
        return { value: n, unit, decimals: 0, bound };
    }
    return null;
}
/**
 * Reads one cell: a number (with its %-format honoured), a quantity written as text, free text,
 * an Excel error value, a date, or empty.
 * @example parseCell({ v: 0.231, fmt: '0.00%' }) → quantity 23.1 with unit '%'
 * @example parseCell({ v: '460万元' }) → quantity 460 with unit '万元'
 * @example parseCell({ v: { error: '#DIV/0!' } }) → { kind: 'error', error: '#DIV/0!' }
 */
function parseCell(cell) {
    return parseValue(cell?.v ?? null, cell?.fmt);
}
/** As {@link parseCell}, for a bare value and optional number format. */
function parseValue(v, fmt) {
    const p = parseValueShared(v, fmt);
    if (typeof v === 'number' || v === null || v === undefined)
        return p; // new
    // Remembered results are shared: the caller gets its own copy.
    return p.kind === 'quantity' ? { kind: 'quantity', quantity: { ...p.quantity } } : { ...p };
}
/**
 * As {@link parseValue}, without copying what a text gives: a text's result is the one remembered
 * for it, shared by every caller (read it, or copy what is kept); a number's (or an empty cell's) is new.
 * @example parseValueShared('１００人') === parseValueShared('１００人') // the same object
 */
function parseValueShared(v, fmt) {
    if (v === null || v === undefined)
        return { kind: 'empty' };
    if (typeof v === 'number') {
        if (!Number.isFinite(v))
            return { kind: 'error', error: String(v) };
        const quantity = numberQuantity(v, fmt);
        return quantity ? { kind: 'quantity', quantity } : { kind: 'error', error: '#NUM!' }; // 1.8e308 shown as % overflows
    }
    if (typeof v === 'boolean')
        return { kind: 'text', text: v ? 'TRUE' : 'FALSE' };
    if ((0, grid_1.isCellError)(v))
        return { kind: 'error', error: v.error };
    if ((0, grid_1.isCellDate)(v))
        return { kind: 'date', date: v.date };
    return parsedText(String(v));
}
/**
 * What {@link parseValue} gives a text made only of digits (ASCII or full-width), with at most one
 * decimal point inside and one per cent sign at the end ("４３", "58.14%", "１２．５"), worked out
 * without NFKC, regular expressions of every kind or the memory of texts: such texts are most of
 * the number columns written as text, and nearly all differ. Null for any other text (then parse
 * it with {@link parseValue}). The quantity is new.
 * @example plainNumberText('５８.１４%') → { value: 58.14, unit: '%', decimals: 2, bound: null }; plainNumberText('2,250') === null
 */
function plainNumberText(text) {
    const n = text.length;
    let end = n;
    let unit = null;
    if (n > 1) {
        const last = text.charCodeAt(n - 1);
        if (last === 0x25 || last === 0xff05) {
            unit = '%';
            end = n - 1;
        } // % ％
    }
    let dot = -1;
    let wide = false;
    for (let i = 0; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x30 && c <= 0x39)
            continue;
        if (c >= 0xff10 && c <= 0xff19) {
            wide = true;
            continue;
        }
        if ((c === 0x2e || c === 0xff0e) && dot < 0 && i > 0 && i < end - 1) {
            dot = i;
            wide ||= c === 0xff0e;
            continue;
        }
        return null;
    }
    if (end === 0)
        return null;
    let num = end === n ? text : text.slice(0, end);
    if (wide) {
        let folded = '';
        for (let i = 0; i < num.length; i++) {
            const c = num.charCodeAt(i);
            folded += String.fromCharCode(c >= 0xff00 ? c - 0xfee0 : c);
        }
        num = folded;
    }
    return { value: Number(num), unit, decimals: dot < 0 ? 0 : end - dot - 1, bound: null };
}
/**
 * The quantity a number cell shows (its %-format honoured), new; null when it is not finite or
 * overflows once shown as a percentage (then {@link parseValue} gives an error).
 * @example numberQuantity(0.231, '0.00%') → { value: 23.1, unit: '%', decimals: 1, bound: null }
 */
function numberQuantity(v, fmt) {
    if (!Number.isFinite(v))
        return null;
    if (fmt && isPercentFormat(fmt)) {
        const value = (0, text_1.clean)(v * 100);
        if (!Number.isFinite(value))
            return null;
        return { value, unit: '%', decimals: (0, text_1.decimalsOf)(value), bound: null };
    }
    return { value: v, unit: null, decimals: (0, text_1.decimalsOf)(v), bound: null };
}
/** A number format that shows a percentage (a % outside quoted text): formats recur on every row. */
const isPercentFormat = (0, memo_1.memoise)((fmt) => /%/.test(fmt.replace(/"[^"]*"/g, '')), 1_000);
/** Texts recur in number columns ("１００", "100%", "待下达"): each is parsed once. */
const parsedText = (0, memo_1.memoise)(parseText, 50_000);
function parseText(text) {
    if (!text.trim())
        return { kind: 'empty' };
    const folded = (0, text_1.halfWidth)(text);
    if (/^#(DIV\/0!|N\/A|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i.test(folded)) {
        return { kind: 'error', error: folded.toUpperCase() };
    }
    const q = parseQuantityText(text);
    if (q)
        return { kind: 'quantity', quantity: q };
    return { kind: 'text', text: text.trim() };
}
/**
 * The text of a cell for headers, names and prose: numbers are written plainly, errors and empty
 * cells give ''.
 * @example cellText({ v: ' 省级 ' }) === '省级'
 */
function cellText(cell) {
    const v = cell?.v ?? null;
    if (v === null)
        return '';
    if (typeof v === 'string')
        return v.trim();
    if (typeof v === 'number')
        return String(v);
    if (typeof v === 'boolean')
        return v ? 'TRUE' : 'FALSE';
    if ((0, grid_1.isCellDate)(v))
        return v.date;
    return '';
}
