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
 * `zhuanbao build --history DIR --docx FILE` over three consecutive issues: sample workbooks copied
 * and their values changed with ExcelJS between builds. Each build compares itself with the previous
 * snapshot, numbers its issue after it, writes its own snapshot, the change in the JSON and the Word
 * document; a bad snapshot is a warning and a finding, and the build still succeeds.
 */
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const exceljs_1 = __importDefault(require("exceljs"));
const main_1 = require("../../src/cli/main");
const resultSchema_1 = require("../../src/domain/resultSchema");
const docxXml_1 = require("../docx/docxXml");
const samples = path.resolve(__dirname, '../../samples/2026-03');
function capture() {
    const err = [];
    return { io: { out: () => undefined, err: (s) => void err.push(s) }, err };
}
async function setDone(dir, r, name, value) {
    const i = r.indicators.find((x) => x.name === name);
    const cell = i?.source.cells.done;
    if (!i || !cell)
        throw new Error(`no done cell for ${name}`);
    const file = path.join(dir, i.source.file);
    const wb = new exceljs_1.default.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet(i.source.sheet);
    if (!ws)
        throw new Error(`no sheet ${i.source.sheet}`);
    ws.getCell(cell).value = value;
    await wb.xlsx.writeFile(file);
}
const read = (file) => resultSchema_1.ResultSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
const change = (r, name) => {
    const id = r.indicators.find((i) => i.name === name)?.id;
    return r.history?.indicators.find((c) => c.indicatorId === id);
};
describe('zhuanbao build --history', () => {
    let tmp;
    let input;
    let snaps;
    beforeEach(() => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-hist-'));
        input = path.join(tmp, 'in');
        snaps = path.join(tmp, 'snapshots');
        fs.cpSync(samples, input, { recursive: true });
    });
    afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));
    const run = async (n, asOf, extra = []) => {
        const c = capture();
        const json = path.join(tmp, `r${n}.json`);
        const docx = path.join(tmp, `b${n}.docx`);
        const code = await (0, main_1.main)(['build', input, '--as-of', asOf, '--history', snaps, '--json', json, '--docx', docx, '--out', path.join(tmp, `b${n}.xlsx`), '--quiet', ...extra], c.io);
        return { code, err: c.err.join(''), result: read(json), docx };
    };
    test('three consecutive issues with changed values', async () => {
        // Issue 1: no earlier snapshot.
        const b1 = await run(1, '2026-03-20');
        expect(b1.code).toBe(0);
        expect(b1.result.history).toBeUndefined();
        expect(b1.err).toContain('没有更早的一期');
        expect(fs.readdirSync(snaps)).toEqual(['issue-0001-2026-03-20.json']);
        // Issue 2 (time progress 30.14 %): 新增城镇就业 1386 → 2400 人 (23.1 → 40 %); 开展职业技能培训 72 → 600 人次 (4.34 → 36.14 %, recovers).
        await setDone(input, b1.result, '新增城镇就业', 2400);
        await setDone(input, b1.result, '开展职业技能培训', 600);
        const b2 = await run(2, '2026-04-20');
        expect(b2.code).toBe(0);
        expect(b2.err).toContain('已与第 1 期（issue-0001-2026-03-20.json）比较');
        expect(b2.result.history).toMatchObject({ previousIssue: 1, previousAsOf: '2026-03-20', currentAsOf: '2026-04-20' });
        expect(change(b2.result, '新增城镇就业')).toMatchObject({ previousCompletion: 23.1, completion: 40, text: '较上期提高 16.9 个百分点' });
        expect(change(b2.result, '开展职业技能培训')).toMatchObject({ recovered: true, text: '较上期提高 31.8 个百分点' });
        expect(change(b2.result, '家庭医生签约')).toMatchObject({ delta: 0, text: '与上期持平' });
        // Time moved on a month: unchanged indicators fell behind.
        expect(b2.result.history?.newlyBehind.length).toBeGreaterThan(0);
        for (const s of b2.result.history?.sections ?? []) {
            const prev = b1.result.summary.find((x) => x.section === s.section);
            const cur = b2.result.summary.find((x) => x.section === s.section);
            expect([s.section, s.countsDelta.behind]).toEqual([s.section, (cur?.counts.behind ?? 0) - (prev?.counts.behind ?? 0)]);
        }
        // Issue 3 (38.36 %): 新增城镇就业 2400 → 2100 人 (40 → 35 %, newly behind).
        await setDone(input, b2.result, '新增城镇就业', 2100);
        const b3 = await run(3, '2026-05-20');
        expect(b3.code).toBe(0);
        expect(fs.readdirSync(snaps).sort()).toEqual(['issue-0001-2026-03-20.json', 'issue-0002-2026-04-20.json', 'issue-0003-2026-05-20.json']);
        expect(b3.result.history?.previousIssue).toBe(2);
        const jobs = change(b3.result, '新增城镇就业');
        expect(jobs).toMatchObject({ delta: -5, newlyBehind: true, text: '较上期下降 5 个百分点' });
        expect(b3.result.history?.newlyBehind).toContain(jobs?.indicatorId);
        // The Word bulletin of issue 3 carries the issue number, the change in the prose and the lists.
        const d = await (0, docxXml_1.openDocx)(fs.readFileSync(b3.docx));
        const texts = (0, docxXml_1.all)(await d.xml('word/document.xml'), 'p').map(docxXml_1.paraText);
        expect(texts).toContain('第 3 期');
        expect(texts.find((t) => t.includes('新增城镇就业 6000 人'))).toMatch(/较上期下降 5 个百分点。$/);
        expect(texts.some((t) => /^\d+\. 省级十大重点民生实事 · 新增城镇就业（人社局）：完成率 35%/.test(t))).toBe(true);
        // The bulletin sheet's prose carries the change as well.
        const wb = new exceljs_1.default.Workbook();
        await wb.xlsx.readFile(path.join(tmp, 'b3.xlsx'));
        const sheetText = [];
        wb.getWorksheet('工作专报')?.eachRow((row) => row.eachCell((c) => void sheetText.push(String(c.value))));
        expect(sheetText.some((t) => t.includes('新增城镇就业 6000 人') && t.endsWith('较上期下降 5 个百分点。'))).toBe(true);
        // Rebuilding issue 3 (--issue 3) compares with issue 2 again, not with itself, and replaces its snapshot.
        const again = await run(4, '2026-05-20', ['--issue', '3']);
        expect(again.result.history?.previousIssue).toBe(2);
        expect(change(again.result, '新增城镇就业')?.delta).toBe(-5);
        expect(fs.readdirSync(snaps)).toHaveLength(3);
    });
    test('a bad snapshot: a warning and a history_unreadable finding; the build still succeeds and writes its snapshot', async () => {
        fs.mkdirSync(snaps);
        fs.writeFileSync(path.join(snaps, 'issue-0001-2026-03-20.json'), '{"asOf": "2026-03-20", "indicators": [');
        fs.writeFileSync(path.join(snaps, 'notes.txt'), 'not a snapshot');
        const b = await run(1, '2026-04-20');
        expect(b.code).toBe(0);
        expect(b.err).toMatch(/警告：上期快照「issue-0001-2026-03-20\.json」不是有效的 JSON/);
        expect(b.result.history).toBeUndefined();
        expect(b.result.findings.filter((f) => f.code === 'history_unreadable').map((f) => f.file)).toEqual(['issue-0001-2026-03-20.json']);
        expect(fs.existsSync(path.join(snaps, 'issue-0002-2026-04-20.json'))).toBe(true);
    });
    test('an explicit --issue is kept, and the previous issue is the latest one before it', async () => {
        const c = capture();
        expect(await (0, main_1.main)(['build', input, '--as-of', '2026-03-20', '--history', snaps, '--issue', '5', '--quiet'], c.io)).toBe(0);
        expect(fs.readdirSync(snaps)).toEqual(['issue-0005-2026-03-20.json']);
        const json = path.join(tmp, 'r.json');
        expect(await (0, main_1.main)(['build', input, '--as-of', '2026-04-20', '--history', snaps, '--issue', '7', '--json', json, '--quiet'], c.io)).toBe(0);
        expect(read(json).history?.previousIssue).toBe(5);
    });
});
