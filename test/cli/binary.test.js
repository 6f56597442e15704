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
 * The shipped command: `bin/zhuanbao.js` running the compiled lib/ (what `npm run demo` and clerks
 * run), reading on worker threads, gives the same result as the command run from sources on the
 * main thread. lib/ is compiled first (`npm run build:cli`, as `npm ci` does through `prepare`).
 */
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const main_1 = require("../../src/cli/main");
const ROOT = path.resolve(__dirname, '../..');
const samples = path.join(ROOT, 'samples/2026-03');
const quiet = { out: () => undefined, err: () => undefined };
describe('bin/zhuanbao.js (compiled)', () => {
    let tmp;
    beforeAll(() => {
        (0, node_child_process_1.execFileSync)(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.cli.json')], { cwd: ROOT });
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-bin-'));
    }, 180_000);
    afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
    test('reading on two worker threads gives the result of a main-thread read', async () => {
        const threaded = path.join(tmp, 'threaded.json');
        const single = path.join(tmp, 'single.json');
        const out = (0, node_child_process_1.execFileSync)(process.execPath, [path.join(ROOT, 'bin/zhuanbao.js'), 'build', samples, '--as-of', '2026-03-20', '--threads', '2', '--json', threaded, '--out', path.join(tmp, 'b.xlsx')], { encoding: 'utf8' });
        expect(out).toContain('指标 45 个');
        expect(await (0, main_1.main)(['build', samples, '--as-of', '2026-03-20', '--threads', '0', '--json', single, '-q'], quiet)).toBe(0);
        const a = JSON.parse(fs.readFileSync(threaded, 'utf8'));
        const b = JSON.parse(fs.readFileSync(single, 'utf8'));
        expect(a['indicators']).toEqual(b['indicators']);
        expect(a['findings']).toEqual(b['findings']);
        expect(a['summary']).toEqual(b['summary']);
        expect(fs.statSync(path.join(tmp, 'b.xlsx')).size).toBeGreaterThan(5000);
    }, 120_000);
    test('--threads is checked like the other arguments', async () => {
        const err = [];
        expect(await (0, main_1.main)(['build', samples, '--threads', 'many'], { out: () => undefined, err: (s) => void err.push(s) })).toBe(2);
        expect(err.join('')).toContain('--threads');
    });
});
