/**
 * Hidden rows and columns, and Excel's built-in Chinese date formats, read the same by the fast
 * reader and by SheetJS (the reader of every other format, and of what the fast reader steps
 * aside on): the grids' `hiddenRows`/`hiddenCols` (1-based, ascending) from `<row hidden>` and
 * `<col hidden>`, and a number under format id 27–36 or 50–58 a date exactly when Excel on a Chinese
 * system shows one (the 时/分 ids are times, which stay numbers).
 */
import * as XLSX from '@e965/xlsx';
import { SheetGrid } from '../../src/domain/grid';
import { isDateFormat, serialDateIso } from '../../src/domain/dateFormat';
import { builtinFormat, LOCALE_FORMAT_IDS } from '../../src/xlsx/builtinFormats';
import { DirectReadUnsupported, readGridsDirect } from '../../src/xlsx/directRead';
import { readWorkbookBytes } from '../../src/xlsx/xlsxSource';
import { oneSheet, stylesXml, worksheetXml, xlsxPackage } from '../builders/xlsxParts';

const viaSheetJs = { fast: (): SheetGrid[] => { throw new DirectReadUnsupported('test: read with SheetJS'); } };
const row = (r: number, cells: string, attrs = ''): string => `<row r="${r}"${attrs}>${cells}</row>`;
const num = (ref: string, v: number, s?: number): string => `<c r="${ref}"${s !== undefined ? ` s="${s}"` : ''}><v>${v}</v></c>`;

describe('hidden rows and columns', () => {
  const bytes = xlsxPackage({
    sheets: [
      {
        name: '民生实事',
        xml: worksheetXml(
          row(1, num('A1', 1) + num('B1', 2) + num('C1', 3) + num('D1', 4)) + row(2, num('A2', 5), ' hidden="1"') + row(3, num('A3', 6)) + row(5, '', ' hidden="true" ht="0" customHeight="1"'),
          '',
          '<cols><col min="1" max="1" width="9"/><col min="2" max="3" width="0" hidden="1" customWidth="1"/><col min="4" max="4" width="9"/></cols>',
        ),
      },
      { name: '说明', xml: worksheetXml(row(1, num('A1', 1))), state: 'hidden' },
    ],
  });

  it('the fast reader fills hiddenRows and hiddenCols', () => {
    const [g, notes] = readGridsDirect('x.xlsx', bytes);
    expect(g?.hiddenRows).toEqual([2, 5]);
    expect(g?.hiddenCols).toEqual([2, 3]);
    expect(g?.hidden).toBeUndefined();
    expect(notes?.hidden).toBe(true);
    expect(notes?.hiddenRows).toBeUndefined();
  });

  it('SheetJS gives the same', async () => {
    const direct = readGridsDirect('x.xlsx', bytes);
    const r = await readWorkbookBytes('x.xlsx', bytes, viaSheetJs);
    expect(r.grids.map((g) => [g.hiddenRows, g.hiddenCols, g.hidden])).toEqual(direct.map((g) => [g.hiddenRows, g.hiddenCols, g.hidden]));
  });

  it('a .xls keeps its hidden columns and sheets', async () => {
    const wb = XLSX.utils.book_new();
    const ws = XLSX.utils.aoa_to_sheet([['指标', '上月', '本月'], ['就业', 1, 2]]);
    ws['!cols'] = [{}, { hidden: true }, {}];
    XLSX.utils.book_append_sheet(wb, ws, '民生实事');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['说明']]), '说明');
    wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
    const r = await readWorkbookBytes('x.xls', new Uint8Array(XLSX.write(wb, { bookType: 'biff8', type: 'array' }) as ArrayBuffer));
    expect(r.grids.map((g) => [g.sheet, g.hiddenCols, Boolean(g.hidden)])).toEqual([['民生实事', [2], false], ['说明', undefined, true]]);
  });
});

describe("Excel's built-in Chinese date formats (ids 27–36, 50–58)", () => {
  const SERIAL = 46101.5; // 2026-03-20 12:00
  const bytes = oneSheet(LOCALE_FORMAT_IDS.map((_, i) => row(i + 1, num(`A${i + 1}`, SERIAL, i + 1))).join(''), { styles: stylesXml({ cellXfs: [0, ...LOCALE_FORMAT_IDS] }) });
  const times = new Set([32, 33, 34, 35, 55, 56]);

  it('have their zh-CN codes, dates except the 时/分 times', () => {
    for (const id of LOCALE_FORMAT_IDS) expect([id, isDateFormat(builtinFormat(id))]).toEqual([id, !times.has(id)]);
    expect(builtinFormat(31)).toBe('yyyy"年"m"月"d"日"');
    expect(builtinFormat(57)).toBe('yyyy"年"m"月"');
  });

  it('read as dates by the fast reader, the times as numbers', () => {
    const [g] = readGridsDirect('x.xlsx', bytes);
    LOCALE_FORMAT_IDS.forEach((id, i) => {
      expect([id, g?.rows[i]?.[0]]).toEqual([id, { v: times.has(id) ? SERIAL : { date: serialDateIso(SERIAL) }, fmt: builtinFormat(id) }]);
    });
  });

  it('SheetJS, which has no zh-CN table (it resets its format table at every read), reads them as plain numbers: the fast reader is right', async () => {
    const r = await readWorkbookBytes('x.xlsx', bytes, viaSheetJs);
    expect(r.failures).toEqual([]);
    const ids = LOCALE_FORMAT_IDS.filter((id) => r.grids[0]?.rows[LOCALE_FORMAT_IDS.indexOf(id)]?.[0]?.fmt === undefined);
    // 56 is in SheetJS's own table (as a Japanese time); every other id reads as a number without a format.
    expect(ids).toEqual(LOCALE_FORMAT_IDS.filter((id) => id !== 56));
  });
});
