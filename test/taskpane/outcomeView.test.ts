import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSettings } from '../../src/domain/settings';
import { runBuild } from '../../src/engine/runBuild';
import { XlsxBufferSource } from '../../src/xlsx/xlsxSource';
import { outcomeView, outcomeViewInSteps } from '../../src/taskpane/outcomeView';

describe('outcomeViewInSteps', () => {
  test('the same view as outcomeView, one part per step', async () => {
    const dir = path.join(__dirname, '../../samples/2026-03');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).map((name) => ({ name, data: fs.readFileSync(path.join(dir, name)) }));
    const outcome = await runBuild({ source: new XlsxBufferSource(files), settings: parseSettings({}), sink: null, today: '2026-04-01' });
    let steps = 0;
    const view = await outcomeViewInSteps(outcome, [], 1, async () => { steps++; });
    expect(view).toEqual(outcomeView(outcome, [], 1));
    expect(steps).toBe(6);
    expect(view.totals.indicators).toBe(outcome.result.indicators.length);
  });
});
