/**
 * The reading path's entry (readWorkbookBytes): the format by content, the dispatch table, the
 * refusals, archives, and the rule that only the fast reader's "unsupported" falls back to SheetJS
 * while any other error surfaces as a failure naming the file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import * as XLSX from '@e965/xlsx';
import { strToU8, zipSync } from 'fflate';
import { DirectReadUnsupported, readGridsDirect } from '../../src/xlsx/directRead';
import { detectFormat, indexOfBytes, looksDelimited } from '../../src/xlsx/formatDetection';
import { ARCHIVE_LIMITS } from '../../src/xlsx/archiveRead';
import { XlsxBufferSource, readWorkbookBytes, readWorkbookGrids } from '../../src/xlsx/xlsxSource';
import { FORMATS } from '../../src/xlsx/workbookFormats';

const SAMPLES = path.resolve(__dirname, '../../samples/2026-03');
const sample = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(SAMPLES, name)));
const CHINESE = /[\u4e00-\u9fff]/;
const ENGLISH_WORDS = /\b(Error|error|undefined|Cannot|TypeError|Unexpected|invalid)\b/;

/** A one-sheet workbook written by SheetJS in `bookType`. */
function written(bookType: XLSX.BookType, rows: unknown[][] = [['指标', '目标'], ['就业', 6000]]): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '表1');
  return new Uint8Array(XLSX.write(wb, { bookType, type: 'array' }) as ArrayBuffer);
}

describe('indexOfBytes', () => {
  it.each([
    [[1, 2, 3], [2, 3], 1],
    [[1, 2, 3], [3, 4], -1],
    [[1, 2, 1, 2, 3], [1, 2, 3], 2],
    [[], [1], -1],
    [[5], [], 0],
  ])('%j in %j → %p', (data, needle, at) => {
    expect(indexOfBytes(new Uint8Array(data), new Uint8Array(needle))).toBe(at);
  });

  it('agrees with Buffer.indexOf', () => {
    const bytes = fc.uint8Array({ maxLength: 60 }).map((a) => a.map((b) => b % 4));
    fc.assert(fc.property(bytes, fc.uint8Array({ minLength: 1, maxLength: 4 }).map((a) => a.map((b) => b % 4)), (data, needle) => {
      expect(indexOfBytes(data, needle)).toBe(Buffer.from(data).indexOf(Buffer.from(needle)));
    }), { numRuns: 2000 });
  });
});

describe('detectFormat: the content decides, not the name', () => {
  it.each([
    ['xlsx', 'a.xls', () => sample('人社局.xlsx')],
    ['xls', 'a.xlsx', () => written('biff8')],
    ['xls', 'a.et', () => written('biff5')],
    ['xls', 'a.xls', () => written('biff2')],
    ['xlsb', 'a.xlsx', () => written('xlsb')],
    ['ods', 'a.xls', () => written('ods')],
    ['fods', 'a.xml', () => written('fods')],
    ['spreadsheetml', 'a.xls', () => written('xlml')],
    ['html', 'a.xls', () => written('html')],
    ['csv', 'a.csv', () => strToU8('指标,目标\n就业,100')],
    ['csv', 'a.xls', () => strToU8('指标\t目标\n就业\t100\n')],
    ['text', 'a.xlsx', () => strToU8('请查收本月报表，谢谢。')],
    ['empty', 'a.xlsx', () => new Uint8Array()],
    ['word', 'a.xlsx', () => zipSync({ 'word/document.xml': strToU8('<w:document/>') })],
    ['archive', 'a.zip', () => zipSync({ '人社局.xlsx': sample('人社局.xlsx') })],
    ['damaged', 'a.xlsx', () => sample('人社局.xlsx').subarray(0, 2000)],
    ['pdf', 'a.xlsx', () => strToU8('%PDF-1.7\n')],
    ['xml', 'a.xml', () => strToU8('<?xml version="1.0"?><data><row/></data>')],
    ['binary', 'a.xlsx', () => new Uint8Array([0, 1, 2, 3, 0, 0, 7, 8])],
  ] as const)('%s (named %s)', (id, name, bytes) => {
    expect(detectFormat(name, bytes()).id).toBe(id);
  });

  it('every format has a reader or a refusal', () => {
    for (const [id, entry] of Object.entries(FORMATS)) expect([id, Boolean(entry.read) !== Boolean(entry.refuse)]).toEqual([id, true]);
  });

  it('a text is a table when its lines split into the same fields', () => {
    expect(looksDelimited('a,b\n1,2\n')).toBe(true);
    expect(looksDelimited('a,b\n1\n')).toBe(false);
    expect(looksDelimited('一行')).toBe(false);
  });
});

describe('readWorkbookBytes', () => {
  it('reads each format SheetJS writes into the same cells', async () => {
    for (const bookType of ['xlsx', 'xlsb', 'biff8', 'biff5', 'biff2', 'xlml', 'ods', 'fods', 'html'] as const) {
      // SheetJS writes BIFF5 and BIFF2 text in code page 1252, which holds no Chinese.
      const text = bookType === 'biff5' || bookType === 'biff2' ? ['Name', 'Target', 'Jobs'] : ['指标', '目标', '就业'];
      const r = await readWorkbookBytes(`表.${bookType}`, written(bookType, [[text[0], text[1]], [text[2], 6000]]));
      expect([bookType, r.failures]).toEqual([bookType, []]);
      expect([bookType, r.grids[0]?.rows]).toEqual([bookType, [[{ v: text[0] }, { v: text[1] }], [{ v: text[2] }, { v: 6000 }]]]);
    }
  });

  it('reads an archive, naming each inner file archive.zip/inner, listing lock files and refusing what is inside that cannot be read', async () => {
    const zip = zipSync({ '人社局.xlsx': sample('人社局.xlsx'), '子目录/住建局.xls': written('biff8'), '~$人社局.xlsx': strToU8('lock'), '说明.docx': zipSync({ 'word/document.xml': strToU8('<w:document/>') }), '__MACOSX/._人社局.xlsx': strToU8('x') });
    const r = await readWorkbookBytes('三月.zip', zip);
    expect([...new Set(r.grids.map((g) => g.file))]).toEqual(['三月.zip/人社局.xlsx', '三月.zip/子目录/住建局.xls']);
    expect(r.failures.map((f) => [f.file, f.severity ?? 'error', f.code ?? 'file_unreadable'])).toEqual([
      ['三月.zip/~$人社局.xlsx', 'info', 'file_not_spreadsheet'],
      ['三月.zip/说明.docx', 'info', 'file_not_spreadsheet'],
    ]);
  });

  it('refuses an archive inside an archive, and one that expands past the limit', async () => {
    const nested = zipSync({ '内层.zip': zipSync({ '人社局.xlsx': sample('人社局.xlsx') }) });
    const r = await readWorkbookBytes('外层.zip', nested);
    expect(r.grids).toEqual([]);
    expect(r.failures[0]?.file).toBe('外层.zip/内层.zip');
    expect(r.failures[0]?.message).toMatch(/压缩包中的压缩包/);
    const many = zipSync(Object.fromEntries(Array.from({ length: ARCHIVE_LIMITS.files + 1 }, (_, i) => [`${i}.csv`, strToU8('a,b')])));
    const big = await readWorkbookBytes('很多.zip', many);
    expect(big.failures).toHaveLength(1);
    expect(big.failures[0]?.message).toMatch(/超过/);
  });

  it('names the file in every refusal, in Chinese, never a library error', async () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ['空.xlsx', new Uint8Array(), /空文件/],
      ['坏.xlsx', sample('人社局.xlsx').subarray(0, 3000), /已损坏/],
      ['文本.xlsx', strToU8('请查收本月报表，谢谢。'), /纯文本.*请查收/],
      ['报告.xlsx', zipSync({ 'word/document.xml': strToU8('<w:document/>') }), /Word/],
      ['图.xls', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), /图片/],
      ['乱码.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]), /无法读取|已损坏/],
    ];
    for (const [name, bytes, what] of cases) {
      const r = await readWorkbookBytes(name, bytes);
      expect(r.grids).toEqual([]);
      const m = r.failures[0]?.message ?? '';
      expect([name, m]).toEqual([name, expect.stringMatching(what)]);
      expect(m).toContain(name);
      expect(m).toMatch(CHINESE);
      expect(m).not.toMatch(ENGLISH_WORDS);
    }
  });

  it('falls back to SheetJS only when the fast reader says unsupported', async () => {
    const bytes = sample('人社局.xlsx');
    const viaSheetJs = await readWorkbookBytes('人社局.xlsx', bytes, { fast: () => { throw new DirectReadUnsupported('test'); } });
    expect(viaSheetJs.failures).toEqual([]);
    const direct = readGridsDirect('人社局.xlsx', bytes);
    expect(viaSheetJs.grids.map((g) => g.sheet)).toEqual(direct.map((g) => g.sheet));
    expect(viaSheetJs.grids[0]?.rows).toEqual(direct[0]?.rows);
  });

  it('surfaces any other error of the fast reader as a failure naming the file, without a crash and without falling back', async () => {
    const r = await readWorkbookBytes('人社局.xlsx', sample('人社局.xlsx'), { fast: () => { throw new TypeError('a bug'); } });
    expect(r.grids).toEqual([]);
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]?.file).toBe('人社局.xlsx');
    expect(r.failures[0]?.message).toMatch(/人社局\.xlsx.*内部出错/);
  });

  it('readWorkbookGrids throws the refusal', async () => {
    await expect(readWorkbookGrids('x/空.xlsx', new Uint8Array())).rejects.toThrow(/空文件/);
  });

  it('XlsxBufferSource reads files in memory, each by its name', async () => {
    const r = await new XlsxBufferSource([{ name: '人社局.xls', data: written('biff8') }, { name: '空.xlsx', data: new ArrayBuffer(0) }]).readSheets();
    expect(r.grids.map((g) => g.file)).toEqual(['人社局.xls']);
    expect(r.failures.map((f) => f.file)).toEqual(['空.xlsx']);
  });
});
