"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const memo_1 = require("../../src/domain/memo");
const fcSupport_1 = require("./fcSupport");
describe('memoise', () => {
    it('calls the function once per text, null and undefined results included', () => {
        const seen = [];
        const f = (0, memo_1.memoise)((t) => { seen.push(t); return t === 'x' ? null : t.length; });
        expect([f('人社局'), f('人社局'), f('x'), f('x')]).toEqual([3, 3, null, null]);
        expect(seen).toEqual(['人社局', 'x']);
    });
    it('empties its memory when it holds max texts', () => {
        const seen = [];
        const f = (0, memo_1.memoise)((t) => { seen.push(t); return t; }, 2);
        ['a', 'b', 'c', 'a'].forEach((t) => f(t));
        expect(seen).toEqual(['a', 'b', 'c', 'a']);
    });
    it('gives what the function gives for any sequence of texts, repeated, alternating or past max', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.array(fast_check_1.default.constantFrom('a', 'b', 'c', '', 'x'), { maxLength: 30 }), fast_check_1.default.integer({ min: 1, max: 4 }), (texts, max) => {
            const fn = (t) => (t === 'x' ? null : t === '' ? undefined : t.charCodeAt(0));
            const f = (0, memo_1.memoise)(fn, max);
            for (const t of texts)
                expect(f(t)).toBe(fn(t));
        }), fcSupport_1.fcParams);
    });
});
