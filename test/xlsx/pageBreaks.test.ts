/**
 * Manual page breaks (SheetModel.print.breaksBefore) in the three writers: the direct writer's
 * rowBreaks XML, ExcelJS's row breaks, and office.js's Worksheet.horizontalPageBreaks (fake Excel).
 * The 督办清单 sheet is the sheet that uses them: one department a page.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { Supervision } from '../../src/domain/chasingSchema';
import { parseSettings } from '../../src/domain/settings';
import { SheetModel } from '../../src/domain/sheetModel';
import { buildSupervisionSheet } from '../../src/domain/supervisionSheet';
import { ExcelBulletinSink } from '../../src/excel/excelSink';
import { writeDirect } from '../../src/xlsx/directWriter';
import { rowBreaksXml } from '../../src/xlsx/sheetXml';
import { XlsxWorkbookSink } from '../../src/xlsx/xlsxSink';
import { FakeExcel } from '../excel/fakeExcel';

const settings = parseSettings({});
const context = { title: '专报', issueLabel: '第 3 期', asOf: '2026-03-31', timeProgress: 24.66, modeLabel: '按天计算' };
const dept = (name: string, n: number): Supervision => ({
  dept: name, red: 1, yellow: n - 1, summary: `${name}共有 ${n} 个指标未达到序时进度（红色 1 个、黄色 ${n - 1} 个）。`, request: null,
  items: Array.from({ length: n }, (_, k) => ({ indicatorId: k + 1, section: '省级', project: 'p', name: `指标${k}`, completion: 5, expectedProgress: 24.66, gap: 19.66, lag: k === 0 ? 'red' as const : 'yellow' as const, text: 't' })),
});
const model: SheetModel = buildSupervisionSheet([dept('人社局', 3), dept('教育局', 1), dept('卫健局', 2)], context, settings);

describe('page breaks', () => {
  test('the 督办清单 sheet breaks above each department block after the first', () => {
    const titles = model.rows.flatMap((r, k) => (r.cells[0]?.value === '专报督办清单' ? [k + 1] : []));
    expect(titles).toHaveLength(3);
    expect(titles[0]).toBe(1);
    expect(model.print?.breaksBefore).toEqual(titles.slice(1));
  });

  test('rowBreaksXml: a break above row r is brk id r-1; none above row 1', () => {
    expect(rowBreaksXml([])).toBe('');
    expect(rowBreaksXml([1])).toBe('');
    expect(rowBreaksXml([12, 30])).toBe('<rowBreaks count="2" manualBreakCount="2"><brk id="11" max="16383" man="1"/><brk id="29" max="16383" man="1"/></rowBreaks>');
  });

  test('the direct writer writes them after the footer, as ExcelJS does', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-brk-'));
    try {
      const file = path.join(tmp, 'b.xlsx');
      await writeDirect(file, [model]);
      const xml = strFromU8(unzipSync(fs.readFileSync(file))['xl/worksheets/sheet1.xml']!);
      // CT_Worksheet order: … headerFooter, rowBreaks, colBreaks … tableParts.
      expect(xml).toMatch(/<\/headerFooter><rowBreaks count="2" manualBreakCount="2">(<brk [^>]+\/>){2}<\/rowBreaks><\/worksheet>$/);
      const ids = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
      expect(ids).toEqual(model.print!.breaksBefore!.map((r) => r - 1));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('the ExcelJS writer (a workbook holding the clerk\'s sheets) adds the same breaks', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('我的表');
    await new XlsxWorkbookSink(wb).writeSheets([model]);
    const buf = await wb.xlsx.writeBuffer();
    const zip = unzipSync(new Uint8Array(buf as ArrayBuffer));
    const name = Object.keys(zip).find((k) => /worksheets\/sheet\d+\.xml$/.test(k) && strFromU8(zip[k]!).includes('rowBreaks'));
    expect(name).toBeDefined();
    const ids = [...strFromU8(zip[name!]!).matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids).toEqual(model.print!.breaksBefore!.map((r) => r - 1));
  });

  test('the office.js sink adds a horizontal page break above each block', async () => {
    const x = new FakeExcel();
    await new ExcelBulletinSink({ runner: x.run }).writeSheets([model]);
    expect(x.sheet('督办清单').page['breaksBefore']).toEqual(model.print!.breaksBefore);
  });

  const soffice = ['libreoffice', 'soffice'].map((c) => (process.env.PATH ?? '').split(path.delimiter).map((d) => path.join(d, c)).find((p) => fs.existsSync(p))).find(Boolean);
  const printable = soffice && (process.env.PATH ?? '').split(path.delimiter).some((d) => fs.existsSync(path.join(d, 'pdfinfo')));
  (printable ? test : test.skip)('printed by LibreOffice: one department a page', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-brk-pdf-'));
    try {
      const file = path.join(tmp, 'dubanqingdan.xlsx');
      await writeDirect(file, [model]);
      const profile = pathToFileURL(path.join(tmp, 'profile')).href;
      execFileSync(soffice as string, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, file], { stdio: 'pipe', timeout: 180_000 });
      const info = execFileSync('pdfinfo', [path.join(tmp, 'dubanqingdan.pdf')], { encoding: 'utf8' });
      expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(3);
      const text = execFileSync('pdftotext', ['-f', '2', '-l', '2', path.join(tmp, 'dubanqingdan.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(text).toContain('责任单位：教育局');
      expect(text).not.toContain('人社局');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 200_000);
});
