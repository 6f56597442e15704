import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { firstOverlap, useLinearMergeLoading } from '../../src/xlsx/mergeLoading';
import { readWorkbookGrids } from '../../src/xlsx/xlsxSource';

describe('firstOverlap', () => {
  it.each([
    [[{ top: 1, left: 1, bottom: 2, right: 2 }, { top: 3, left: 1, bottom: 4, right: 1 }], null],
    [[{ top: 1, left: 1, bottom: 2, right: 2 }, { top: 2, left: 2, bottom: 3, right: 3 }], { row: 2, col: 2 }],
    [[], null],
  ])('%j → %j', (ranges, expected) => {
    expect(firstOverlap(ranges)).toEqual(expected);
  });
});

/** A tracker whose category column is merged in runs of three rows, `runs` times. */
async function mergedTracker(runs: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['类别', '指标名称', '全年目标', '累计完成']);
  for (let k = 0; k < runs; k++) {
    for (let j = 0; j < 3; j++) ws.addRow([j === 0 ? `类别${k}` : null, `指标${k}-${j}`, 100, 10 + j]);
    ws.mergeCells(2 + 3 * k, 1, 4 + 3 * k, 1);
  }
  ws.mergeCells('E1:F1');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('loading merged cells in linear time', () => {
  it('is in place', () => {
    expect(useLinearMergeLoading()).toBe(true);
  });

  it('reads every merge of a heavily merged sheet, with the master value under each merged cell', async () => {
    const grids = await readWorkbookGrids('民政局.xlsx', await mergedTracker(2000));
    const g = grids[0]!;
    expect(g.merges).toHaveLength(2001);
    expect(g.merges).toContainEqual({ top: 2 + 3 * 1999, left: 1, bottom: 4 + 3 * 1999, right: 1 });
    expect(g.merges).toContainEqual({ top: 1, left: 5, bottom: 1, right: 6 });
    expect(g.rows[1]?.[0]?.v).toBe('类别0');
  });

  it('ExcelJS (which loads an earlier output for the file sink) still refuses overlapping merges', async () => {
    const zip = await JSZip.loadAsync(await mergedTracker(3));
    const part = 'xl/worksheets/sheet1.xml';
    const xml = await zip.file(part)!.async('string');
    zip.file(part, xml.replace(/<mergeCells[^>]*>[\s\S]*?<\/mergeCells>/, '<mergeCells count="2"><mergeCell ref="A2:B3"/><mergeCell ref="B3:C4"/></mergeCells>'));
    const bad = await zip.generateAsync({ type: 'nodebuffer' });
    await expect(new ExcelJS.Workbook().xlsx.load(bad as unknown as ArrayBuffer)).rejects.toThrow(/merge/i);
    // A department's file like it is read: Excel repairs it keeping the cells, and SheetJS reads it
    // when the fast reader steps aside on the overlap.
    const grids = await readWorkbookGrids('坏表.xlsx', bad);
    expect(grids[0]?.rows[1]?.[0]?.v).toBe('类别0');
    expect(grids[0]?.rows[1]?.[3]?.v).toBe(10);
  });
});
