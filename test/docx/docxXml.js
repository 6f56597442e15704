"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.W = void 0;
exports.parseXml = parseXml;
exports.openDocx = openDocx;
exports.all = all;
exports.one = one;
exports.attr = attr;
exports.paraText = paraText;
exports.bodyParagraphs = bodyParagraphs;
exports.firstRunProps = firstRunProps;
/**
 * Test helpers: open a .docx (a zip of XML parts) and query its WordprocessingML with a DOM parser.
 */
const jszip_1 = __importDefault(require("jszip"));
const jsdom_1 = require("jsdom");
exports.W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const window = new jsdom_1.JSDOM('').window;
function parseXml(text) {
    const doc = new window.DOMParser().parseFromString(text, 'application/xml');
    const err = doc.getElementsByTagName('parsererror')[0];
    if (err)
        throw new Error(`bad XML: ${err.textContent}`);
    return doc;
}
async function openDocx(bytes) {
    const zip = await jszip_1.default.loadAsync(bytes);
    const text = async (path) => {
        const f = zip.file(path);
        if (!f)
            throw new Error(`no part ${path} in the docx`);
        return f.async('string');
    };
    return { names: Object.keys(zip.files), text, xml: async (path) => parseXml(await text(path)) };
}
/** Elements in the w: namespace by local name, below `el`. */
function all(el, localName) {
    return Array.from(el.getElementsByTagNameNS(exports.W, localName));
}
function one(el, localName) {
    return all(el, localName)[0] ?? null;
}
/** A w: attribute. */
function attr(el, name) {
    return el ? el.getAttributeNS(exports.W, name) : null;
}
/** The text of a paragraph (its w:t runs). */
function paraText(p) {
    return all(p, 't').map((t) => t.textContent ?? '').join('');
}
/** Body paragraphs (outside tables) of document.xml. */
function bodyParagraphs(doc) {
    const body = one(doc, 'body');
    if (!body)
        return [];
    return Array.from(body.children).filter((e) => e.namespaceURI === exports.W && e.localName === 'p');
}
/** Run properties of the first run that has text. */
function firstRunProps(p) {
    const r = all(p, 'r').find((x) => all(x, 't').length > 0) ?? null;
    const fonts = r ? one(r, 'rFonts') : null;
    const sz = r ? one(r, 'sz') : null;
    return {
        eastAsia: attr(fonts, 'eastAsia'),
        ascii: attr(fonts, 'ascii'),
        hAnsi: attr(fonts, 'hAnsi'),
        size: sz ? Number(attr(sz, 'val')) / 2 : null,
        bold: r ? one(r, 'b') !== null : false,
        color: r ? attr(one(r, 'color'), 'val') : null,
    };
}
