import fc from 'fast-check';
import { clean, codePointCount, compareKey, decimalsOf, halfWidth, roundTo, squash } from '../../src/domain/text';
import { fcParams } from './fcSupport';

describe('halfWidth', () => {
  it.each([
    ['１，３８６人', '1,386人'],
    ['１０', '10'],
    ['５２．９％', '52.9%'],
    ['（万元）', '(万元)'],
    ['　人社局　', '人社局'],
    ['ＡＢＣ', 'ABC'],
    ['数据截至：2026年3月20日', '数据截至:2026年3月20日'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (input, expected) => {
    expect(halfWidth(input)).toBe(expected);
  });

  it('keeps CJK ideographs as they are', () => {
    expect(halfWidth('推动实现劳有所得')).toBe('推动实现劳有所得');
  });

  it('turns an ideographic space inside the text into an ordinary space', () => {
    expect(halfWidth('人社局　数据')).toBe('人社局 数据');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => halfWidth(halfWidth(s)) === halfWidth(s)), fcParams);
  });
});

describe('compareKey', () => {
  it('ignores curly vs straight quotes and white space', () => {
    expect(compareKey('推动实现“劳有所得” ')).toBe(compareKey('推动实现"劳有所得"'));
  });
  it('ignores brackets and the middle dot', () => {
    expect(compareKey('【省级】·推动')).toBe(compareKey('省级推动'));
  });
  it('folds case and width', () => {
    expect(compareKey('ＰＭ２.５浓度')).toBe(compareKey('pm2.5浓度'));
  });
  it('keeps different names apart', () => {
    expect(compareKey('劳有所得')).not.toBe(compareKey('老有所养'));
  });
  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => compareKey(compareKey(s)) === compareKey(s)), fcParams);
  });
});

describe('squash', () => {
  it('collapses runs of spaces, ideographic spaces and line breaks', () => {
    expect(squash(' 人社局　　数据 ')).toBe('人社局 数据');
    expect(squash('完成率\n（%）')).toBe('完成率 （%）');
  });
  it('gives "" for white space only', () => {
    expect(squash(' \t\u3000\n')).toBe('');
  });
});

describe('decimalsOf', () => {
  it.each([
    [23.1, 1],
    [0.0436 * 100, 2],
    [52.917, 3],
    [6000, 0],
    [0, 0],
    [-0, 0],
    [-4.36, 2],
    [0.1 + 0.2, 1],
    [1e-7, 7],
    [1.5e-8, 9],
    [1e21, 0],
    [NaN, 0],
    [Infinity, 0],
    [-Infinity, 0],
  ])('decimalsOf(%p) === %p', (n, d) => {
    expect(decimalsOf(n)).toBe(d);
  });

  it('matches the decimals of a number written with up to 6 decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), (int, d) => {
        const written = (int / 10 ** d).toFixed(d).replace(/\.?0+$/, '');
        const expected = written.includes('.') ? written.length - written.indexOf('.') - 1 : 0;
        return decimalsOf(Number(written)) === expected;
      }),
      fcParams,
    );
  });

  it('gives what the decimals of its shortest text give (its fast path for few decimals included)', () => {
    // The definition: the shortest text's decimals when it has at most 12 significant digits and
    // no exponent, else those of the number rounded to 12 significant digits.
    const plain = (n: number): number => {
      if (!Number.isFinite(n) || Number.isInteger(n)) return 0;
      const w = String(n);
      const digits = w.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
      if (!w.includes('e') && digits.length <= 12) return w.includes('.') ? w.length - w.indexOf('.') - 1 : 0;
      const s = String(Number(n.toPrecision(12)));
      const e = /^-?(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
      if (e) return Math.max(0, (e[2]?.length ?? 0) - Number(e[3]));
      return s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
    };
    const fewDecimals = fc.tuple(fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom(0, 1, -1, 2e-16, 1e-13))
      .map(([k, d, noise]) => (k / 10 ** d) * (1 + noise));
    const products = fc.tuple(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: 0, max: 6 }), fc.constantFrom(1, 100, 0.01, 1e4, 1e-4, 3, 0.1))
      .map(([k, d, f]) => (k / 10 ** d) * f);
    fc.assert(fc.property(fc.oneof(fc.double(), fewDecimals, products), (n) => decimalsOf(n) === plain(n)), fcParams);
    for (const n of [1.15, 1.005, 0.1 + 0.2, 0.0436 * 100, 111.44, 1e-6, 1.5e-6, 999999.5, 99999999999.95]) expect(decimalsOf(n)).toBe(plain(n));
  });

  it('never throws and is never negative', () => {
    fc.assert(fc.property(fc.double(), (n) => decimalsOf(n) >= 0), fcParams);
  });
});

describe('clean', () => {
  it.each([
    [0.0436 * 100, 4.36],
    [0.1 + 0.2, 0.3],
    [1386 / 6000 * 100, 23.1],
    [95000000, 95000000],
    [-0.1 - 0.2, -0.3],
  ])('clean(%p) === %p', (n, expected) => {
    expect(clean(n)).toBe(expected);
  });
  it('keeps NaN and infinities', () => {
    expect(clean(NaN)).toBeNaN();
    expect(clean(Infinity)).toBe(Infinity);
    expect(clean(-Infinity)).toBe(-Infinity);
  });
  it('is idempotent', () => {
    fc.assert(fc.property(fc.double({ noNaN: true }), (n) => Object.is(clean(clean(n)), clean(n))), fcParams);
  });

  it('gives what the round trip through 12 significant digits gives (its fast path for few decimals included)', () => {
    const plain = (n: number): number => (Number.isInteger(n) && Math.abs(n) < 1e12 ? n + 0 : Number(n.toPrecision(12)));
    const fewDecimals = fc.tuple(fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom(0, 1, -1, 2e-16, 1e-13))
      .map(([k, d, noise]) => (k / 10 ** d) * (1 + noise));
    const products = fc.tuple(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: 0, max: 6 }), fc.constantFrom(1, 100, 0.01, 1e4, 1e-4, 3, 0.1))
      .map(([k, d, f]) => (k / 10 ** d) * f);
    fc.assert(fc.property(fc.oneof(fc.double({ noNaN: true }), fewDecimals, products), (n) => Object.is(clean(n), plain(n))), fcParams);
    for (const n of [1.15, 0.1 + 0.2, 0.0436 * 100, 58.14, 111.44, 1.1144 * 100, 999999999999.5, 99999999999.95, 1e-7, 5e-324]) expect(Object.is(clean(n), plain(n))).toBe(true);
  });
});

describe('roundTo', () => {
  it.each([
    [40.875, 2, 40.88],
    [4.337, 2, 4.34],
    [52.917, 1, 52.9],
    [1.005, 2, 1.01],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [-40.875, 2, -40.88],
    [21.643835616438356, 2, 21.64],
    [33.333333, 2, 33.33],
    [99.995, 2, 100],
    [0, 2, 0],
    [6000, 0, 6000],
    [0.0436 * 100, 2, 4.36],
  ])('roundTo(%p, %p) === %p', (n, d, expected) => {
    expect(roundTo(n, d)).toBe(expected);
  });

  it('passes NaN through', () => {
    expect(roundTo(NaN, 2)).toBeNaN();
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (n, d) => {
        const once = roundTo(n, d);
        return roundTo(once, d) === once;
      }),
      fcParams,
    );
  });

  it('moves a value by at most half a unit of the last place', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        return Math.abs(roundTo(n, d) - n) <= 0.5 / 10 ** d + 1e-9;
      }),
      fcParams,
    );
  });

  it('leaves a number with no more decimals than asked as it is', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 3, max: 6 }), (int, d, places) => {
        const n = clean(int / 10 ** d);
        return roundTo(n, places) === n;
      }),
      fcParams,
    );
  });

  it('is symmetric around zero (half away from zero)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (n, d) => roundTo(-n, d) === -roundTo(n, d)),
      fcParams,
    );
  });
});

/**
 * The fast paths in text.ts (skip NFKC for text it cannot change, skip toPrecision for integers and
 * away from halves) must give exactly what the plain definitions give.
 */
describe('fast paths agree with the plain definitions', () => {
  const plainClean = (n: number): number => Number(n.toPrecision(12));
  const plainRound = (n: number, d: number): number => {
    const f = 10 ** d;
    const x = plainClean(n * f);
    return plainClean(Math.sign(x) * Math.round(Math.abs(x)) / f);
  };
  const plainHalf = (s: string): string => s.normalize('NFKC').replace(/\u3000/g, ' ').trim();
  const plainKey = (s: string): string => {
    const once = (t: string): string => plainHalf(t).replace(/[\s"'“”‘’「」『』《》〈〉·•:：()（）【】\[\]]/g, '').toLowerCase();
    let prev = s;
    let next = once(s);
    for (let k = 0; k < 4 && next !== prev; k++) { prev = next; next = once(next); }
    return next;
  };
  const numbers = fc.oneof(
    fc.double({ noNaN: true, min: -1e13, max: 1e13 }),
    fc.integer({ min: -1_000_000, max: 1_000_000 }).map((i) => i / 1000),
    fc.integer({ min: -99_999, max: 99_999 }).map((i) => (i + 0.5) / 100), // exact halves, written
    fc.integer({ min: 0, max: 100_000 }).map((i) => (i / 100) * 3), // noisy products
  );

  it('roundTo and clean', () => {
    fc.assert(fc.property(numbers, fc.integer({ min: 0, max: 6 }), (n, d) => {
      expect(Object.is(roundTo(n, d), plainRound(n, d))).toBe(true);
      expect(Object.is(clean(n), plainClean(n))).toBe(true);
    }), { ...fcParams, numRuns: Math.max(fcParams.numRuns ?? 100, 5000) });
  });

  it('decimalsOf', () => {
    const plainDecimals = (n: number): number => {
      if (!Number.isFinite(n) || Number.isInteger(n)) return 0;
      const s = String(Number(n.toPrecision(12)));
      const e = /^-?(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
      if (e) return Math.max(0, (e[2]?.length ?? 0) - Number(e[3]));
      const dot = s.indexOf('.');
      return dot < 0 ? 0 : s.length - dot - 1;
    };
    const written = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 14 })).map(([m, k]) => m / 10 ** k);
    fc.assert(fc.property(fc.oneof(numbers, written, fc.double()), (n) => {
      expect(decimalsOf(n)).toBe(plainDecimals(n));
    }), { ...fcParams, numRuns: Math.max(fcParams.numRuns ?? 100, 5000) });
    for (const n of [0.1 + 0.2, 0.0436 * 100, 1e-7, 1.5e-8, 123456789.123, 123456789.1234, -0.5, 1e20 + 0.5, 999999999999.5]) {
      expect(decimalsOf(n)).toBe(plainDecimals(n));
    }
  });

  it('compareKey of every UTF-16 code unit, alone and between others', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `A（${ch}）人b`, `${ch}\u0301`]) if (compareKey(s) !== plainKey(s)) wrong.push(s);
    }
    expect(wrong).toEqual([]);
  });

  it('codePointCount counts as [...s].length does', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', '人', '𠀀', '😀', '\ud800', '\udc00', '\udbff', '\udfff') }));
    fc.assert(fc.property(text, (s) => codePointCount(s) === [...s].length), { ...fcParams, numRuns: Math.max(fcParams.numRuns ?? 100, 5000) });
  });

  it.each([[40.875, 2, 40.88], [-40.875, 2, -40.88], [4.335, 2, 4.34], [-0.001, 2, 0], [2.5, 0, 3], [1e15 + 0.5, 0, 1e15]])(
    'roundTo(%p, %p) === %p', (n, d, expected) => {
      expect(Object.is(roundTo(n, d), expected)).toBe(true);
    });

  it('halfWidth and compareKey', () => {
    // Every character compareKey drops (its fast path skips NFKC when what is left is stable), next to
    // ones NFKC folds or composes.
    const text = fc.string({ unit: fc.constantFrom(...'ａ１　 ，。“”‘’「」『』《》〈〉·•:：()（）【】[]"\'人社局ÅÉé\u0301\u0385\u00a0\u1680\u2000\u2003\u200a\u2028\u202f\u205f\ufeff\u2329Ω%％abAB\t\n'.split('')) });
    fc.assert(fc.property(text, (s) => {
      expect(halfWidth(s)).toBe(plainHalf(s));
      expect(compareKey(s)).toBe(plainKey(s));
    }), { ...fcParams, numRuns: Math.max(fcParams.numRuns ?? 100, 5000) });
  });
});
