"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const text_1 = require("../../src/domain/text");
const fcSupport_1 = require("./fcSupport");
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
        expect((0, text_1.halfWidth)(input)).toBe(expected);
    });
    it('keeps CJK ideographs as they are', () => {
        expect((0, text_1.halfWidth)('推动实现劳有所得')).toBe('推动实现劳有所得');
    });
    it('turns an ideographic space inside the text into an ordinary space', () => {
        expect((0, text_1.halfWidth)('人社局　数据')).toBe('人社局 数据');
    });
    it('is idempotent', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.string({ unit: 'grapheme' }), (s) => (0, text_1.halfWidth)((0, text_1.halfWidth)(s)) === (0, text_1.halfWidth)(s)), fcSupport_1.fcParams);
    });
});
describe('compareKey', () => {
    it('ignores curly vs straight quotes and white space', () => {
        expect((0, text_1.compareKey)('推动实现“劳有所得” ')).toBe((0, text_1.compareKey)('推动实现"劳有所得"'));
    });
    it('ignores brackets and the middle dot', () => {
        expect((0, text_1.compareKey)('【省级】·推动')).toBe((0, text_1.compareKey)('省级推动'));
    });
    it('folds case and width', () => {
        expect((0, text_1.compareKey)('ＰＭ２.５浓度')).toBe((0, text_1.compareKey)('pm2.5浓度'));
    });
    it('keeps different names apart', () => {
        expect((0, text_1.compareKey)('劳有所得')).not.toBe((0, text_1.compareKey)('老有所养'));
    });
    it('is idempotent', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.string({ unit: 'grapheme' }), (s) => (0, text_1.compareKey)((0, text_1.compareKey)(s)) === (0, text_1.compareKey)(s)), fcSupport_1.fcParams);
    });
});
describe('squash', () => {
    it('collapses runs of spaces, ideographic spaces and line breaks', () => {
        expect((0, text_1.squash)(' 人社局　　数据 ')).toBe('人社局 数据');
        expect((0, text_1.squash)('完成率\n（%）')).toBe('完成率 （%）');
    });
    it('gives "" for white space only', () => {
        expect((0, text_1.squash)(' \t\u3000\n')).toBe('');
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
        expect((0, text_1.decimalsOf)(n)).toBe(d);
    });
    it('matches the decimals of a number written with up to 6 decimals', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.integer({ min: -1e9, max: 1e9 }), fast_check_1.default.integer({ min: 0, max: 6 }), (int, d) => {
            const written = (int / 10 ** d).toFixed(d).replace(/\.?0+$/, '');
            const expected = written.includes('.') ? written.length - written.indexOf('.') - 1 : 0;
            return (0, text_1.decimalsOf)(Number(written)) === expected;
        }), fcSupport_1.fcParams);
    });
    it('gives what the decimals of its shortest text give (its fast path for few decimals included)', () => {
        // The definition: the shortest text's decimals when it has at most 12 significant digits and
        // no exponent, else those of the number rounded to 12 significant digits.
        const plain = (n) => {
            if (!Number.isFinite(n) || Number.isInteger(n))
                return 0;
            const w = String(n);
            const digits = w.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
            if (!w.includes('e') && digits.length <= 12)
                return w.includes('.') ? w.length - w.indexOf('.') - 1 : 0;
            const s = String(Number(n.toPrecision(12)));
            const e = /^-?(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
            if (e)
                return Math.max(0, (e[2]?.length ?? 0) - Number(e[3]));
            return s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
        };
        const fewDecimals = fast_check_1.default.tuple(fast_check_1.default.integer({ min: -1e13, max: 1e13 }), fast_check_1.default.integer({ min: 0, max: 9 }), fast_check_1.default.constantFrom(0, 1, -1, 2e-16, 1e-13))
            .map(([k, d, noise]) => (k / 10 ** d) * (1 + noise));
        const products = fast_check_1.default.tuple(fast_check_1.default.integer({ min: -1e7, max: 1e7 }), fast_check_1.default.integer({ min: 0, max: 6 }), fast_check_1.default.constantFrom(1, 100, 0.01, 1e4, 1e-4, 3, 0.1))
            .map(([k, d, f]) => (k / 10 ** d) * f);
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.oneof(fast_check_1.default.double(), fewDecimals, products), (n) => (0, text_1.decimalsOf)(n) === plain(n)), fcSupport_1.fcParams);
        for (const n of [1.15, 1.005, 0.1 + 0.2, 0.0436 * 100, 111.44, 1e-6, 1.5e-6, 999999.5, 99999999999.95])
            expect((0, text_1.decimalsOf)(n)).toBe(plain(n));
    });
    it('never throws and is never negative', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.double(), (n) => (0, text_1.decimalsOf)(n) >= 0), fcSupport_1.fcParams);
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
        expect((0, text_1.clean)(n)).toBe(expected);
    });
    it('keeps NaN and infinities', () => {
        expect((0, text_1.clean)(NaN)).toBeNaN();
        expect((0, text_1.clean)(Infinity)).toBe(Infinity);
        expect((0, text_1.clean)(-Infinity)).toBe(-Infinity);
    });
    it('is idempotent', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.double({ noNaN: true }), (n) => Object.is((0, text_1.clean)((0, text_1.clean)(n)), (0, text_1.clean)(n))), fcSupport_1.fcParams);
    });
    it('gives what the round trip through 12 significant digits gives (its fast path for few decimals included)', () => {
        const plain = (n) => (Number.isInteger(n) && Math.abs(n) < 1e12 ? n + 0 : Number(n.toPrecision(12)));
        const fewDecimals = fast_check_1.default.tuple(fast_check_1.default.integer({ min: -1e13, max: 1e13 }), fast_check_1.default.integer({ min: 0, max: 9 }), fast_check_1.default.constantFrom(0, 1, -1, 2e-16, 1e-13))
            .map(([k, d, noise]) => (k / 10 ** d) * (1 + noise));
        const products = fast_check_1.default.tuple(fast_check_1.default.integer({ min: -1e7, max: 1e7 }), fast_check_1.default.integer({ min: 0, max: 6 }), fast_check_1.default.constantFrom(1, 100, 0.01, 1e4, 1e-4, 3, 0.1))
            .map(([k, d, f]) => (k / 10 ** d) * f);
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.oneof(fast_check_1.default.double({ noNaN: true }), fewDecimals, products), (n) => Object.is((0, text_1.clean)(n), plain(n))), fcSupport_1.fcParams);
        for (const n of [1.15, 0.1 + 0.2, 0.0436 * 100, 58.14, 111.44, 1.1144 * 100, 999999999999.5, 99999999999.95, 1e-7, 5e-324])
            expect(Object.is((0, text_1.clean)(n), plain(n))).toBe(true);
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
        expect((0, text_1.roundTo)(n, d)).toBe(expected);
    });
    it('passes NaN through', () => {
        expect((0, text_1.roundTo)(NaN, 2)).toBeNaN();
    });
    it('is idempotent', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.double({ min: -1e9, max: 1e9, noNaN: true }), fast_check_1.default.integer({ min: 0, max: 6 }), (n, d) => {
            const once = (0, text_1.roundTo)(n, d);
            return (0, text_1.roundTo)(once, d) === once;
        }), fcSupport_1.fcParams);
    });
    it('moves a value by at most half a unit of the last place', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.double({ min: -1e6, max: 1e6, noNaN: true }), fast_check_1.default.integer({ min: 0, max: 4 }), (n, d) => {
            return Math.abs((0, text_1.roundTo)(n, d) - n) <= 0.5 / 10 ** d + 1e-9;
        }), fcSupport_1.fcParams);
    });
    it('leaves a number with no more decimals than asked as it is', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.integer({ min: -1e9, max: 1e9 }), fast_check_1.default.integer({ min: 0, max: 3 }), fast_check_1.default.integer({ min: 3, max: 6 }), (int, d, places) => {
            const n = (0, text_1.clean)(int / 10 ** d);
            return (0, text_1.roundTo)(n, places) === n;
        }), fcSupport_1.fcParams);
    });
    it('is symmetric around zero (half away from zero)', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.double({ min: 0, max: 1e6, noNaN: true }), fast_check_1.default.integer({ min: 0, max: 4 }), (n, d) => (0, text_1.roundTo)(-n, d) === -(0, text_1.roundTo)(n, d)), fcSupport_1.fcParams);
    });
});
/**
 * The fast paths in text.ts (skip NFKC for text it cannot change, skip toPrecision for integers and
 * away from halves) must give exactly what the plain definitions give.
 */
describe('fast paths agree with the plain definitions', () => {
    const plainClean = (n) => Number(n.toPrecision(12));
    const plainRound = (n, d) => {
        const f = 10 ** d;
        const x = plainClean(n * f);
        return plainClean(Math.sign(x) * Math.round(Math.abs(x)) / f);
    };
    const plainHalf = (s) => s.normalize('NFKC').replace(/\u3000/g, ' ').trim();
    const plainKey = (s) => {
        const once = (t) => plainHalf(t).replace(/[\s"'“”‘’「」『』《》〈〉·•:：()（）【】\[\]]/g, '').toLowerCase();
        let prev = s;
        let next = once(s);
        for (let k = 0; k < 4 && next !== prev; k++) {
            prev = next;
            next = once(next);
        }
        return next;
    };
    const numbers = fast_check_1.default.oneof(fast_check_1.default.double({ noNaN: true, min: -1e13, max: 1e13 }), fast_check_1.default.integer({ min: -1_000_000, max: 1_000_000 }).map((i) => i / 1000), fast_check_1.default.integer({ min: -99_999, max: 99_999 }).map((i) => (i + 0.5) / 100), // exact halves, written
    fast_check_1.default.integer({ min: 0, max: 100_000 }).map((i) => (i / 100) * 3));
    it('roundTo and clean', () => {
        fast_check_1.default.assert(fast_check_1.default.property(numbers, fast_check_1.default.integer({ min: 0, max: 6 }), (n, d) => {
            expect(Object.is((0, text_1.roundTo)(n, d), plainRound(n, d))).toBe(true);
            expect(Object.is((0, text_1.clean)(n), plainClean(n))).toBe(true);
        }), { ...fcSupport_1.fcParams, numRuns: Math.max(fcSupport_1.fcParams.numRuns ?? 100, 5000) });
    });
    it('decimalsOf', () => {
        const plainDecimals = (n) => {
            if (!Number.isFinite(n) || Number.isInteger(n))
                return 0;
            const s = String(Number(n.toPrecision(12)));
            const e = /^-?(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
            if (e)
                return Math.max(0, (e[2]?.length ?? 0) - Number(e[3]));
            const dot = s.indexOf('.');
            return dot < 0 ? 0 : s.length - dot - 1;
        };
        const written = fast_check_1.default.tuple(fast_check_1.default.integer({ min: -1e9, max: 1e9 }), fast_check_1.default.integer({ min: 0, max: 14 })).map(([m, k]) => m / 10 ** k);
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.oneof(numbers, written, fast_check_1.default.double()), (n) => {
            expect((0, text_1.decimalsOf)(n)).toBe(plainDecimals(n));
        }), { ...fcSupport_1.fcParams, numRuns: Math.max(fcSupport_1.fcParams.numRuns ?? 100, 5000) });
        for (const n of [0.1 + 0.2, 0.0436 * 100, 1e-7, 1.5e-8, 123456789.123, 123456789.1234, -0.5, 1e20 + 0.5, 999999999999.5]) {
            expect((0, text_1.decimalsOf)(n)).toBe(plainDecimals(n));
        }
    });
    it('compareKey of every UTF-16 code unit, alone and between others', () => {
        const wrong = [];
        for (let c = 0; c < 0x10000; c++) {
            const ch = String.fromCharCode(c);
            for (const s of [ch, `A（${ch}）人b`, `${ch}\u0301`])
                if ((0, text_1.compareKey)(s) !== plainKey(s))
                    wrong.push(s);
        }
        expect(wrong).toEqual([]);
    });
    it('codePointCount counts as [...s].length does', () => {
        const text = fast_check_1.default.oneof(fast_check_1.default.string({ unit: 'binary' }), fast_check_1.default.string({ unit: fast_check_1.default.constantFrom('a', '人', '𠀀', '😀', '\ud800', '\udc00', '\udbff', '\udfff') }));
        fast_check_1.default.assert(fast_check_1.default.property(text, (s) => (0, text_1.codePointCount)(s) === [...s].length), { ...fcSupport_1.fcParams, numRuns: Math.max(fcSupport_1.fcParams.numRuns ?? 100, 5000) });
    });
    it.each([[40.875, 2, 40.88], [-40.875, 2, -40.88], [4.335, 2, 4.34], [-0.001, 2, 0], [2.5, 0, 3], [1e15 + 0.5, 0, 1e15]])('roundTo(%p, %p) === %p', (n, d, expected) => {
        expect(Object.is((0, text_1.roundTo)(n, d), expected)).toBe(true);
    });
    it('halfWidth and compareKey', () => {
        // Every character compareKey drops (its fast path skips NFKC when what is left is stable), next to
        // ones NFKC folds or composes.
        const text = fast_check_1.default.string({ unit: fast_check_1.default.constantFrom(...'ａ１　 ，。“”‘’「」『』《》〈〉·•:：()（）【】[]"\'人社局ÅÉé\u0301\u0385\u00a0\u1680\u2000\u2003\u200a\u2028\u202f\u205f\ufeff\u2329Ω%％abAB\t\n'.split('')) });
        fast_check_1.default.assert(fast_check_1.default.property(text, (s) => {
            expect((0, text_1.halfWidth)(s)).toBe(plainHalf(s));
            expect((0, text_1.compareKey)(s)).toBe(plainKey(s));
        }), { ...fcSupport_1.fcParams, numRuns: Math.max(fcSupport_1.fcParams.numRuns ?? 100, 5000) });
    });
});
