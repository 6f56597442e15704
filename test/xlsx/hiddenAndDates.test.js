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
 * Hidden rows and columns, and Excel's built-in Chinese date formats, read the same by the fast
 * reader and by SheetJS (the reader of every other format, and of what the fast reader steps
 * aside on): the grids' `hiddenRows`/`hiddenCols` (1-based, ascending) from `<row hidden>` and
 * `<col hidden>`, and a number under format id 27–36 or 50–58 a date exactly when Excel on a Chinese
 * system shows one (the 时/分 ids are times, which stay numbers).
 */
const XLSX = __importStar(require("@e965/xlsx"));
const dateFormat_1 = require("../../src/domain/dateFormat");
const builtinFormats_1 = require("../../src/xlsx/builtinFormats");
const directRead_1 = require("../../src/xlsx/directRead");
const xlsxSource_1 = require("../../src/xlsx/xlsxSource");
const xlsxParts_1 = require("../builders/xlsxParts");
const viaSheetJs = { fast: () => { throw new directRead_1.DirectReadUnsupported('test: read with SheetJS'); } };
const row = (r, cells, attrs = '') => `<row r="${r}"${attrs}>${cells}</row>`;
const num = (ref, v, s) => `<c r="${ref}"${s !== undefined ? ` s="${s}"` : ''}><v>${v}</v></c>`;
describe('hidden rows and columns', () => {
    const bytes = (0, xlsxParts_1.xlsxPackage)({
        sheets: [
            {
                name: '民生实事',
                xml: (0, xlsxParts_1.worksheetXml)(row(1, num('A1', 1) + num('B1', 2) + num('C1', 3) + num('D1', 4)) + row(2, num('A2', 5), ' hidden="1"') + row(3, num('A3', 6)) + row(5, '', ' hidden="true" ht="0" customHeight="1"'), '', '<cols><col min="1" max="1" width="9"/><col min="2" max="3" width="0" hidden="1" customWidth="1"/><col min="4" max="4" width="9"/></cols>'),
            },
            { name: '说明', xml: (0, xlsxParts_1.worksheetXml)(row(1, num('A1', 1))), state: 'hidden' },
        ],
    });
    it('the fast reader fills hiddenRows and hiddenCols', () => {
        const [g, notes] = (0, directRead_1.readGridsDirect)('x.xlsx', bytes);
        expect(g?.hiddenRows).toEqual([2, 5]);
        expect(g?.hiddenCols).toEqual([2, 3]);
        expect(g?.hidden).toBeUndefined();
        expect(notes?.hidden).toBe(true);
        expect(notes?.hiddenRows).toBeUndefined();
    });
    it('SheetJS gives the same', async () => {
        const direct = (0, directRead_1.readGridsDirect)('x.xlsx', bytes);
        const r = await (0, xlsxSource_1.readWorkbookBytes)('x.xlsx', bytes, viaSheetJs);
        expect(r.grids.map((g) => [g.hiddenRows, g.hiddenCols, g.hidden])).toEqual(direct.map((g) => [g.hiddenRows, g.hiddenCols, g.hidden]));
    });
    it('a .xls keeps its hidden columns and sheets', async () => {
        const wb = XLSX.utils.book_new();
        const ws = XLSX.utils.aoa_to_sheet([['指标', '上月', '本月'], ['就业', 1, 2]]);
        ws['!cols'] = [{}, { hidden: true }, {}];
        XLSX.utils.book_append_sheet(wb, ws, '民生实事');
        XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['说明']]), '说明');
        wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
        const r = await (0, xlsxSource_1.readWorkbookBytes)('x.xls', new Uint8Array(XLSX.write(wb, { bookType: 'biff8', type: 'array' })));
        expect(r.grids.map((g) => [g.sheet, g.hiddenCols, Boolean(g.hidden)])).toEqual([['民生实事', [2], false], ['说明', undefined, true]]);
    });
});
describe("Excel's built-in Chinese date formats (ids 27–36, 50–58)", () => {
    const SERIAL = 46101.5; // 2026-03-20 12:00
    const bytes = (0, xlsxParts_1.oneSheet)(builtinFormats_1.LOCALE_FORMAT_IDS.map((_, i) => row(i + 1, num(`A${i + 1}`, SERIAL, i + 1))).join(''), { styles: (0, xlsxParts_1.stylesXml)({ cellXfs: [0, ...builtinFormats_1.LOCALE_FORMAT_IDS] }) });
    const times = new Set([32, 33, 34, 35, 55, 56]);
    it('have their zh-CN codes, dates except the 时/分 times', () => {
        for (const id of builtinFormats_1.LOCALE_FORMAT_IDS)
            expect([id, (0, dateFormat_1.isDateFormat)((0, builtinFormats_1.builtinFormat)(id))]).toEqual([id, !times.has(id)]);
        expect((0, builtinFormats_1.builtinFormat)(31)).toBe('yyyy"年"m"月"d"日"');
        expect((0, builtinFormats_1.builtinFormat)(57)).toBe('yyyy"年"m"月"');
    });
    it('read as dates by the fast reader, the times as numbers', () => {
        const [g] = (0, directRead_1.readGridsDirect)('x.xlsx', bytes);
        builtinFormats_1.LOCALE_FORMAT_IDS.forEach((id, i) => {
            expect([id, g?.rows[i]?.[0]]).toEqual([id, { v: times.has(id) ? SERIAL : { date: (0, dateFormat_1.serialDateIso)(SERIAL) }, fmt: (0, builtinFormats_1.builtinFormat)(id) }]);
        });
    });
    it('SheetJS, which has no zh-CN table (it resets its format table at every read), reads them as plain numbers: the fast reader is right', async () => {
        const r = await (0, xlsxSource_1.readWorkbookBytes)('x.xlsx', bytes, viaSheetJs);
        expect(r.failures).toEqual([]);
        const ids = builtinFormats_1.LOCALE_FORMAT_IDS.filter((id) => r.grids[0]?.rows[builtinFormats_1.LOCALE_FORMAT_IDS.indexOf(id)]?.[0]?.fmt === undefined);
        // 56 is in SheetJS's own table (as a Japanese time); every other id reads as a number without a format.
        expect(ids).toEqual(builtinFormats_1.LOCALE_FORMAT_IDS.filter((id) => id !== 56));
    });
});
