/**
 * The bulletin workbook re-read with ExcelJS gives back the same summary: the ledger table's rows
 * count to the same per-section status counts, and the bulletin sheet carries each summary
 * sentence, the table header and the print setup. Re-running replaces only Zhuanbao's sheets.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { TABLE_HEADERS } from '../../src/domain/bulletinSheet';
import { LEDGER_HEADERS } from '../../src/domain/ledgerSheet';
import { parseSettings } from '../../src/domain/settings';
import { STATUS_CODES, STATUS_LABELS } from '../../src/domain/statusCodes';
import { runBuild } from '../../src/engine/runBuild';
import { XlsxFileSink } from '../../src/xlsx/fileSink';
import { XlsxFileSource } from '../../src/xlsx/fileSource';

const samples = path.resolve(__dirname, '../../samples/2026-03');
const settings = parseSettings({ asOf: '2026-03-20', reportDate: '2026-03-23' });

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return String(v);
}

describe('bulletin workbook round trip', () => {
  let tmp: string;
  beforeEach(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-rt-')); });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('re-read ledger gives the same summary counts; bulletin sheet has the sentences and setup', async () => {
    const out = path.join(tmp, 'bulletin.xlsx');
    const { result, bulletin } = await runBuild({ source: new XlsxFileSource([samples]), settings, sink: new XlsxFileSink(out) });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);

    const ledger = wb.getWorksheet('汇总台账');
    expect(ledger).toBeDefined();
    if (!ledger) return;
    const header = (ledger.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(cellText);
    expect(header).toEqual([...LEDGER_HEADERS]);
    const labelToCode = new Map(STATUS_CODES.map((c) => [STATUS_LABELS[c], c]));
    const counts = new Map<string, Record<string, number>>();
    for (let r = 2; r <= ledger.rowCount; r++) {
      const row = ledger.getRow(r);
      const section = cellText(row.getCell(1).value);
      const code = labelToCode.get(cellText(row.getCell(12).value));
      if (!section || !code) continue;
      const c = counts.get(section) ?? {};
      c[code] = (c[code] ?? 0) + 1;
      counts.set(section, c);
    }
    for (const s of result.summary) {
      const got = counts.get(s.title) ?? {};
      for (const code of STATUS_CODES) expect([s.title, code, got[code] ?? 0]).toEqual([s.title, code, s.counts[code]]);
    }

    const sheet = wb.getWorksheet('工作专报');
    expect(sheet).toBeDefined();
    if (!sheet) return;
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => { texts.push(cellText(c.value)); }));
    for (const s of bulletin.sections) expect(texts).toContain(s.summary);
    expect(texts).toContain('【工作进度】');
    const headerRow = (sheet.pageSetup.printTitlesRow ?? '').split(':')[0];
    expect(Number(headerRow)).toBeGreaterThan(0);
    const hdr = (sheet.getRow(Number(headerRow)).values as ExcelJS.CellValue[]).slice(1).map(cellText);
    expect(hdr).toEqual([...TABLE_HEADERS]);
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen' });

    // A lagging row is filled with its grade's colour.
    const lagging = result.indicators.find((i) => i.lag === 'yellow');
    expect(lagging).toBeDefined();
    const rowNo = Number(headerRow) + (lagging?.id ?? 0);
    const fill = sheet.getRow(rowNo).getCell(3).fill as ExcelJS.FillPattern;
    expect(cellText(sheet.getRow(rowNo).getCell(3).value)).toBe(lagging?.name);
    expect(fill.fgColor?.argb).toBe(`FF${settings.colours.yellowFill.slice(1)}`);
  });

  test('writing again replaces only Zhuanbao sheets and keeps the clerk\'s own', async () => {
    const out = path.join(tmp, 'bulletin.xlsx');
    const source = new XlsxFileSource([samples]);
    await runBuild({ source, settings, sink: new XlsxFileSink(out) });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    wb.addWorksheet('我的备注').getCell('A1').value = '不要动我';
    await wb.xlsx.writeFile(out);

    await runBuild({ source, settings: parseSettings({ ...settings, issue: 2 }), sink: new XlsxFileSink(out) });
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(out);
    expect(again.worksheets.map((w) => w.name).sort()).toEqual(['工作专报', '我的备注', '汇总台账', '督办清单'].sort());
    expect(again.getWorksheet('我的备注')?.getCell('A1').value).toBe('不要动我');
    const texts: string[] = [];
    again.getWorksheet('工作专报')?.eachRow((row) => row.eachCell((c) => { texts.push(cellText(c.value)); }));
    expect(texts).toContain('第 2 期');
  });
});
