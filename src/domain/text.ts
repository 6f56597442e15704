/**
 * Text normalisation shared by the parsers: full-width to half-width, unified quotes, trimmed.
 */

/**
 * Folds full-width digits, letters and punctuation to their ASCII forms (NFKC) and trims.
 * Ideographic spaces become ordinary spaces.
 * @example halfWidth('１，３８６人') === '1,386人'
 */
export function halfWidth(s: string): string {
  if (NFKC_STABLE.test(s)) return s.trim();
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
export function compareKey(s: string): string {
  const once = (t: string): string => halfWidth(t).replace(/[\s"'“”‘’「」『』《》〈〉·•:：()（）【】\[\]]/g, '').toLowerCase();
  // Removing a space can let NFKC compose what it could not before (Greek tonos): repeat until stable.
  let prev = s;
  let next = once(s);
  if (NFKC_STABLE.test(next)) return next; // nothing left that NFKC could compose

  for (let k = 0; k < 4 && next !== prev; k++) { prev = next; next = once(next); }
  return next;
}

/**
 * Collapses runs of white space (including ideographic space) into one space and trims.
 * @example squash(' 人社局　　数据 ') === '人社局 数据'
 */
export function squash(s: string): string {
  return s.replace(/[\s\u3000]+/g, ' ').trim();
}

/**
 * Counts decimals of a number as written, ignoring binary floating-point noise.
 * @example decimalsOf(23.1) === 1; decimalsOf(0.0436 * 100) === 2
 */
export function decimalsOf(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return 0;
  const s = String(Number(n.toPrecision(12)));
  const e = /^-?(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s); // 1e-7, 1.5e-8, 1e+21
  if (e) return Math.max(0, (e[2]?.length ?? 0) - Number(e[3]));
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * Removes floating-point noise from a computed value (12 significant digits).
 * @example clean(0.0436 * 100) === 4.36
 */
export function clean(n: number): number {
  if (Number.isInteger(n) && Math.abs(n) < 1e12) return n + 0; // already clean (and -0 becomes 0)
  return Number(n.toPrecision(12));
}

/**
 * Rounds half away from zero to `decimals` places, on the decimal value as written.
 * @example roundTo(40.875, 2) === 40.88; roundTo(4.337, 2) === 4.34
 */
export function roundTo(n: number, decimals: number): number {
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
