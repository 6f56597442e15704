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
 * The bulletin sheet, laid out from the samples and fixtures, against the SheetModel JSON that the
 * single-function `buildBulletinSheet` produced before it was split into named parts (#18): the
 * written sheet must stay byte-for-byte the same. `WRITE_BULLETIN_GOLDEN=1` rewrites the files
 * (only to be done on purpose, when the layout is meant to change).
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const bulletinSheet_1 = require("../../src/domain/bulletinSheet");
const memorySnapshotStore_1 = require("../../src/domain/memorySnapshotStore");
const settings_1 = require("../../src/domain/settings");
const runBuild_1 = require("../../src/engine/runBuild");
const fileSource_1 = require("../../src/xlsx/fileSource");
const dir = path.resolve(__dirname, '../fixtures/bulletinSheet');
const repoRoot = path.resolve(__dirname, '../..');
const samples = path.resolve(__dirname, '../../samples/2026-03');
const shared = path.resolve(__dirname, '../../../shared/fixtures/2026-03');
const bad = path.resolve(__dirname, '../fixtures/bad');
async function sheetJson(folders, input, withPrevious = false) {
    const settings = (0, settings_1.parseSettings)(input);
    const history = withPrevious ? new memorySnapshotStore_1.MemorySnapshotStore() : undefined;
    if (history)
        await (0, runBuild_1.runBuild)({ source: new fileSource_1.XlsxFileSource(folders), settings: (0, settings_1.parseSettings)({ ...input, issue: 1, asOf: '2026-02-20' }), sink: null, history });
    const { bulletin } = await (0, runBuild_1.runBuild)({ source: new fileSource_1.XlsxFileSource(folders), settings, sink: null, ...(history ? { history } : {}) });
    // Source paths name the checkout: written relative to the repository, so the files hold in any clone.
    return JSON.stringify((0, bulletinSheet_1.buildBulletinSheet)(bulletin, settings), null, 1).split(repoRoot).join('<repo>');
}
const CASES = [
    ['samples-plain', () => sheetJson([samples], { asOf: '2026-03-20' })],
    ['samples-month-history', () => sheetJson([samples], { asOf: '2026-03-20', issue: 2, mode: 'month', overview: '第一段。\n\n第二段。', highlights: '亮点标题\n亮点一。\n亮点二。' }, true)],
    ['shared-fixtures', () => sheetJson([shared], { asOf: '2026-03-20', redGap: 20 })],
    ['bad-mixed', () => sheetJson([path.join(bad, 'mixed-folder'), path.join(bad, 'totals-footers'), path.join(bad, 'unit-mismatch')], { asOf: '2026-03-20' })],
];
describe('the bulletin sheet is the same SheetModel as before the split into named parts', () => {
    test.each(CASES)('%s', async (name, make) => {
        const json = await make();
        const file = path.join(dir, `${name}.json`);
        if (process.env.WRITE_BULLETIN_GOLDEN === '1')
            fs.writeFileSync(file, json);
        expect(json).toBe(fs.readFileSync(file, 'utf8'));
    });
});
