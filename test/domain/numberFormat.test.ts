import fc from 'fast-check';
import { chineseDate, chineseOrdinal, percentText, plainNumber } from '../../src/domain/numberFormat';
import { parseChineseNumeral } from '../../src/domain/chineseNumeral';
import { parseQuantityText } from '../../src/domain/quantity';
import { fcParams } from './fcSupport';

describe('plainNumber', () => {
  it.each([
    [23.1, '23.1'],
    [23.10, '23.1'],
    [95000000, '95000000'],
    [0.0436 * 100, '4.36'],
    [1386 / 6000 * 100, '23.1'],
    [0, '0'],
    [-0, '0'],
    [-4.5, '-4.5'],
    [1e-7, '0.0000001'],
    [1.5e-8, '0.000000015'],
    [1e21, '1.0000e+21'],
  ])('%p → %j', (n, text) => {
    expect(plainNumber(n)).toBe(text);
  });

  it('never writes an exponent for ordinary amounts, and reads back through the parser', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }), (int, d) => {
        const n = int / 10 ** d;
        const text = plainNumber(n);
        return !/e/i.test(text) && parseQuantityText(text)?.value === Number(text) && Math.abs(Number(text) - n) <= Math.abs(n) * 1e-11;
      }),
      fcParams,
    );
  });
});

describe('percentText', () => {
  it.each([
    [33.333, '33.33'],
    [20, '20'],
    [21.643835616, '21.64'],
    [40.875, '40.88'],
    [99.995, '100'],
    [108.5, '108.5'],
    [0, '0'],
    [-4.337, '-4.34'],
  ])('%p → %j', (n, text) => {
    expect(percentText(n)).toBe(text);
  });

  it('has at most two decimals', () => {
    fc.assert(fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (n) => !/\.\d{3,}/.test(percentText(n))), fcParams);
  });
});

describe('chineseOrdinal', () => {
  it.each([
    [1, '一'], [9, '九'], [10, '十'], [11, '十一'], [12, '十二'], [20, '二十'], [21, '二十一'], [99, '九十九'], [0, '零'], [100, '100'], [-1, '-1'],
  ])('%p → %j', (n, text) => {
    expect(chineseOrdinal(n)).toBe(text);
  });

  it('reads back through parseChineseNumeral for 1..99', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99 }), (n) => parseChineseNumeral(chineseOrdinal(n)) === n), fcParams);
  });
});

describe('chineseDate', () => {
  it.each([
    ['2026-03-23', '2026 年 3 月 23 日'],
    ['2026-01-01', '2026 年 1 月 1 日'],
    ['2024-12-31', '2024 年 12 月 31 日'],
  ])('%s → %j', (iso, text) => {
    expect(chineseDate(iso)).toBe(text);
  });
});
