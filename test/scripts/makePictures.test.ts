/**
 * `npm run pictures` (scripts/make-pictures.ts): the bulletin's picture is the first page of the
 * workbook the command line writes, rendered by LibreOffice; the committed README pictures exist and
 * are the pictures the script makes (same names, PNG). The pane's pictures are taken by the e2e
 * test with the same function the script uses. Needs LibreOffice and poppler-utils: fails without
 * them under CI, otherwise says it did not run.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PANE_WIDTHS, bulletinPicture, pngSize, which } from '../../scripts/make-pictures';

const IMAGES = path.resolve(__dirname, '../../docs/images');
const README = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const available = Boolean(which('soffice', 'libreoffice') && which('pdftoppm'));
if (!available && !process.env.CI) {
  console.warn('[pictures] NOT RUN: LibreOffice (soffice) or poppler-utils (pdftoppm) not found. Install libreoffice-calc poppler-utils fonts-noto-cjk to run it.');
}

describe('README pictures', () => {
  test('the committed pictures exist, are PNGs of the expected widths, and the README shows them', () => {
    const expected = ['taskpane.png', ...PANE_WIDTHS.filter((w) => w !== 420).map((w) => `taskpane-${w}.png`), 'bulletin-page1.png'];
    for (const name of expected) {
      const { width, height } = pngSize(path.join(IMAGES, name));
      expect(height).toBeGreaterThan(300);
      if (name.startsWith('taskpane')) expect(PANE_WIDTHS.map((w) => w * 2)).toContain(width); // taken at twice the pixels
      expect(README).toContain(`docs/images/${name}`);
    }
  });

  (available || process.env.CI ? test : test.skip)('the bulletin picture is the first page of the workbook the command writes, rendered by LibreOffice', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-pictures-test-'));
    try {
      const file = await bulletinPicture(tmp);
      expect(path.basename(file)).toBe('bulletin-page1.png');
      const { width, height } = pngSize(file);
      // A4 landscape (the bulletin sheet's page setup) at 110 dpi: 1287 × 910.
      expect(Math.abs(width / height - 297 / 210)).toBeLessThan(0.02);
      expect(width).toBeGreaterThan(1000);
      // The picture is not blank: a PNG of a page with text compresses to well over a few KB.
      expect(fs.statSync(file).size).toBeGreaterThan(50_000);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 240_000);
});
