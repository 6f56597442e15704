/**
 * The foundation's acceptance check: `zhuanbao build` on the open fixtures scores 45/45 with the
 * shared fixture checker, in both time-progress modes.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { ResultSchema } from '../../src/domain/resultSchema';
import { sharedAvailable } from '../support/sharedFolder';

const shared = path.resolve(__dirname, '../../../shared');
const fixtures = path.join(shared, 'fixtures/2026-03');
const checker = path.join(shared, 'tools/fixture-check.mjs');
const haveShared = sharedAvailable('the open fixtures scored by the shared checker', checker, fixtures);
const quietIo = { out: () => undefined, err: () => undefined };

(haveShared ? describe : describe.skip)('open fixtures (fixtures/2026-03)', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-fixtures-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test.each(['day', 'month'])('%s mode: 45/45 right, 0 extra', async (mode) => {
    const json = path.join(tmp, `r-${mode}.json`);
    const code = await main(['build', fixtures, '--as-of', '2026-03-20', '--mode', mode, '--json', json, '--quiet'], quietIo);
    expect(code).toBe(0);
    const result = ResultSchema.parse(JSON.parse(fs.readFileSync(json, 'utf8')));
    expect(result.timeProgress).toBe(mode === 'day' ? 21.64 : 16.67);
    const out = execFileSync(process.execPath, [checker, json, path.join(fixtures, 'expected.json'), mode], { encoding: 'utf8' });
    expect(out.trim().split('\n').pop()).toBe('45/45 indicators right, 0 extra');
  });

  test('the as-of date is read from the workbooks when not given', async () => {
    const json = path.join(tmp, 'r-detected.json');
    expect(await main(['build', fixtures, '--json', json, '--quiet'], quietIo)).toBe(0);
    expect(JSON.parse(fs.readFileSync(json, 'utf8')).asOf).toBe('2026-03-20');
  });
});
