"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Properties over generated tracking workbooks (fast-check): random headers from the synonym
 * lists, messy values, merges, blank / 合计 / footer / heading rows.
 *   - building never throws;
 *   - every non-empty row below the header is an indicator, a skipped row or a finding;
 *   - source cells (values and styles) are identical before and after build + writing the bulletin
 *     into the same workbook + highlight + clear highlight;
 *   - building twice gives the same bulletin; the workbook with its bulletin, written and re-read,
 *     builds the same result, and its ledger re-read gives the same summary.
 * Runs per CI run: GRID_RUNS domain cases + XLSX_RUNS real .xlsx round trips (× FC_RUNS_FACTOR).
 */
const node_crypto_1 = require("node:crypto");
const exceljs_1 = __importDefault(require("exceljs"));
const fast_check_1 = __importDefault(require("fast-check"));
const bulletinModel_1 = require("../../src/domain/bulletinModel");
const bulletinSheet_1 = require("../../src/domain/bulletinSheet");
const grid_1 = require("../../src/domain/grid");
const headerRecognition_1 = require("../../src/domain/headerRecognition");
const ledgerSheet_1 = require("../../src/domain/ledgerSheet");
const report_1 = require("../../src/domain/report");
const settings_1 = require("../../src/domain/settings");
const statusCodes_1 = require("../../src/domain/statusCodes");
const runBuild_1 = require("../../src/engine/runBuild");
const fcSupport_1 = require("../domain/fcSupport");
const highlightTargets_1 = require("../../src/excel/highlightTargets");
const xlsxHighlighter_1 = require("../../src/xlsx/xlsxHighlighter");
const xlsxSource_1 = require("../../src/xlsx/xlsxSource");
const xlsxSink_1 = require("../../src/xlsx/xlsxSink");
const factor = Number(process.env.FC_RUNS_FACTOR ?? '1');
const scale = (n) => Math.max(1, Math.round(n * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
const GRID_RUNS = scale(3000);
const XLSX_RUNS = scale(200);
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const params = (numRuns) => ({ numRuns, ...(SEED !== undefined ? { seed: SEED } : {}) });
const settings = (0, settings_1.parseSettings)({ asOf: '2026-03-20', reportDate: '2026-03-23' });
const ROLES = Object.keys(headerRecognition_1.HEADER_SYNONYMS);
const headerText = (role) => fast_check_1.default.tuple(fast_check_1.default.constantFrom(...headerRecognition_1.HEADER_SYNONYMS[role]), fast_check_1.default.constantFrom('', '', '', '(%)', '（万元）', '\n', ' ', '（人）')).map(([s, suffix]) => `${s}${suffix}`);
const plainMessyValue = fast_check_1.default.oneof({ weight: 4, arbitrary: fast_check_1.default.integer({ min: -1000, max: 100000 }) }, { weight: 2, arbitrary: fast_check_1.default.double({ min: -10, max: 1e6, noNaN: true }) }, { weight: 2, arbitrary: fast_check_1.default.tuple(fast_check_1.default.integer({ min: 0, max: 9999 }), fast_check_1.default.constantFrom('人', '万人次', '万元', '亿元', '公里', '%', '个', '所', '元/月', '吨', '')).map(([n, u]) => `${n}${u}`) }, { weight: 1, arbitrary: fast_check_1.default.constantFrom('６０００', '1,386人', '52.9%', '两所', '一个', '暂无数据', '上级任务未下达', '已完成', '停滞', '—', '/', '待下达', '≤5.5%', '不高于31μg/m³') }, { weight: 1, arbitrary: fast_check_1.default.constantFrom('#DIV/0!', '#N/A', '#REF!').map((error) => ({ error })) }, { weight: 1, arbitrary: fast_check_1.default.constantFrom('2026-03-20', '2025-12-31').map((date) => ({ date })) }, { weight: 1, arbitrary: fast_check_1.default.constantFrom('<script>alert(1)</script>', '=SUM(A1:A2)', '<b>加粗</b>', '已完成1386人，完成全年任务的23.1%', '完成新增城镇就业6000人') }, { weight: 1, arbitrary: fast_check_1.default.string({ maxLength: 12 }) }, { weight: 2, arbitrary: fast_check_1.default.constant(null) });
/** Grids may hold anything an adapter could hand over (NaN, control characters…); real .xlsx files only what Excel stores. */
let odd = false;
const messyValue = fast_check_1.default.oneof({ weight: 12, arbitrary: plainMessyValue }, { weight: 1, arbitrary: fast_check_1.default.constant(null).chain(() => (odd ? fcSupport_1.anyCellValue : plainMessyValue)) });
const nameValue = fast_check_1.default.oneof({ weight: 6, arbitrary: fast_check_1.default.tuple(fast_check_1.default.constantFrom('新增城镇就业', '农村公路提质改造', '新建公办幼儿园', '城乡居民医保参保', 'PM2.5年均浓度', '提高救助标准', '城镇调查失业率'), fast_check_1.default.nat(50)).map(([n, i]) => `${n}${i}`) }, { weight: 1, arbitrary: fast_check_1.default.constantFrom('（1）推动实现“劳有所得”', '省级·新增就业', '1.帮扶困难人员') }, { weight: 1, arbitrary: fast_check_1.default.constant(null) }, { weight: 1, arbitrary: fast_check_1.default.string({ maxLength: 8 }) });
const rowArb = (roles) => fast_check_1.default.constantFrom('data', 'data', 'data', 'data', 'blank', 'total', 'footer', 'heading', 'note', 'sparse').chain((kind) => {
    const width = roles.length;
    switch (kind) {
        case 'blank': return fast_check_1.default.constant([]);
        case 'total': return fast_check_1.default.tuple(fast_check_1.default.constantFrom('合计', '小计', '总计'), fast_check_1.default.integer({ min: 0, max: 99999 })).map(([t, n]) => [t, ...Array.from({ length: width - 1 }, (_, i) => (i === 1 ? n : null))]);
        case 'footer': return fast_check_1.default.constantFrom('填表人：张三', '联系电话：0730-1234567', '审核人：李四  填表日期：2026年3月20日').map((t) => [t]);
        case 'heading': return fast_check_1.default.constantFrom('一、省级十大重点民生实事', '二、岳阳市级十大重点民生实事', '（一）推动实现“劳有所得”', '1. 保障重点群体就业').map((t) => [t]);
        case 'note': return fast_check_1.default.constantFrom('注：数据截至2026年3月20日', '说明：本表由各单位填报').map((t) => [t]);
        case 'sparse': return fast_check_1.default.tuple(fast_check_1.default.nat(width - 1), messyValue).map(([i, v]) => Array.from({ length: width }, (_, k) => (k === i ? v : null)));
        default: return fast_check_1.default.tuple(...roles.map((r) => (r === 'name' || r === 'project' ? nameValue : r === 'seq' ? fast_check_1.default.option(fast_check_1.default.nat(99)) : messyValue)));
    }
});
const sheetArb = fast_check_1.default.record({
    roles: fast_check_1.default.tuple(fast_check_1.default.boolean(), fast_check_1.default.uniqueArray(fast_check_1.default.constantFrom(...ROLES), { minLength: 2, maxLength: 9 })).map(([forceName, rs]) => (rs.includes('name') || !forceName ? rs : ['name', ...rs])),
    dupRole: fast_check_1.default.option(fast_check_1.default.constantFrom('target', 'done', 'progress', 'name')),
    title: fast_check_1.default.constantFrom([], ['2026年民生实事推进情况表'], ['填报单位：市人社局', null, '数据截至2026年3月20日']),
    name: fast_check_1.default.constantFrom('民生实事', '省级', '市人社局', '工作专报', 'Sheet1', '填报说明'),
    hide: fast_check_1.default.nat(9),
}).chain(({ roles, dupRole, title, name, hide }) => {
    const cols = dupRole ? [...roles, dupRole] : roles;
    return fast_check_1.default.tuple(fast_check_1.default.tuple(...cols.map(headerText)), fast_check_1.default.array(rowArb(cols), { maxLength: 14 }), fast_check_1.default.array(fast_check_1.default.tuple(fast_check_1.default.nat(20), fast_check_1.default.nat(cols.length - 1), fast_check_1.default.nat(2), fast_check_1.default.nat(2)), { maxLength: 3 })).map(([header, body, mergeSpecs]) => {
        const rows = [];
        if (title.length)
            rows.push(title);
        rows.push(header);
        rows.push(...body);
        // Merges: non-overlapping rectangles inside the used area.
        const used = new Set();
        const merges = [];
        for (const [r0, c0, dr, dc] of mergeSpecs) {
            const top = (r0 % rows.length) + 1;
            const left = c0 + 1;
            const bottom = Math.min(rows.length, top + dr);
            const right = Math.min(cols.length, left + dc);
            if (bottom === top && right === left)
                continue;
            const cells = [];
            for (let r = top; r <= bottom; r++)
                for (let c = left; c <= right; c++)
                    cells.push(`${r},${c}`);
            if (cells.some((k) => used.has(k)))
                continue;
            cells.forEach((k) => used.add(k));
            merges.push(`${(0, grid_1.cellAddress)(top, left)}:${(0, grid_1.cellAddress)(bottom, right)}`);
        }
        return { name, hidden: hide === 0, rows, merges };
    });
});
const workbookArb = fast_check_1.default.tuple(fast_check_1.default.uniqueArray(sheetArb, { minLength: 1, maxLength: 3, selector: (s) => s.name }), fast_check_1.default.constantFrom('人社局.xlsx', '市教育局2026.xlsx', '省级民生实事.xlsx'));
/** The grid a sheet becomes after an adapter read it: merged continuation cells hold nothing. */
function toGrid(file, s) {
    const covered = new Set();
    const ranges = s.merges.map((m) => {
        const [a, b] = m.split(':');
        const parse = (x) => {
            const mm = /^([A-Z]+)(\d+)$/.exec(x) ?? ['', 'A', '1'];
            return [Number(mm[2]), [...(mm[1] ?? 'A')].reduce((acc, ch) => acc * 26 + ch.charCodeAt(0) - 64, 0)];
        };
        const [top, left] = parse(a ?? 'A1');
        const [bottom, right] = parse(b ?? 'A1');
        for (let r = top; r <= bottom; r++)
            for (let c = left; c <= right; c++)
                if (r !== top || c !== left)
                    covered.add(`${r},${c}`);
        return { top, left, bottom, right };
    });
    const rows = s.rows.map((row, ri) => row.map((v, ci) => (v === null || covered.has(`${ri + 1},${ci + 1}`) ? undefined : { v })));
    const grid = { file, sheet: s.name, rows, merges: ranges, tables: [] };
    if (s.hidden)
        grid.hidden = true;
    return grid;
}
// ---- helpers ------------------------------------------------------------------------------------
function ownRowNonEmpty(grid, r) {
    // An error or date with no text ({ error: '' }) is something no adapter produces: empty, as for the engine.
    const text = (v) => (v === null ? '' : typeof v === 'object' ? ('error' in v ? v.error : v.date) : String(v)).trim();
    return (grid.rows[r - 1] ?? []).some((c) => c !== undefined && text(c.v) !== '');
}
/** Rows of the sheet not accounted for: non-empty rows below the header that are neither indicator, skipped nor finding. */
function unaccounted(grids) {
    const { result, readings } = (0, report_1.buildReport)({ grids, settings });
    const missing = [];
    for (const reading of readings) {
        const grid = grids.find((g) => g.file === reading.file && g.sheet === reading.sheet);
        if (!grid)
            continue;
        const sheetLevel = result.skipped.some((s) => s.file === reading.file && s.sheet === reading.sheet && s.row === null)
            || result.findings.some((f) => f.file === reading.file && f.sheet === reading.sheet && f.cell === null && f.code === 'sheet_no_header');
        if (sheetLevel || !reading.layout) {
            if (!sheetLevel && grid.rows.some((_, i) => ownRowNonEmpty(grid, i + 1)))
                missing.push(`${reading.sheet}: no layout and no sheet-level entry`);
            continue;
        }
        const rows = new Set();
        for (const i of result.indicators)
            if (i.source.file === reading.file && i.source.sheet === reading.sheet)
                rows.add(i.source.row);
        for (const s of result.skipped)
            if (s.file === reading.file && s.sheet === reading.sheet && s.row !== null)
                rows.add(s.row);
        for (const f of result.findings) {
            if (f.file !== reading.file || f.sheet !== reading.sheet || !f.cell)
                continue;
            const m = /(\d+)$/.exec(f.cell);
            if (m)
                rows.add(Number(m[1]));
        }
        for (let r = reading.layout.headerTop; r <= grid.rows.length; r++) {
            if (r <= reading.layout.headerBottom)
                continue;
            if (!ownRowNonEmpty(grid, r))
                continue;
            // A row whose own cells all continue merges from above is not a row of its own.
            if (!rows.has(r))
                missing.push(`${reading.sheet}!${r}: ${JSON.stringify(grid.rows[r - 1]?.map((c) => c?.v ?? null))}`);
        }
    }
    return missing;
}
async function toWorkbook(sheets) {
    const wb = new exceljs_1.default.Workbook();
    for (const s of sheets) {
        const ws = wb.addWorksheet(s.name);
        s.rows.forEach((row, ri) => row.forEach((v, ci) => {
            if (v === null)
                return;
            const cell = ws.getCell(ri + 1, ci + 1);
            if (typeof v === 'object' && 'error' in v)
                cell.value = { error: v.error };
            else if (typeof v === 'object' && 'date' in v) {
                cell.value = new Date(`${v.date}T00:00:00Z`);
                cell.numFmt = 'yyyy-mm-dd';
            }
            else
                cell.value = v;
            if ((ri + ci) % 3 === 0)
                cell.font = { bold: true, color: { argb: 'FF0000FF' } };
            if ((ri + ci) % 5 === 0)
                cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
        }));
        for (const m of s.merges)
            ws.mergeCells(m);
        if (s.hidden)
            ws.state = 'hidden';
    }
    // Round-trip once, so styles are shared the way ExcelJS shares them after reading a real file.
    const again = new exceljs_1.default.Workbook();
    await again.xlsx.load((await wb.xlsx.writeBuffer()));
    return again;
}
/** A hash of every cell of the given sheets: address, type, value and style. */
function hashSheets(wb, names, withStyle) {
    const h = (0, node_crypto_1.createHash)('sha256');
    for (const name of names) {
        const ws = wb.getWorksheet(name);
        if (!ws) {
            h.update(`missing ${name}`);
            continue;
        }
        h.update(`sheet ${name} ${ws.state}`);
        // Empty unstyled cells are skipped: asking ExcelJS for a cell creates it, which changes nothing.
        ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => {
            const style = JSON.stringify(cell.style ?? {});
            if (cell.value === null && (!withStyle || style === '{}'))
                return;
            h.update(`${cell.address}\u0000${cell.type}\u0000${JSON.stringify(cell.value)}`);
            if (withStyle)
                h.update(style);
        }));
    }
    return h.digest('hex');
}
const cellString = (v) => (v === null || v === undefined ? '' : typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : String(v));
// ---- properties ---------------------------------------------------------------------------------
describe('properties over generated workbooks', () => {
    test(`building never throws and accounts for every row (${GRID_RUNS} workbooks)`, () => {
        odd = true;
        try {
            fast_check_1.default.assert(fast_check_1.default.property(workbookArb, ([sheets, file]) => {
                const grids = sheets.map((s) => toGrid(file, s));
                expect(unaccounted(grids)).toEqual([]);
                const a = (0, report_1.buildReport)({ grids, settings });
                const b = (0, report_1.buildReport)({ grids, settings });
                // The same input builds the same bulletin.
                expect((0, bulletinSheet_1.buildBulletinSheet)((0, bulletinModel_1.buildBulletinModel)(b.result, settings), settings)).toEqual((0, bulletinSheet_1.buildBulletinSheet)((0, bulletinModel_1.buildBulletinModel)(a.result, settings), settings));
                // The summary adds up.
                for (const s of a.result.summary)
                    expect(statusCodes_1.STATUS_CODES.reduce((n, c) => n + (s.counts[c] ?? 0), 0)).toBe(s.indicators);
                expect(a.result.findings.filter((f) => f.code === 'summary_mismatch')).toEqual([]);
            }), params(GRID_RUNS));
        }
        finally {
            odd = false;
        }
    });
    test(`real .xlsx: source cells unchanged through build + bulletin + highlight + clear; rebuild and ledger agree (${XLSX_RUNS} workbooks)`, async () => {
        await fast_check_1.default.assert(fast_check_1.default.asyncProperty(workbookArb, async ([sheets, file]) => {
            const wb = await toWorkbook(sheets);
            const names = sheets.map((s) => s.name).filter((n) => n !== settings.bulletinSheet && n !== settings.ledgerSheet);
            const valuesBefore = hashSheets(wb, names, false);
            const stylesBefore = hashSheets(wb, names, true);
            const buf1 = Buffer.from(await wb.xlsx.writeBuffer());
            const first = await (0, runBuild_1.runBuild)({ source: new xlsxSource_1.XlsxBufferSource([{ name: file, data: buf1 }]), settings, sink: new xlsxSink_1.XlsxWorkbookSink(wb) });
            expect(hashSheets(wb, names, false)).toBe(valuesBefore);
            const hl = new xlsxHighlighter_1.XlsxHighlighter(wb, file);
            const targets = (0, highlightTargets_1.highlightTargets)(first.result);
            await hl.highlight(targets, settings.colours);
            expect(hashSheets(wb, names, false)).toBe(valuesBefore);
            if (targets.some((t) => names.includes(t.sheet)))
                expect(hl.marked).toBeGreaterThan(0);
            await hl.clearHighlights();
            expect(hashSheets(wb, names, false)).toBe(valuesBefore);
            expect(hashSheets(wb, names, true)).toBe(stylesBefore);
            // The workbook with its own bulletin, saved and re-read, builds the same result and bulletin.
            const buf2 = Buffer.from(await wb.xlsx.writeBuffer());
            const second = await (0, runBuild_1.runBuild)({ source: new xlsxSource_1.XlsxBufferSource([{ name: file, data: buf2 }]), settings, sink: null, layout: true });
            const strip = (r) => ({ ...r, files: r.files.map((f) => ({ ...f, sheets: 0 })), skipped: r.skipped.filter((s) => s.reason !== 'bulletin_sheet') });
            expect(strip(second.result)).toEqual(strip(first.result));
            expect(second.sheets[0]).toEqual(first.sheets[0]);
            // The ledger re-read gives the same summary.
            const reread = new exceljs_1.default.Workbook();
            await reread.xlsx.load(buf2);
            const ledger = reread.getWorksheet(settings.ledgerSheet);
            expect(ledger).toBeDefined();
            const header = (ledger?.getRow(1).values ?? []).slice(1).map(cellString);
            expect(header).toEqual([...ledgerSheet_1.LEDGER_HEADERS]);
            const labelToCode = new Map(statusCodes_1.STATUS_CODES.map((c) => [statusCodes_1.STATUS_LABELS[c], c]));
            const counts = new Map();
            let rows = 0;
            ledger?.eachRow((row, r) => {
                if (r === 1)
                    return;
                const code = labelToCode.get(cellString(row.getCell(12).value));
                if (!code)
                    return;
                rows++;
                const key = cellString(row.getCell(1).value);
                const c = counts.get(key) ?? {};
                c[code] = (c[code] ?? 0) + 1;
                counts.set(key, c);
            });
            expect(rows).toBe(first.result.indicators.length);
            for (const s of first.result.summary) {
                const got = counts.get(s.title) ?? {};
                for (const code of statusCodes_1.STATUS_CODES)
                    expect([s.title, code, got[code] ?? 0]).toEqual([s.title, code, s.counts[code]]);
            }
        }), params(XLSX_RUNS));
    });
    test('the highlighter restores shared styles exactly and marks only the target row', async () => {
        const wb = new exceljs_1.default.Workbook();
        const ws = wb.addWorksheet('民生实事');
        ws.addRow(['指标名称', '全年目标', '累计完成']);
        for (let i = 0; i < 4; i++)
            ws.addRow([`指标${i}`, 100, 10]);
        ws.eachRow((row) => row.eachCell((c) => { c.font = { name: '宋体', size: 12 }; c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEEFF' } }; }));
        const re = new exceljs_1.default.Workbook();
        await re.xlsx.load((await wb.xlsx.writeBuffer()));
        const sheet = re.getWorksheet('民生实事');
        const before = hashSheets(re, ['民生实事'], true);
        const hl = new xlsxHighlighter_1.XlsxHighlighter(re, 'a.xlsx');
        await hl.highlight([{ file: 'a.xlsx', sheet: '民生实事', row: 3, left: 1, right: 3, grade: 'red' }, { file: 'b.xlsx', sheet: '民生实事', row: 4, left: 1, right: 3, grade: 'red' }], settings.colours);
        expect(hl.marked).toBe(3);
        expect((sheet?.getCell('B3').fill).fgColor?.argb).toBe(`FF${settings.colours.redFill.slice(1).toUpperCase()}`);
        expect(sheet?.getCell('B3').font?.name).toBe('宋体');
        // Cells sharing the style object with the marked row are not affected.
        expect((sheet?.getCell('B4').fill).fgColor?.argb).toBe('FFDDEEFF');
        await hl.highlight([{ file: 'a.xlsx', sheet: '民生实事', row: 3, left: 1, right: 3, grade: 'yellow' }], settings.colours);
        await hl.clearHighlights();
        expect(hashSheets(re, ['民生实事'], true)).toBe(before);
    });
});
