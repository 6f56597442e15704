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
 * The foundation's acceptance check: `zhuanbao build` on the open fixtures scores 45/45 with the
 * shared fixture checker, in both time-progress modes.
 */
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const main_1 = require("../../src/cli/main");
const resultSchema_1 = require("../../src/domain/resultSchema");
const sharedFolder_1 = require("../support/sharedFolder");
const shared = path.resolve(__dirname, '../../../shared');
const fixtures = path.join(shared, 'fixtures/2026-03');
const checker = path.join(shared, 'tools/fixture-check.mjs');
const haveShared = (0, sharedFolder_1.sharedAvailable)('the open fixtures scored by the shared checker', checker, fixtures);
const quietIo = { out: () => undefined, err: () => undefined };
(haveShared ? describe : describe.skip)('open fixtures (fixtures/2026-03)', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-fixtures-'));
    afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
    test.each(['day', 'month'])('%s mode: 45/45 right, 0 extra', async (mode) => {
        const json = path.join(tmp, `r-${mode}.json`);
        const code = await (0, main_1.main)(['build', fixtures, '--as-of', '2026-03-20', '--mode', mode, '--json', json, '--quiet'], quietIo);
        expect(code).toBe(0);
        const result = resultSchema_1.ResultSchema.parse(JSON.parse(fs.readFileSync(json, 'utf8')));
        expect(result.timeProgress).toBe(mode === 'day' ? 21.64 : 16.67);
        const out = (0, node_child_process_1.execFileSync)(process.execPath, [checker, json, path.join(fixtures, 'expected.json'), mode], { encoding: 'utf8' });
        expect(out.trim().split('\n').pop()).toBe('45/45 indicators right, 0 extra');
    });
    test('the as-of date is read from the workbooks when not given', async () => {
        const json = path.join(tmp, 'r-detected.json');
        expect(await (0, main_1.main)(['build', fixtures, '--json', json, '--quiet'], quietIo)).toBe(0);
        expect(JSON.parse(fs.readFileSync(json, 'utf8')).asOf).toBe('2026-03-20');
    });
});
