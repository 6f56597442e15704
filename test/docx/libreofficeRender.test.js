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
 * The Word bulletin rendered by LibreOffice (`soffice --headless --convert-to pdf`): A4 pages, a
 * sane page count, the title on page 1, the page numbers printed as "— 1 —", "— 2 —". Needs
 * LibreOffice and poppler-utils (installed by .ci/run): fails without them under CI, otherwise skips
 * with a message.
 */
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const node_url_1 = require("node:url");
const bulletinDocx_1 = require("../../src/docx/bulletinDocx");
const settings_1 = require("../../src/domain/settings");
const runBuild_1 = require("../../src/engine/runBuild");
const fileSource_1 = require("../../src/xlsx/fileSource");
function which(cmd) {
    for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
        const p = path.join(dir, cmd);
        if (dir && fs.existsSync(p))
            return p;
    }
    return null;
}
const soffice = which('libreoffice') ?? which('soffice');
const poppler = which('pdftotext') && which('pdfinfo');
const available = Boolean(soffice && poppler);
if (!available && !process.env.CI) {
    console.warn('LibreOffice or poppler-utils (pdftotext, pdfinfo) not found: skipping the rendering test. Install libreoffice-writer poppler-utils fonts-noto-cjk to run it.');
}
const samples = path.resolve(__dirname, '../../samples/2026-03');
const squash = (s) => s.replace(/\s+/g, '');
describe('rendered with LibreOffice', () => {
    if (!available && process.env.CI) {
        test('LibreOffice and poppler-utils are installed (required under CI)', () => {
            throw new Error(`missing: ${[soffice ? null : 'libreoffice', poppler ? null : 'pdftotext/pdfinfo'].filter(Boolean).join(', ')}`);
        });
        return;
    }
    const maybe = available ? test : test.skip;
    let tmp;
    beforeAll(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-lo-')); });
    afterAll(() => { if (tmp)
        fs.rmSync(tmp, { recursive: true, force: true }); });
    maybe('A4 pages, a sane page count, the title on page 1 and "— n —" page numbers', async () => {
        const settings = (0, settings_1.parseSettings)({ asOf: '2026-03-20', reportDate: '2026-03-23' });
        const { bulletin } = await (0, runBuild_1.runBuild)({ source: new fileSource_1.XlsxFileSource([samples]), settings, sink: null });
        const docx = path.join(tmp, 'bulletin.docx');
        fs.writeFileSync(docx, await (0, bulletinDocx_1.bulletinDocx)(bulletin, { settings }));
        // A profile of its own, so a LibreOffice already running (or another test run) does not block this one.
        const profile = (0, node_url_1.pathToFileURL)(path.join(tmp, 'profile')).href;
        (0, node_child_process_1.execFileSync)(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, docx], { stdio: 'pipe', timeout: 180_000 });
        const pdf = path.join(tmp, 'bulletin.pdf');
        expect(fs.existsSync(pdf)).toBe(true);
        const info = (0, node_child_process_1.execFileSync)('pdfinfo', [pdf], { encoding: 'utf8' });
        const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
        // 45 indicators in prose and in a table, the lagging list and the findings: a few pages, not one, not dozens.
        expect(pages).toBeGreaterThanOrEqual(4);
        expect(pages).toBeLessThanOrEqual(30);
        const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
        expect([Math.round(Number(size?.[1])), Math.round(Number(size?.[2]))]).toEqual([595, 842]);
        const page = (n) => squash((0, node_child_process_1.execFileSync)('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' }));
        const first = page(1);
        expect(first).toContain(squash(bulletin.title));
        expect(first).toContain(squash(bulletin.issueLabel));
        expect(first).toContain('【工作进度】');
        expect(first).toContain('—1—');
        expect(page(2)).toContain('—2—');
        const last = page(pages);
        expect(last).toContain(`—${pages}—`);
        // Everything made it: the last part of the bulletin is in the PDF.
        const whole = squash((0, node_child_process_1.execFileSync)('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
        expect(whole).toContain('【数据核查】');
        expect(whole).toContain('新增城镇就业');
    });
});
