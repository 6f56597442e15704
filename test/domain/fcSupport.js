"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.anyFormat = exports.anyCellValue = exports.cjkString = exports.fcParams = exports.NUM_RUNS = void 0;
exports.toFullWidth = toFullWidth;
exports.withThousands = withThousands;
/**
 * Shared fast-check settings and arbitraries for the domain property tests.
 * Runs: 1000 per property, multiplied by FC_RUNS_FACTOR when set (e.g. FC_RUNS_FACTOR=10 in CI nights).
 */
const fast_check_1 = __importDefault(require("fast-check"));
const factor = Number(process.env.FC_RUNS_FACTOR ?? '1');
exports.NUM_RUNS = Math.max(1, Math.round(1000 * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
exports.fcParams = { numRuns: exports.NUM_RUNS };
/** Characters departments' cells are made of: CJK, full-width forms, digits, units, punctuation. */
const CHARS = [
    ...'0123456789０１２３４５６７８９.,，。、；;:：%％‰+-−()（）【】[]《》“”"\' 　\n\t',
    ...'万亿千百十零〇一二两三四五六七八九壹贰叁元人次所个场公里米平方吨亩户项',
    ...'已完成累计全年目标任务下达暂无数据截至止年月日季度上半前底内以不超过高于低控制在≤≥<>约余多左右',
    ...'#DIV/0!N/AREF抱歉𠀀😀\u0000\u200b\ufeff',
];
const cjkString = (maxLength = 40) => fast_check_1.default.oneof(fast_check_1.default.string({ unit: fast_check_1.default.constantFrom(...CHARS), maxLength }), fast_check_1.default.string({ maxLength }), fast_check_1.default.string({ unit: 'grapheme', maxLength }), fast_check_1.default.string({ unit: 'binary', maxLength }));
exports.cjkString = cjkString;
/** Any value a cell may hold, the odd ones included. */
exports.anyCellValue = fast_check_1.default.oneof((0, exports.cjkString)(), fast_check_1.default.double(), fast_check_1.default.integer(), fast_check_1.default.constantFrom(NaN, Infinity, -Infinity, -0, 0, Number.MAX_VALUE, Number.MIN_VALUE, 1e21, -1e-7), fast_check_1.default.boolean(), fast_check_1.default.constant(null), fast_check_1.default.constantFrom('#DIV/0!', '#N/A', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!').map((error) => ({ error })), fast_check_1.default.string({ maxLength: 12 }).map((error) => ({ error })), fast_check_1.default.date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true }).map((d) => ({ date: d.toISOString().slice(0, 10) })), fast_check_1.default.string({ maxLength: 12 }).map((date) => ({ date })));
/** Optional number formats, including quoted and escaped percent signs. */
exports.anyFormat = fast_check_1.default.oneof(fast_check_1.default.constant(undefined), fast_check_1.default.constantFrom('General', '0', '0.00', '0%', '0.0%', '0.00%', '#,##0', '0.00"%"', '@', 'yyyy-mm-dd', '[Red]0.0%'), fast_check_1.default.string({ maxLength: 8 }));
/** Full-width form of ASCII digits, comma and dot. */
function toFullWidth(s) {
    return s.replace(/[0-9.,%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
/** An integer written with thousands separators: 1234567 → "1,234,567". */
function withThousands(n) {
    const sign = n < 0 ? '-' : '';
    return sign + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
