"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SheetRows = exports.HEADER_FILL = exports.BODY_FONT = void 0;
exports.prose = prose;
exports.headerRow = headerRow;
const text_1 = require("./text");
exports.BODY_FONT = '仿宋';
exports.HEADER_FILL = '#D9E1F2';
class SheetRows {
    widths;
    rows = [];
    merges = [];
    /** Roughly how many CJK characters fit on one line across the whole width. */
    charsPerLine;
    /**
     * @param widths Column widths (characters); the sheet is `widths.length` columns wide.
     * @example new SheetRows([6, 18, 28]).cols === 3
     */
    constructor(widths) {
        this.widths = widths;
        this.charsPerLine = Math.floor(widths.reduce((a, b) => a + b, 0) / 2.1);
    }
    get cols() {
        return this.widths.length;
    }
    /** The 1-based number of the next row. */
    get next() {
        return this.rows.length + 1;
    }
    /**
     * Adds a row as it is; returns its 1-based number.
     * @example rows.push({ cells: [{ value: 'a' }] }) === 1
     */
    push(row) {
        this.rows.push(row);
        return this.rows.length;
    }
    /**
     * Merges columns `left`..`right` of row `row`.
     * @example rows.merge(3, 1, 5)
     */
    merge(row, left, right) {
        this.merges.push({ top: row, left, bottom: row, right });
    }
    /**
     * Adds a row whose first cell spans the whole width; returns its number.
     * @example rows.full({ cells: [{ value: '' }], height: 8 })
     */
    full(row) {
        const r = this.push(row);
        this.merge(r, 1, this.cols);
        return r;
    }
    /**
     * A bold 黑体 heading across the width.
     * @example rows.heading('【工作进度】')
     */
    heading(text, size = 14) {
        this.full({ cells: [{ value: text, style: { bold: true, size, font: '黑体', vAlign: 'middle' } }], height: 24 });
    }
    /**
     * A paragraph across the width, wrapped, as tall as its text needs.
     * @example rows.paragraph('　　全市……。')
     */
    paragraph(text, style = {}) {
        this.full(prose(text, this.charsPerLine, style));
    }
    /**
     * A blank spacer row across the width.
     * @example rows.spacer(8)
     */
    spacer(height) {
        this.full({ cells: [{ value: '' }], height });
    }
}
exports.SheetRows = SheetRows;
/**
 * A row of wrapped prose, 20 points per line of `charsPerLine` characters.
 * @example prose('一二三', 10).height === 20
 */
function prose(text, charsPerLine, style = {}) {
    const lines = Math.max(1, Math.ceil((0, text_1.codePointCount)(text) / charsPerLine));
    return { cells: [{ value: text, style: { wrap: true, vAlign: 'top', font: exports.BODY_FONT, size: 12, ...style } }], height: 20 * lines };
}
/**
 * A table's header row: bold, bordered, centred, filled.
 * @example headerRow(['序号', '指标']).cells.length === 2
 */
function headerRow(headers) {
    return { cells: headers.map((h) => ({ value: h, style: { bold: true, border: true, hAlign: 'center', vAlign: 'middle', fill: exports.HEADER_FILL, wrap: true } })), height: 22 };
}
