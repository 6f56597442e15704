"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DirectReadUnsupported = exports.DirectReadDamaged = void 0;
exports.wantedPart = wantedPart;
exports.gridsFromParts = gridsFromParts;
exports.readGridsDirect = readGridsDirect;
/**
 * The project's fast `.xlsx` reader: a package's cells straight from its XML into the domain's
 * grids, without building a general spreadsheet model.
 *
 * Why: a general reader builds an object for every cell, style, row and column and then we copy
 * the values out of it. For 200 department workbooks that was most of the command's time, and for
 * one 100,000-row sheet most of its memory. This reader keeps only what the grids need: values,
 * number formats, merges, tables, hidden sheets, rows and columns, and sheet names.
 *
 * The rule is what Excel shows for each cell (see worksheetXml.ts). Parts are found as Excel finds
 * them, through the package's relationships (so `xl/SharedStrings.xml` is found too), in
 * Transitional and Strict OOXML alike. What it does not know — prefixed element names, a DOCTYPE, an
 * unknown cell type, overlapping merges, a workbook part elsewhere than `xl/workbook.xml`, UTF-16
 * parts — throws {@link DirectReadUnsupported}, and the caller reads the file with SheetJS. A
 * package that is damaged (a zip that does not inflate or fails its CRC-32, a part that is not
 * well-formed XML) throws {@link DirectReadDamaged}: Excel reports those as damaged too. It runs in
 * Node and in the browser alike (fflate, TextDecoder; no Node modules).
 */
const grid_1 = require("../domain/grid");
const dateFormat_1 = require("../domain/dateFormat");
const packageParts_1 = require("./packageParts");
const worksheetXml_1 = require("./worksheetXml");
const xmlScanner_1 = require("./xmlScanner");
const zipBytes_1 = require("./zipBytes");
var xmlScanner_2 = require("./xmlScanner");
Object.defineProperty(exports, "DirectReadDamaged", { enumerable: true, get: function () { return xmlScanner_2.DirectReadDamaged; } });
Object.defineProperty(exports, "DirectReadUnsupported", { enumerable: true, get: function () { return xmlScanner_2.DirectReadUnsupported; } });
/** The XML parts of the spreadsheet (worksheets, tables, styles, strings, relationships); not media, drawings or properties. */
const WANTED = /^(xl\/[^/]+\.xml|xl\/_rels\/[^/]+\.rels|xl\/worksheets\/[^/]+\.xml|xl\/worksheets\/_rels\/[^/]+\.rels|xl\/tables\/[^/]+\.xml)$/i;
/**
 * True for a part the reader may use.
 * @example wantedPart('xl/worksheets/sheet1.xml') === true; wantedPart('xl/media/image1.png') === false
 */
function wantedPart(name) {
    return WANTED.test(name);
}
const dirOf = (part) => part.slice(0, part.lastIndexOf('/') + 1);
const relsOf = (part) => `${dirOf(part)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;
/**
 * The grids of a package's worksheets, in workbook order (chartsheets and dialog sheets have no
 * cells and are left out).
 * @throws DirectReadUnsupported for a package outside the dialect this reader knows
 * @throws DirectReadDamaged for a part that is not well-formed
 * @example gridsFromParts('人社局.xlsx', parts) → [{ sheet: '2026年民生实事', rows: [...] }, …]
 */
function gridsFromParts(file, parts) {
    const workbookXml = parts.text('xl/workbook.xml');
    if (workbookXml === undefined)
        throw new xmlScanner_1.DirectReadUnsupported('no xl/workbook.xml');
    const { sheets, date1904 } = (0, packageParts_1.readWorkbookXml)(workbookXml);
    const rels = (0, packageParts_1.readRels)(parts.text('xl/_rels/workbook.xml.rels'), 'workbook.xml.rels', 'xl/');
    const byType = (type, fallback) => {
        for (const r of rels.values())
            if (r.type === type)
                return parts.text(r.target);
        return parts.text(fallback);
    };
    const formats = (0, packageParts_1.readStyles)(byType('styles', 'xl/styles.xml'));
    const book = { formats, dateFormat: formats.map(dateFormat_1.isDateFormat), strings: (0, packageParts_1.readSharedStrings)(byType('sharedStrings', 'xl/sharedStrings.xml')), date1904 };
    const grids = [];
    const used = new Set();
    for (const sheet of sheets) {
        const rel = sheet.rId === undefined ? undefined : rels.get(sheet.rId);
        if (rel === undefined)
            throw new xmlScanner_1.DirectReadUnsupported(`sheet ${sheet.name} without a relationship`);
        if (rel.type !== 'worksheet')
            continue; // a chartsheet, dialog sheet or macro sheet: no cells
        const xml = parts.text(rel.target);
        if (xml === undefined)
            throw new xmlScanner_1.DirectReadUnsupported(`missing part ${rel.target}`);
        if (used.has(rel.target))
            throw new xmlScanner_1.DirectReadUnsupported(`two sheets on ${rel.target}`);
        used.add(rel.target);
        const content = (0, worksheetXml_1.readWorksheetXml)(xml, book);
        const tables = content.tableRIds.length ? tablesOf(content.tableRIds, parts, rel.target) : [];
        grids.push((0, worksheetXml_1.worksheetGrid)(file, sheet.name, sheet.state === 'hidden' || sheet.state === 'veryHidden', content, tables));
    }
    if (!grids.length)
        throw new xmlScanner_1.DirectReadUnsupported('no worksheets');
    return grids;
}
function tablesOf(rIds, parts, sheetPart) {
    const rels = (0, packageParts_1.readRels)(parts.text(relsOf(sheetPart)), relsOf(sheetPart), dirOf(sheetPart));
    const byName = new Map();
    for (const rId of rIds) {
        const target = rels.get(rId)?.target ?? '';
        const xml = parts.text(target);
        if (xml === undefined)
            throw new xmlScanner_1.DirectReadUnsupported(`table ${target}`);
        const x = new xmlScanner_1.XmlScanner(xml);
        (0, packageParts_1.rootOf)(x, 'table', target);
        const name = x.attr('displayName') ?? x.attr('name');
        if (name === undefined)
            throw new xmlScanner_1.DirectReadUnsupported('table without a name');
        const range = (0, grid_1.parseRange)(x.attr('ref') ?? '');
        byName.set(name, range ? { name, range } : null);
    }
    return [...byName.values()].filter((t) => t !== null);
}
/**
 * Reads an `.xlsx`/`.xlsm` package's worksheets into grids (see the module's comment). Parts are
 * unzipped with fflate, each checked against its CRC-32.
 * @throws DirectReadUnsupported when the package should be read by SheetJS instead
 * @throws DirectReadDamaged when the package is damaged
 * @example readGridsDirect('人社局.xlsx', bytes)[0]?.sheet === '2026年民生实事'
 */
function readGridsDirect(file, bytes) {
    let entries;
    try {
        entries = (0, zipBytes_1.checkedEntries)(bytes, wantedPart);
    }
    catch (err) {
        if (err instanceof zipBytes_1.ZipDamaged)
            throw new xmlScanner_1.DirectReadDamaged(err.message, { cause: err });
        throw err;
    }
    const decoder = new TextDecoder('utf-8');
    return gridsFromParts(file, {
        names: Object.keys(entries),
        text: (name) => {
            const b = entries[name];
            if (b === undefined)
                return undefined;
            if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))
                throw new xmlScanner_1.DirectReadUnsupported(`${name} is UTF-16`);
            return decoder.decode(b);
        },
    });
}
