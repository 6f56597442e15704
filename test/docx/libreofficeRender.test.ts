/**
 * The Word bulletin rendered by LibreOffice (`soffice --headless --convert-to pdf`): A4 pages, a
 * sane page count, the title on page 1, the page numbers printed as "— 1 —", "— 2 —". Needs
 * LibreOffice and poppler-utils (installed by .ci/run): fails without them under CI, otherwise skips
 * with a message.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bulletinDocx } from '../../src/docx/bulletinDocx';
import { parseSettings } from '../../src/domain/settings';
import { runBuild } from '../../src/engine/runBuild';
import { XlsxFileSource } from '../../src/xlsx/fileSource';
import { soffice, which } from '../support/commands';


const poppler = which('pdftotext') && which('pdfinfo');
const available = Boolean(soffice && poppler);

if (!available && !process.env.CI) {
  console.warn('LibreOffice or poppler-utils (pdftotext, pdfinfo) not found: skipping the rendering test. Install libreoffice-writer poppler-utils fonts-noto-cjk to run it.');
}

const samples = path.resolve(__dirname, '../../samples/2026-03');
const squash = (s: string): string => s.replace(/\s+/g, '');

describe('rendered with LibreOffice', () => {
  if (!available && process.env.CI) {
    test('LibreOffice and poppler-utils are installed (required under CI)', () => {
      throw new Error(`missing: ${[soffice ? null : 'libreoffice', poppler ? null : 'pdftotext/pdfinfo'].filter(Boolean).join(', ')}`);
    });
    return;
  }
  const maybe = available ? test : test.skip;

  let tmp: string;
  beforeAll(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-lo-')); });
  afterAll(() => { if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

  maybe('A4 pages, a sane page count, the title on page 1 and "— n —" page numbers', async () => {
    const settings = parseSettings({ asOf: '2026-03-20', reportDate: '2026-03-23' });
    const { bulletin } = await runBuild({ source: new XlsxFileSource([samples]), settings, sink: null });
    const docx = path.join(tmp, 'bulletin.docx');
    fs.writeFileSync(docx, await bulletinDocx(bulletin, { settings }));
    // A profile of its own, so a LibreOffice already running (or another test run) does not block this one.
    const profile = pathToFileURL(path.join(tmp, 'profile')).href;
    execFileSync(soffice as string, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, docx], { stdio: 'pipe', timeout: 180_000 });
    const pdf = path.join(tmp, 'bulletin.pdf');
    expect(fs.existsSync(pdf)).toBe(true);

    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    // 45 indicators in prose and in a table, the lagging list and the findings: a few pages, not one, not dozens.
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(30);
    const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
    expect([Math.round(Number(size?.[1])), Math.round(Number(size?.[2]))]).toEqual([595, 842]);

    const page = (n: number): string => squash(execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' }));
    const first = page(1);
    expect(first).toContain(squash(bulletin.title));
    expect(first).toContain(squash(bulletin.issueLabel));
    expect(first).toContain('【工作进度】');
    expect(first).toContain('—1—');
    expect(page(2)).toContain('—2—');
    const last = page(pages);
    expect(last).toContain(`—${pages}—`);
    // Everything made it: the last part of the bulletin is in the PDF.
    const whole = squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    expect(whole).toContain('【数据核查】');
    expect(whole).toContain('新增城镇就业');
  });
});
