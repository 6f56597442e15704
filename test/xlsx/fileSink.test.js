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
const fs = __importStar(require("node:fs/promises"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const exceljs_1 = __importDefault(require("exceljs"));
const fileSink_1 = require("../../src/xlsx/fileSink");
/** A workbook with a clerk's sheet (merged, styled) and an earlier Zhuanbao sheet with many merges. */
async function earlierOutput() {
    const wb = new exceljs_1.default.Workbook();
    const own = wb.addWorksheet('工作专报');
    for (let r = 1; r <= 300; r++) {
        own.getCell(r, 1).value = `旧的第 ${r} 行`;
        own.mergeCells(r, 1, r, 5);
    }
    const clerk = wb.addWorksheet('我的备注 & 说明');
    clerk.getCell('A1').value = '不要动我';
    clerk.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    clerk.mergeCells('A1:C2');
    clerk.getCell('B5').value = 42;
    return Buffer.from(await wb.xlsx.writeBuffer());
}
const model = (name, text) => ({
    name,
    columns: [{ width: 20 }, { width: 20 }],
    rows: [{ cells: [{ value: text, style: { bold: true } }, { value: 1, style: { bold: true } }] }, { cells: [{ value: '第二行' }, null] }],
    merges: [],
});
describe('withoutContent', () => {
    it('empties only the named sheets and keeps the others exactly', async () => {
        const data = await earlierOutput();
        const wb = new exceljs_1.default.Workbook();
        await wb.xlsx.load(await (0, fileSink_1.withoutContent)(data, ['工作专报']));
        const own = wb.getWorksheet('工作专报');
        expect(own?.actualRowCount).toBe(0);
        const clerk = wb.getWorksheet('我的备注 & 说明');
        expect(clerk?.getCell('A1').value).toBe('不要动我');
        expect((clerk?.getCell('A1').fill).fgColor?.argb).toBe('FFFFFF00');
        expect(clerk?.getCell('C2').isMerged).toBe(true);
        expect(clerk?.getCell('B5').value).toBe(42);
    });
    it('returns the bytes unchanged when no sheet is named or the file is not a zip', async () => {
        const data = await earlierOutput();
        expect(await (0, fileSink_1.withoutContent)(data, ['别的表'])).toBe(data);
        const junk = Buffer.from('not a workbook');
        expect(await (0, fileSink_1.withoutContent)(junk, ['工作专报'])).toBe(junk);
    });
});
describe('XlsxFileSink', () => {
    it('replaces its sheets in an earlier output, keeping the clerk\'s sheet, and shares styles', async () => {
        const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zb-sink-'));
        const file = path.join(dir, 'out.xlsx');
        await fs.writeFile(file, await earlierOutput());
        await new fileSink_1.XlsxFileSink(file).writeSheets([model('工作专报', '新的专报')]);
        const wb = new exceljs_1.default.Workbook();
        await wb.xlsx.readFile(file);
        expect(wb.worksheets.map((w) => w.name).sort()).toEqual(['工作专报', '我的备注 & 说明'].sort());
        const own = wb.getWorksheet('工作专报');
        expect(own?.getCell('A1').value).toBe('新的专报');
        expect(own?.getCell('A1').font?.bold).toBe(true);
        expect(own?.getCell('B1').font?.bold).toBe(true);
        expect(own?.getCell('A2').value).toBe('第二行');
        expect(own?.getCell('A3').isMerged).toBe(false); // the earlier bulletin's merges are gone
        expect(wb.getWorksheet('我的备注 & 说明')?.getCell('A1').value).toBe('不要动我');
        await fs.rm(dir, { recursive: true, force: true });
    });
});
describe('which writer a new or earlier output gets', () => {
    const big = (name) => ({
        name,
        columns: [{ width: 10 }, { width: 30 }, { width: 12 }],
        rows: [
            { cells: [{ value: '标题', style: { bold: true, size: 16 } }, null, null], height: 30 },
            { cells: [{ value: '序号', style: { bold: true } }, { value: '指标', style: { bold: true } }, { value: '完成率', style: { bold: true } }] },
            ...Array.from({ length: 40 }, (_, i) => ({ cells: [{ value: i + 1 }, { value: `指标${i + 1}` }, { value: 0.5, style: { numFmt: '0.00%', fill: '#FFF2CC' } }] })),
        ],
        merges: [{ top: 1, left: 1, bottom: 1, right: 3 }, { top: 10, left: 2, bottom: 12, right: 2 }],
        freeze: { rows: 2, cols: 0 },
        table: { name: 'Ledger', range: { top: 2, left: 1, bottom: 42, right: 3 }, columns: ['序号', '指标', '完成率'] },
    });
    it('writes a new output directly: values, styles, merges, frozen rows, the Excel table', async () => {
        const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zb-stream-'));
        const file = path.join(dir, 'out.xlsx');
        const sink = new fileSink_1.XlsxFileSink(file);
        await sink.writeSheets([big('汇总台账')]);
        expect(sink.lastWriter).toBe('direct');
        const wb = new exceljs_1.default.Workbook();
        await wb.xlsx.readFile(file);
        const ws = wb.getWorksheet('汇总台账');
        expect(ws?.getCell('A1').value).toBe('标题');
        expect(ws?.getCell('A1').font?.bold).toBe(true);
        expect(ws?.getCell('C1').isMerged).toBe(true);
        expect(ws?.getCell('B12').isMerged).toBe(true);
        expect(ws?.getCell('B42').value).toBe('指标40');
        expect(ws?.getCell('C42').numFmt).toBe('0.00%');
        expect((ws?.getCell('C42').fill).fgColor?.argb).toBe('FFFFF2CC');
        expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
        const tables = ws.tables;
        expect(Object.keys(tables)).toEqual(['Ledger']);
        expect(tables['Ledger']?.table.tableRef ?? tables['Ledger']?.table.ref).toBe('A2:C42');
        expect(ws?.getColumn(2).width).toBe(30);
        // Written again over itself (only Zhuanbao's sheet in it): direct again, no temp file left.
        await sink.writeSheets([big('汇总台账')]);
        expect(sink.lastWriter).toBe('direct');
        expect(await fs.readdir(dir)).toEqual(['out.xlsx']);
        await fs.rm(dir, { recursive: true, force: true });
    });
    it('keeps the in-memory writer when the output holds the clerk’s own sheets', async () => {
        const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zb-stream-'));
        const file = path.join(dir, 'out.xlsx');
        await fs.writeFile(file, await earlierOutput());
        const sink = new fileSink_1.XlsxFileSink(file);
        await sink.writeSheets([big('工作专报')]);
        expect(sink.lastWriter).toBe('model');
        const wb = new exceljs_1.default.Workbook();
        await wb.xlsx.readFile(file);
        expect(wb.getWorksheet('我的备注 & 说明')?.getCell('A1').value).toBe('不要动我');
        await fs.rm(dir, { recursive: true, force: true });
    });
});
