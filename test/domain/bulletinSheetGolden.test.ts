/**
 * The bulletin sheet, laid out from the samples and fixtures, against the SheetModel JSON that the
 * single-function `buildBulletinSheet` produced before it was split into named parts (#18): the
 * written sheet must stay byte-for-byte the same. `WRITE_BULLETIN_GOLDEN=1` rewrites the files
 * (only to be done on purpose, when the layout is meant to change).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildBulletinSheet } from '../../src/domain/bulletinSheet';
import { MemorySnapshotStore } from '../../src/domain/memorySnapshotStore';
import { parseSettings, SettingsInput } from '../../src/domain/settings';
import { runBuild } from '../../src/engine/runBuild';
import { XlsxFileSource } from '../../src/xlsx/fileSource';

const dir = path.resolve(__dirname, '../fixtures/bulletinSheet');
const repoRoot = path.resolve(__dirname, '../..');
const samples = path.resolve(__dirname, '../../samples/2026-03');
const shared = path.resolve(__dirname, '../../../shared/fixtures/2026-03');
const bad = path.resolve(__dirname, '../fixtures/bad');

async function sheetJson(folders: string[], input: SettingsInput, withPrevious = false): Promise<string> {
  const settings = parseSettings(input);
  const history = withPrevious ? new MemorySnapshotStore() : undefined;
  if (history) await runBuild({ source: new XlsxFileSource(folders), settings: parseSettings({ ...input, issue: 1, asOf: '2026-02-20' }), sink: null, history });
  const { bulletin } = await runBuild({ source: new XlsxFileSource(folders), settings, sink: null, ...(history ? { history } : {}) });
  // Source paths name the checkout: written relative to the repository, so the files hold in any clone.
  return JSON.stringify(buildBulletinSheet(bulletin, settings), null, 1).split(repoRoot).join('<repo>');
}

const CASES: [string, () => Promise<string>][] = [
  ['samples-plain', () => sheetJson([samples], { asOf: '2026-03-20' })],
  ['samples-month-history', () => sheetJson([samples], { asOf: '2026-03-20', issue: 2, mode: 'month', overview: '第一段。\n\n第二段。', highlights: '亮点标题\n亮点一。\n亮点二。' }, true)],
  ['shared-fixtures', () => sheetJson([shared], { asOf: '2026-03-20', redGap: 20 })],
  ['bad-mixed', () => sheetJson([path.join(bad, 'mixed-folder'), path.join(bad, 'totals-footers'), path.join(bad, 'unit-mismatch')], { asOf: '2026-03-20' })],
];

describe('the bulletin sheet is the same SheetModel as before the split into named parts', () => {
  test.each(CASES)('%s', async (name, make) => {
    const json = await make();
    const file = path.join(dir, `${name}.json`);
    if (process.env.WRITE_BULLETIN_GOLDEN === '1') fs.writeFileSync(file, json);
    expect(json).toBe(fs.readFileSync(file, 'utf8'));
  });
});
