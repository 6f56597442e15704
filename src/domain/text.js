"use strict";
/**
 * Text normalisation shared by the parsers: full-width to half-width, unified quotes, trimmed.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.halfWidth = halfWidth;
exports.compareKey = compareKey;
exports.codePointCount = codePointCount;
exports.squash = squash;
exports.decimalsOf = decimalsOf;
exports.clean = clean;
exports.roundTo = roundTo;
/**
 * Folds full-width digits, letters and punctuation to their ASCII forms (NFKC) and trims.
 * Ideographic spaces become ordinary spaces.
 * @example halfWidth('１，３８６人') === '1,386人'
 */
function halfWidth(s) {
    if (NFKC_STABLE.test(s))
        return s.trim();
    return s.normalize('NFKC').replace(/\u3000/g, ' ').trim();
}
/**
 * Text NFKC leaves unchanged: printable ASCII, CJK unified ideographs and the common Chinese
 * punctuation that has no compatibility form. Most cells are such text, and testing is far cheaper
 * than normalising.
 */
const NFKC_STABLE = /^[\t\n\r\x20-\x7e\u4e00-\u9fff\u3001\u3002\u2018\u2019\u201c\u201d\u300a\u300b\u3010\u3011]*$/;
/**
 * A key for comparing names: no white space, quotes and brackets unified away, half-width.
 * @example compareKey('推动实现“劳有所得” ') === compareKey('推动实现"劳有所得"')
 */
function compareKey(s) {
    const fast = stableKey(s);
    if (fast !== null)
        return fast;
    const once = (t) => halfWidth(t).replace(KEY_DROP, '').toLowerCase();
    // Removing a space can let NFKC compose what it could not before (Greek tonos): repeat until stable.
    let prev = s;
    let next = once(s);
    if (NFKC_STABLE.test(next))
        return next; // nothing left that NFKC could compose
    for (let k = 0; k < 4 && next !== prev; k++) {
        prev = next;
        next = once(next);
    }
    return next;
}
/** What compareKey drops: white space, quotes, brackets, colons and middle dots. */
const KEY_DROP = /[\s"'“”‘’「」『』《》〈〉·•:：()（）【】\[\]]/g;
const OTHER = 0;
const KEEP = 1;
const DROP = 2;
/** The characters of KEY_DROP beyond ASCII. */
const WIDE_DROP = new Set([
    0xa0, 0xb7, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
    0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
    0x3008, 0x3009, 0x300a, 0x300b, 0x300c, 0x300d, 0x300e, 0x300f, 0x3010, 0x3011, 0xfeff, 0xff08, 0xff09, 0xff1a,
]);
/** Whether compareKey drops a UTF-16 code unit, keeps it (NFKC-stable), or cannot tell without NFKC. */
function keyClass(c) {
    if (c < 0x80) {
        if (c >= 0x21 && c <= 0x7e)
            return c === 0x22 || c === 0x27 || c === 0x28 || c === 0x29 || c === 0x3a || c === 0x5b || c === 0x5d ? DROP : KEEP;
        return c === 0x20 || (c >= 0x09 && c <= 0x0d) ? DROP : OTHER;
    }
    if ((c >= 0x4e00 && c <= 0x9fff) || c === 0x3001 || c === 0x3002)
        return KEEP;
    return WIDE_DROP.has(c) ? DROP : OTHER;
}
/**
 * compareKey without NFKC, for text made only of NFKC-stable characters and characters it drops;
 * null for any other text. Every dropped character is one NFKC leaves alone or folds into one that
 * is dropped too (（ → (, ： → :, no-break and ideographic spaces → space), and none combines with
 * its neighbours, so normalising first would change nothing: names with full-width brackets or
 * colons, the common case, are spared NFKC and the regular expressions.
 */
function stableKey(s) {
    let out = '';
    let start = 0;
    let upper = false;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        const k = keyClass(c);
        if (k === KEEP) {
            if (c >= 0x41 && c <= 0x5a)
                upper = true;
            continue;
        }
        if (k === OTHER)
            return null;
        if (i > start)
            out += s.slice(start, i);
        start = i + 1;
    }
    const key = start === 0 ? s : out + s.slice(start);
    return upper ? key.toLowerCase() : key;
}
/**
 * The number of code points of a text, as `[...s].length` counts them (a lone surrogate counts as
 * one), without building the array.
 * @example codePointCount('人社局') === 3; codePointCount('𠀀a') === 2
 */
function codePointCount(s) {
    let n = s.length;
    for (let i = 0; i < s.length - 1; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                n--;
                i++;
            }
        }
    }
    return n;
}
/**
 * Collapses runs of white space (including ideographic space) into one space and trims.
 * @example squash(' 人社局　　数据 ') === '人社局 数据'
 */
function squash(s) {
    return s.replace(/[\s\u3000]+/g, ' ').trim();
}
/**
 * Counts decimals of a number as written, ignoring binary floating-point noise.
 * @example decimalsOf(23.1) === 1; decimalsOf(0.0436 * 100) === 2
 */
function decimalsOf(n) {
    if (!Number.isFinite(n) || Number.isInteger(n))
        return 0;
    // The fewest decimals d for which a decimal k·10^-d (k an integer under 10^12) reads back as n:
    // that decimal is n's shortest form (a shorter one would have been found at its own d, as
    // Math.round(n·10^d) is within 10^-3 of its k), without turning n into a text.
    for (let d = 1, f = 10; d <= 6; d++, f *= 10) {
        const k = Math.round(n * f);
        if (Math.abs(k) >= 1e12)
            break;
        if (k / f === n)
            return d;
    }
    // Written with at most 12 significant digits and no exponent, n is already what toPrecision(12)
    // would give back (the double nearest a 12-digit decimal rounds to that decimal): its shortest
    // form is the answer, without the round trip.
    const w = String(n);
    if (w.indexOf('e') < 0) {
        let first = w.charCodeAt(0) === 45 ? 1 : 0; // '-'
        while (first < w.length && (w[first] === '0' || w[first] === '.'))
            first++;
        const dot = w.indexOf('.');
        if (w.length - first - (dot > first ? 1 : 0) <= 12)
            return w.length - dot - 1;
    }
    const s = String(Number(n.toPrecision(12)));
    const e = /^-?(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s); // 1e-7, 1.5e-8, 1e+21
    if (e)
        return Math.max(0, (e[2]?.length ?? 0) - Number(e[3]));
    const dot = s.indexOf('.');
    return dot < 0 ? 0 : s.length - dot - 1;
}
/**
 * Removes floating-point noise from a computed value (12 significant digits).
 * @example clean(0.0436 * 100) === 4.36
 */
function clean(n) {
    if (Number.isInteger(n) && Math.abs(n) < 1e12)
        return n + 0; // already clean (and -0 becomes 0)
    // A value with a few decimals (58.14, 1.21): when the decimal k·10^-d (k an integer under 10^12,
    // so at most 12 significant digits) is read back as n, n is already what toPrecision(12) gives
    // back (n lies far closer to that decimal than half its 12th digit), so the round trip through a
    // text is spared. Math.round, not a test for an integer: 1.15 * 100 is 114.99999999999999.
    for (let f = 10; f <= 1e6; f *= 10) {
        const k = Math.round(n * f);
        if (Math.abs(k) >= 1e12)
            break;
        if (k / f === n)
            return n;
    }
    return Number(n.toPrecision(12));
}
/**
 * Rounds half away from zero to `decimals` places, on the decimal value as written.
 * @example roundTo(40.875, 2) === 40.88; roundTo(4.337, 2) === 4.34
 */
function roundTo(n, decimals) {
    const f = 10 ** decimals;
    if (!(Number.isInteger(decimals) && decimals >= 0 && decimals <= 15)) {
        const x0 = clean(n * f);
        return clean(Math.sign(x0) * Math.round(Math.abs(x0)) / f);
    }
    const y = n * f;
    const a = Math.abs(y);
    // Cleaning moves y by at most 5e-12·|y|: it can change the rounding only next to a half.
    const x = Math.abs(a - Math.floor(a) - 0.5) <= a * 1e-11 ? clean(y) : y;
    const k = Math.sign(x) * Math.round(Math.abs(x));
    // k/f is the double nearest the decimal k·10^-decimals, which is what clean would return.
    return Math.abs(k) < 1e12 ? k / f + 0 : clean(k / f);
}
