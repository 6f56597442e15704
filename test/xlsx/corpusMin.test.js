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
 * `../shared/fixtures/corpus-min/`: each small workbook shows one trait of real-world files, and
 * reads as its README says Excel shows it, by the fast reader
 * itself where the trait is cheap to handle (CDATA, comments, SharedStrings by relationship, ISO
 * date cells, duplicate merges; a whole-sheet validation is stepped over unread, so no sheet takes
 * seconds — timing is not asserted here, the bench measures), and the damaged one refused with the
 * 已损坏 message.
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const directRead_1 = require("../../src/xlsx/directRead");
const xlsxSource_1 = require("../../src/xlsx/xlsxSource");
const dir = path.resolve(__dirname, '../../../shared/fixtures/corpus-min');
const have = fs.existsSync(dir);
const ROW1 = [{ v: '项目' }, { v: 12 }];
/** What Excel shows for each file (its README): the sheet's rows, or a refusal. */
const EXCEL_SHOWS = {
    'p1-hyperlink-on-empty-cell.xlsx': { rows: [ROW1] },
    'p2-text-before-root.xlsx': { damaged: true },
    'p3-broken-unread-part.xlsx': { rows: [ROW1] },
    'p4-whole-sheet-validation-plus-comment.xlsx': { rows: [ROW1] },
    'p4-whole-column-validation-plus-comment.xlsx': { rows: [ROW1] },
    'm4a-1842-with-comment.xlsx': { rows: [] },
    'p5-iso-date-cell.xlsx': { rows: [ROW1, [{ v: { date: '2025-06-30' }, fmt: 'yyyy/m/d' }, { v: { date: '2025-06-30' } }]] },
    'p6-cdata-inline-string.xlsx': { rows: [ROW1, [{ v: '完成' }]] },
    'p7-sharedstrings-capital-S.xlsx': { rows: [ROW1, [{ v: 'Hello' }]] },
    'p8-duplicate-merge.xlsx': { rows: [ROW1, [{ v: 'x' }]], merges: [{ top: 2, left: 1, bottom: 2, right: 2 }] },
};
(have ? describe : describe.skip)('corpus-min: each file reads as Excel shows it', () => {
    it('every file in the folder is listed here', () => {
        expect(fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort()).toEqual(Object.keys(EXCEL_SHOWS).sort());
    });
    it.each(Object.entries(EXCEL_SHOWS))('%s', async (file, shows) => {
        const bytes = fs.readFileSync(path.join(dir, file));
        const r = await (0, xlsxSource_1.readWorkbookBytes)(file, bytes);
        if (shows.damaged) {
            expect(r.grids).toEqual([]);
            expect(r.failures[0]?.message).toMatch(new RegExp(`${file.replace(/\./g, '\\.')}.*已损坏`));
            return;
        }
        expect(r.failures).toEqual([]);
        expect(r.grids).toHaveLength(1);
        expect(r.grids[0]?.sheet).toMatch(/^(S|Sheet1)$/);
        expect(r.grids[0]?.rows).toEqual(shows.rows);
        if (shows.merges)
            expect(r.grids[0]?.merges).toEqual(shows.merges);
        // By the fast reader itself, not a fallback: the same grids come straight from it.
        expect((0, directRead_1.readGridsDirect)(file, bytes)).toEqual(r.grids);
    });
});
