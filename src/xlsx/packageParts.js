"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rootOf = rootOf;
exports.readRels = readRels;
exports.resolvePart = resolvePart;
exports.readWorkbookXml = readWorkbookXml;
exports.readStyles = readStyles;
exports.unescapeOoxml = unescapeOoxml;
exports.readSharedStrings = readSharedStrings;
exports.elementText = elementText;
exports.runText = runText;
/**
 * The workbook-level parts of an `.xlsx` package, read for the direct reader: the workbook (sheet
 * names, visibility, date system), relationships, styles (each cell format's number format) and
 * shared strings. Transitional and Strict OOXML use the same element names; only their namespaces
 * and relationship type URIs differ, so both are read here (relationship types by their last word).
 */
const builtinFormats_1 = require("./builtinFormats");
const xmlScanner_1 = require("./xmlScanner");
/**
 * Reads the root element, which must be `expected` (unprefixed). Text before it is not
 * well-formed XML: Excel reports such a part as damaged.
 */
function rootOf(x, expected, part) {
    const t = x.next();
    if (!x.textIsBlank())
        throw new xmlScanner_1.DirectReadDamaged(`${part}: text before the root element`);
    if (t !== xmlScanner_1.Tok.Open && t !== xmlScanner_1.Tok.Empty)
        throw new xmlScanner_1.DirectReadDamaged(`${part}: no root element`);
    if (x.name !== expected)
        throw new xmlScanner_1.DirectReadUnsupported(`${part}: root <${x.name}>`);
}
/**
 * A relationships part: each relationship by id, its target resolved against `baseDir` (the folder
 * of the part the relationships belong to, e.g. `xl/`); external targets are left out.
 */
function readRels(xml, part, baseDir) {
    const rels = new Map();
    if (xml === undefined)
        return rels;
    const x = new xmlScanner_1.XmlScanner(xml);
    rootOf(x, 'Relationships', part);
    for (let t = x.next(); t !== xmlScanner_1.Tok.End; t = x.next()) {
        if ((t === xmlScanner_1.Tok.Open || t === xmlScanner_1.Tok.Empty) && x.name === 'Relationship') {
            const id = x.attr('Id');
            const target = x.attr('Target');
            if (id === undefined || target === undefined || x.attr('TargetMode') === 'External')
                continue;
            rels.set(id, { target: resolvePart(baseDir, target), type: (x.attr('Type') ?? '').replace(/^.*\//, '') });
        }
    }
    return rels;
}
/**
 * A relationship target as a part name: absolute (`/xl/…`) or relative to `baseDir`, `..` resolved.
 * @example resolvePart('xl/worksheets/', '../tables/table1.xml') === 'xl/tables/table1.xml'
 */
function resolvePart(baseDir, target) {
    const path = target.startsWith('/') ? target.slice(1) : baseDir + target;
    const out = [];
    for (const seg of path.replace(/\\/g, '/').split('/')) {
        if (seg === '..')
            out.pop();
        else if (seg !== '.' && seg !== '')
            out.push(seg);
    }
    return out.join('/');
}
/** The workbook part: its sheets in order and whether it uses the 1904 date system. */
function readWorkbookXml(xml) {
    const x = new xmlScanner_1.XmlScanner(xml);
    rootOf(x, 'workbook', 'workbook.xml');
    const sheets = [];
    let date1904 = false;
    for (let t = x.next(); t !== xmlScanner_1.Tok.End; t = x.next()) {
        if (t !== xmlScanner_1.Tok.Open && t !== xmlScanner_1.Tok.Empty)
            continue;
        if (x.name === 'workbookPr' && x.depth <= 2) {
            const d = x.attr('date1904');
            date1904 = d === '1' || d === 'true';
        }
        else if (x.name === 'sheet' && x.parent(t === xmlScanner_1.Tok.Open ? 1 : 0) === 'sheets') {
            const name = x.attr('name');
            if (name === undefined)
                throw new xmlScanner_1.DirectReadUnsupported('sheet without a name');
            sheets.push({ name, state: x.attr('state'), rId: x.attr('r:id') });
        }
    }
    return { sheets, date1904 };
}
/** The number format code of each cell format (index = the cells' `s`), undefined for General or none. */
function readStyles(xml) {
    if (xml === undefined)
        return [];
    const x = new xmlScanner_1.XmlScanner(xml);
    rootOf(x, 'styleSheet', 'styles.xml');
    const custom = new Map();
    const xfs = [];
    for (let t = x.next(); t !== xmlScanner_1.Tok.End; t = x.next()) {
        if (t !== xmlScanner_1.Tok.Open && t !== xmlScanner_1.Tok.Empty)
            continue;
        const parent = x.parent(t === xmlScanner_1.Tok.Open ? 1 : 0);
        if (x.name === 'numFmt' && parent === 'numFmts') {
            const code = x.attr('formatCode');
            if (code === undefined)
                throw new xmlScanner_1.DirectReadUnsupported('numFmt without formatCode');
            custom.set(parseInt(x.attr('numFmtId') ?? '', 10), code);
        }
        else if (x.name === 'xf' && parent === 'cellXfs') {
            xfs.push(parseInt(x.attr('numFmtId') ?? '0', 10));
        }
    }
    return xfs.map((id) => {
        const code = id ? custom.get(id) ?? (0, builtinFormats_1.builtinFormat)(id) : undefined;
        return code === 'General' ? undefined : code;
    });
}
/** Shared-string escapes `_xHHHH_` (the characters XML cannot hold, such as `_x000D_`). */
function unescapeOoxml(text) {
    return text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex) => String.fromCharCode(parseInt(hex, 16)));
}
/** The shared strings, each as its plain text (rich-text runs joined, phonetic runs left out). */
function readSharedStrings(xml) {
    const out = [];
    if (xml === undefined)
        return out;
    const x = new xmlScanner_1.XmlScanner(xml);
    rootOf(x, 'sst', 'sharedStrings.xml');
    for (let t = x.next(); t !== xmlScanner_1.Tok.End; t = x.next()) {
        if (t === xmlScanner_1.Tok.Empty && x.name === 'si') {
            out.push('');
            continue;
        }
        if (t === xmlScanner_1.Tok.Close && x.name === 'sst')
            continue;
        const tag = x.name; // (a local, so that the check does not narrow x.name inside the loop)
        if (t === xmlScanner_1.Tok.Open && tag === 'extLst') {
            x.skip();
            continue;
        }
        if (t !== xmlScanner_1.Tok.Open || tag !== 'si')
            throw new xmlScanner_1.DirectReadUnsupported(`<${tag}> in sst`);
        let text = '';
        for (let u = x.next(); !(u === xmlScanner_1.Tok.Close && x.name === 'si'); u = x.next()) {
            if (u === xmlScanner_1.Tok.End)
                throw new xmlScanner_1.DirectReadDamaged('sst ended inside <si>');
            if (u === xmlScanner_1.Tok.Close)
                continue;
            if (x.name === 't' && u === xmlScanner_1.Tok.Open)
                text += elementText(x);
            else if (x.name === 'r' && u === xmlScanner_1.Tok.Open)
                text += runText(x);
            else if (u === xmlScanner_1.Tok.Open)
                x.skip(); // rPh (phonetic runs), phoneticPr with children
        }
        out.push(unescapeOoxml(text));
    }
    return out;
}
/** The text of a `<t>` just opened (no child elements allowed), its end tag consumed. */
function elementText(x) {
    if (x.next() !== xmlScanner_1.Tok.Close)
        throw new xmlScanner_1.DirectReadUnsupported('element inside <t>');
    return x.text();
}
/** The text of a rich-text run `<r>` just opened (its `<t>`), its end tag consumed. */
function runText(x) {
    let text = '';
    for (let u = x.next(); !(u === xmlScanner_1.Tok.Close && x.name === 'r'); u = x.next()) {
        if (u === xmlScanner_1.Tok.End)
            throw new xmlScanner_1.DirectReadDamaged('ended inside <r>');
        if (u === xmlScanner_1.Tok.Open && x.name === 't')
            text += elementText(x);
        else if (u === xmlScanner_1.Tok.Open)
            x.skip();
    }
    return text;
}
