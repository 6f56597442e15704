"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Generated layouts (test/builders/layoutGenerator.ts): for every generated sheet, the indicators
 * read equal the indicators built, and no title, header, heading, total, footer or hidden row
 * becomes an indicator — in both time-progress modes.
 */
const fast_check_1 = __importDefault(require("fast-check"));
const grid_1 = require("../builders/grid");
const layoutGenerator_1 = require("../builders/layoutGenerator");
const RUNS = Math.max(500, Number(process.env.FC_LAYOUT_RUNS ?? 600));
describe('generated layouts', () => {
    test(`the indicators read equal the indicators built (${RUNS} sheets)`, () => {
        fast_check_1.default.assert(fast_check_1.default.property(layoutGenerator_1.indicatorsArb, layoutGenerator_1.optionsArb, fast_check_1.default.constantFrom('day', 'month'), (indicators, options, mode) => {
            const { grid, built, notIndicators } = (0, layoutGenerator_1.generateSheet)(indicators, options);
            const { result } = (0, grid_1.report)([grid], { mode });
            const read = result.indicators.map((i) => ({ name: i.name, target: i.target, done: i.done, unit: i.unit, dept: options.dept ? i.dept : null }));
            const want = built.map((i) => ({ name: i.name, target: i.target, done: i.done, unit: i.unit, dept: options.dept ? i.dept : null }));
            const byName = (a, b) => a.name.localeCompare(b.name);
            expect(read.sort(byName)).toEqual(want.sort(byName));
            for (const i of result.indicators)
                expect(notIndicators).not.toContain(i.name);
            expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
            if (options.projectMode !== 'none') {
                for (const b of built)
                    expect(result.indicators.find((i) => i.name === b.name)?.project).toBe(b.project);
            }
        }), { numRuns: RUNS, seed: Number(process.env.FC_SEED ?? 20260320) });
    });
});
