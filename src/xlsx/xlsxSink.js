"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.XlsxWorkbookSink = exports.EXCEL_CELL_CHARS = exports.StyleCache = void 0;
exports.excelStyle = excelStyle;
exports.excelCellValue = excelCellValue;
exports.renderSheet = renderSheet;
exports.checkMerges = checkMerges;
exports.mergeOverlapMessage = mergeOverlapMessage;
exports.sheetOptions = sheetOptions;
const mergeLoading_1 = require("./mergeLoading");
const argb = (hex) => `FF${hex.replace('#', '').toUpperCase()}`;
/**
 * The ExcelJS style of a domain cell style.
 * @example excelStyle({ bold: true, fill: '#FFF2CC' }) → { font: { bold: true }, fill: { type: 'pattern', … } }
 */
function excelStyle(style) {
    const out = {};
    const font = {};
    if (style.bold)
        font.bold = true;
    if (style.size)
        font.size = style.size;
    if (style.font)
        font.name = style.font;
    if (style.color)
        font.color = { argb: argb(style.color) };
    if (Object.keys(font).length)
        out.font = font;
    if (style.fill)
        out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
    if (style.hAlign || style.vAlign || style.wrap) {
        const alignment = {};
        if (style.hAlign)
            alignment.horizontal = style.hAlign;
        if (style.vAlign)
            alignment.vertical = style.vAlign;
        if (style.wrap)
            alignment.wrapText = true;
        out.alignment = alignment;
    }
    if (style.numFmt)
        out.numFmt = style.numFmt;
    if (style.border) {
        const thin = { style: 'thin', color: { argb: 'FF808080' } };
        out.border = { top: thin, left: thin, bottom: thin, right: thin };
    }
    return out;
}
/**
 * One ExcelJS style object per distinct domain style, shared by every cell that has it: ExcelJS
 * recognises a style object it has seen and skips serialising it again, which is most of the cost
 * of writing a large bulletin. The shared objects are never mutated after they are assigned.
 */
const NO_STYLE = Object.freeze({});
class StyleCache {
    byKey = new Map();
    /** Domain style objects shared by many cells (the table's) are looked up without serialising. */
    byObject = new WeakMap();
    of(style) {
        let s = this.byObject.get(style);
        if (s)
            return s;
        const key = JSON.stringify(style);
        s = this.byKey.get(key);
        if (!s) {
            s = excelStyle(style);
            this.byKey.set(key, s);
        }
        this.byObject.set(style, s);
        return s;
    }
}
exports.StyleCache = StyleCache;
/** Excel's limit on the characters in one cell; longer text makes Excel refuse to open the file. */
exports.EXCEL_CELL_CHARS = 32767;
/**
 * A value Excel accepts in a cell: text longer than Excel's limit is cut (ending in …), never
 * splitting a surrogate pair; other values pass through.
 * @example excelCellValue('长'.repeat(40000)).length === 32767
 */
function excelCellValue(v) {
    if (typeof v !== 'string' || v.length <= exports.EXCEL_CELL_CHARS)
        return v;
    let end = exports.EXCEL_CELL_CHARS - 1;
    const code = v.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    return `${v.slice(0, end)}…`;
}
/**
 * Renders one SheetModel into a workbook, replacing a sheet of the same name.
 * @example renderSheet(wb, buildLedgerSheet(result, settings)).name === '汇总台账'
 */
function renderSheet(wb, model) {
    const existing = wb.getWorksheet(model.name);
    if (existing)
        wb.removeWorksheet(existing.id);
    const ws = wb.addWorksheet(model.name, sheetOptions(model, true));
    model.columns.forEach((c, i) => { ws.getColumn(i + 1).width = c.width; });
    const tableTop = model.table?.range.top ?? -1;
    if (model.table) {
        const t = model.table;
        const data = model.rows.slice(t.range.top, t.range.bottom).map((r) => t.columns.map((_, k) => excelCellValue(r.cells[k]?.value ?? null)));
        ws.addTable({
            name: t.name,
            ref: `A${t.range.top}`,
            headerRow: true,
            style: { theme: 'TableStyleMedium2', showRowStripes: true },
            columns: t.columns.map((name) => ({ name, filterButton: true })),
            rows: data.length ? data : [t.columns.map(() => null)],
        });
    }
    const styles = new StyleCache();
    model.rows.forEach((row, ri) => {
        const r = ri + 1;
        const xrow = ws.getRow(r);
        if (row.height)
            xrow.height = row.height;
        row.cells.forEach((cell, ci) => {
            if (!cell)
                return;
            const xc = xrow.getCell(ci + 1);
            if (!(model.table && r >= tableTop && r <= model.table.range.bottom))
                xc.value = excelCellValue(cell.value);
            xc.style = styles.of(cell.style ?? NO_STYLE);
        });
    });
    mergeAll(ws, model.merges);
    return ws;
}
/**
 * Applies many merges in linear time. ExcelJS's mergeCells checks each new merge against every
 * earlier one (quadratic: a 100,000-line bulletin never finished); the overlap check is done here
 * once over the covered cells, and ExcelJS then merges each area against an empty list.
 */
function mergeAll(ws, merges) {
    checkMerges(ws.name, merges);
    const internal = ws;
    const all = internal._merges;
    if (!all || typeof all !== 'object') {
        for (const m of merges)
            ws.mergeCells(m.top, m.left, m.bottom, m.right);
        return;
    }
    try {
        for (const m of merges) {
            internal._merges = {};
            ws.mergeCells(m.top, m.left, m.bottom, m.right);
            Object.assign(all, internal._merges);
        }
    }
    finally {
        internal._merges = all;
    }
}
/** Throws when two merge areas overlap (checked once over the covered cells, in linear time). */
function checkMerges(sheet, merges) {
    const at = (0, mergeLoading_1.firstOverlap)(merges);
    if (at)
        throw new Error(mergeOverlapMessage(sheet, at.row, at.col));
}
/** The clerk's message for merged areas that overlap at a cell. */
function mergeOverlapMessage(sheet, row, col) {
    return `专报工作表「${sheet}」的合并区域重叠（第 ${row} 行第 ${col} 列），无法写入。`;
}
/** ExcelJS page setup, views and properties of a sheet model (shared by both writers). */
function sheetOptions(model, withPrintTitles) {
    return {
        properties: model.tabColor ? { tabColor: { argb: argb(model.tabColor) } } : {},
        views: model.freeze ? [{ state: 'frozen', ySplit: model.freeze.rows, xSplit: model.freeze.cols }] : [],
        pageSetup: {
            paperSize: 9, // A4
            orientation: model.print?.orientation ?? 'portrait',
            fitToPage: model.print?.fitToWidth ?? false,
            fitToWidth: 1,
            fitToHeight: 0,
            horizontalCentered: true,
            margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
            ...(withPrintTitles && model.print?.repeatRows ? { printTitlesRow: `${model.print.repeatRows.top}:${model.print.repeatRows.bottom}` } : {}),
        },
        headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
    };
}
/** A sink over an ExcelJS workbook in memory (the task pane's preview, tests). */
class XlsxWorkbookSink {
    workbook;
    constructor(workbook) {
        this.workbook = workbook;
    }
    async writeSheets(sheets) {
        for (const s of sheets)
            renderSheet(this.workbook, s);
        // Zhuanbao's sheets go first, bulletin active.
        this.workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
    }
}
exports.XlsxWorkbookSink = XlsxWorkbookSink;
