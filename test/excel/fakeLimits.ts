/**
 * What Excel refuses or limits, as the strict fake (fakeExcel.ts) applies it. Each rule cites where
 * Microsoft documents it (the office.js reference, bundled as @types/office-js, and learn.microsoft.com),
 * or the OfficeDev/office-js issue that shows Excel doing it. Pure functions: no jest, no mocks.
 */
import { isoToSerial } from '../../src/excel/officeValues';

/**
 * Excel on the web refuses a request, and a response, over 5 MB ("Excel on the web has a payload size
 * limit for requests and responses of 5MB", learn.microsoft.com/office/dev/add-ins/concepts/
 * resource-limits-and-performance-optimization#excel-add-ins). The fake applies it everywhere, and
 * counts 5 MB as 5,000,000 bytes (the stricter reading).
 */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/**
 * `Range.getMergedAreasOrNullObject` "will fail to return the result" when the range holds more than
 * 512 merged areas (reference of the method, ExcelApi 1.13).
 */
export const MERGED_AREAS_LIMIT = 512;

/** An error shaped like office.js's OfficeExtension.Error: a message and a code. */
export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/**
 * Why a value or number-format matrix cannot be set on a range of `rows` × `cols`, or null. Excel takes
 * one value (applied to every cell: "If the argument is a single value, it will be applied to all cells
 * in the range", reference of Range.values / numberFormat / formulas, ExcelApi 1.1) or a matrix of
 * exactly the range's shape; anything else fails with InvalidArgument ("The number of rows or columns in
 * the input array doesn't match the size or dimensions of the range").
 * @example shapeProblem([[1, 2]], 1, 2) === null; shapeProblem([[1]], 2, 2) !== null; shapeProblem('x', 5, 5) === null
 */
export function shapeProblem(input: unknown, rows: number, cols: number): string | null {
  if (!Array.isArray(input)) return null;
  if (input.length !== rows || input.some((r) => !Array.isArray(r) || r.length !== cols)) {
    const got = `${input.length}×${Array.isArray(input[0]) ? (input[0] as unknown[]).length : '?'}`;
    return `The number of rows or columns in the input array (${got}) doesn't match the size or dimensions of the range (${rows}×${cols}).`;
  }
  return null;
}

/** What a cell holds after Excel parses a value written through `Range.values`. */
export type ParsedEntry =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; fmt?: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'formula'; formula: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/**
 * How Excel takes a string written through `Range.values`, as the reference of Range.values says:
 * "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets
 * this value as a formula", and ISO dates ("YYYY-MM-DD") become dates; numbers, percentages and
 * TRUE/FALSE become numbers and booleans as when typed. A leading apostrophe keeps the rest as text
 * (the apostrophe itself is not part of the value).
 * @example parseEntry("'=A1") → { kind: 'text', text: '=A1' }; parseEntry('001') → { kind: 'number', value: 1 }
 * @example parseEntry('-3天') → { kind: 'formula', formula: '-3天' }; parseEntry('-3') → { kind: 'number', value: -3 }
 */
export function parseEntry(s: string): ParsedEntry {
  if (s.startsWith("'")) return { kind: 'text', text: s.slice(1) };
  const t = s.trim();
  if (NUMBER.test(t)) return { kind: 'number', value: Number(t) };
  if (GROUPED.test(t)) return { kind: 'number', value: Number(t.replace(/,/g, '')), fmt: '#,##0' };
  if (PERCENT.test(t)) return { kind: 'number', value: Number(t.slice(0, -1)) / 100, fmt: '0%' };
  const d = ISO_DATE.exec(t);
  if (d) {
    const iso = `${d[1]}-${d[2]!.padStart(2, '0')}-${d[3]!.padStart(2, '0')}`;
    const month = Number(d[2]);
    const day = Number(d[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { kind: 'number', value: isoToSerial(iso), fmt: 'yyyy/m/d' };
  }
  if (/^(true|false)$/i.test(t)) return { kind: 'boolean', value: t.toLowerCase() === 'true' };
  if (s.length > 1 && /^[=+-]/.test(s)) return { kind: 'formula', formula: s };
  return { kind: 'text', text: s };
}

/**
 * True when requirement-set version `have` is at least `need` ("1.14" ≥ "1.9").
 * @example versionAtLeast('1.14', '1.9') === true; versionAtLeast('1.12', '1.13') === false
 */
export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split('.').map(Number);
  const b = need.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}
