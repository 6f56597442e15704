"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * `npm run pictures` (scripts/make-pictures.ts): the bulletin's picture is the first page of the
 * workbook the command line writes, rendered by LibreOffice; the committed README pictures exist and
 * are the pictures the script makes (same names, PNG). The pane's pictures are taken by the e2e
 * test with the same function the script uses. Needs LibreOffice and poppler-utils: fails without
 * them under CI, otherwise says it did not run.
 */
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const make_pictures_1 = require("../../scripts/make-pictures");
const IMAGES = path.resolve(__dirname, '../../docs/images');
const README = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const available = Boolean((0, make_pictures_1.which)('soffice', 'libreoffice') && (0, make_pictures_1.which)('pdftoppm'));
if (!available && !process.env.CI) {
    console.warn('[pictures] NOT RUN: LibreOffice (soffice) or poppler-utils (pdftoppm) not found. Install libreoffice-calc poppler-utils fonts-noto-cjk to run it.');
}
describe('README pictures', () => {
    test('the committed pictures exist, are PNGs of the expected widths, and the README shows them', () => {
        const expected = ['taskpane.png', ...make_pictures_1.PANE_WIDTHS.filter((w) => w !== 420).map((w) => `taskpane-${w}.png`), 'bulletin-page1.png'];
        for (const name of expected) {
            const { width, height } = (0, make_pictures_1.pngSize)(path.join(IMAGES, name));
            expect(height).toBeGreaterThan(300);
            if (name.startsWith('taskpane'))
                expect(make_pictures_1.PANE_WIDTHS.map((w) => w * 2)).toContain(width); // taken at twice the pixels
            expect(README).toContain(`docs/images/${name}`);
        }
    });
    (available || process.env.CI ? test : test.skip)('the bulletin picture is the first page of the workbook the command writes, rendered by LibreOffice', async () => {
        const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-pictures-test-'));
        try {
            const file = await (0, make_pictures_1.bulletinPicture)(tmp);
            expect(path.basename(file)).toBe('bulletin-page1.png');
            const { width, height } = (0, make_pictures_1.pngSize)(file);
            // A4 landscape (the bulletin sheet's page setup) at 110 dpi: 1287 × 910.
            expect(Math.abs(width / height - 297 / 210)).toBeLessThan(0.02);
            expect(width).toBeGreaterThan(1000);
            // The picture is not blank: a PNG of a page with text compresses to well over a few KB.
            expect(fs.statSync(file).size).toBeGreaterThan(50_000);
        }
        finally {
            fs.rmSync(tmp, { recursive: true, force: true });
        }
    }, 240_000);
});
