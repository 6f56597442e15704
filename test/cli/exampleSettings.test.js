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
 * examples/settings.json, the settings file the README points to: every key is one the settings
 * schema knows, it validates, and the command builds with it. A misspelt key is refused by name.
 */
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const main_1 = require("../../src/cli/main");
const settings_1 = require("../../src/domain/settings");
const ROOT = path.resolve(__dirname, '../..');
const example = path.join(ROOT, 'examples/settings.json');
describe('examples/settings.json', () => {
    const parsed = JSON.parse(fs.readFileSync(example, 'utf8'));
    test('validates against the settings schema, with no key the schema does not know', () => {
        expect((0, settings_1.safeSettings)(parsed).problems).toEqual([]);
        expect(Object.keys(parsed).filter((k) => !(k in settings_1.SettingsSchema.shape))).toEqual([]);
        expect(settings_1.SettingsSchema.parse(parsed).title).toBe(parsed['title']);
    });
    test('the command builds the samples with it', async () => {
        const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-example-'));
        try {
            const json = path.join(tmp, 'r.json');
            const code = await (0, main_1.main)(['build', path.join(ROOT, 'samples/2026-03'), '--settings', example, '--json', json, '-q'], { out: () => undefined, err: () => undefined });
            expect(code).toBe(0);
            const result = JSON.parse(fs.readFileSync(json, 'utf8'));
            expect(result.summary.map((s) => s.title)).toEqual(['省级十大重点民生实事', '岳阳市级十大重点民生实事']);
        }
        finally {
            fs.rmSync(tmp, { recursive: true, force: true });
        }
    });
    test('a misspelt key is named, and the build stops', async () => {
        const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-example-'));
        try {
            const file = path.join(tmp, 's.json');
            fs.writeFileSync(file, JSON.stringify({ ...parsed, titel: '专报' }));
            const err = [];
            expect(await (0, main_1.main)(['build', path.join(ROOT, 'samples/2026-03'), '--settings', file, '-q'], { out: () => undefined, err: (s) => void err.push(s) })).toBe(2);
            expect(err.join('')).toContain('titel：不是可用的设置项');
        }
        finally {
            fs.rmSync(tmp, { recursive: true, force: true });
        }
    });
});
