/**
 * Issue #12's acceptance check: `zhuanbao build` on the open fixtures re-saved in the formats
 * departments send (`.xls`, `.ods`, an HTML table named `.xls`, SpreadsheetML 2003 `.xml`,
 * LibreOffice `.xlsx`) scores 45/45 with the shared checker, exit 0, in both time-progress modes;
 * no file is refused, and the folder's answer key (not a table) is listed, not skipped in silence.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { ResultSchema } from '../../src/domain/resultSchema';

const shared = path.resolve(__dirname, '../../../shared');
const fixtures = path.join(shared, 'fixtures/2026-03-formats');
const checker = path.join(shared, 'tools/fixture-check.mjs');
const haveShared = fs.existsSync(checker) && fs.existsSync(fixtures);
const quietIo = { out: () => undefined, err: () => undefined };

(haveShared ? describe : describe.skip)('the fixtures in every format (fixtures/2026-03-formats)', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-formats-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test.each(['day', 'month'])('%s mode: 45/45 right, 0 extra, checker exit 0', async (mode) => {
    const json = path.join(tmp, `r-${mode}.json`);
    const code = await main(['build', fixtures, '--as-of', '2026-03-20', '--mode', mode, '--json', json, '--quiet'], quietIo);
    expect(code).toBe(0);
    const result = ResultSchema.parse(JSON.parse(fs.readFileSync(json, 'utf8')));
    // execFileSync throws on a non-zero exit: the checker's exit 0 is asserted by getting here.
    const out = execFileSync(process.execPath, [checker, json, path.join(fixtures, 'expected.json'), mode], { encoding: 'utf8' });
    expect(out.trim().split('\n').pop()).toBe('45/45 indicators right, 0 extra');
    expect(result.findings.filter((f) => f.code === 'file_unreadable')).toEqual([]);
    const listed = result.findings.filter((f) => f.code === 'file_not_spreadsheet');
    expect(listed.map((f) => [path.basename(f.file), f.severity])).toEqual([['expected.json', 'info']]);
    // Every department file was read: its sheets are in the result's file list.
    const read = result.files.filter((f) => f.sheets > 0).map((f) => path.extname(f.file)).sort();
    expect(read).toEqual(['.ods', '.ods', '.xls', '.xls', '.xls', '.xls', '.xlsx', '.xlsx', '.xml', '.xml']);
  });
});
