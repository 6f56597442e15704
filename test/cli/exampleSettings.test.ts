/**
 * examples/settings.json, the settings file the README points to: every key is one the settings
 * schema knows, it validates, and the command builds with it. A misspelt key is refused by name.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { SettingsSchema, safeSettings } from '../../src/domain/settings';

const ROOT = path.resolve(__dirname, '../..');
const example = path.join(ROOT, 'examples/settings.json');

describe('examples/settings.json', () => {
  const parsed = JSON.parse(fs.readFileSync(example, 'utf8')) as Record<string, unknown>;

  test('validates against the settings schema, with no key the schema does not know', () => {
    expect(safeSettings(parsed).problems).toEqual([]);
    expect(Object.keys(parsed).filter((k) => !(k in SettingsSchema.shape))).toEqual([]);
    expect(SettingsSchema.parse(parsed).title).toBe(parsed['title']);
  });

  test('the command builds the samples with it', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-example-'));
    try {
      const json = path.join(tmp, 'r.json');
      const code = await main(['build', path.join(ROOT, 'samples/2026-03'), '--settings', example, '--json', json, '-q'], { out: () => undefined, err: () => undefined });
      expect(code).toBe(0);
      const result = JSON.parse(fs.readFileSync(json, 'utf8')) as { summary: { title: string }[] };
      expect(result.summary.map((s) => s.title)).toEqual(['省级十大重点民生实事', '岳阳市级十大重点民生实事']);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('a misspelt key is named, and the build stops', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-example-'));
    try {
      const file = path.join(tmp, 's.json');
      fs.writeFileSync(file, JSON.stringify({ ...parsed, titel: '专报' }));
      const err: string[] = [];
      expect(await main(['build', path.join(ROOT, 'samples/2026-03'), '--settings', file, '-q'], { out: () => undefined, err: (s) => void err.push(s) })).toBe(2);
      expect(err.join('')).toContain('titel：不是可用的设置项');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
