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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * writeValidatedJson writes exactly the bytes of JSON.stringify(schema.parse(value), null, 1),
 * validating element by element, and leaves no file when the value does not fit.
 */
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const fast_check_1 = __importDefault(require("fast-check"));
const zod_1 = require("zod");
const resultJson_1 = require("../../src/cli/resultJson");
const resultSchema_1 = require("../../src/domain/resultSchema");
const runBuild_1 = require("../../src/engine/runBuild");
const settings_1 = require("../../src/domain/settings");
const fileSource_1 = require("../../src/xlsx/fileSource");
const sharedFolder_1 = require("../support/sharedFolder");
const fixtures = path.resolve(__dirname, '../../../shared/fixtures/2026-03');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-resultjson-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const haveFixtures = (0, sharedFolder_1.sharedAvailable)('the JSON of the open fixtures\' build', fixtures);
let n = 0;
async function written(schema, value) {
    const file = path.join(tmp, `r${n++}.json`);
    await (0, resultJson_1.writeValidatedJson)(file, schema, value);
    return fs.readFileSync(file, 'utf8');
}
describe('writeValidatedJson', () => {
    (haveFixtures ? test : test.skip)('the fixtures’ build result: the same bytes as parse + stringify', async () => {
        const { settings } = (0, settings_1.safeSettings)({ asOf: '2026-03-20' });
        const { result } = await (0, runBuild_1.runBuild)({ source: new fileSource_1.XlsxFileSource([fixtures]), settings, sink: null });
        expect(result.indicators.length).toBeGreaterThan(40);
        const text = await written(resultSchema_1.ResultSchema, result);
        expect(text).toBe(JSON.stringify(resultSchema_1.ResultSchema.parse(result), null, 1));
    });
    test('empty arrays, an absent optional field and unknown keys are written as stringify writes them', async () => {
        const schema = zod_1.z.object({ a: zod_1.z.array(zod_1.z.number()), b: zod_1.z.object({ c: zod_1.z.string() }).optional(), d: zod_1.z.string() });
        const value = { a: [], d: 'x', extra: 1 };
        expect(await written(schema, value)).toBe(JSON.stringify(schema.parse(value), null, 1));
    });
    test('an object with no fields', async () => {
        expect(await written(zod_1.z.object({}), {})).toBe('{}');
    });
    test('any values: nested arrays and objects, strings with line breaks and quotes, over several write chunks', async () => {
        const schema = zod_1.z.object({
            rows: zod_1.z.array(zod_1.z.object({ name: zod_1.z.string(), n: zod_1.z.number(), tags: zod_1.z.array(zod_1.z.string()), more: zod_1.z.record(zod_1.z.string(), zod_1.z.unknown()) })),
            head: zod_1.z.object({ title: zod_1.z.string(), list: zod_1.z.array(zod_1.z.array(zod_1.z.number())) }),
            note: zod_1.z.string().nullable(),
        });
        const text = fast_check_1.default.string({ unit: 'grapheme', maxLength: 30 });
        await fast_check_1.default.assert(fast_check_1.default.asyncProperty(fast_check_1.default.record({
            rows: fast_check_1.default.array(fast_check_1.default.record({ name: fast_check_1.default.oneof(text, fast_check_1.default.constantFrom('a\nb', '"q"\r\n', '\\', '\u2028')), n: fast_check_1.default.double({ noNaN: true, noDefaultInfinity: true }), tags: fast_check_1.default.array(text, { maxLength: 3 }), more: fast_check_1.default.dictionary(fast_check_1.default.string({ maxLength: 5 }), fast_check_1.default.jsonValue({ maxDepth: 2 })) }), { maxLength: 20 }),
            head: fast_check_1.default.record({ title: text, list: fast_check_1.default.array(fast_check_1.default.array(fast_check_1.default.integer(), { maxLength: 3 }), { maxLength: 3 }) }),
            note: fast_check_1.default.option(text),
        }), async (value) => {
            expect(await written(schema, value)).toBe(JSON.stringify(schema.parse(value), null, 1));
        }), { numRuns: 60, seed: 4 });
        // Enough elements to cross the 1 MB write chunk several times.
        const big = { rows: Array.from({ length: 12000 }, (_, i) => ({ name: `指标${i}\n第二行`, n: i / 7, tags: ['x', 'y'], more: { k: [i, 'v'] } })), head: { title: 't', list: [[1]] }, note: null };
        expect(await written(schema, big)).toBe(JSON.stringify(schema.parse(big), null, 1));
    });
    test('a value that does not fit: a ZodError naming the place, and no file (nor temporary file) left', async () => {
        const schema = zod_1.z.object({ a: zod_1.z.array(zod_1.z.object({ v: zod_1.z.number() })), b: zod_1.z.string() });
        const file = path.join(tmp, 'bad.json');
        const err = await (0, resultJson_1.writeValidatedJson)(file, schema, { a: [{ v: 1 }, { v: 'x' }], b: 'ok' }).catch((e) => e);
        expect(err).toBeInstanceOf(zod_1.z.ZodError);
        expect(err.issues[0]?.path).toEqual(['a', 1, 'v']);
        const err2 = await (0, resultJson_1.writeValidatedJson)(file, schema, { a: [], b: 3 }).catch((e) => e);
        expect(err2.issues[0]?.path).toEqual(['b']);
        expect(fs.readdirSync(tmp).filter((f) => f.startsWith('bad.json'))).toEqual([]);
    });
});
