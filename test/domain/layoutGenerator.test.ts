/**
 * Generated layouts (test/builders/layoutGenerator.ts): for every generated sheet, the indicators
 * read equal the indicators built, and no title, header, heading, total, footer or hidden row
 * becomes an indicator — in both time-progress modes.
 */
import fc from 'fast-check';
import { report } from '../builders/grid';
import { generateSheet, indicatorsArb, optionsArb } from '../builders/layoutGenerator';

const RUNS = Math.max(500, Number(process.env.FC_LAYOUT_RUNS ?? 600));

describe('generated layouts', () => {
  test(`the indicators read equal the indicators built (${RUNS} sheets)`, () => {
    fc.assert(fc.property(indicatorsArb, optionsArb, fc.constantFrom('day' as const, 'month' as const), (indicators, options, mode) => {
      const { grid, built, notIndicators } = generateSheet(indicators, options);
      const { result } = report([grid], { mode });
      const read = result.indicators.map((i) => ({ name: i.name, target: i.target, done: i.done, unit: i.unit, dept: options.dept ? i.dept : null }));
      const want = built.map((i) => ({ name: i.name, target: i.target, done: i.done, unit: i.unit, dept: options.dept ? i.dept : null }));
      const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
      expect(read.sort(byName)).toEqual(want.sort(byName));
      for (const i of result.indicators) expect(notIndicators).not.toContain(i.name);
      expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
      if (options.projectMode !== 'none') {
        for (const b of built) expect(result.indicators.find((i) => i.name === b.name)?.project).toBe(b.project);
      }
    }), { numRuns: RUNS, seed: Number(process.env.FC_SEED ?? 20260320) });
  });
});
