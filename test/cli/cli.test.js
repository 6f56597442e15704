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
 * The command's contract: arguments validated, bad files named with exit code 2 while the others
 * are still read and written, source files never changed, the summary printed.
 */
const node_crypto_1 = require("node:crypto");
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const main_1 = require("../../src/cli/main");
const samples = path.resolve(__dirname, '../../samples/2026-03');
function capture() {
    const out = [];
    const err = [];
    return { io: { out: (s) => void out.push(s), err: (s) => void err.push(s) }, out, err };
}
function hashDir(dir) {
    return Object.fromEntries(fs.readdirSync(dir).sort().map((f) => [f, (0, node_crypto_1.createHash)('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')]));
}
describe('zhuanbao build', () => {
    let tmp;
    beforeEach(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-cli-')); });
    afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));
    test('prints the summary table and writes the bulletin; source files are unchanged', async () => {
        const before = hashDir(samples);
        const c = capture();
        const code = await (0, main_1.main)(['build', samples, '--as-of', '2026-03-20', '--out', path.join(tmp, 'b.xlsx')], c.io);
        expect(code).toBe(0);
        expect(c.out.join('')).toMatch(/省级十大重点民生实事.*│ 10 +│ 31/);
        expect(fs.statSync(path.join(tmp, 'b.xlsx')).size).toBeGreaterThan(5000);
        expect(hashDir(samples)).toEqual(before);
    });
    test('a bad file is named, exit code 2, and the other files are still read and written', async () => {
        const dir = path.join(tmp, 'in');
        fs.mkdirSync(dir);
        fs.copyFileSync(path.join(samples, '人社局.xlsx'), path.join(dir, '人社局.xlsx'));
        fs.writeFileSync(path.join(dir, '坏文件.xlsx'), 'this is not a zip');
        fs.writeFileSync(path.join(dir, '旧格式.xls'), 'legacy');
        const c = capture();
        const json = path.join(tmp, 'r.json');
        const code = await (0, main_1.main)(['build', dir, '--as-of', '2026-03-20', '--json', json, '--out', path.join(tmp, 'b.xlsx'), '--quiet'], c.io);
        expect(code).toBe(2);
        const err = c.err.join('');
        expect(err).toContain('坏文件.xlsx');
        expect(err).toContain('旧格式.xls');
        expect(err).toContain('不是表格文件');
        const result = JSON.parse(fs.readFileSync(json, 'utf8'));
        expect(result.indicators.length).toBe(6);
        expect(result.findings.filter((f) => f.code === 'file_unreadable')).toHaveLength(2);
        expect(fs.existsSync(path.join(tmp, 'b.xlsx'))).toBe(true);
    });
    test('refuses to write the bulletin over an input workbook', async () => {
        const file = path.join(tmp, '人社局.xlsx');
        fs.copyFileSync(path.join(samples, '人社局.xlsx'), file);
        const before = fs.readFileSync(file);
        const c = capture();
        expect(await (0, main_1.main)(['build', file, '--out', file, '--quiet'], c.io)).toBe(2);
        expect(c.err.join('')).toContain('为保护原始数据');
        expect(fs.readFileSync(file).equals(before)).toBe(true);
    });
    test.each([
        [['build', samples, '--as-of', '2026-13-45'], '--as-of'],
        [['build', samples, '--mode', 'week'], '--mode'],
        [['build', samples, '--issue', '-3'], '--issue'],
        [['build'], '缺少要读取的工作簿或文件夹'],
    ])('bad arguments %j give exit code 2 and say which', async (argv, word) => {
        const c = capture();
        expect(await (0, main_1.main)(argv, c.io)).toBe(2);
        expect(c.err.join('')).toContain(word);
    });
    test('a missing input is named', async () => {
        const c = capture();
        expect(await (0, main_1.main)(['build', path.join(tmp, '不存在'), '--quiet'], c.io)).toBe(2);
        expect(c.err.join('')).toContain('不存在');
    });
});
