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
 * ExcelJS over fflate (ExcelJS loads only an earlier output, for the file sink) loads every sample
 * and fixture workbook exactly as ExcelJS over JSZip does, and a package damaged inside a compressed
 * part is refused (CRC-32), not read as garbage — by ExcelJS and by the reading path alike.
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const exceljs_1 = __importDefault(require("exceljs"));
const fastUnzip_1 = require("../../src/xlsx/fastUnzip");
const xlsxSource_1 = require("../../src/xlsx/xlsxSource");
const sharedFolder_1 = require("../support/sharedFolder");
const sharedFixtures = path.resolve(__dirname, '../../../shared/fixtures/2026-03');
(0, sharedFolder_1.sharedAvailable)('fast unzip on the open fixtures (the samples are still read)', sharedFixtures);
const roots = [path.resolve(__dirname, '../../samples/2026-03'), sharedFixtures];
const workbooks = roots.filter((r) => fs.existsSync(r)).flatMap((r) => fs.readdirSync(r).filter((f) => /\.xlsx$/i.test(f)).map((f) => path.join(r, f)));
describe('fast unzip', () => {
    test('workbooks loaded through fflate equal those loaded through JSZip, for every sample and fixture workbook', async () => {
        expect(workbooks.length).toBeGreaterThan(5);
        const dump = async (f) => {
            const wb = new exceljs_1.default.Workbook();
            await wb.xlsx.load(fs.readFileSync(f));
            return wb.worksheets.map((ws) => ({ name: ws.name, values: ws.getSheetValues(), merges: ws.model.merges }));
        };
        const viaJsZip = [];
        for (const f of workbooks)
            viaJsZip.push(await dump(f));
        expect((0, fastUnzip_1.useFastUnzip)()).toBe(true);
        expect((0, fastUnzip_1.useFastUnzip)()).toBe(true); // once per process
        for (const [i, f] of workbooks.entries())
            expect(await dump(f)).toEqual(viaJsZip[i]);
    });
    test('unzipPackage gives each part as text and bytes', async () => {
        const wb = new exceljs_1.default.Workbook();
        wb.addWorksheet('甲').getCell('A1').value = '民生实事';
        const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
        const pkg = (0, fastUnzip_1.unzipPackage)(bytes);
        expect(pkg.file('xl/workbook.xml')?.name).toBe('xl/workbook.xml');
        expect(pkg.file('nope.xml')).toBeNull();
        expect(await pkg.file('xl/sharedStrings.xml')?.async('string')).toContain('民生实事');
        const raw = await pkg.file('xl/styles.xml')?.async('nodebuffer');
        expect(Buffer.isBuffer(raw)).toBe(true);
    });
    test('a part damaged inside its compressed data is refused by CRC-32, with the damaged-file message', async () => {
        const wb = new exceljs_1.default.Workbook();
        wb.addWorksheet('甲').getCell('A1').value = '民生实事'.repeat(50);
        const bytes = Buffer.from(await wb.xlsx.writeBuffer());
        // Find the shared strings' compressed data (local header, then name) and change one byte in it.
        const name = Buffer.from('xl/sharedStrings.xml');
        const at = bytes.indexOf(name);
        expect(at).toBeGreaterThan(0);
        const start = at + name.length + bytes.readUInt16LE(at - 2);
        const damaged = Buffer.from(bytes);
        damaged[start + 20] = (damaged[start + 20] ?? 0) ^ 0x01;
        (0, fastUnzip_1.useFastUnzip)();
        let message = '';
        try {
            (0, fastUnzip_1.unzipPackage)(damaged);
        }
        catch (err) {
            message = err.message;
        }
        expect(message).toMatch(/^Corrupted zip/);
        const err = await (0, xlsxSource_1.readWorkbookGrids)('坏.xlsx', damaged).catch((e) => e);
        expect((0, xlsxSource_1.describeReadError)('坏.xlsx', err)).toMatch(/坏\.xlsx.*已损坏/);
    });
});
