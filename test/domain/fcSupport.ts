/**
 * Shared fast-check settings and arbitraries for the domain property tests.
 * Runs: 1000 per property, multiplied by FC_RUNS_FACTOR when set (e.g. FC_RUNS_FACTOR=10 in CI nights).
 */
import fc from 'fast-check';
import type { CellValue } from '../../src/domain/grid';

const factor = Number(process.env.FC_RUNS_FACTOR ?? '1');
export const NUM_RUNS = Math.max(1, Math.round(1000 * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
export const fcParams = { numRuns: NUM_RUNS };

/** Characters departments' cells are made of: CJK, full-width forms, digits, units, punctuation. */
const CHARS = [
  ...'0123456789０１２３４５６７８９.,，。、；;:：%％‰+-−()（）【】[]《》“”"\' 　\n\t',
  ...'万亿千百十零〇一二两三四五六七八九壹贰叁元人次所个场公里米平方吨亩户项',
  ...'已完成累计全年目标任务下达暂无数据截至止年月日季度上半前底内以不超过高于低控制在≤≥<>约余多左右',
  ...'#DIV/0!N/AREF抱歉𠀀😀\u0000\u200b\ufeff',
];
export const cjkString = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: fc.constantFrom(...CHARS), maxLength }),
    fc.string({ maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
  );

/** Any value a cell may hold, the odd ones included. */
export const anyCellValue: fc.Arbitrary<CellValue> = fc.oneof(
  cjkString(),
  fc.double(),
  fc.integer(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, Number.MAX_VALUE, Number.MIN_VALUE, 1e21, -1e-7),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('#DIV/0!', '#N/A', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!').map((error) => ({ error })),
  fc.string({ maxLength: 12 }).map((error) => ({ error })),
  fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true }).map((d) => ({ date: d.toISOString().slice(0, 10) })),
  fc.string({ maxLength: 12 }).map((date) => ({ date })),
);

/** Optional number formats, including quoted and escaped percent signs. */
export const anyFormat: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('General', '0', '0.00', '0%', '0.0%', '0.00%', '#,##0', '0.00"%"', '@', 'yyyy-mm-dd', '[Red]0.0%'),
  fc.string({ maxLength: 8 }),
);

/** Full-width form of ASCII digits, comma and dot. */
export function toFullWidth(s: string): string {
  return s.replace(/[0-9.,%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** An integer written with thousands separators: 1234567 → "1,234,567". */
export function withThousands(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
