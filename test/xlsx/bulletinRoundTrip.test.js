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
 * The bulletin workbook re-read with ExcelJS gives back the same summary: the ledger table's rows
 * count to the same per-section status counts, and the bulletin sheet carries each summary
 * sentence, the table header and the print setup. Re-running replaces only Zhuanbao's sheets.
 */
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const exceljs_1 = __importDefault(require("exceljs"));
const bulletinSheet_1 = require("../../src/domain/bulletinSheet");
const ledgerSheet_1 = require("../../src/domain/ledgerSheet");
const settings_1 = require("../../src/domain/settings");
const statusCodes_1 = require("../../src/domain/statusCodes");
const runBuild_1 = require("../../src/engine/runBuild");
const fileSink_1 = require("../../src/xlsx/fileSink");
const fileSource_1 = require("../../src/xlsx/fileSource");
const samples = path.resolve(__dirname, '../../samples/2026-03');
const settings = (0, settings_1.parseSettings)({ asOf: '2026-03-20', reportDate: '2026-03-23' });
function cellText(v) {
    if (v === null || v === undefined)
        return '';
    if (typeof v === 'object' && 'richText' in v)
        return v.richText.map((r) => r.text).join('');
    return String(v);
}
describe('bulletin workbook round trip', () => {
    let tmp;
    beforeEach(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-rt-')); });
    afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));
    test('re-read ledger gives the same summary counts; bulletin sheet has the sentences and setup', async () => {
        const out = path.join(tmp, 'bulletin.xlsx');
        const { result, bulletin } = await (0, runBuild_1.runBuild)({ source: new fileSource_1.XlsxFileSource([samples]), settings, sink: new fileSink_1.XlsxFileSink(out) });
        const wb = new exceljs_1.default.Workbook();
        await wb.xlsx.readFile(out);
        const ledger = wb.getWorksheet('汇总台账');
        expect(ledger).toBeDefined();
        if (!ledger)
            return;
        const header = ledger.getRow(1).values.slice(1).map(cellText);
        expect(header).toEqual([...ledgerSheet_1.LEDGER_HEADERS]);
        const labelToCode = new Map(statusCodes_1.STATUS_CODES.map((c) => [statusCodes_1.STATUS_LABELS[c], c]));
        const counts = new Map();
        for (let r = 2; r <= ledger.rowCount; r++) {
            const row = ledger.getRow(r);
            const section = cellText(row.getCell(1).value);
            const code = labelToCode.get(cellText(row.getCell(12).value));
            if (!section || !code)
                continue;
            const c = counts.get(section) ?? {};
            c[code] = (c[code] ?? 0) + 1;
            counts.set(section, c);
        }
        for (const s of result.summary) {
            const got = counts.get(s.title) ?? {};
            for (const code of statusCodes_1.STATUS_CODES)
                expect([s.title, code, got[code] ?? 0]).toEqual([s.title, code, s.counts[code]]);
        }
        const sheet = wb.getWorksheet('工作专报');
        expect(sheet).toBeDefined();
        if (!sheet)
            return;
        const texts = [];
        sheet.eachRow((row) => row.eachCell((c) => { texts.push(cellText(c.value)); }));
        for (const s of bulletin.sections)
            expect(texts).toContain(s.summary);
        expect(texts).toContain('【工作进度】');
        const headerRow = (sheet.pageSetup.printTitlesRow ?? '').split(':')[0];
        expect(Number(headerRow)).toBeGreaterThan(0);
        const hdr = sheet.getRow(Number(headerRow)).values.slice(1).map(cellText);
        expect(hdr).toEqual([...bulletinSheet_1.TABLE_HEADERS]);
        expect(sheet.pageSetup.paperSize).toBe(9);
        expect(sheet.views[0]).toMatchObject({ state: 'frozen' });
        // A lagging row is filled with its grade's colour.
        const lagging = result.indicators.find((i) => i.lag === 'yellow');
        expect(lagging).toBeDefined();
        const rowNo = Number(headerRow) + (lagging?.id ?? 0);
        const fill = sheet.getRow(rowNo).getCell(3).fill;
        expect(cellText(sheet.getRow(rowNo).getCell(3).value)).toBe(lagging?.name);
        expect(fill.fgColor?.argb).toBe(`FF${settings.colours.yellowFill.slice(1)}`);
    });
    test('writing again replaces only Zhuanbao sheets and keeps the clerk\'s own', async () => {
        const out = path.join(tmp, 'bulletin.xlsx');
        const source = new fileSource_1.XlsxFileSource([samples]);
        await (0, runBuild_1.runBuild)({ source, settings, sink: new fileSink_1.XlsxFileSink(out) });
        const wb = new exceljs_1.default.Workbook();
        await wb.xlsx.readFile(out);
        wb.addWorksheet('我的备注').getCell('A1').value = '不要动我';
        await wb.xlsx.writeFile(out);
        await (0, runBuild_1.runBuild)({ source, settings: (0, settings_1.parseSettings)({ ...settings, issue: 2 }), sink: new fileSink_1.XlsxFileSink(out) });
        const again = new exceljs_1.default.Workbook();
        await again.xlsx.readFile(out);
        expect(again.worksheets.map((w) => w.name).sort()).toEqual(['工作专报', '我的备注', '汇总台账'].sort());
        expect(again.getWorksheet('我的备注')?.getCell('A1').value).toBe('不要动我');
        const texts = [];
        again.getWorksheet('工作专报')?.eachRow((row) => row.eachCell((c) => { texts.push(cellText(c.value)); }));
        expect(texts).toContain('第 2 期');
    });
});
