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
exports.XLS_ROWS_PER_SHEET = void 0;
exports.ensureXlsCopies = ensureXlsCopies;
exports.ensureBigXls = ensureBigXls;
/**
 * The benchmark's `.xls` sets, made from its `.xlsx` ones with SheetJS (cached in bench/out):
 * the 200 department workbooks saved as Excel 97–2003 (BIFF8), and the 100,000-row sheet as an
 * `.xls`. BIFF8 holds at most 65,536 rows a sheet, so "a 100,000-row .xls" is one workbook of two
 * sheets of 50,000 indicator rows each, both under the same title and header rows (as a department
 * splits a sheet that does not fit), the footer after the last.
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const XLSX = __importStar(require("@e965/xlsx"));
/** Rows of a sheet per `.xls` sheet (BIFF8's limit is 65,536). */
exports.XLS_ROWS_PER_SHEET = 50_000;
const done = (dir) => fs.existsSync(path.join(dir, '.complete'));
/**
 * Every `.xlsx` of `from` saved as `.xls` in `to` (once; reused while `to/.complete` exists).
 * @example ensureXlsCopies('bench/out/v3-…-200x50', 'bench/out/v3-…-200x50-xls')
 */
function ensureXlsCopies(from, to, log) {
    const files = fs.readdirSync(from).filter((f) => f.endsWith('.xlsx')).sort();
    if (done(to))
        return { dir: to, files: files.length, cached: true };
    fs.rmSync(to, { recursive: true, force: true });
    fs.mkdirSync(to, { recursive: true });
    for (const f of files) {
        const wb = XLSX.read(fs.readFileSync(path.join(from, f)), { type: 'buffer', cellNF: true, cellStyles: true });
        fs.writeFileSync(path.join(to, f.replace(/\.xlsx$/, '.xls')), XLSX.write(wb, { bookType: 'biff8', type: 'buffer' }));
    }
    fs.writeFileSync(path.join(to, '.complete'), JSON.stringify(files));
    log(`  saved ${files.length} workbooks as .xls in ${to}`);
    return { dir: to, files: files.length, cached: false };
}
/**
 * The big sheet's workbook as an `.xls` of two (or more) sheets of at most {@link XLS_ROWS_PER_SHEET}
 * indicator rows each, every sheet under the title and header rows (the rows up to the one that
 * starts with 序号), merges kept within each part.
 */
function ensureBigXls(bigXlsx, to, log) {
    const file = path.join(to, path.basename(bigXlsx).replace(/\.xlsx$/, '.xls'));
    if (done(to) && fs.existsSync(file))
        return { file, sheets: Number(fs.readFileSync(path.join(to, '.complete'), 'utf8')), cached: true };
    fs.rmSync(to, { recursive: true, force: true });
    fs.mkdirSync(to, { recursive: true });
    const src = XLSX.read(fs.readFileSync(bigXlsx), { type: 'buffer', cellNF: true });
    const ws = src.Sheets[src.SheetNames[0] ?? ''];
    const rows = XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: null, blankrows: true });
    const headerEnd = rows.findIndex((r) => r[0] === '序号') + 1;
    const footerStart = rows.length - 3; // a blank row, the note and the signature lines
    const head = rows.slice(0, headerEnd);
    const body = rows.slice(headerEnd, footerStart);
    const wb = XLSX.utils.book_new();
    let sheets = 0;
    for (let at = 0; at < body.length; at += exports.XLS_ROWS_PER_SHEET) {
        const part = body.slice(at, at + exports.XLS_ROWS_PER_SHEET);
        const last = at + exports.XLS_ROWS_PER_SHEET >= body.length;
        const out = XLSX.utils.aoa_to_sheet([...head, ...part, ...(last ? rows.slice(footerStart) : [])]);
        // Merges of the title rows, and of the body rows within this part (shifted to it).
        out['!merges'] = (ws['!merges'] ?? []).flatMap((m) => {
            if (m.e.r < headerEnd)
                return [m];
            const top = m.s.r - headerEnd - at;
            const bottom = m.e.r - headerEnd - at;
            return top >= 0 && bottom < part.length ? [{ s: { r: top + headerEnd, c: m.s.c }, e: { r: bottom + headerEnd, c: m.e.c } }] : [];
        });
        XLSX.utils.book_append_sheet(wb, out, `全省台账${++sheets}`);
    }
    fs.writeFileSync(file, XLSX.write(wb, { bookType: 'biff8', type: 'buffer' }));
    fs.writeFileSync(path.join(to, '.complete'), String(sheets));
    log(`  saved the ${body.length}-row sheet as an .xls of ${sheets} sheets: ${file}`);
    return { file, sheets, cached: false };
}
