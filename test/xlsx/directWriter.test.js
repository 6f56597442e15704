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
 * The direct writer gives the clerk the same workbook as ExcelJS: the same sheet models written
 * both ways and read back with ExcelJS have the same values, looks, merges, widths, heights, frozen
 * panes, page setup, print titles, tab colours and tables. The package is also opened by
 * LibreOffice (when installed), which refuses broken SpreadsheetML.
 */
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const exceljs_1 = __importDefault(require("exceljs"));
const jsdom_1 = require("jsdom");
const fflate_1 = require("fflate");
const settings_1 = require("../../src/domain/settings");
const runBuild_1 = require("../../src/engine/runBuild");
const directWriter_1 = require("../../src/xlsx/directWriter");
const fileSink_1 = require("../../src/xlsx/fileSink");
const fileSource_1 = require("../../src/xlsx/fileSource");
const sheetXml_1 = require("../../src/xlsx/sheetXml");
const sheetName_1 = require("../../src/domain/sheetName");
const xlsxSink_1 = require("../../src/xlsx/xlsxSink");
const samples = path.resolve(__dirname, '../../samples/2026-03');
const settings = (0, settings_1.parseSettings)({ asOf: '2026-03-20', reportDate: '2026-03-23' });
/** Everything the clerk sees of a sheet, as ExcelJS reads it back. */
function describeSheet(ws) {
    const cells = {};
    ws.eachRow({ includeEmpty: true }, (row) => {
        row.eachCell({ includeEmpty: true }, (c) => {
            const value = c.isMerged && c.master !== c ? null : c.value === '' ? null : c.value ?? null;
            const font = c.font ?? {};
            const look = {
                bold: Boolean(font.bold),
                size: font.size ?? 11,
                name: font.name ?? 'Calibri',
                color: font.color?.argb ?? null,
                fill: c.fill && c.fill.type === 'pattern' && c.fill.pattern === 'solid' ? c.fill.fgColor?.argb ?? null : null,
                border: c.border?.top?.style ?? null,
                h: c.alignment?.horizontal ?? null,
                v: c.alignment?.vertical ?? null,
                wrap: Boolean(c.alignment?.wrapText),
                numFmt: c.numFmt && c.numFmt !== 'General' ? c.numFmt : null,
            };
            const plain = value === null && !look.bold && look.size === 11 && look.name === 'Calibri' && !look.color && !look.fill && !look.border && !look.h && !look.v && !look.wrap && !look.numFmt;
            if (!plain)
                cells[c.address] = { value, ...look };
        });
    });
    const heights = {};
    ws.eachRow({ includeEmpty: true }, (row, r) => { if (row.height)
        heights[r] = row.height; });
    const tables = Object.values(ws.tables ?? {})
        .map((t) => ({ name: t.table.name, ref: t.table.tableRef ?? t.table.ref, columns: t.table.columns.map((c) => c.name) }));
    const view = ws.views[0];
    return {
        name: ws.name,
        cells,
        heights,
        // ExcelJS does not write a width of 9 (its default), so the column comes back unset (8.43 in
        // Excel); the direct writer keeps the width the sheet model asks for.
        widths: ws.columns?.map((c) => c.width ?? 9) ?? [],
        merges: [...(ws.model.merges ?? [])].sort(),
        frozen: view?.state === 'frozen' ? { x: view.xSplit ?? 0, y: view.ySplit ?? 0 } : null,
        orientation: ws.pageSetup.orientation,
        fitToPage: Boolean(ws.pageSetup.fitToPage),
        paperSize: ws.pageSetup.paperSize,
        centered: Boolean(ws.pageSetup.horizontalCentered),
        printTitles: ws.pageSetup.printTitlesRow ?? null,
        footer: ws.headerFooter?.oddFooter ?? null,
        tabColor: ws.properties.tabColor?.argb ?? null,
        tables,
    };
}
async function bothWays(sheets, dir) {
    const model = new exceljs_1.default.Workbook();
    await new xlsxSink_1.XlsxWorkbookSink(model).writeSheets(sheets);
    const viaExcelJs = new exceljs_1.default.Workbook();
    await viaExcelJs.xlsx.load(await model.xlsx.writeBuffer());
    const file = path.join(dir, 'direct.xlsx');
    await (0, directWriter_1.writeDirect)(file, sheets, { now: new Date('2026-03-23T08:00:00Z') });
    const direct = new exceljs_1.default.Workbook();
    await direct.xlsx.readFile(file);
    return { viaExcelJs, direct, file };
}
function edgeCases() {
    const long = '长'.repeat(xlsxSink_1.EXCEL_CELL_CHARS + 10);
    return {
        name: "边界 & 'x' 情况",
        columns: [{ width: 8.5 }, { width: 30 }, { width: 12 }, { width: 12 }],
        rows: [
            { cells: [{ value: '标题 <合并> & "引号"', style: { bold: true, size: 16, font: '黑体', hAlign: 'center', vAlign: 'middle', fill: '#fff2cc', border: true } }, null, null, null], height: 30 },
            { cells: [{ value: '  前后空格  ' }, { value: '换行\n第二行', style: { wrap: true, vAlign: 'top' } }, { value: 'bell\u0007 tab\t ok' }, { value: 0.1234, style: { numFmt: '0.00%', color: '#C00000' } }] },
            { cells: [{ value: -12.5, style: { numFmt: '#,##0.00' } }, { value: long }, { value: 1e-7 }, { value: 123456789012 }] },
            { cells: [null, null, { value: '', style: { border: true } }, { value: null, style: { fill: '#E2EFDA' } }] },
            { cells: [{ value: '竖向合并', style: { vAlign: 'middle', border: true } }, { value: 'B5' }], height: 18.75 },
            { cells: [null, { value: 'B6' }] },
        ],
        merges: [{ top: 1, left: 1, bottom: 1, right: 4 }, { top: 5, left: 1, bottom: 6, right: 1 }],
        freeze: { rows: 2, cols: 1 },
        print: { orientation: 'landscape', fitToWidth: false },
        tabColor: '#2F5597',
    };
}
function emptyTable() {
    return {
        name: '空台账',
        columns: [{ width: 10 }, { width: 10 }],
        rows: [{ cells: [{ value: '甲', style: { bold: true } }, { value: '乙', style: { bold: true } }] }],
        merges: [],
        freeze: { rows: 1, cols: 0 },
        print: { orientation: 'portrait', repeatRows: { top: 1, bottom: 1 }, fitToWidth: true },
        table: { name: 'EmptyLedger', range: { top: 1, left: 1, bottom: 2, right: 2 }, columns: ['甲', '乙'] },
    };
}
describe('direct writer', () => {
    let tmp;
    beforeEach(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-direct-')); });
    afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));
    test('the sample bulletin and ledger read back the same as ExcelJS writes them', async () => {
        const { sheets } = await (0, runBuild_1.runBuild)({ source: new fileSource_1.XlsxFileSource([samples]), settings, sink: null, layout: true });
        expect(sheets.map((s) => s.name)).toEqual(['工作专报', '汇总台账']);
        const { viaExcelJs, direct } = await bothWays(sheets, tmp);
        expect(direct.worksheets.map((w) => w.name)).toEqual(['工作专报', '汇总台账']);
        for (const s of sheets) {
            const a = viaExcelJs.getWorksheet(s.name);
            const b = direct.getWorksheet(s.name);
            if (!a || !b)
                throw new Error(`missing sheet ${s.name}`);
            const want = describeSheet(a);
            expect(Object.keys(want['cells']).length).toBeGreaterThan(50);
            expect(describeSheet(b)).toEqual(want);
        }
    });
    test('edge cases: escaping, control characters, long text, spaces, merged styles, frozen columns, empty table', async () => {
        const sheets = [edgeCases(), emptyTable()];
        const { viaExcelJs, direct } = await bothWays(sheets, tmp);
        for (const s of sheets) {
            const a = viaExcelJs.getWorksheet(s.name);
            const b = direct.getWorksheet(s.name);
            if (!a || !b)
                throw new Error(`missing sheet ${s.name}`);
            expect(describeSheet(b)).toEqual(describeSheet(a));
        }
        const ws = direct.getWorksheet("边界 & 'x' 情况");
        expect(ws?.getCell('A1').value).toBe('标题 <合并> & "引号"');
        expect(ws?.getCell('A2').value).toBe('  前后空格  ');
        expect(ws?.getCell('C2').value).toBe('bell tab\t ok');
        expect(String(ws?.getCell('B3').value).length).toBe(xlsxSink_1.EXCEL_CELL_CHARS);
        expect(ws?.getCell('D1').fill).toMatchObject({ fgColor: { argb: 'FFFFF2CC' } }); // a merged area takes its first cell's look
        expect(direct.getWorksheet('空台账')?.pageSetup.printTitlesRow).toBe('1:1');
    });
    test('the well-formedness check refuses broken XML', () => {
        expect(() => checkWellFormed('<a><b></a>', 'x.xml')).toThrow();
        expect(() => checkWellFormed('<a>&</a>', 'x.xml')).toThrow();
        expect(() => checkWellFormed('<a x="1"><b/>中文</a>', 'x.xml')).not.toThrow();
    });
    test('the package: first sheet active, shared strings counted, styles deduplicated, XML well formed', async () => {
        const file = path.join(tmp, 'p.xlsx');
        const many = { ...emptyTable(), name: '多行', rows: [emptyTable().rows[0] ?? { cells: [] }, ...Array.from({ length: 300 }, (_, i) => ({ cells: [{ value: `甲${i % 7}`, style: { border: true } }, { value: i, style: { border: true, numFmt: '0' } }] }))], table: { name: 'Many', range: { top: 1, left: 1, bottom: 301, right: 2 }, columns: ['甲', '乙'] } };
        await (0, directWriter_1.writeDirect)(file, [edgeCases(), many]);
        const parts = (0, fflate_1.unzipSync)(fs.readFileSync(file));
        const text = (name) => (0, fflate_1.strFromU8)(parts[name] ?? new Uint8Array());
        expect(text('xl/workbook.xml')).toContain('activeTab="0"');
        expect(text('xl/worksheets/sheet1.xml')).toContain('tabSelected="1"');
        expect(text('xl/worksheets/sheet2.xml')).not.toContain('tabSelected');
        const sst = text('xl/sharedStrings.xml');
        expect(sst).toMatch(/uniqueCount="\d+"/);
        expect((sst.match(/<si>/g) ?? []).length).toBe(Number(/uniqueCount="(\d+)"/.exec(sst)?.[1]));
        expect(sst.split('<si><t>甲0</t></si>').length).toBe(2); // each text once
        const xfs = /<cellXfs count="(\d+)">/.exec(text('xl/styles.xml'))?.[1];
        expect(Number(xfs)).toBeLessThan(20); // 300 rows share two formats
        expect(text('xl/tables/table1.xml')).toContain('ref="A1:B301"');
        for (const [name, bytes] of Object.entries(parts)) {
            if (!/\.(xml|rels)$/.test(name))
                continue;
            expect(() => checkWellFormed((0, fflate_1.strFromU8)(bytes), name)).not.toThrow();
        }
    });
    // LibreOffice is optional on developers' machines; CI installs it (.ci/run), so there it must run.
    const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));
    (soffice || process.env['CI'] ? test : test.skip)('opens in LibreOffice', async () => {
        if (!soffice)
            throw new Error('LibreOffice (soffice) is not installed');
        const { sheets } = await (0, runBuild_1.runBuild)({ source: new fileSource_1.XlsxFileSource([samples]), settings, sink: null, layout: true });
        const file = path.join(tmp, 'lo.xlsx');
        await (0, directWriter_1.writeDirect)(file, sheets);
        (0, node_child_process_1.execFileSync)(soffice, ['--headless', `-env:UserInstallation=file://${tmp}/lo-profile`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', tmp, file], { stdio: 'ignore', timeout: 120_000 });
        const csv = fs.readFileSync(path.join(tmp, 'lo.csv'), 'utf8');
        expect(csv).toContain('第 1 期');
        expect(csv).toContain('【工作进度】');
    }, 150_000);
    test('a failure while a sheet is streamed fails the write: the file sink reports it and leaves no file', async () => {
        const rows = new Proxy(emptyTable().rows.concat(Array.from({ length: 5 }, () => ({ cells: [{ value: 1 }, { value: 2 }] }))), {
            get(target, key, receiver) {
                if (key === '4')
                    throw new Error('第 5 行读不出来');
                return Reflect.get(target, key, receiver);
            },
        });
        const broken = { ...emptyTable(), rows };
        const file = path.join(tmp, 'broken.xlsx');
        await expect((0, directWriter_1.writeDirect)(file, [broken])).rejects.toThrow('第 5 行读不出来');
        const sink = new fileSink_1.XlsxFileSink(path.join(tmp, 'out.xlsx'));
        await expect(sink.writeSheets([broken])).rejects.toThrow(/^写入专报文件「.+out\.xlsx」失败：第 5 行读不出来/);
        expect(fs.readdirSync(tmp).filter((f) => f.startsWith('out'))).toEqual([]);
    });
    test('overlapping merged areas are refused with the same message as the ExcelJS writer', async () => {
        const overlapping = { ...edgeCases(), merges: [{ top: 1, left: 1, bottom: 2, right: 2 }, { top: 2, left: 2, bottom: 3, right: 3 }] };
        await expect((0, directWriter_1.writeDirect)(path.join(tmp, 'o.xlsx'), [overlapping])).rejects.toThrow((0, xlsxSink_1.mergeOverlapMessage)(overlapping.name, 2, 2));
        expect(() => (0, xlsxSink_1.checkMerges)(overlapping.name, overlapping.merges)).toThrow((0, xlsxSink_1.mergeOverlapMessage)(overlapping.name, 2, 2));
    });
    test.each([
        ['a/b', '不能包含'], ['年度[1]', '不能包含'], ['x'.repeat(32), '长度'], ["'引号", '单引号'], ['History', '保留'],
    ])('refuses a sheet name Excel would refuse: %s', async (name, why) => {
        expect((0, sheetName_1.sheetNameProblem)(name)).toContain(why);
        await expect((0, directWriter_1.writeDirect)(path.join(tmp, 'n.xlsx'), [{ ...emptyTable(), name }])).rejects.toThrow(/^工作表名称「.+」无法使用/);
    });
    test('accepts ordinary names and refuses two sheets of the same name (ignoring case)', async () => {
        expect((0, sheetName_1.sheetNameProblem)('工作专报')).toBeNull();
        expect((0, sheetName_1.sheetNameProblem)("边界 & 'x' 情况")).toBeNull();
        await expect((0, directWriter_1.writeDirect)(path.join(tmp, 'd.xlsx'), [{ ...emptyTable(), name: 'Ab' }, { ...emptyTable(), name: 'aB' }])).rejects.toThrow(/重复/);
    });
    test('escapeXml drops what XML cannot hold and escapes markup', () => {
        expect((0, sheetXml_1.escapeXml)('a\u0000b\u001Fc\uFFFEd')).toBe('abcd');
        expect((0, sheetXml_1.escapeXml)('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
        expect((0, sheetXml_1.escapeXml)('\t\n\r 中文')).toBe('\t\n\r 中文');
    });
});
/** XML well-formedness by jsdom's strict XML parser (saxes): throws on broken XML. */
function checkWellFormed(xml, name) {
    const doc = new new jsdom_1.JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    if (error)
        throw new Error(`${name}: ${error.textContent ?? 'not well formed'}`);
}
