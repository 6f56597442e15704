"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolveUnit = resolveUnit;
exports.sharedUnit = sharedUnit;
exports.conversionFactor = conversionFactor;
exports.looksLikeUnit = looksLikeUnit;
exports.isMeasureWord = isMeasureWord;
/**
 * Units: splitting a written unit into a multiplier and a base unit, and converting between units
 * of the same dimension (万元 → 元, 万人次 → 人次, 米 → 公里).
 */
const memo_1 = require("./memo");
/** Units of measure that convert into a base unit other than themselves. */
const MEASURES = {
    元: { base: '元', factor: 1, dimension: 'money' },
    公里: { base: '公里', factor: 1, dimension: 'length' },
    千米: { base: '公里', factor: 1, dimension: 'length' },
    km: { base: '公里', factor: 1, dimension: 'length' },
    米: { base: '公里', factor: 0.001, dimension: 'length' },
    m: { base: '公里', factor: 0.001, dimension: 'length' },
    亩: { base: '亩', factor: 1, dimension: 'area-mu' },
    公顷: { base: '亩', factor: 15, dimension: 'area-mu' },
    平方米: { base: '平方米', factor: 1, dimension: 'area' },
    '㎡': { base: '平方米', factor: 1, dimension: 'area' },
    m2: { base: '平方米', factor: 1, dimension: 'area' },
    平方公里: { base: '平方米', factor: 1e6, dimension: 'area' },
    平方千米: { base: '平方米', factor: 1e6, dimension: 'area' },
    km2: { base: '平方米', factor: 1e6, dimension: 'area' },
    立方米: { base: '立方米', factor: 1, dimension: 'volume' },
    m3: { base: '立方米', factor: 1, dimension: 'volume' },
    吨: { base: '吨', factor: 1, dimension: 'mass' },
    公斤: { base: '吨', factor: 0.001, dimension: 'mass' },
    千克: { base: '吨', factor: 0.001, dimension: 'mass' },
    '%': { base: '%', factor: 1, dimension: 'percent' },
    人: { base: '人', factor: 1, dimension: 'people' },
    名: { base: '人', factor: 1, dimension: 'people' },
    位: { base: '人', factor: 1, dimension: 'people' },
};
/** Leading multipliers that may stand before a unit. Longest first. */
const MULTIPLIERS = [
    ['百万', 1e6],
    ['千万', 1e7],
    ['万亿', 1e12],
    ['亿', 1e8],
    ['万', 1e4],
];
/**
 * Resolves a written unit.
 * @example resolveUnit('万元') → { written: '万元', base: '元', factor: 10000, dimension: 'money' }
 * @example resolveUnit('人次') → { base: '人次', factor: 1, dimension: 'count:人次' }
 */
function resolveUnit(written) {
    const known = resolved(written);
    return known && { ...known };
}
/** Sheets repeat a handful of units on every row: each is resolved once (copies out). */
const resolved = (0, memo_1.memoise)(resolveOnce, 10_000);
/**
 * As {@link resolveUnit}, without the copy: the remembered resolution, shared by every caller, for
 * callers that only read it (the engine resolves two units per indicator).
 * @example sharedUnit('万元')?.factor === 10000 // the same object on every call
 */
function sharedUnit(written) {
    return resolved(written);
}
function resolveOnce(written) {
    const w = written.normalize('NFKC').replace(/\s+/g, '').replace(/^[（(]|[）)]$/g, '');
    if (!w)
        return null;
    let factor = 1;
    let rest = w;
    for (const [prefix, f] of MULTIPLIERS) {
        if (rest.startsWith(prefix) && rest.length > prefix.length) {
            factor = f;
            rest = rest.slice(prefix.length);
            break;
        }
    }
    // own keys only: a unit written "constructor" or "valueOf" is not Object.prototype's
    const own = (k) => (Object.hasOwn(MEASURES, k) ? MEASURES[k] : undefined);
    const measure = own(rest) ?? (/^[A-Za-z0-9]+$/.test(rest) ? own(rest.toLowerCase()) : undefined);
    if (measure)
        return { written: w, base: measure.base, factor: factor * measure.factor, dimension: measure.dimension };
    if (rest.includes('/'))
        return { written: w, base: rest, factor, dimension: `rate:${rest}` };
    return { written: w, base: rest, factor, dimension: `count:${rest}` };
}
/**
 * The factor that converts a value in unit `from` to the base unit of `to`, or null when the two
 * cannot be converted (万元 against 人).
 * @example conversionFactor(resolveUnit('万元'), resolveUnit('亿元')) === 10000 // 1 万元 = 10000 元, the base of 亿元
 */
function conversionFactor(from, to) {
    if (from.dimension !== to.dimension || from.base !== to.base)
        return null;
    return from.factor;
}
/**
 * True when `s` looks like a unit: a short run without digits or sentence punctuation.
 * @example looksLikeUnit('万人次') === true; looksLikeUnit('已完成') === false
 */
function looksLikeUnit(s) {
    const t = s.trim();
    if (!t || t.length > 6)
        return false;
    if (/[\d，,。；;：:！!？?]/.test(t.replace(/(m|米)[23]$/, '')))
        return false;
    if (/(完成|已|未|待|暂|正在|计划|目前)/.test(t))
        return false;
    return true;
}
/** Measure words departments count in (所, 个, 场, 人次 …), with an optional 万/亿 in front. */
const COUNT_WORDS = /^(?:[万亿])?(?:[个所场次人家户项座条处辆台件批期名位间张套栋幢支队校园村站点轮趟部本册份门棵株头只块片盏艘架列床班堂节宗笔单]|人次|场次|户次|车次|班次|批次|课时|学时|公里|千米|米|亩|公顷|元|吨|公斤|千克|平方米|立方米)$/;
/**
 * True when `s` is a measure word a count is written with (所, 个, 场次, 万元 …): stricter than
 * {@link looksLikeUnit}, for figures written in Chinese numerals, where 一般 or 一直 are words, not
 * amounts.
 * @example isMeasureWord('所') === true; isMeasureWord('般') === false
 */
function isMeasureWord(s) {
    return COUNT_WORDS.test(s.trim());
}
