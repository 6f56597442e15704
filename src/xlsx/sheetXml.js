"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SharedStrings = exports.StyleSheet = exports.XML_HEAD = exports.NS_REL = exports.NS_MAIN = void 0;
exports.escapeXml = escapeXml;
exports.worksheetXml = worksheetXml;
exports.tableRef = tableRef;
exports.tableXml = tableXml;
/**
 * SpreadsheetML for Zhuanbao's own sheets, straight from the domain's SheetModel: the worksheet
 * part (streamed a block of rows at a time), its table part, and the shared parts a workbook of such
 * sheets needs (styles, shared strings). Used by the direct writer (directWriter.ts), which writes
 * new bulletin workbooks; ExcelJS still writes into a workbook that holds the clerk's own sheets.
 *
 * What is written follows what ExcelJS writes for the same model (xlsxSink.ts): the same values
 * (text cut at Excel's limit, control characters dropped), styles (a merged area takes its first
 * cell's style), widths, heights, merges, frozen panes, page setup, footer, print titles and Excel
 * table, so both writers give the clerk the same workbook. The contract test checks this by reading
 * both back with ExcelJS.
 */
const grid_1 = require("../domain/grid");
const xlsxSink_1 = require("./xlsxSink");
exports.NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
exports.NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
exports.XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Characters XML 1.0 does not allow (as ExcelJS, they are dropped). */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/**
 * Text escaped for XML content and attributes, without the characters XML cannot hold.
 * @example escapeXml('A&B <1>') === 'A&amp;B &lt;1&gt;'
 */
function escapeXml(text) {
    return text.replace(INVALID_XML, '').replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}
const argb = (hex) => `FF${hex.replace('#', '').toUpperCase()}`;
const DEFAULT_FONT = 'Calibri';
const DEFAULT_SIZE = 11;
const BORDER_COLOUR = 'FF808080';
/**
 * The workbook's style sheet: one cell format (xf) per distinct domain style, numbered as they are
 * first met; format 0 is the plain default.
 */
class StyleSheet {
    fonts = new Map();
    fills = new Map();
    numFmts = new Map();
    xfs = new Map();
    xfXml = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
    byObject = new WeakMap();
    /** Styles met as separate but equal objects (a new `{ numFmt }` per cell) are found by content. */
    byContent = new Map();
    constructor() {
        this.fonts.set(this.fontXml({}), 0);
    }
    /** The index of a domain style's cell format. */
    indexOf(style) {
        // Neighbouring cells mostly share one style object: the last one is checked first.
        if (style === this.lastStyle)
            return this.lastId;
        const id = this.lookUp(style);
        this.lastStyle = style;
        this.lastId = id;
        return id;
    }
    lastStyle = null;
    lastId = 0;
    lookUp(style) {
        const known = this.byObject.get(style);
        if (known !== undefined)
            return known;
        const content = `${style.bold ? 'b' : ''}|${style.size ?? ''}|${style.font ?? ''}|${style.color ?? ''}|${style.fill ?? ''}|${style.hAlign ?? ''}|${style.vAlign ?? ''}|${style.wrap ? 'w' : ''}|${style.numFmt ?? ''}|${style.border ? 'x' : ''}`;
        // Not remembered by object: growing the WeakMap by one entry per cell cost more than the key.
        const same = this.byContent.get(content);
        if (same !== undefined)
            return same;
        const font = this.fontId(style);
        const fill = style.fill ? this.fillId(style.fill) : 0;
        const border = style.border ? 1 : 0;
        const numFmt = style.numFmt && style.numFmt !== 'General' ? this.numFmtId(style.numFmt) : 0;
        const align = this.alignmentXml(style);
        const key = `${font}|${fill}|${border}|${numFmt}|${align}`;
        let id = this.xfs.get(key);
        if (id === undefined) {
            id = this.xfXml.length;
            this.xfs.set(key, id);
            const apply = `${font ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''}${border ? ' applyBorder="1"' : ''}${numFmt ? ' applyNumberFormat="1"' : ''}${align ? ' applyAlignment="1"' : ''}`;
            this.xfXml.push(`<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${apply}${align ? `>${align}</xf>` : '/>'}`);
        }
        this.byObject.set(style, id);
        this.byContent.set(content, id);
        return id;
    }
    fontXml(style) {
        const name = style.font ?? DEFAULT_FONT;
        return `<font>${style.bold ? '<b/>' : ''}<sz val="${style.size ?? DEFAULT_SIZE}"/>${style.color ? `<color rgb="${argb(style.color)}"/>` : '<color theme="1"/>'}<name val="${escapeXml(name)}"/>${name === DEFAULT_FONT ? '<family val="2"/><scheme val="minor"/>' : ''}</font>`;
    }
    fontId(style) {
        if (!style.bold && !style.size && !style.font && !style.color)
            return 0;
        const xml = this.fontXml(style);
        let id = this.fonts.get(xml);
        if (id === undefined) {
            id = this.fonts.size;
            this.fonts.set(xml, id);
        }
        return id;
    }
    fillId(colour) {
        let id = this.fills.get(colour);
        if (id === undefined) {
            id = this.fills.size + 2;
            this.fills.set(colour, id);
        }
        return id;
    }
    numFmtId(code) {
        let id = this.numFmts.get(code);
        if (id === undefined) {
            id = 164 + this.numFmts.size;
            this.numFmts.set(code, id);
        }
        return id;
    }
    alignmentXml(style) {
        if (!style.hAlign && !style.vAlign && !style.wrap)
            return '';
        const v = style.vAlign === 'middle' ? 'center' : style.vAlign;
        return `<alignment${style.hAlign ? ` horizontal="${style.hAlign}"` : ''}${v ? ` vertical="${v}"` : ''}${style.wrap ? ' wrapText="1"' : ''}/>`;
    }
    /** The styles part (xl/styles.xml). */
    xml() {
        const side = (s) => `<${s} style="thin"><color rgb="${BORDER_COLOUR}"/></${s}>`;
        const fills = [...this.fills.keys()].map((c) => `<fill><patternFill patternType="solid"><fgColor rgb="${argb(c)}"/><bgColor indexed="64"/></patternFill></fill>`);
        const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
        return `${exports.XML_HEAD}<styleSheet xmlns="${exports.NS_MAIN}">`
            + (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '')
            + `<fonts count="${this.fonts.size}">${[...this.fonts.keys()].join('')}</fonts>`
            + `<fills count="${fills.length + 2}"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${fills.join('')}</fills>`
            + `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border></borders>`
            + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            + `<cellXfs count="${this.xfXml.length}">${this.xfXml.join('')}</cellXfs>`
            + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            + '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>';
    }
}
exports.StyleSheet = StyleSheet;
/** The workbook's shared strings: each distinct text once, numbered as first met. */
class SharedStrings {
    index = new Map();
    /** Cells referring to a shared string (the part's `count`). */
    uses = 0;
    indexOf(text) {
        this.uses++;
        let id = this.index.get(text);
        if (id === undefined) {
            id = this.index.size;
            this.index.set(text, id);
        }
        return id;
    }
    /** The shared strings part (xl/sharedStrings.xml), in blocks. */
    *xml() {
        yield `${exports.XML_HEAD}<sst xmlns="${exports.NS_MAIN}" count="${this.uses}" uniqueCount="${this.index.size}">`;
        let block = '';
        for (const text of this.index.keys()) {
            const t = escapeXml(text);
            block += /^\s|\s$|\n/.test(text) ? `<si><t xml:space="preserve">${t}</t></si>` : `<si><t>${t}</t></si>`;
            if (block.length > 1 << 16) {
                yield block;
                block = '';
            }
        }
        yield `${block}</sst>`;
    }
}
exports.SharedStrings = SharedStrings;
/**
 * The merged areas over each row, swept top to bottom: for row r, which columns are covered (not
 * the area's first cell) and with which cell format. Overlapping areas are refused as ExcelJS
 * refuses them (checked per covered cell, in linear time).
 */
class MergeSweep {
    model;
    styles;
    sorted;
    next = 0;
    active = [];
    /** Columns of the current row covered by a merge, with its style; -1 where not covered. */
    styleAt;
    touched = [];
    /** The rightmost column covered in the current row (0 when none). */
    right = 0;
    constructor(model, styles, width) {
        this.model = model;
        this.styles = styles;
        this.sorted = [...model.merges].sort((x, y) => x.top - y.top);
        this.styleAt = new Int32Array(width + 1).fill(-1);
    }
    /** Moves to row r (rows are visited in order). */
    row(r) {
        for (const c of this.touched)
            this.styleAt[c] = -1;
        this.touched.length = 0;
        this.right = 0;
        let m = this.sorted[this.next];
        while (m && m.top <= r) {
            const st = this.model.rows[m.top - 1]?.cells[m.left - 1]?.style;
            this.active.push({ m, style: st ? this.styles.indexOf(st) : 0 });
            m = this.sorted[++this.next];
        }
        if (!this.active.length)
            return;
        if (this.active.some((a) => a.m.bottom < r))
            this.active = this.active.filter((a) => a.m.bottom >= r);
        for (const { m: area, style } of this.active) {
            for (let c = area.left; c <= area.right; c++) {
                if (this.styleAt[c] !== -1)
                    throw new Error((0, xlsxSink_1.mergeOverlapMessage)(this.model.name, r, c));
                this.touched.push(c);
                // The area's first cell is written as a cell of its own; -2 marks it as taken.
                this.styleAt[c] = r === area.top && c === area.left ? -2 : style;
            }
            this.right = Math.max(this.right, area.right);
        }
        for (const c of this.touched)
            if (this.styleAt[c] === -2)
                this.styleAt[c] = -1;
    }
}
const num = (n) => String(Math.round(n * 1e6) / 1e6);
/**
 * The worksheet part of a sheet model, in blocks of rows.
 * @param selected the workbook's active sheet (tab selected)
 * A table's part is related as rId1; its header cells hold the table's column names.
 */
function* worksheetXml(model, styles, strings, selected) {
    let width = Math.max(model.columns.length, 1);
    for (const r of model.rows)
        width = Math.max(width, r.cells.length);
    const fitToPage = model.print?.fitToWidth ?? false;
    const sheetPr = model.tabColor || fitToPage
        ? `<sheetPr>${model.tabColor ? `<tabColor rgb="${argb(model.tabColor)}"/>` : ''}${fitToPage ? '<pageSetUpPr fitToPage="1"/>' : ''}</sheetPr>`
        : '';
    const lastRow = Math.max(model.rows.length, model.table?.range.bottom ?? 0, 1);
    let pane = '';
    const f = model.freeze;
    if (f && (f.rows > 0 || f.cols > 0)) {
        const active = f.rows > 0 && f.cols > 0 ? 'bottomRight' : f.rows > 0 ? 'bottomLeft' : 'topRight';
        pane = `<pane${f.cols ? ` xSplit="${f.cols}"` : ''}${f.rows ? ` ySplit="${f.rows}"` : ''} topLeftCell="${(0, grid_1.cellAddress)(f.rows + 1, f.cols + 1)}" activePane="${active}" state="frozen"/><selection pane="${active}"/>`;
    }
    yield `${exports.XML_HEAD}<worksheet xmlns="${exports.NS_MAIN}" xmlns:r="${exports.NS_REL}">${sheetPr}`
        + `<dimension ref="A1:${(0, grid_1.cellAddress)(lastRow, width)}"/>`
        + `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}>${pane}</sheetView></sheetViews>`
        + '<sheetFormatPr defaultRowHeight="15"/>'
        + (model.columns.length ? `<cols>${model.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${num(c.width)}" customWidth="1"/>`).join('')}</cols>` : '')
        + '<sheetData>';
    let mergeRight = 0;
    for (const m of model.merges)
        mergeRight = Math.max(mergeRight, m.right);
    const tableRight = model.table ? model.table.range.left + model.table.columns.length - 1 : 0;
    const letters = Array.from({ length: Math.max(width, tableRight, mergeRight) + 1 }, (_, i) => (i ? (0, grid_1.columnLetters)(i) : ''));
    const merged = new MergeSweep(model, styles, letters.length);
    let block = '';
    for (let ri = 0; ri < lastRow; ri++) {
        const r = ri + 1;
        const row = model.rows[ri];
        const header = model.table && r === model.table.range.top ? { left: model.table.range.left, names: model.table.columns } : null;
        merged.row(r);
        let cells = '';
        const n = Math.max(row?.cells.length ?? 0, merged.right, header ? header.left + header.names.length - 1 : 0);
        for (let ci = 0; ci < n; ci++) {
            const c = ci + 1;
            const covered = merged.right >= c ? merged.styleAt[c] ?? -1 : -1;
            if (covered >= 0) {
                cells += covered ? `<c r="${letters[c]}${r}" s="${covered}"/>` : '';
                continue;
            }
            const cell = row?.cells[ci];
            if (header && c >= header.left && c < header.left + header.names.length) {
                const s = cell?.style ? styles.indexOf(cell.style) : 0;
                cells += `<c r="${letters[c]}${r}"${s ? ` s="${s}"` : ''} t="s"><v>${strings.indexOf(header.names[c - header.left] ?? '')}</v></c>`;
                continue;
            }
            if (!cell)
                continue;
            const s = cell.style ? styles.indexOf(cell.style) : 0;
            const sAttr = s ? ` s="${s}"` : '';
            const v = cell.value;
            if (typeof v === 'number' && Number.isFinite(v))
                cells += `<c r="${letters[c]}${r}"${sAttr}><v>${v}</v></c>`;
            else if (typeof v === 'string' && v !== '')
                cells += `<c r="${letters[c]}${r}"${sAttr} t="s"><v>${strings.indexOf((0, xlsxSink_1.excelCellValue)(v))}</v></c>`;
            else if (s)
                cells += `<c r="${letters[c]}${r}"${sAttr}/>`;
        }
        const h = row?.height;
        if (cells || h)
            block += `<row r="${r}"${h ? ` ht="${num(h)}" customHeight="1"` : ''}${cells ? `>${cells}</row>` : '/>'}`;
        if (block.length > 1 << 16) {
            yield block;
            block = '';
        }
    }
    yield `${block}</sheetData>`;
    if (model.merges.length) {
        block = `<mergeCells count="${model.merges.length}">`;
        for (const m of model.merges) {
            block += `<mergeCell ref="${(0, grid_1.cellAddress)(m.top, m.left)}:${(0, grid_1.cellAddress)(m.bottom, m.right)}"/>`;
            if (block.length > 1 << 16) {
                yield block;
                block = '';
            }
        }
        yield `${block}</mergeCells>`;
    }
    const p = model.print;
    yield '<printOptions horizontalCentered="1"/>'
        + '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>'
        + `<pageSetup paperSize="9" orientation="${p?.orientation ?? 'portrait'}"${fitToPage ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`
        + '<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>'
        + (model.table ? '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' : '')
        + '</worksheet>';
}
/** The table's range as written: a header row and at least one data row. */
function tableRef(model) {
    const t = model.table;
    if (!t)
        return null;
    const right = t.range.left + Math.max(1, t.columns.length) - 1;
    return `${(0, grid_1.cellAddress)(t.range.top, t.range.left)}:${(0, grid_1.cellAddress)(Math.max(t.range.bottom, t.range.top + 1), right)}`;
}
/**
 * The table part of a sheet model with a table (header cells must hold the column names, which the
 * sheet models write in the table's first row).
 */
function tableXml(model, id) {
    const t = model.table;
    const ref = tableRef(model);
    if (!t || !ref)
        return '';
    const cols = t.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeXml(c)}"/>`).join('');
    return `${exports.XML_HEAD}<table xmlns="${exports.NS_MAIN}" id="${id}" name="${escapeXml(t.name)}" displayName="${escapeXml(t.name)}" ref="${ref}" totalsRowShown="0">`
        + `<autoFilter ref="${ref}"/><tableColumns count="${t.columns.length}">${cols}</tableColumns>`
        + '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';
}
