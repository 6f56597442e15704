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
exports.PANE_WIDTHS = void 0;
exports.pngSize = pngSize;
exports.which = which;
exports.paneScreenshots = paneScreenshots;
exports.bulletinPicture = bulletinPicture;
/**
 * The README's pictures, made from the product itself so they change when it does:
 *   docs/images/taskpane.png       the task pane after 生成专报 on the samples (Chromium, 420 px)
 *   docs/images/taskpane-320.png   the same at 320 px, Excel's narrowest task pane
 *   docs/images/bulletin-page1.png the bulletin workbook's first printed page (LibreOffice → PDF → PNG)
 *   npm run pictures            (npx tsx scripts/make-pictures.ts [output folder])
 * Needs /usr/bin/chromium, LibreOffice (soffice) and poppler-utils (pdftoppm). The e2e test takes the
 * pane's pictures with {@link paneScreenshots} in its own run, and test/scripts/makePictures.test.ts
 * renders the bulletin's with {@link bulletinPicture}.
 */
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const node_url_1 = require("node:url");
const main_1 = require("../src/cli/main");
const paneServer_1 = require("./paneServer");
const ROOT = path.join(__dirname, '..');
const SAMPLES = path.join(ROOT, 'samples/2026-03');
/** Widths of the pane's pictures: the preview's usual width, and Excel's narrowest task pane. */
exports.PANE_WIDTHS = [420, 320];
/**
 * Width and height of a PNG file (from its IHDR chunk).
 * @example pngSize('docs/images/taskpane.png') → { width: 840, height: 1800 }
 */
function pngSize(file) {
    const b = fs.readFileSync(file);
    if (b.subarray(1, 4).toString('latin1') !== 'PNG')
        throw new Error(`${file} is not a PNG`);
    return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}
/** The first command of these found on PATH. */
function which(...cmds) {
    for (const cmd of cmds) {
        for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
            const p = path.join(dir, cmd);
            if (dir && fs.existsSync(p))
                return p;
        }
    }
    return null;
}
/**
 * On a pane that has just built the bulletin: pictures of its top (cards and chart) at each width
 * of {@link PANE_WIDTHS}, as `taskpane.png` and `taskpane-320.png`, at twice the pixels for sharp text.
 * @returns the files written
 * @example await paneScreenshots(page, 'docs/images')
 */
async function paneScreenshots(page, outDir) {
    fs.mkdirSync(outDir, { recursive: true });
    const files = [];
    for (const width of exports.PANE_WIDTHS) {
        await page.setViewportSize({ width, height: 1000 });
        const chart = page.getByTestId('progress-chart');
        await chart.scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollTo(0, 0));
        const box = await chart.boundingBox();
        const height = Math.ceil((box ? box.y + box.height : 1000) + 16);
        const file = path.join(outDir, width === 420 ? 'taskpane.png' : `taskpane-${width}.png`);
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height } });
        files.push(file);
    }
    return files;
}
/**
 * Builds the bulletin workbook from the samples with the command line and renders its first page with
 * LibreOffice and pdftoppm into `bulletin-page1.png`.
 * @returns the file written
 * @example await bulletinPicture('docs/images')
 */
async function bulletinPicture(outDir) {
    const soffice = which('soffice', 'libreoffice');
    if (!soffice || !which('pdftoppm'))
        throw new Error('LibreOffice (soffice) and poppler-utils (pdftoppm) are needed for the bulletin picture');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-pictures-'));
    try {
        const xlsx = path.join(tmp, 'bulletin.xlsx');
        const quiet = { out: () => undefined, err: () => undefined };
        const code = await (0, main_1.main)(['build', SAMPLES, '--as-of', '2026-03-20', '--report-date', '2026-03-23', '--out', xlsx, '-q'], quiet);
        if (code !== 0)
            throw new Error(`zhuanbao build exited with ${code}`);
        // A profile of its own, so a LibreOffice already running does not block this one.
        const profile = (0, node_url_1.pathToFileURL)(path.join(tmp, 'profile')).href;
        (0, node_child_process_1.execFileSync)(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, xlsx], { stdio: 'pipe', timeout: 180_000 });
        fs.mkdirSync(outDir, { recursive: true });
        const base = path.join(outDir, 'bulletin-page1');
        (0, node_child_process_1.execFileSync)('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', path.join(tmp, 'bulletin.pdf'), base], { stdio: 'pipe' });
        return `${base}.png`;
    }
    finally {
        fs.rmSync(tmp, { recursive: true, force: true });
    }
}
/** Everything: builds and serves the pane, builds the bulletin in it, takes the pictures. */
async function makePictures(outDir) {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-pictures-pane-'));
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-pictures-chromium-'));
    await (0, paneServer_1.buildPane)(dist);
    const { server, origin } = await (0, paneServer_1.servePane)(dist);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require('playwright-core');
    const context = await chromium.launchPersistentContext(profile, { executablePath: paneServer_1.CHROMIUM, args: paneServer_1.CHROMIUM_FLAGS, headless: true, viewport: { width: 420, height: 1000 }, deviceScaleFactor: 2 });
    try {
        const page = context.pages()[0] ?? (await context.newPage());
        await page.goto(`${origin}/taskpane.html`);
        await page.waitForSelector('html[data-mode="preview"]', { timeout: 30_000 });
        await page.getByTestId('build').click();
        await page.getByTestId('progress-chart').waitFor({ timeout: 60_000 });
        return [...(await paneScreenshots(page, outDir)), await bulletinPicture(outDir)];
    }
    finally {
        await context.close();
        server.close();
        fs.rmSync(dist, { recursive: true, force: true });
        fs.rmSync(profile, { recursive: true, force: true });
    }
}
if (require.main === module) {
    const outDir = path.resolve(process.argv[2] ?? path.join(ROOT, 'docs/images'));
    makePictures(outDir).then((files) => { for (const f of files) {
        const { width, height } = pngSize(f);
        process.stdout.write(`${path.relative(ROOT, f)}  ${width}×${height}\n`);
    } }, (err) => { console.error(err); process.exitCode = 1; });
}
