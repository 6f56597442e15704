"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const quantity_1 = require("../../src/domain/quantity");
const fcSupport_1 = require("./fcSupport");
const q = (value, unit, decimals = 0, bound = null) => ({ value, unit, decimals, bound });
describe('parseQuantityText', () => {
    describe('numbers and units written in one cell', () => {
        it.each([
            ['6000', q(6000, null)],
            ['6000人', q(6000, '人')],
            ['6000 人', q(6000, '人')],
            ['17.14万人次', q(17.14, '万人次', 2)],
            ['460万元', q(460, '万元')],
            ['0.8亿元', q(0.8, '亿元', 1)],
            ['1.2万', q(1.2, '万', 1)],
            ['3亿', q(3, '亿')],
            ['34个', q(34, '个')],
            ['171元/月', q(171, '元/月')],
            ['120㎡', q(120, 'm2')],
            ['31μg/m³', q(31, 'μg/m3')],
            ['5.5公里', q(5.5, '公里', 1)],
            ['-3', q(-3, null)],
            ['+3.50', q(3.5, null, 2)],
            ['.5', q(0.5, null, 1)],
            ['1386。', q(1386, null)],
        ])('%j', (text, expected) => {
            expect((0, quantity_1.parseQuantityText)(text)).toEqual(expected);
        });
    });
    describe('full-width digits and thousands separators', () => {
        it.each([
            ['１０', q(10, null)],
            ['１，３８６人', q(1386, '人')],
            ['１３８６．５', q(1386.5, null, 1)],
            ['1,386', q(1386, null)],
            ['1,234,567.25元', q(1234567.25, '元', 2)],
            ['９５，０００，０００元', q(95000000, '元')],
            ['　６０００　人　', q(6000, '人')],
        ])('%j', (text, expected) => {
            expect((0, quantity_1.parseQuantityText)(text)).toEqual(expected);
        });
        it('rejects a misplaced thousands separator', () => {
            expect((0, quantity_1.parseQuantityText)('1,3860')).toBeNull();
            expect((0, quantity_1.parseQuantityText)('13,86')).toBeNull();
        });
    });
    describe('percentages as text', () => {
        it.each([
            ['52.9%', q(52.9, '%', 1)],
            ['５２．９％', q(52.9, '%', 1)],
            ['100%', q(100, '%')],
            ['0%', q(0, '%')],
            ['23.10%', q(23.1, '%', 2)],
        ])('%j', (text, expected) => {
            expect((0, quantity_1.parseQuantityText)(text)).toEqual(expected);
        });
    });
    describe('small Chinese numerals', () => {
        it.each([
            ['两所', q(2, '所')],
            ['一个', q(1, '个')],
            ['十二场', q(12, '场')],
            ['三万人次', q(30000, '人次')],
            ['一百零五户', q(105, '户')],
        ])('%j', (text, expected) => {
            expect((0, quantity_1.parseQuantityText)(text)).toEqual(expected);
        });
        it.each(['一般', '一直在推进', '一季度', '十大行动', '三年行动', '零自付'])('%j is a word, not a count', (text) => {
            expect((0, quantity_1.parseQuantityText)(text)).toBeNull();
        });
        it.each([['三', 3], ['两', 2], ['十二', 12]])('a bare numeral %j filling a number cell is that number', (text, n) => {
            expect((0, quantity_1.parseQuantityText)(text)).toEqual({ value: n, unit: null, decimals: 0, bound: null });
        });
    });
    describe('ceilings and floors', () => {
        it.each([
            ['≤5.5%', q(5.5, '%', 1, 'max')],
            ['<=5.5%', q(5.5, '%', 1, 'max')],
            ['＜５．５％', q(5.5, '%', 1, 'max')],
            ['不超过5.5%', q(5.5, '%', 1, 'max')],
            ['不高于31μg/m³', q(31, 'μg/m3', 0, 'max')],
            ['控制在5.5%以内', q(5.5, '%', 1, 'max')],
            ['控制在 5.5% 以内', q(5.5, '%', 1, 'max')],
            ['5.5%以内', q(5.5, '%', 1, 'max')],
            ['5.5%以下', q(5.5, '%', 1, 'max')],
            ['上限5.5%', q(5.5, '%', 1, 'max')],
            ['≥90%', q(90, '%', 0, 'min')],
            ['不低于90%', q(90, '%', 0, 'min')],
            ['90%以上', q(90, '%', 0, 'min')],
            ['达到90%', q(90, '%', 0, 'min')],
        ])('%j', (text, expected) => {
            expect((0, quantity_1.parseQuantityText)(text)).toEqual(expected);
        });
    });
    describe('approximate amounts', () => {
        it.each([
            ['约6000人', q(6000, '人')],
            ['6000人左右', q(6000, '人')],
            ['6000余人', q(6000, '人')],
            ['3000多万元', q(3000, '万元')],
            ['2万余人', q(2, '万人')],
            ['全年目标：6000人', q(6000, '人')],
            ['累计1386人', q(1386, '人')],
        ])('%j', (text, expected) => {
            expect((0, quantity_1.parseQuantityText)(text)).toEqual(expected);
        });
    });
    describe('text that is not one quantity', () => {
        it.each([
            '', '   ', '待下达', '暂无数据', '正在施工', '上级任务未下达', '已完成1386人，完成全年任务的23.1%',
            '2026年3月20日', '1e5', '-', '.', '%', '万元', '12人已完成', '#DIV/0!', '1.2.3',
        ])('%j → null', (text) => {
            expect((0, quantity_1.parseQuantityText)(text)).toBeNull();
        });
        it('rejects numbers too long to be finite', () => {
            expect((0, quantity_1.parseQuantityText)('9'.repeat(400))).toBeNull();
        });
    });
    it('never throws; gives a finite value, a non-negative integer of decimals, a unit that is null or non-empty', () => {
        fast_check_1.default.assert(fast_check_1.default.property((0, fcSupport_1.cjkString)(), (s) => {
            const r = (0, quantity_1.parseQuantityText)(s);
            return r === null || (Number.isFinite(r.value) && Number.isInteger(r.decimals) && r.decimals >= 0 && (r.unit === null || r.unit.length > 0));
        }), fcSupport_1.fcParams);
    });
    it('round-trips an integer written with thousands separators and full-width digits', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.integer({ min: -1e12, max: 1e12 }), fast_check_1.default.boolean(), fast_check_1.default.boolean(), fast_check_1.default.constantFrom('', '人', '万元', '人次', '个'), (n, sep, full, u) => {
            let text = sep ? (0, fcSupport_1.withThousands)(n) : String(n);
            if (full)
                text = (0, fcSupport_1.toFullWidth)(text);
            const r = (0, quantity_1.parseQuantityText)(text + u);
            return r !== null && r.value === n && r.unit === (u || null) && r.decimals === 0;
        }), fcSupport_1.fcParams);
    });
    it('round-trips a decimal with its decimals as written', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.integer({ min: 0, max: 1e9 }), fast_check_1.default.integer({ min: 1, max: 4 }), (int, d) => {
            const text = (int / 10 ** d).toFixed(d);
            const r = (0, quantity_1.parseQuantityText)(`${text}%`);
            return r !== null && r.value === Number(text) && r.decimals === d && r.unit === '%';
        }), fcSupport_1.fcParams);
    });
});
describe('parseValue / parseCell', () => {
    it.each([
        [null, undefined, { kind: 'empty' }],
        ['', undefined, { kind: 'empty' }],
        ['  　', undefined, { kind: 'empty' }],
        [6000, undefined, { kind: 'quantity', quantity: q(6000, null) }],
        [1386.5, undefined, { kind: 'quantity', quantity: q(1386.5, null, 1) }],
        [0.529, '0.0%', { kind: 'quantity', quantity: q(52.9, '%', 1) }],
        [0.231, '0.00%', { kind: 'quantity', quantity: q(23.1, '%', 1) }],
        [0.0436, '0%', { kind: 'quantity', quantity: q(4.36, '%', 2) }],
        [1, '0%', { kind: 'quantity', quantity: q(100, '%') }],
        [0.529, '[Red]0.0%', { kind: 'quantity', quantity: q(52.9, '%', 1) }],
        [52.9, '0.0"%"', { kind: 'quantity', quantity: q(52.9, null, 1) }],
        [0.529, '0.000', { kind: 'quantity', quantity: q(0.529, null, 3) }],
        ['52.9%', undefined, { kind: 'quantity', quantity: q(52.9, '%', 1) }],
        ['17.14万人次', undefined, { kind: 'quantity', quantity: q(17.14, '万人次', 2) }],
        ['460万元', '@', { kind: 'quantity', quantity: q(460, '万元') }],
        ['两所', undefined, { kind: 'quantity', quantity: q(2, '所') }],
        [{ error: '#DIV/0!' }, undefined, { kind: 'error', error: '#DIV/0!' }],
        [{ error: '#N/A' }, '0%', { kind: 'error', error: '#N/A' }],
        ['#DIV/0!', undefined, { kind: 'error', error: '#DIV/0!' }],
        [' #n/a ', undefined, { kind: 'error', error: '#N/A' }],
        ['＃ＤＩＶ／０！', undefined, { kind: 'error', error: '#DIV/0!' }],
        [NaN, undefined, { kind: 'error', error: 'NaN' }],
        [Infinity, '0%', { kind: 'error', error: 'Infinity' }],
        [{ date: '2026-03-20' }, undefined, { kind: 'date', date: '2026-03-20' }],
        [true, undefined, { kind: 'text', text: 'TRUE' }],
        [false, undefined, { kind: 'text', text: 'FALSE' }],
        [' 上级任务未下达 ', undefined, { kind: 'text', text: '上级任务未下达' }],
        ['一般', undefined, { kind: 'text', text: '一般' }],
    ])('%j with format %j', (v, fmt, expected) => {
        expect((0, quantity_1.parseValue)(v, fmt)).toEqual(expected);
    });
    it('parseCell reads the value and format of a cell, and an absent cell as empty', () => {
        expect((0, quantity_1.parseCell)({ v: 0.231, fmt: '0.00%' })).toEqual({ kind: 'quantity', quantity: q(23.1, '%', 1) });
        expect((0, quantity_1.parseCell)({ v: '460万元' })).toEqual({ kind: 'quantity', quantity: q(460, '万元') });
        expect((0, quantity_1.parseCell)(undefined)).toEqual({ kind: 'empty' });
        expect((0, quantity_1.parseCell)({ v: null, fmt: '0%' })).toEqual({ kind: 'empty' });
    });
    it('any cell value with any format gives a value, text, error, date or empty — never a throw', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fcSupport_1.anyCellValue, fcSupport_1.anyFormat, (v, fmt) => {
            const r = (0, quantity_1.parseCell)({ v, fmt });
            switch (r.kind) {
                case 'empty':
                    return true;
                case 'quantity':
                    return Number.isFinite(r.quantity.value) && r.quantity.decimals >= 0;
                case 'text':
                    return typeof r.text === 'string' && r.text.length > 0;
                case 'error':
                    return typeof r.error === 'string';
                case 'date':
                    return typeof r.date === 'string';
                default:
                    return false;
            }
        }), fcSupport_1.fcParams);
    });
    it('a number under a % format is the same number × 100 in %', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.integer({ min: -1e6, max: 1e6 }), fast_check_1.default.integer({ min: 0, max: 4 }), (int, d) => {
            const fraction = int / 10 ** (d + 2);
            const r = (0, quantity_1.parseValue)(fraction, '0.00%');
            return r.kind === 'quantity' && r.quantity.unit === '%' && r.quantity.value === int / 10 ** d;
        }), fcSupport_1.fcParams);
    });
});
describe('cellText', () => {
    it.each([
        [' 省级 ', '省级'],
        [6000, '6000'],
        [0.5, '0.5'],
        [true, 'TRUE'],
        [false, 'FALSE'],
        [{ date: '2026-03-20' }, '2026-03-20'],
        [{ error: '#DIV/0!' }, ''],
        [null, ''],
    ])('%j → %j', (v, expected) => {
        expect((0, quantity_1.cellText)({ v: v })).toBe(expected);
    });
    it('an absent cell gives ""', () => {
        expect((0, quantity_1.cellText)(undefined)).toBe('');
    });
    it('never throws and always gives a string', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fcSupport_1.anyCellValue, (v) => typeof (0, quantity_1.cellText)({ v }) === 'string'), fcSupport_1.fcParams);
    });
});
describe('parseValueShared', () => {
    test('gives what parseValue gives; a text gives the same object every time, a number a new one', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fcSupport_1.anyCellValue, fcSupport_1.anyFormat, (v, fmt) => {
            const shared = (0, quantity_1.parseValueShared)(v, fmt);
            expect(shared).toEqual((0, quantity_1.parseValue)(v, fmt));
            if (typeof v === 'string')
                expect((0, quantity_1.parseValueShared)(v, fmt)).toBe(shared);
            if (typeof v === 'number')
                expect((0, quantity_1.parseValueShared)(v, fmt)).not.toBe(shared);
        }), fcSupport_1.fcParams);
    });
});
describe('plainNumberText', () => {
    // Texts made mostly of what the fast path reads (digits of both widths, points, per cent signs)
    // and a little of what it must refuse.
    const numberish = fast_check_1.default.string({ unit: fast_check_1.default.constantFrom(...'0123456789０１２３４５６７８９..．%％ ,a万-'), maxLength: 12 });
    it('gives what parseValue gives, or null', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.oneof(numberish, (0, fcSupport_1.cjkString)()), (text) => {
            const fast = (0, quantity_1.plainNumberText)(text);
            if (fast === null)
                return;
            expect((0, quantity_1.parseValue)(text)).toEqual({ kind: 'quantity', quantity: fast });
            expect(fast).toEqual((0, quantity_1.parseQuantityText)(text));
        }), fcSupport_1.fcParams);
    });
    it('reads the number texts tracking sheets hold', () => {
        expect((0, quantity_1.plainNumberText)('４３')).toEqual(q(43, null));
        expect((0, quantity_1.plainNumberText)('58.14%')).toEqual(q(58.14, '%', 2));
        expect((0, quantity_1.plainNumberText)('１２．５０％')).toEqual(q(12.5, '%', 2));
        expect((0, quantity_1.plainNumberText)('007')).toEqual(q(7, null));
        for (const refused of ['', '%', '.5', '5.', '1.2.3', '2,250', ' 12', '12 ', '-3', '12万', '5%%'])
            expect((0, quantity_1.plainNumberText)(refused)).toBeNull();
    });
    it('reads every text of the pattern it claims', () => {
        const claimed = fast_check_1.default.tuple(fast_check_1.default.stringMatching(/^[0-9０-９]{1,8}$/), fast_check_1.default.option(fast_check_1.default.stringMatching(/^[.．][0-9０-９]{1,6}$/)), fast_check_1.default.constantFrom('', '%', '％'))
            .map(([a, b, c]) => `${a}${b ?? ''}${c}`);
        fast_check_1.default.assert(fast_check_1.default.property(claimed, (text) => {
            const fast = (0, quantity_1.plainNumberText)(text);
            expect(fast).not.toBeNull();
            expect((0, quantity_1.parseValue)(text)).toEqual({ kind: 'quantity', quantity: fast });
        }), fcSupport_1.fcParams);
    });
});
describe('numberQuantity', () => {
    it('gives the quantity parseValue gives a number cell, or null where it gives an error', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.oneof(fast_check_1.default.double(), fast_check_1.default.integer()), fast_check_1.default.option(fcSupport_1.anyFormat), (v, fmt) => {
            const q = (0, quantity_1.numberQuantity)(v, fmt ?? undefined);
            const p = (0, quantity_1.parseValue)(v, fmt ?? undefined);
            if (q === null)
                expect(p.kind).toBe('error');
            else
                expect(p).toEqual({ kind: 'quantity', quantity: q });
        }), fcSupport_1.fcParams);
        expect((0, quantity_1.numberQuantity)(0.231, '0.00%')).toEqual(q(23.1, '%', 1));
        expect((0, quantity_1.numberQuantity)(Number.MAX_VALUE, '0%')).toBeNull();
    });
});
