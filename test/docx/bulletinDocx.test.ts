/**
 * The Word bulletin opened as a zip of XML: A4 with the GB/T 9704 margins, title / body / heading
 * fonts and sizes, exact 28 pt lines with a two-character first-line indent, Times New Roman for
 * digits, the indicator table with a repeated header and lagging rows shaded by grade, the office
 * fonts' fallbacks, and "— PAGE —" footers differing on odd and even pages.
 */
import * as path from 'node:path';
import { bulletinDocx } from '../../src/docx/bulletinDocx';
import { INDICATOR_TABLE_HEADERS } from '../../src/docx/docLayout';
import { BulletinModel } from '../../src/domain/bulletinModel';
import { diffResults } from '../../src/domain/historyDiff';
import { BuildResult } from '../../src/domain/resultSchema';
import { parseSettings } from '../../src/domain/settings';
import { runBuild } from '../../src/engine/runBuild';
import { XlsxFileSource } from '../../src/xlsx/fileSource';
import { all, attr, bodyParagraphs, DocxParts, firstRunProps, one, openDocx, paraText } from './docxXml';

const samples = path.resolve(__dirname, '../../samples/2026-03');
// A red threshold of 15 points gives the samples both yellow and red lagging indicators.
const settings = parseSettings({ asOf: '2026-03-20', reportDate: '2026-03-23', redGap: 15 });

let result: BuildResult;
let bulletin: BulletinModel;
let docx: DocxParts;
let doc: Document;
let paras: Element[];

const para = (pred: (t: string) => boolean): Element => {
  const p = paras.find((x) => pred(paraText(x)));
  if (!p) throw new Error('paragraph not found');
  return p;
};

beforeAll(async () => {
  ({ result, bulletin } = await runBuild({ source: new XlsxFileSource([samples]), settings, sink: null }));
  docx = await openDocx(await bulletinDocx(bulletin, { settings }));
  doc = await docx.xml('word/document.xml');
  paras = bodyParagraphs(doc);
});

describe('page setup', () => {
  test('A4 portrait with margins 3.7 / 3.5 / 2.8 / 2.6 cm', () => {
    const sect = one(doc, 'sectPr');
    const size = one(sect as Element, 'pgSz');
    expect([attr(size, 'w'), attr(size, 'h')]).toEqual(['11906', '16838']);
    const mar = one(sect as Element, 'pgMar');
    const cm = (name: string) => Math.round((Number(attr(mar, name)) / 1440) * 2.54 * 100) / 100;
    expect({ top: cm('top'), bottom: cm('bottom'), left: cm('left'), right: cm('right') }).toEqual({ top: 3.7, bottom: 3.5, left: 2.8, right: 2.6 });
  });
});

describe('text styles', () => {
  test('title: 方正小标宋简体 2号 (22 pt), centred, Times New Roman for Latin, 宋体 declared as its fallback', async () => {
    const title = paras[0] as Element;
    expect(paraText(title)).toBe(bulletin.title);
    expect(attr(one(title, 'jc'), 'val')).toBe('center');
    expect(firstRunProps(title)).toMatchObject({ eastAsia: '方正小标宋简体', ascii: 'Times New Roman', hAnsi: 'Times New Roman', size: 22 });
    const fonts = await docx.xml('word/fontTable.xml');
    const byName = new Map(all(fonts, 'font').map((f) => [attr(f, 'name'), attr(one(f, 'altName'), 'val')]));
    expect(byName.get('方正小标宋简体')).toBe('宋体');
    expect(byName.get('仿宋_GB2312')).toBe('仿宋');
    expect(byName.get('楷体_GB2312')).toBe('楷体');
  });

  test('body: 仿宋_GB2312 3号 (16 pt), exact 28 pt lines, first line indented two characters, digits in Times New Roman', () => {
    const p = para((t) => t.startsWith('数据截至'));
    const spacing = one(p, 'spacing');
    expect([attr(spacing, 'line'), attr(spacing, 'lineRule')]).toEqual(['560', 'exact']);
    const ind = one(p, 'ind');
    expect(attr(ind, 'firstLineChars')).toBe('200');
    expect(attr(ind, 'firstLine')).toBe('640');
    expect(firstRunProps(p)).toMatchObject({ eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman', size: 16 });
    const line = para((t) => t.startsWith('（1）') && t.includes('新增城镇就业'));
    expect(firstRunProps(line)).toMatchObject({ eastAsia: '仿宋_GB2312', size: 16 });
  });

  test('headings: 黑体 for 【…】, 楷体_GB2312 for （一）, 仿宋_GB2312 for 1.; all 16 pt', () => {
    expect(firstRunProps(para((t) => t === '【工作进度】'))).toMatchObject({ eastAsia: '黑体', size: 16 });
    expect(firstRunProps(para((t) => t === '（一）省级十大重点民生实事'))).toMatchObject({ eastAsia: '楷体_GB2312', size: 16 });
    expect(firstRunProps(para((t) => t.startsWith('1. 推动实现')))).toMatchObject({ eastAsia: '仿宋_GB2312', size: 16, bold: true });
  });

  test('the office and the date share one line, the date on a right tab stop at the text edge', () => {
    const p = para((t) => t.startsWith(bulletin.office));
    expect(paraText(p)).toBe(bulletin.office + bulletin.dateText);
    expect(attr(one(p, 'tab'), 'val')).toBe('right');
    expect(attr(one(p, 'tab'), 'pos')).toBe(String(11906 - 1587 - 1474));
  });
});

describe('indicator table', () => {
  const tableRows = (): Element[] => {
    const tbl = one(doc, 'tbl');
    if (!tbl) throw new Error('no table');
    return all(tbl, 'tr');
  };

  test('has the bulletin columns in a header row repeated on every page; rows cannot split', () => {
    const [header, ...rows] = tableRows();
    expect(header && one(header, 'tblHeader')).not.toBeNull();
    expect(all(header as Element, 'tc').map(paraTextOfCell)).toEqual([...INDICATOR_TABLE_HEADERS]);
    expect(rows).toHaveLength(result.indicators.length);
    expect(rows.every((r) => one(r, 'cantSplit') !== null)).toBe(true);
  });

  test('lagging rows are shaded and coloured by grade, the others are not', () => {
    const rows = tableRows().slice(1);
    const grades = new Set<string>();
    result.indicators.forEach((ind, k) => {
      const row = rows[k] as Element;
      const fills = all(row, 'shd').map((s) => attr(s, 'fill'));
      if (ind.lag === 'red') expect([ind.name, fills[0]]).toEqual([ind.name, 'F8CBAD']);
      else if (ind.lag === 'yellow') expect([ind.name, fills[0]]).toEqual([ind.name, 'FFF2CC']);
      else expect([ind.name, fills]).toEqual([ind.name, []]);
      if (ind.lag) {
        grades.add(ind.lag);
        expect(all(row, 'tc').length).toBe(INDICATOR_TABLE_HEADERS.length);
        expect(firstRunProps(all(row, 'p')[2] as Element).color).toBe(ind.lag === 'red' ? '9C0006' : '7F6000');
      }
    });
    expect([...grades].sort()).toEqual(['red', 'yellow']);
  });
});

function paraTextOfCell(tc: Element): string {
  return all(tc, 'p').map(paraText).join('');
}

describe('page numbers', () => {
  test('"— PAGE —" in 宋体 4号: odd pages on the right, even pages on the left; even/odd footers enabled', async () => {
    const sect = one(doc, 'sectPr') as Element;
    const refs = new Map(all(sect, 'footerReference').map((r) => [attr(r, 'type'), r.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id')]));
    expect([...refs.keys()].sort()).toEqual(['default', 'even']);
    const rels = await docx.text('word/_rels/document.xml.rels');
    const target = (id: string | null | undefined): string => {
      const m = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
      if (!m?.[1]) throw new Error(`no relationship ${id}`);
      return `word/${m[1]}`;
    };
    for (const [type, align] of [['default', 'right'], ['even', 'left']] as const) {
      const footer = await docx.xml(target(refs.get(type)));
      const p = one(footer, 'p') as Element;
      expect([type, attr(one(p, 'jc'), 'val')]).toEqual([type, align]);
      expect(all(p, 'instrText').map((t) => (t.textContent ?? '').trim())).toEqual(['PAGE']);
      expect(all(p, 'fldChar').map((f) => attr(f, 'fldCharType'))).toEqual(['begin', 'separate', 'end']);
      expect(paraText(p)).toBe('—  —');
      expect(firstRunProps(p)).toMatchObject({ eastAsia: '宋体', ascii: '宋体', size: 14 });
    }
    const settingsXml = await docx.xml('word/settings.xml');
    const eo = one(settingsXml, 'evenAndOddHeaders');
    expect(eo).not.toBeNull();
    expect(attr(eo, 'val') ?? 'true').not.toBe('false');
  });
});

describe('with the change since last issue', () => {
  test('the table gains a 较上期 column and the document a 【较上期变化】 part; prose lines carry the change', async () => {
    const previous: BuildResult = {
      ...result,
      asOf: '2026-02-28',
      indicators: result.indicators.map((i) => (i.name === '新增城镇就业' ? { ...i, completion: 20, status: 'on_schedule' } : i.name === '培训乡村医生' ? { ...i, status: 'on_schedule', lag: null } : i)),
    };
    const diff = diffResults(previous, result, { file: 'issue-0001-2026-02-28.json', issue: 1 });
    const d = await openDocx(await bulletinDocx(bulletin, { settings, history: diff }));
    const xml = await d.xml('word/document.xml');
    const texts = bodyParagraphs(xml).map(paraText);
    expect(texts).toContain('【较上期变化】');
    expect(texts.find((t) => t.includes('新增城镇就业 6000 人'))).toContain('较上期提高 3.1 个百分点。');
    expect(texts.some((t) => t.startsWith('1. ') && t.includes('培训乡村医生'))).toBe(true);
    const header = all(one(xml, 'tbl') as Element, 'tr')[0] as Element;
    expect(all(header, 'tc').map(paraTextOfCell)).toContain('较上期');
  });
});
