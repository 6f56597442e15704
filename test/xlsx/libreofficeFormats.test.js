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
 * The repository's sample workbooks re-saved by LibreOffice (`soffice --headless --convert-to`) as
 * `.xls` (Excel 97–2003), `.ods` and HTML, at test time into a temp folder: each set gives the same
 * indicators as the `.xlsx` originals (name, section, department, unit, target, done, completion,
 * reported completion, status). Needs LibreOffice (installed by .ci/run): fails without it under CI,
 * otherwise skips with a message.
 */
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
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
if (!soffice && !process.env.CI) {
    console.warn('LibreOffice (soffice) not found: skipping the test of samples re-saved as .xls, .ods and HTML. Install libreoffice-calc to run it.');
}
const samples = path.resolve(__dirname, '../../samples/2026-03');
/** What must come out the same whatever the format. */
async function indicatorsOf(inputs) {
    const outcome = await (0, runBuild_1.runBuild)({ source: new fileSource_1.XlsxFileSource(inputs), settings: (0, settings_1.parseSettings)({}), sink: null, today: '2026-03-23' });
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
    let reference = [];
    beforeAll(async () => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-lo-'));
        reference = await indicatorsOf([samples]);
    });
    afterAll(() => { if (tmp)
        fs.rmSync(tmp, { recursive: true, force: true }); });
    const xlsx = fs.readdirSync(samples).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(samples, f));
    maybe.each([['xls', 'xls'], ['ods', 'ods'], ['html', 'html']])('as %s: the same indicators as the .xlsx', async (ext, filter) => {
        const out = path.join(tmp, ext);
        const profile = `file://${path.join(tmp, `profile-${ext}`)}`;
        fs.mkdirSync(out);
        (0, node_child_process_1.execFileSync)(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', out, ...xlsx], { stdio: 'pipe', timeout: 240_000 });
        const written = fs.readdirSync(out).filter((f) => f.endsWith(`.${ext}`));
        expect(written).toHaveLength(xlsx.length);
        expect(reference.length).toBeGreaterThanOrEqual(40);
        expect(await indicatorsOf([out])).toEqual(reference);
    }, 300_000);
});
