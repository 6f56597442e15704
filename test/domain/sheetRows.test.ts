import { headerRow, prose, SheetRows } from '../../src/domain/sheetRows';

describe('SheetRows', () => {
  test('full rows merge across the width; push and merge give 1-based rows', () => {
    const rows = new SheetRows([10, 10, 10]);
    expect(rows.cols).toBe(3);
    expect(rows.next).toBe(1);
    expect(rows.full({ cells: [{ value: 'a' }] })).toBe(1);
    const r = rows.push({ cells: [{ value: 'b' }, { value: 'c' }] });
    expect(r).toBe(2);
    rows.merge(r, 2, 3);
    expect(rows.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }, { top: 2, left: 2, bottom: 2, right: 3 }]);
    expect(rows.next).toBe(3);
  });

  test('a heading is bold 黑体 24 points; a spacer is a blank merged row', () => {
    const rows = new SheetRows([10, 10]);
    rows.heading('【工作进度】', 13);
    rows.spacer(8);
    expect(rows.rows[0]).toEqual({ cells: [{ value: '【工作进度】', style: { bold: true, size: 13, font: '黑体', vAlign: 'middle' } }], height: 24 });
    expect(rows.rows[1]).toEqual({ cells: [{ value: '' }], height: 8 });
    expect(rows.merges).toHaveLength(2);
  });

  test('a paragraph grows 20 points per line of the width', () => {
    const rows = new SheetRows([21, 21]); // 20 characters a line
    expect(rows.charsPerLine).toBe(20);
    rows.paragraph('字'.repeat(20));
    rows.paragraph('字'.repeat(21), { bold: true });
    rows.paragraph('');
    expect(rows.rows.map((r) => r.height)).toEqual([20, 40, 20]);
    expect(rows.rows[1]?.cells[0]?.style).toMatchObject({ bold: true, wrap: true, font: '仿宋', size: 12 });
  });

  test('prose counts code points (an astral character is one), headerRow styles each header', () => {
    expect(prose('𠀀'.repeat(10), 10).height).toBe(20);
    expect(prose('𠀀'.repeat(11), 10).height).toBe(40);
    const h = headerRow(['序号', '指标']);
    expect(h.cells.map((c) => c?.value)).toEqual(['序号', '指标']);
    expect(h.cells.every((c) => c?.style?.bold && c.style.border && c.style.fill === '#D9E1F2')).toBe(true);
  });
});
