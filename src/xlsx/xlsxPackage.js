"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readPackage = readPackage;
exports.emptySheets = emptySheets;
exports.withoutContent = withoutContent;
/**
 * An `.xlsx` file as a zip package, for the file sink's two questions about an earlier output —
 * which sheets does it hold (only the workbook part and its relationships are unzipped), and the
 * same package with Zhuanbao's own sheets emptied before ExcelJS loads it.
 */
const fflate_1 = require("fflate");
const XML_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (t) => t.replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => XML_ENTITIES[e] ?? _);
/**
 * Reads the package's sheet list; null when the bytes are not a zip with a workbook part (ExcelJS
 * then reports the damage with its own message).
 */
async function readPackage(data) {
    let parts;
    try {
        // Only the two small parts that list the sheets: the sheets themselves may be large.
        parts = (0, fflate_1.unzipSync)(data, { filter: (f) => f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels' });
    }
    catch {
        return null;
    }
    const text = (name) => { const p = parts[name]; return p ? (0, fflate_1.strFromU8)(p) : undefined; };
    const wbXml = text('xl/workbook.xml');
    if (!wbXml)
        return null;
    const relsXml = text('xl/_rels/workbook.xml.rels') ?? '';
    const targets = new Map();
    for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
        const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
        const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
        if (id && target)
            targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
    const sheets = [];
    for (const m of wbXml.matchAll(/<sheet\b[^>]*>/g)) {
        const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
        if (name === undefined)
            continue;
        const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
        sheets.push({ name: unescapeXml(name), part: (rid && targets.get(rid)) || null });
    }
    return { data, sheets };
}
/**
 * The package with the cells and merges of the named sheets emptied. Those sheets are replaced
 * right after loading, so reading their content is wasted work, and ExcelJS reads merges slowly.
 * The clerk's other sheets are untouched; `data` is returned when nothing was emptied.
 */
async function emptySheets(pkg, data, names) {
    if (!pkg.sheets.some((s) => s.part && names.includes(s.name)))
        return data;
    const parts = (0, fflate_1.unzipSync)(pkg.data);
    let changed = false;
    for (const s of pkg.sheets) {
        if (!s.part || !names.includes(s.name))
            continue;
        const file = parts[s.part];
        if (!file)
            continue;
        const xml = (0, fflate_1.strFromU8)(file);
        const emptied = xml
            .replace(/<sheetData\b[^>]*\/>|<sheetData\b[^>]*>[\s\S]*?<\/sheetData>/, '<sheetData/>')
            .replace(/<mergeCells\b[^>]*>[\s\S]*?<\/mergeCells>/, '');
        if (emptied !== xml) {
            parts[s.part] = (0, fflate_1.strToU8)(emptied);
            changed = true;
        }
    }
    if (!changed)
        return data;
    const zipped = (0, fflate_1.zipSync)(parts, { level: 0 });
    return Buffer.from(zipped.buffer, zipped.byteOffset, zipped.byteLength);
}
/**
 * {@link emptySheets} from the bytes; returns them as they were when they are not a workbook package.
 * @example await withoutContent(earlierOutput, ['工作专报', '汇总台账'])
 */
async function withoutContent(data, names) {
    const pkg = await readPackage(data);
    return pkg ? emptySheets(pkg, data, names) : data;
}
