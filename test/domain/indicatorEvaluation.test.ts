/**
 * Evaluating one indicator: node schedules from the settings apply to the names that contain their
 * match, the first such schedule winning.
 */
import fc from 'fast-check';
import { evaluateIndicator } from '../../src/domain/indicatorEvaluation';
import { nodeProgress, parseNodeSchedule } from '../../src/domain/nodeSchedule';
import { parseSettings } from '../../src/domain/settings';
import { RawIndicator } from '../../src/domain/sheetReading';
import { roundTo } from '../../src/domain/text';
import { timeProgress } from '../../src/domain/timeProgress';
import { fcParams } from './fcSupport';

const raw = (name: string): RawIndicator => ({
  file: 'a.xlsx', sheet: 'S', row: 4, section: null, project: null, name, dept: null,
  target: { value: 100, unit: null, decimals: 0, bound: null }, targetText: null, targetUnit: '个',
  done: { value: 30, unit: null, decimals: 0, bound: null }, doneUnit: null, doneFromText: false,
  periods: [], periodMode: null, reportedCompletion: null, progressText: '', direction: null,
  statusText: null, nodesText: null, cells: {}, span: { left: 1, right: 5 },
});

const SCHEDULES = ['一季度10%、上半年40%、前三季度70%、全年100%', '一季度30%、上半年60%、前三季度90%、全年100%', '上半年50%、全年100%'];

describe('evaluateIndicator with node schedules', () => {
  it('expects the progress of the first schedule whose match the name contains, else time progress', () => {
    const asOf = '2026-05-20';
    const schedules = fc.array(fc.record({ match: fc.constantFrom('改造', '新建', '学校', '改', '管网'), nodes: fc.constantFrom(...SCHEDULES) }), { maxLength: 3 });
    const name = fc.constantFrom('老旧小区改造', '新建学校', '新建污水管网', '新增城镇就业', '改扩建学校');
    fc.assert(fc.property(name, schedules, (n, nodeSchedules) => {
      const settings = parseSettings({ asOf, nodeSchedules });
      const first = nodeSchedules.find((s) => n.includes(s.match));
      const nodes = first ? parseNodeSchedule(first.nodes) : null;
      const expected = roundTo(nodes ? nodeProgress(nodes, asOf) : timeProgress(asOf, settings.mode), 2);
      expect(evaluateIndicator(raw(n), { asOf, settings }).indicator.expectedProgress).toBe(expected);
    }), { ...fcParams, numRuns: Math.min(fcParams.numRuns, 300) });
  });
});
