/**
 * ExcelJS over fflate (ExcelJS loads only an earlier output, for the file sink) loads every sample
 * and fixture workbook exactly as ExcelJS over JSZip does, and a package damaged inside a compressed
 * part is refused (CRC-32), not read as garbage — by ExcelJS and by the reading path alike.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipPackage, useFastUnzip } from '../../src/xlsx/fastUnzip';
import { describeReadError, readWorkbookGrids } from '../../src/xlsx/xlsxSource';

const roots = [path.resolve(__dirname, '../../samples/2026-03'), path.resolve(__dirname, '../../../shared/fixtures/2026-03')];
const workbooks = roots.filter((r) => fs.existsSync(r)).flatMap((r) => fs.readdirSync(r).filter((f) => /\.xlsx$/i.test(f)).map((f) => path.join(r, f)));

describe('fast unzip', () => {
  test('workbooks loaded through fflate equal those loaded through JSZip, for every sample and fixture workbook', async () => {
    expect(workbooks.length).toBeGreaterThan(5);
    const dump = async (f: string): Promise<unknown> => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(fs.readFileSync(f) as unknown as ArrayBuffer);
      return wb.worksheets.map((ws) => ({ name: ws.name, values: ws.getSheetValues(), merges: ws.model.merges }));
    };
    const viaJsZip = [];
    for (const f of workbooks) viaJsZip.push(await dump(f));
    expect(useFastUnzip()).toBe(true);
    expect(useFastUnzip()).toBe(true); // once per process
    for (const [i, f] of workbooks.entries()) expect(await dump(f)).toEqual(viaJsZip[i]);
  });

  test('unzipPackage gives each part as text and bytes', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('甲').getCell('A1').value = '民生实事';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const pkg = unzipPackage(bytes);
    expect(pkg.file('xl/workbook.xml')?.name).toBe('xl/workbook.xml');
    expect(pkg.file('nope.xml')).toBeNull();
    expect(await pkg.file('xl/sharedStrings.xml')?.async('string')).toContain('民生实事');
    const raw = await pkg.file('xl/styles.xml')?.async('nodebuffer');
    expect(Buffer.isBuffer(raw)).toBe(true);
  });

  test('a part damaged inside its compressed data is refused by CRC-32, with the damaged-file message', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('甲').getCell('A1').value = '民生实事'.repeat(50);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    // Find the shared strings' compressed data (local header, then name) and change one byte in it.
    const name = Buffer.from('xl/sharedStrings.xml');
    const at = bytes.indexOf(name);
    expect(at).toBeGreaterThan(0);
    const start = at + name.length + bytes.readUInt16LE(at - 2);
    const damaged = Buffer.from(bytes);
    damaged[start + 20] = (damaged[start + 20] ?? 0) ^ 0x01;
    useFastUnzip();
    let message = '';
    try {
      unzipPackage(damaged);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^Corrupted zip/);
    const err = await readWorkbookGrids('坏.xlsx', damaged).catch((e: unknown) => e);
    expect(describeReadError('坏.xlsx', err)).toMatch(/坏\.xlsx.*已损坏/);
  });
});
