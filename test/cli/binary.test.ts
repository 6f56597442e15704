/**
 * The shipped command: `bin/zhuanbao.js` running the compiled lib/ (what `npm run demo` and clerks
 * run), reading on worker threads, gives the same result as the command run from sources on the
 * main thread. lib/ is compiled first (`npm run build:cli`, as `npm ci` does through `prepare`).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';

const ROOT = path.resolve(__dirname, '../..');
const samples = path.join(ROOT, 'samples/2026-03');
const quiet = { out: () => undefined, err: () => undefined };

describe('bin/zhuanbao.js (compiled)', () => {
  let tmp: string;
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.cli.json')], { cwd: ROOT });
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-bin-'));
  }, 180_000);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('reading on two worker threads gives the result of a main-thread read', async () => {
    const threaded = path.join(tmp, 'threaded.json');
    const single = path.join(tmp, 'single.json');
    const out = execFileSync(process.execPath, [path.join(ROOT, 'bin/zhuanbao.js'), 'build', samples, '--as-of', '2026-03-20', '--threads', '2', '--json', threaded, '--out', path.join(tmp, 'b.xlsx')], { encoding: 'utf8' });
    expect(out).toContain('指标 45 个');
    expect(await main(['build', samples, '--as-of', '2026-03-20', '--threads', '0', '--json', single, '-q'], quiet)).toBe(0);
    const a = JSON.parse(fs.readFileSync(threaded, 'utf8')) as Record<string, unknown>;
    const b = JSON.parse(fs.readFileSync(single, 'utf8')) as Record<string, unknown>;
    expect(a['indicators']).toEqual(b['indicators']);
    expect(a['findings']).toEqual(b['findings']);
    expect(a['summary']).toEqual(b['summary']);
    expect(fs.statSync(path.join(tmp, 'b.xlsx')).size).toBeGreaterThan(5000);
  }, 120_000);

  test('--threads is checked like the other arguments', async () => {
    const err: string[] = [];
    expect(await main(['build', samples, '--threads', 'many'], { out: () => undefined, err: (s) => void err.push(s) })).toBe(2);
    expect(err.join('')).toContain('--threads');
  });
});
