/**
 * The repository's sample workbooks re-saved by LibreOffice (`soffice --headless --convert-to`) as
 * `.xls` (Excel 97–2003), `.ods` and HTML, at test time into a temp folder: each set gives the same
 * indicators as the `.xlsx` originals (name, section, department, unit, target, done, completion,
 * reported completion, status). Needs LibreOffice (installed by .ci/run): fails without it under CI,
 * otherwise skips with a message.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseSettings } from '../../src/domain/settings';
import { runBuild } from '../../src/engine/runBuild';
import { XlsxFileSource } from '../../src/xlsx/fileSource';
import { soffice } from '../support/commands';


if (!soffice && !process.env.CI) {
  console.warn('LibreOffice (soffice) not found: skipping the test of samples re-saved as .xls, .ods and HTML. Install libreoffice-calc to run it.');
}

const samples = path.resolve(__dirname, '../../samples/2026-03');

/** What must come out the same whatever the format. */
async function indicatorsOf(inputs: string[]): Promise<unknown[]> {
  const outcome = await runBuild({ source: new XlsxFileSource(inputs), settings: parseSettings({}), sink: null, today: '2026-03-23' });
  expect(outcome.result.findings.filter((f) => f.code === 'file_unreadable')).toEqual([]);
  return outcome.result.indicators.map((i) => ({
    name: i.name, section: i.section, project: i.project, dept: i.dept, unit: i.unit, target: i.target, done: i.done,
    completion: i.completion, reportedCompletion: i.reportedCompletion, status: i.status,
  }));
}

describe('samples re-saved by LibreOffice', () => {
  if (!soffice && process.env.CI) {
    test('LibreOffice is installed (required under CI)', () => {
      throw new Error('missing: libreoffice (soffice)');
    });
    return;
  }
  const maybe = soffice ? test : test.skip;
  let tmp = '';
  let reference: unknown[] = [];
  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-lo-'));
    reference = await indicatorsOf([samples]);
  });
  afterAll(() => { if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

  const xlsx = fs.readdirSync(samples).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(samples, f));

  maybe.each([['xls', 'xls'], ['ods', 'ods'], ['html', 'html']])('as %s: the same indicators as the .xlsx', async (ext, filter) => {
    const out = path.join(tmp, ext);
    const profile = `file://${path.join(tmp, `profile-${ext}`)}`;
    fs.mkdirSync(out);
    execFileSync(soffice as string, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', out, ...xlsx], { stdio: 'pipe', timeout: 240_000 });
    const written = fs.readdirSync(out).filter((f) => f.endsWith(`.${ext}`));
    expect(written).toHaveLength(xlsx.length);
    expect(reference.length).toBeGreaterThanOrEqual(40);
    expect(await indicatorsOf([out])).toEqual(reference);
  }, 300_000);
});
