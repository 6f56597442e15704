"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The Word bulletin opened as a zip of XML: A4 with the GB/T 9704 margins, title / body / heading
 * fonts and sizes, exact 28 pt lines with a two-character first-line indent, Times New Roman for
 * digits, the indicator table with a repeated header and lagging rows shaded by grade, the office
 * fonts' fallbacks, and "— PAGE —" footers differing on odd and even pages.
 */
const path = __importStar(require("node:path"));
const bulletinDocx_1 = require("../../src/docx/bulletinDocx");
const docLayout_1 = require("../../src/docx/docLayout");
const historyDiff_1 = require("../../src/domain/historyDiff");
const settings_1 = require("../../src/domain/settings");
const runBuild_1 = require("../../src/engine/runBuild");
const fileSource_1 = require("../../src/xlsx/fileSource");
const docxXml_1 = require("./docxXml");
const samples = path.resolve(__dirname, '../../samples/2026-03');
// A red threshold of 15 points gives the samples both yellow and red lagging indicators.
const settings = (0, settings_1.parseSettings)({ asOf: '2026-03-20', reportDate: '2026-03-23', redGap: 15 });
let result;
let bulletin;
let docx;
let doc;
let paras;
const para = (pred) => {
    const p = paras.find((x) => pred((0, docxXml_1.paraText)(x)));
    if (!p)
        throw new Error('paragraph not found');
    return p;
};
beforeAll(async () => {
    ({ result, bulletin } = await (0, runBuild_1.runBuild)({ source: new fileSource_1.XlsxFileSource([samples]), settings, sink: null }));
    docx = await (0, docxXml_1.openDocx)(await (0, bulletinDocx_1.bulletinDocx)(bulletin, { settings }));
    doc = await docx.xml('word/document.xml');
    paras = (0, docxXml_1.bodyParagraphs)(doc);
});
describe('page setup', () => {
    test('A4 portrait with margins 3.7 / 3.5 / 2.8 / 2.6 cm', () => {
        const sect = (0, docxXml_1.one)(doc, 'sectPr');
        const size = (0, docxXml_1.one)(sect, 'pgSz');
        expect([(0, docxXml_1.attr)(size, 'w'), (0, docxXml_1.attr)(size, 'h')]).toEqual(['11906', '16838']);
        const mar = (0, docxXml_1.one)(sect, 'pgMar');
        const cm = (name) => Math.round((Number((0, docxXml_1.attr)(mar, name)) / 1440) * 2.54 * 100) / 100;
        expect({ top: cm('top'), bottom: cm('bottom'), left: cm('left'), right: cm('right') }).toEqual({ top: 3.7, bottom: 3.5, left: 2.8, right: 2.6 });
    });
});
describe('text styles', () => {
    test('title: 方正小标宋简体 2号 (22 pt), centred, Times New Roman for Latin, 宋体 declared as its fallback', async () => {
        const title = paras[0];
        expect((0, docxXml_1.paraText)(title)).toBe(bulletin.title);
        expect((0, docxXml_1.attr)((0, docxXml_1.one)(title, 'jc'), 'val')).toBe('center');
        expect((0, docxXml_1.firstRunProps)(title)).toMatchObject({ eastAsia: '方正小标宋简体', ascii: 'Times New Roman', hAnsi: 'Times New Roman', size: 22 });
        const fonts = await docx.xml('word/fontTable.xml');
        const byName = new Map((0, docxXml_1.all)(fonts, 'font').map((f) => [(0, docxXml_1.attr)(f, 'name'), (0, docxXml_1.attr)((0, docxXml_1.one)(f, 'altName'), 'val')]));
        expect(byName.get('方正小标宋简体')).toBe('宋体');
        expect(byName.get('仿宋_GB2312')).toBe('仿宋');
        expect(byName.get('楷体_GB2312')).toBe('楷体');
    });
    test('body: 仿宋_GB2312 3号 (16 pt), exact 28 pt lines, first line indented two characters, digits in Times New Roman', () => {
        const p = para((t) => t.startsWith('数据截至'));
        const spacing = (0, docxXml_1.one)(p, 'spacing');
        expect([(0, docxXml_1.attr)(spacing, 'line'), (0, docxXml_1.attr)(spacing, 'lineRule')]).toEqual(['560', 'exact']);
        const ind = (0, docxXml_1.one)(p, 'ind');
        expect((0, docxXml_1.attr)(ind, 'firstLineChars')).toBe('200');
        expect((0, docxXml_1.attr)(ind, 'firstLine')).toBe('640');
        expect((0, docxXml_1.firstRunProps)(p)).toMatchObject({ eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman', size: 16 });
        const line = para((t) => t.startsWith('（1）') && t.includes('新增城镇就业'));
        expect((0, docxXml_1.firstRunProps)(line)).toMatchObject({ eastAsia: '仿宋_GB2312', size: 16 });
    });
    test('headings: 黑体 for 【…】, 楷体_GB2312 for （一）, 仿宋_GB2312 for 1.; all 16 pt', () => {
        expect((0, docxXml_1.firstRunProps)(para((t) => t === '【工作进度】'))).toMatchObject({ eastAsia: '黑体', size: 16 });
        expect((0, docxXml_1.firstRunProps)(para((t) => t === '（一）省级十大重点民生实事'))).toMatchObject({ eastAsia: '楷体_GB2312', size: 16 });
        expect((0, docxXml_1.firstRunProps)(para((t) => t.startsWith('1. 推动实现')))).toMatchObject({ eastAsia: '仿宋_GB2312', size: 16, bold: true });
    });
    test('the office and the date share one line, the date on a right tab stop at the text edge', () => {
        const p = para((t) => t.startsWith(bulletin.office));
        expect((0, docxXml_1.paraText)(p)).toBe(bulletin.office + bulletin.dateText);
        expect((0, docxXml_1.attr)((0, docxXml_1.one)(p, 'tab'), 'val')).toBe('right');
        expect((0, docxXml_1.attr)((0, docxXml_1.one)(p, 'tab'), 'pos')).toBe(String(11906 - 1587 - 1474));
    });
});
describe('indicator table', () => {
    const tableRows = () => {
        const tbl = (0, docxXml_1.one)(doc, 'tbl');
        if (!tbl)
            throw new Error('no table');
        return (0, docxXml_1.all)(tbl, 'tr');
    };
    test('has the bulletin columns in a header row repeated on every page; rows cannot split', () => {
        const [header, ...rows] = tableRows();
        expect(header && (0, docxXml_1.one)(header, 'tblHeader')).not.toBeNull();
        expect((0, docxXml_1.all)(header, 'tc').map(paraTextOfCell)).toEqual([...docLayout_1.INDICATOR_TABLE_HEADERS]);
        expect(rows).toHaveLength(result.indicators.length);
        expect(rows.every((r) => (0, docxXml_1.one)(r, 'cantSplit') !== null)).toBe(true);
    });
    test('lagging rows are shaded and coloured by grade, the others are not', () => {
        const rows = tableRows().slice(1);
        const grades = new Set();
        result.indicators.forEach((ind, k) => {
            const row = rows[k];
            const fills = (0, docxXml_1.all)(row, 'shd').map((s) => (0, docxXml_1.attr)(s, 'fill'));
            if (ind.lag === 'red')
                expect([ind.name, fills[0]]).toEqual([ind.name, 'F8CBAD']);
            else if (ind.lag === 'yellow')
                expect([ind.name, fills[0]]).toEqual([ind.name, 'FFF2CC']);
            else
                expect([ind.name, fills]).toEqual([ind.name, []]);
            if (ind.lag) {
                grades.add(ind.lag);
                expect((0, docxXml_1.all)(row, 'tc').length).toBe(docLayout_1.INDICATOR_TABLE_HEADERS.length);
                expect((0, docxXml_1.firstRunProps)((0, docxXml_1.all)(row, 'p')[2]).color).toBe(ind.lag === 'red' ? '9C0006' : '7F6000');
            }
        });
        expect([...grades].sort()).toEqual(['red', 'yellow']);
    });
});
function paraTextOfCell(tc) {
    return (0, docxXml_1.all)(tc, 'p').map(docxXml_1.paraText).join('');
}
describe('page numbers', () => {
    test('"— PAGE —" in 宋体 4号: odd pages on the right, even pages on the left; even/odd footers enabled', async () => {
        const sect = (0, docxXml_1.one)(doc, 'sectPr');
        const refs = new Map((0, docxXml_1.all)(sect, 'footerReference').map((r) => [(0, docxXml_1.attr)(r, 'type'), r.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id')]));
        expect([...refs.keys()].sort()).toEqual(['default', 'even']);
        const rels = await docx.text('word/_rels/document.xml.rels');
        const target = (id) => {
            const m = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
            if (!m?.[1])
                throw new Error(`no relationship ${id}`);
            return `word/${m[1]}`;
        };
        for (const [type, align] of [['default', 'right'], ['even', 'left']]) {
            const footer = await docx.xml(target(refs.get(type)));
            const p = (0, docxXml_1.one)(footer, 'p');
            expect([type, (0, docxXml_1.attr)((0, docxXml_1.one)(p, 'jc'), 'val')]).toEqual([type, align]);
            expect((0, docxXml_1.all)(p, 'instrText').map((t) => (t.textContent ?? '').trim())).toEqual(['PAGE']);
            expect((0, docxXml_1.all)(p, 'fldChar').map((f) => (0, docxXml_1.attr)(f, 'fldCharType'))).toEqual(['begin', 'separate', 'end']);
            expect((0, docxXml_1.paraText)(p)).toBe('—  —');
            expect((0, docxXml_1.firstRunProps)(p)).toMatchObject({ eastAsia: '宋体', ascii: '宋体', size: 14 });
        }
        const settingsXml = await docx.xml('word/settings.xml');
        const eo = (0, docxXml_1.one)(settingsXml, 'evenAndOddHeaders');
        expect(eo).not.toBeNull();
        expect((0, docxXml_1.attr)(eo, 'val') ?? 'true').not.toBe('false');
    });
});
describe('with the change since last issue', () => {
    test('the table gains a 较上期 column and the document a 【较上期变化】 part; prose lines carry the change', async () => {
        const previous = {
            ...result,
            asOf: '2026-02-28',
            indicators: result.indicators.map((i) => (i.name === '新增城镇就业' ? { ...i, completion: 20, status: 'on_schedule' } : i.name === '培训乡村医生' ? { ...i, status: 'on_schedule', lag: null } : i)),
        };
        const diff = (0, historyDiff_1.diffResults)(previous, result, { file: 'issue-0001-2026-02-28.json', issue: 1 });
        const d = await (0, docxXml_1.openDocx)(await (0, bulletinDocx_1.bulletinDocx)(bulletin, { settings, history: diff }));
        const xml = await d.xml('word/document.xml');
        const texts = (0, docxXml_1.bodyParagraphs)(xml).map(docxXml_1.paraText);
        expect(texts).toContain('【较上期变化】');
        expect(texts.find((t) => t.includes('新增城镇就业 6000 人'))).toContain('较上期提高 3.1 个百分点。');
        expect(texts.some((t) => t.startsWith('1. ') && t.includes('培训乡村医生'))).toBe(true);
        const header = (0, docxXml_1.all)((0, docxXml_1.one)(xml, 'tbl'), 'tr')[0];
        expect((0, docxXml_1.all)(header, 'tc').map(paraTextOfCell)).toContain('较上期');
    });
});
