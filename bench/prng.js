"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Rng = void 0;
/**
 * A tiny deterministic PRNG (mulberry32) for the benchmark's generated data: the same seed always
 * gives the same workbooks. Never Math.random.
 */
class Rng {
    s;
    constructor(seed) {
        this.s = seed >>> 0;
    }
    /** A float in [0, 1). */
    next() {
        this.s = (this.s + 0x6d2b79f5) >>> 0;
        let t = this.s;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    /** An integer in [lo, hi]. */
    int(lo, hi) {
        return lo + Math.floor(this.next() * (hi - lo + 1));
    }
    /** True with probability p. */
    chance(p) {
        return this.next() < p;
    }
    pick(list) {
        const v = list[Math.floor(this.next() * list.length)];
        if (v === undefined)
            throw new Error('pick from an empty list');
        return v;
    }
    /** A child generator, independent of how much this one is used later. */
    fork(salt) {
        return new Rng((Math.imul(this.s ^ salt, 0x9e3779b1) + salt) >>> 0);
    }
}
exports.Rng = Rng;
