import fc from 'fast-check';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from '../../src/domain/chineseNumeral';
import { fcParams } from './fcSupport';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['二', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十五', 25],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['一千零一十', 1010],
    ['三万五千', 35000],
    ['一万零五百', 10500],
    ['十万', 100000],
    ['九千九百九十九万九千九百九十九', 99999999],
    ['零', 0],
    ['〇', 0],
    ['壹佰贰拾叁', 123],
    ['两千', 2000],
  ])('%s → %p', (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });

  it.each([
    ['', 'empty'],
    ['一二', 'two digits in a row'],
    ['二〇二六', 'a digit sequence (a year)'],
    ['万', 'a bare 万'],
    ['十百', 'units that do not descend'],
    ['十十', 'a repeated unit'],
    ['一万万', 'two 万'],
    ['零十', 'a unit after 零'],
    ['一个', 'a classifier'],
    ['12', 'Arabic digits'],
    ['一般', 'a word'],
  ])('%s → null (%s)', (s) => {
    expect(parseChineseNumeral(s)).toBeNull();
  });

  const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  /** The regular reading of n (1 ≤ n < 1e8), as a bulletin would write it. */
  function write(n: number): string {
    const below = (x: number): string => {
      // 1..9999
      let s = '';
      let pendingZero = false;
      for (const [unit, ch] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const) {
        const d = Math.floor(x / unit) % 10;
        if (d === 0) {
          if (s) pendingZero = true;
          continue;
        }
        if (pendingZero) s += '零';
        pendingZero = false;
        s += DIGITS[d] + ch;
      }
      return s;
    };
    const wan = Math.floor(n / 10000);
    const rest = n % 10000;
    if (!wan) return below(rest);
    return below(wan) + '万' + (rest ? (rest < 1000 ? '零' : '') + below(rest) : '');
  }

  it('reads back every number written the regular way below 100 million', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99_999_999 }), (n) => parseChineseNumeral(write(n)) === n), fcParams);
  });

  it('gives a non-negative integer or null for any run of numeral characters, never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...CHINESE_NUMERAL_CHARS), maxLength: 12 }), (s) => {
        const n = parseChineseNumeral(s);
        return n === null || (Number.isInteger(n) && n >= 0);
      }),
      fcParams,
    );
  });

  it('gives null for any text with a character that is not a numeral', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }), (s) => {
        fc.pre([...s].some((ch) => !CHINESE_NUMERAL_CHARS.includes(ch)));
        return parseChineseNumeral(s) === null;
      }),
      fcParams,
    );
  });
});
