"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.si = exports.XML_HEAD = exports.REL_HYPERLINK = exports.REL_TABLE = exports.REL_CHARTSHEET = exports.REL_WORKSHEET = exports.NS_REL = exports.NS_MAIN = void 0;
exports.esc = esc;
exports.zipParts = zipParts;
exports.relsXml = relsXml;
exports.worksheetXml = worksheetXml;
exports.mergeCellsXml = mergeCellsXml;
exports.sharedStringsXml = sharedStringsXml;
exports.stylesXml = stylesXml;
exports.xlsxPackage = xlsxPackage;
exports.oneSheet = oneSheet;
exports.tableXml = tableXml;
/**
 * Test data builders: `.xlsx` packages zipped from hand-written XML parts, for what ExcelJS itself
 * never writes (inline strings, phonetic runs, built-in number formats by id, absolute targets,
 * chartsheets …). Every part can be replaced or left out, so a package can be as odd as needed.
 *
 * @example
 * const bytes = xlsxPackage({ sheets: [{ name: '甲', xml: worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }] });
 */
const fflate_1 = require("fflate");
exports.NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
exports.NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
exports.REL_WORKSHEET = `${exports.NS_REL}/worksheet`;
exports.REL_CHARTSHEET = `${exports.NS_REL}/chartsheet`;
exports.REL_TABLE = `${exports.NS_REL}/table`;
exports.REL_HYPERLINK = `${exports.NS_REL}/hyperlink`;
const REL_STYLES = `${exports.NS_REL}/styles`;
const REL_SST = `${exports.NS_REL}/sharedStrings`;
exports.XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Escapes text for an XML attribute or element. */
function esc(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** Zips parts (name → text or bytes) into a package. */
function zipParts(parts) {
    const files = {};
    for (const [name, data] of Object.entries(parts))
        files[name] = typeof data === 'string' ? (0, fflate_1.strToU8)(data) : data;
    return (0, fflate_1.zipSync)(files, { level: 6 });
}
/** A relationships part. */
function relsXml(rels) {
    return `${exports.XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">`
        + rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`).join('')
        + '</Relationships>';
}
/**
 * A worksheet part: `sheetData` holds the rows (the inside of `<sheetData>`), `after` what follows
 * it (mergeCells, hyperlinks, tableParts, extLst …), `before` what precedes it.
 */
function worksheetXml(sheetData, after = '', before = '') {
    return `${exports.XML_HEAD}<worksheet xmlns="${exports.NS_MAIN}" xmlns:r="${exports.NS_REL}">${before}<sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}
/** `<mergeCells>` for the ranges given, in that order. */
function mergeCellsXml(refs) {
    return `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`;
}
/** A shared strings part from the `<si>` elements given (written as they are). */
function sharedStringsXml(items) {
    return `${exports.XML_HEAD}<sst xmlns="${exports.NS_MAIN}" count="${items.length}" uniqueCount="${items.length}">${items.join('')}</sst>`;
}
/** A plain `<si>` for a string. */
const si = (text) => `<si><t xml:space="preserve">${esc(text)}</t></si>`;
exports.si = si;
/**
 * A styles part: custom number formats, one cellXfs entry per numFmtId given (index 0 is General
 * unless the list says otherwise; a string is written as the `<xf>` itself), and one differential
 * format (dxfId 0, for conditional formats) unless `dxfs` is false.
 */
function stylesXml(spec = {}) {
    const numFmts = spec.numFmts ?? [];
    const xfs = spec.cellXfs ?? [0];
    const xf = (x) => (typeof x === 'number' ? `<xf numFmtId="${x}" fontId="0" fillId="0" borderId="0" xfId="0"${x ? ' applyNumberFormat="1"' : ''}/>` : x);
    return `${exports.XML_HEAD}<styleSheet xmlns="${exports.NS_MAIN}">`
        + (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.map((f) => `<numFmt numFmtId="${f.id}" formatCode="${esc(f.code)}"/>`).join('')}</numFmts>` : '')
        + '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
        + '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>'
        + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        + `<cellXfs count="${xfs.length}">${xfs.map(xf).join('')}</cellXfs>`
        + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        + (spec.dxfs === false ? '' : '<dxfs count="1"><dxf><font><color rgb="FFFF0000"/></font></dxf></dxfs>')
        + '</styleSheet>';
}
/** The package of the sheets given, with content types, relationships, workbook and styles. */
function xlsxPackage(spec) {
    const parts = {};
    const sheetPart = (s, i) => s.part ?? `xl/worksheets/sheet${i + 1}.xml`;
    const wbRels = spec.sheets.map((s, i) => ({ id: `rId${i + 1}`, type: exports.REL_WORKSHEET, target: s.target ?? `worksheets/sheet${i + 1}.xml` }));
    const styles = spec.styles === undefined ? stylesXml() : spec.styles;
    if (styles !== null)
        wbRels.push({ id: 'rIdStyles', type: REL_STYLES, target: 'styles.xml' });
    if (spec.sharedStrings)
        wbRels.push({ id: 'rIdSst', type: REL_SST, target: 'sharedStrings.xml' });
    for (const x of spec.extraSheets ?? [])
        wbRels.push(x.rel);
    const overrides = [
        `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>`,
        ...spec.sheets.map((s, i) => `<Override PartName="/${sheetPart(s, i)}" ContentType="${CT}.worksheet+xml"/>`),
        ...(styles !== null ? [`<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`] : []),
        ...(spec.sharedStrings ? [`<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>`] : []),
        ...Object.keys(spec.parts ?? {}).filter((p) => /^xl\/tables\//.test(p)).map((p) => `<Override PartName="/${p}" ContentType="${CT}.table+xml"/>`),
    ];
    parts['[Content_Types].xml'] = `${exports.XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
        + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        + `${overrides.join('')}</Types>`;
    parts['_rels/.rels'] = relsXml([{ id: 'rId1', type: `${exports.NS_REL}/officeDocument`, target: 'xl/workbook.xml' }]);
    const sheetElements = spec.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${s.sheetId ?? i + 1}"${s.state !== undefined ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`);
    for (const x of spec.extraSheets ?? [])
        sheetElements.push(x.element);
    parts['xl/workbook.xml'] = `${exports.XML_HEAD}<workbook xmlns="${exports.NS_MAIN}" xmlns:r="${exports.NS_REL}">${spec.workbookBefore ?? ''}${spec.workbookPr ?? '<workbookPr/>'}`
        + `<bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetElements.join('')}</sheets>${spec.workbookAfter ?? ''}<calcPr calcId="191029"/></workbook>`;
    parts['xl/_rels/workbook.xml.rels'] = relsXml(wbRels);
    spec.sheets.forEach((s, i) => {
        const part = sheetPart(s, i);
        parts[part] = s.xml;
        if (s.rels !== undefined)
            parts[part.replace(/([^/]+)$/, '_rels/$1.rels')] = s.rels;
    });
    if (styles !== null)
        parts['xl/styles.xml'] = styles;
    if (spec.sharedStrings)
        parts['xl/sharedStrings.xml'] = sharedStringsXml(spec.sharedStrings);
    Object.assign(parts, spec.parts ?? {});
    return zipParts(parts);
}
/** A package of one sheet named Sheet1 (the worksheet from its sheetData, and what follows it). */
function oneSheet(sheetData, more = {}) {
    const { after, rels, ...rest } = more;
    return xlsxPackage({ ...rest, sheets: [{ name: 'Sheet1', xml: worksheetXml(sheetData, after ?? ''), rels }] });
}
/** A table part. */
function tableXml(id, name, ref, columns) {
    return `${exports.XML_HEAD}<table xmlns="${exports.NS_MAIN}" id="${id}" name="${esc(name)}" displayName="${esc(name)}" ref="${ref}" totalsRowShown="0">`
        + `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${columns.map((c, i) => `<tableColumn id="${i + 1}" name="${esc(c)}"/>`).join('')}</tableColumns>`
        + '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';
}
