"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fontTableXml = fontTableXml;
exports.buildBulletinDocument = buildBulletinDocument;
exports.bulletinDocx = bulletinDocx;
/**
 * Word export: the bulletin (a BulletinModel, optionally with the change since last issue) as a
 * .docx laid out to GB/T 9704, built with the `docx` package. Works in Node and in the browser:
 * returns the bytes and never touches the file system (the CLI or the pane saves them).
 */
const docx_1 = require("docx");
const historyDiff_1 = require("../domain/historyDiff");
const settings_1 = require("../domain/settings");
const docLayout_1 = require("./docLayout");
const ALIGN = {
    left: docx_1.AlignmentType.LEFT,
    center: docx_1.AlignmentType.CENTER,
    right: docx_1.AlignmentType.RIGHT,
    both: docx_1.AlignmentType.BOTH,
};
function runFont(style) {
    const s = docLayout_1.DOC_STYLES[style];
    const latin = s.latin ?? docLayout_1.LATIN_FONT;
    return { ascii: latin, hAnsi: latin, eastAsia: s.font, cs: latin, hint: 'eastAsia' };
}
function run(style, text, color) {
    const s = docLayout_1.DOC_STYLES[style];
    const c = color ?? s.color;
    return new docx_1.TextRun({ text, font: runFont(style), size: Math.round(s.size * 2), ...(s.bold ? { bold: true } : {}), ...(c ? { color: c } : {}) });
}
function paragraphProps(style) {
    const s = docLayout_1.DOC_STYLES[style];
    return {
        alignment: ALIGN[s.align],
        spacing: s.lineExact === null ? { before: 0, after: 0 } : { before: 0, after: 0, line: Math.round(s.lineExact * 20), lineRule: docx_1.LineRuleType.EXACT },
        ...(s.indentChars ? { indent: { firstLineChars: s.indentChars * 100, firstLine: Math.round(s.indentChars * s.size * 20) } } : {}),
        ...(s.keepNext ? { keepNext: true, keepLines: true } : {}),
    };
}
function textParagraph(b) {
    if (b.right === undefined)
        return new docx_1.Paragraph({ ...paragraphProps(b.style), children: [run(b.style, b.text)] });
    // Office on the left, date flush right: one line with a right tab stop at the text block's edge.
    return new docx_1.Paragraph({
        ...paragraphProps(b.style),
        tabStops: [{ type: docx_1.TabStopType.RIGHT, position: docLayout_1.TEXT_WIDTH }],
        children: [run(b.style, b.text), new docx_1.TextRun({ children: [new docx_1.Tab(), b.right], font: runFont(b.style), size: docLayout_1.DOC_STYLES[b.style].size * 2 })],
    });
}
function cellParagraph(style, text, align, color) {
    return new docx_1.Paragraph({ ...paragraphProps(style), alignment: ALIGN[align], children: [run(style, text, color)] });
}
const thin = { style: docx_1.BorderStyle.SINGLE, size: 4, color: '000000' };
function table(b) {
    const header = new docx_1.TableRow({
        tableHeader: true,
        cantSplit: true,
        height: { value: 400, rule: docx_1.HeightRule.ATLEAST },
        children: b.columns.map((c) => new docx_1.TableCell({
            width: { size: c.width, type: docx_1.WidthType.DXA },
            verticalAlign: docx_1.VerticalAlignTable.CENTER,
            shading: { type: docx_1.ShadingType.CLEAR, fill: 'D9E1F2', color: 'auto' },
            children: [cellParagraph('tableHeader', c.header, 'center')],
        })),
    });
    const rows = b.rows.map((r) => {
        const shade = r.lag ? b.shading[r.lag] : null;
        return new docx_1.TableRow({
            cantSplit: true,
            children: b.columns.map((c, k) => new docx_1.TableCell({
                width: { size: c.width, type: docx_1.WidthType.DXA },
                verticalAlign: docx_1.VerticalAlignTable.CENTER,
                ...(shade ? { shading: { type: docx_1.ShadingType.CLEAR, fill: shade.fill, color: 'auto' } } : {}),
                children: [cellParagraph('tableCell', r.cells[k] ?? '', c.align, shade?.color)],
            })),
        });
    });
    return new docx_1.Table({
        width: { size: docLayout_1.TEXT_WIDTH, type: docx_1.WidthType.DXA },
        columnWidths: b.columns.map((c) => c.width),
        layout: docx_1.TableLayoutType.FIXED,
        margins: { left: 40, right: 40, top: 20, bottom: 20 },
        borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
        rows: [header, ...rows],
    });
}
function footer(layout, side) {
    // GB/T 9704: page number one character in from the edge, right on odd pages, left on even ones.
    const oneChar = Math.round(docLayout_1.DOC_STYLES.pageNumber.size * 20);
    return new docx_1.Footer({
        children: [
            new docx_1.Paragraph({
                alignment: side === 'odd' ? docx_1.AlignmentType.RIGHT : docx_1.AlignmentType.LEFT,
                indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
                children: [
                    new docx_1.TextRun({
                        children: [layout.pageNumber.before, docx_1.PageNumber.CURRENT, layout.pageNumber.after],
                        font: runFont('pageNumber'),
                        size: docLayout_1.DOC_STYLES.pageNumber.size * 2,
                    }),
                ],
            }),
        ],
    });
}
function xmlEscape(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/**
 * The font table, declaring each office font with its fallback (w:altName): Word and LibreOffice
 * substitute 宋体 for a missing 方正小标宋简体, 仿宋 for 仿宋_GB2312, 楷体 for 楷体_GB2312.
 */
function fontTableXml() {
    const cjk = Object.entries(docLayout_1.FONT_FALLBACKS).map(([name, alt]) => `<w:font w:name="${xmlEscape(name)}"><w:altName w:val="${xmlEscape(alt)}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`);
    const latin = `<w:font w:name="${docLayout_1.LATIN_FONT}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${[...cjk, latin].join('')}</w:fonts>`;
}
/**
 * Builds the docx `Document` for a bulletin (exposed for tests and callers that pack it themselves).
 * @example buildBulletinDocument(model).sections.length === 1
 */
function buildBulletinDocument(model, opts = {}) {
    const settings = opts.settings ?? settings_1.SettingsSchema.parse({});
    const m = !('history' in model) && opts.history ? (0, historyDiff_1.withHistory)(model, opts.history) : model;
    const layout = (0, docLayout_1.layoutBulletinDoc)(m, settings.colours, settings.redGap);
    const children = [];
    for (const b of layout.blocks) {
        if (b.kind === 'text')
            children.push(textParagraph(b));
        else if (b.kind === 'rule') {
            children.push(new docx_1.Paragraph({ spacing: { before: 0, after: 240, line: 120, lineRule: docx_1.LineRuleType.EXACT }, border: { bottom: { style: docx_1.BorderStyle.SINGLE, size: 12, color: b.color, space: 1 } }, children: [] }));
        }
        else {
            children.push(table(b));
        }
    }
    const body = docLayout_1.DOC_STYLES.body;
    return new docx_1.Document({
        creator: 'Zhuanbao 工作专报',
        title: model.title,
        description: `${model.issueLabel} ${model.dateText}`,
        evenAndOddHeaderAndFooters: true,
        styles: {
            default: {
                document: {
                    run: { font: runFont('body'), size: body.size * 2 },
                    paragraph: { spacing: { line: Math.round((body.lineExact ?? 28) * 20), lineRule: docx_1.LineRuleType.EXACT } },
                },
            },
        },
        sections: [
            {
                properties: {
                    page: {
                        size: { width: docLayout_1.PAGE.width, height: docLayout_1.PAGE.height },
                        margin: { ...docLayout_1.PAGE.margin, gutter: 0 },
                    },
                },
                footers: { default: footer(layout, 'odd'), even: footer(layout, 'even') },
                children,
            },
        ],
    });
}
/**
 * The bulletin as .docx bytes.
 * @example fs.writeFileSync('专报.docx', await bulletinDocx(outcome.bulletin, { history: diff }))
 */
async function bulletinDocx(model, opts = {}) {
    const doc = buildBulletinDocument(model, opts);
    const bytes = await docx_1.Packer.toArrayBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
    return new Uint8Array(bytes);
}
