/**
 * Text normalisation shared by the parsers: full-width to half-width, unified quotes, trimmed.
 */

/**
 * Folds full-width digits, letters and punctuation to their ASCII forms (NFKC) and trims.
 * Ideographic spaces become ordinary spaces.
 * @example halfWidth('１，３８６人') === '1,386人'
 */
export function halfWidth(s: string): string {
  return s.normalize('NFKC').replace(/\u3000/g, ' ').trim();
}

/**
 * A key for comparing names: no white space, quotes and brackets unified away, half-width.
 * @example compareKey('推动实现“劳有所得” ') === compareKey('推动实现"劳有所得"')
 */
export function compareKey(s: string): string {
  const once = (t: string): string => halfWidth(t).replace(/[\s"'“”‘’「」『』《》〈〉·•:：()（）【】\[\]]/g, '').toLowerCase();
  // Removing a space can let NFKC compose what it could not before (Greek tonos): repeat until stable.
  let prev = s;
  let next = once(s);
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
  if (!Number.isFinite(n)) return 0;
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
  return Number(n.toPrecision(12));
}

/**
 * Rounds half away from zero to `decimals` places, on the decimal value as written.
 * @example roundTo(40.875, 2) === 40.88; roundTo(4.337, 2) === 4.34
 */
export function roundTo(n: number, decimals: number): number {
  const f = 10 ** decimals;
  const x = clean(n * f);
  return clean(Math.sign(x) * Math.round(Math.abs(x)) / f);
}
