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
 * Contract: the same build scenario through runBuild on the office.js adapter (over the
 * office-addin-mock fake workbook, loaded with the sample departments' sheets through the pane's own
 * import) and on the .xlsx adapter (ExcelJS) gives the same result, the same bulletin model and the
 * same cell values in the sheets written.
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const exceljs_1 = __importDefault(require("exceljs"));
const settings_1 = require("../../src/domain/settings");
const runBuild_1 = require("../../src/engine/runBuild");
const excelSink_1 = require("../../src/excel/excelSink");
const excelSource_1 = require("../../src/excel/excelSource");
const workbookOps_1 = require("../../src/excel/workbookOps");
const xlsxSource_1 = require("../../src/xlsx/xlsxSource");
const xlsxSink_1 = require("../../src/xlsx/xlsxSink");
const fakeExcel_1 = require("../excel/fakeExcel");
const SAMPLES = path.join(__dirname, '../../samples/2026-03');
const files = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')).sort().map((name) => ({ name, data: fs.readFileSync(path.join(SAMPLES, name)) }));
/** Maps the Excel side's sheet names back to the departments' own (imports remember them). */
function normalise(value, sheetMap) {
    return JSON.parse(JSON.stringify(value), (k, v) => (k === 'sheet' && typeof v === 'string' ? sheetMap.get(v) ?? v : v));
}
function exceljsMatrix(ws) {
    const out = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
        const cells = [];
        row.eachCell({ includeEmpty: true }, (cell, c) => {
            const v = cell.isMerged && cell.master !== cell ? null : cell.value;
            cells[c - 1] = v === null || v === undefined || v === '' ? null : v;
        });
        out[r - 1] = cells;
    });
    return out;
}
function trim(m) {
    const rows = m.map((r) => {
        const copy = Array.from({ length: r.length }, (_, i) => r[i] ?? null);
        while (copy.length && copy[copy.length - 1] === null)
            copy.pop();
        return copy;
    });
    while (rows.length && rows[rows.length - 1].length === 0)
        rows.pop();
    return rows;
}
describe.each([
    ['day mode, as-of from the workbooks', (0, settings_1.parseSettings)({ issue: 1 })],
    ['month mode, as-of set, tolerance 5', (0, settings_1.parseSettings)({ issue: 2, mode: 'month', asOf: '2026-03-31', tolerance: 5, redGap: 20 })],
])('the same build on both adapters: %s', (_label, settings) => {
    let excel;
    let xlsx;
    let fake;
    let book;
    let sheetMap;
    let syncs;
    beforeAll(async () => {
        const xlsxSource = new xlsxSource_1.XlsxBufferSource(files);
        book = new exceljs_1.default.Workbook();
        xlsx = await (0, runBuild_1.runBuild)({ source: xlsxSource, settings, sink: new xlsxSink_1.XlsxWorkbookSink(book), today: '2026-04-01' });
        fake = new fakeExcel_1.FakeExcel();
        fake.addSheet('Sheet1');
        const { grids } = await new xlsxSource_1.XlsxBufferSource(files).readSheets();
        const imported = await new workbookOps_1.ExcelWorkbook(fake.run).importGrids(grids);
        sheetMap = new Map(imported.imported.map((i) => [i.sheet, i.sourceSheet]));
        fake.syncCount = 0;
        const source = new excelSource_1.ExcelTrackingSource({ runner: fake.run });
        const reading = await source.readSheets();
        syncs = { source: fake.syncCount, sink: 0 };
        fake.syncCount = 0;
        const out = await (0, runBuild_1.runBuild)({ source: { readSheets: async () => reading }, settings, sink: new excelSink_1.ExcelBulletinSink({ runner: fake.run }), today: '2026-04-01' });
        syncs.sink = fake.syncCount;
        excel = { result: out.result, bulletin: out.bulletin };
    });
    test('the sample build finds indicators in every department', () => {
        expect(xlsx.result.indicators.length).toBeGreaterThan(30);
        expect(new Set(xlsx.result.indicators.map((i) => i.source.file)).size).toBe(files.length);
    });
    test('same summary and indicators (sources mapped back to the departments’ sheets)', () => {
        expect(excel.result.asOf).toBe(xlsx.result.asOf);
        expect(excel.result.timeProgress).toBe(xlsx.result.timeProgress);
        expect(excel.result.summary).toEqual(xlsx.result.summary);
        expect(normalise(excel.result.indicators, sheetMap)).toEqual(xlsx.result.indicators);
    });
    test('same bulletin model', () => {
        expect(normalise(excel.bulletin, sheetMap)).toEqual(xlsx.bulletin);
    });
    test('same findings; the instruction sheets the import left out are the only skipped difference', () => {
        expect(normalise(excel.result.findings, sheetMap)).toEqual(xlsx.result.findings);
        const excelSkipped = normalise(excel.result.skipped, sheetMap);
        const onlyXlsx = xlsx.result.skipped.filter((s) => !excelSkipped.some((e) => JSON.stringify(e) === JSON.stringify(s)));
        expect(onlyXlsx.every((s) => s.reason === 'instructions' && s.row === null)).toBe(true);
    });
    test('the bulletin and ledger sheets hold the same values in both workbooks (the ledger naming each side’s own sheets)', () => {
        for (const name of [settings.bulletinSheet, settings.ledgerSheet]) {
            const ws = book.getWorksheet(name);
            expect(ws).toBeDefined();
            // Each table's header says which column names the source sheet.
            let sheetCol = -1;
            const excelSide = fake.matrix(name).map((row) => {
                const header = row.findIndex((v) => v === '来源工作表' || v === '工作表');
                if (header >= 0) {
                    sheetCol = header;
                    return row;
                }
                return row.map((v, c) => (c === sheetCol && typeof v === 'string' ? sheetMap.get(v) ?? v : v));
            });
            expect(trim(excelSide)).toEqual(trim(exceljsMatrix(ws)));
            expect(fake.sheet(name).merges.length).toBe((ws.model.merges ?? []).length);
        }
    });
    test('the office.js side draws the section chart over the data block both sides hold; ExcelJS writes no chart', () => {
        const charts = fake.sheet(settings.bulletinSheet).charts;
        expect(charts).toHaveLength(1);
        const source = charts[0].source;
        expect(charts[0]).toMatchObject({ type: 'ColumnClustered', seriesBy: 'Columns', title: '各板块平均完成率与序时进度' });
        const ws = book.getWorksheet(settings.bulletinSheet);
        expect(ws.getCell(source.top, source.left).value).toBe('板块');
        expect(ws.getCell(source.top, source.right).value).toBe('平均序时进度');
        expect(source.bottom - source.top).toBe(excel.bulletin.sections.length);
    });
    test('the office.js side used 3 syncs to read and 2 to write', () => {
        expect(syncs).toEqual({ source: 3, sink: 2 });
    });
});
