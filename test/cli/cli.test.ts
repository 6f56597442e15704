/**
 * The command's contract: arguments validated, bad files named with exit code 2 while the others
 * are still read and written, source files never changed, the summary printed.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';

const samples = path.resolve(__dirname, '../../samples/2026-03');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

function hashDir(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir).sort().map((f) => [f, createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')]));
}

describe('zhuanbao build', () => {
  let tmp: string;
  beforeEach(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-cli-')); });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('prints the summary table and writes the bulletin; source files are unchanged', async () => {
    const before = hashDir(samples);
    const c = capture();
    const code = await main(['build', samples, '--as-of', '2026-03-20', '--out', path.join(tmp, 'b.xlsx')], c.io);
    expect(code).toBe(0);
    expect(c.out.join('')).toMatch(/省级十大重点民生实事.*│ 10 +│ 31/);
    expect(fs.statSync(path.join(tmp, 'b.xlsx')).size).toBeGreaterThan(5000);
    expect(hashDir(samples)).toEqual(before);
  });

  test('a bad file is named, exit code 2, and the other files are still read and written', async () => {
    const dir = path.join(tmp, 'in');
    fs.mkdirSync(dir);
    fs.copyFileSync(path.join(samples, '人社局.xlsx'), path.join(dir, '人社局.xlsx'));
    fs.writeFileSync(path.join(dir, '坏文件.xlsx'), 'this is not a zip');
    fs.writeFileSync(path.join(dir, '旧格式.xls'), 'legacy');
    const c = capture();
    const json = path.join(tmp, 'r.json');
    const code = await main(['build', dir, '--as-of', '2026-03-20', '--json', json, '--out', path.join(tmp, 'b.xlsx'), '--quiet'], c.io);
    expect(code).toBe(2);
    const err = c.err.join('');
    expect(err).toContain('坏文件.xlsx');
    expect(err).toContain('旧格式.xls');
    expect(err).toContain('不是表格文件');
    const result = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(result.indicators.length).toBe(6);
    expect(result.findings.filter((f: { code: string }) => f.code === 'file_unreadable')).toHaveLength(2);
    expect(fs.existsSync(path.join(tmp, 'b.xlsx'))).toBe(true);
  });

  test('refuses to write the bulletin over an input workbook', async () => {
    const file = path.join(tmp, '人社局.xlsx');
    fs.copyFileSync(path.join(samples, '人社局.xlsx'), file);
    const before = fs.readFileSync(file);
    const c = capture();
    expect(await main(['build', file, '--out', file, '--quiet'], c.io)).toBe(2);
    expect(c.err.join('')).toContain('为保护原始数据');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test.each([
    [['build', samples, '--as-of', '2026-13-45'], '--as-of'],
    [['build', samples, '--mode', 'week'], '--mode'],
    [['build', samples, '--issue', '-3'], '--issue'],
    [['build'], 'missing required argument'],
  ])('bad arguments %j give exit code 2 and say which', async (argv, word) => {
    const c = capture();
    expect(await main(argv, c.io)).toBe(2);
    expect(c.err.join('')).toContain(word);
  });

  test('a missing input is named', async () => {
    const c = capture();
    expect(await main(['build', path.join(tmp, '不存在'), '--quiet'], c.io)).toBe(2);
    expect(c.err.join('')).toContain('不存在');
  });
});
