/**
 * The cells of a row that hold something of their own: the buffer a sheet reader refills per row
 * gives what the plain definition gives, row after row.
 */
import fc from 'fast-check';
import { GridView, SheetGrid } from '../../src/domain/grid';
import { OwnCells, ownCells } from '../../src/domain/ownCells';
import { ROW_PATTERNS } from '../../src/domain/sheetReading';
import { halfWidth } from '../../src/domain/text';
import { anyCellValue, fcParams } from './fcSupport';

const merge = fc.record({ top: fc.integer({ min: 1, max: 6 }), left: fc.integer({ min: 1, max: 6 }), h: fc.nat(2), w: fc.nat(3) })
  .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));

const grid: fc.Arbitrary<SheetGrid> = fc.record({
  rows: fc.array(fc.array(fc.option(fc.record({ v: anyCellValue }), { nil: undefined }), { maxLength: 7 }), { maxLength: 6 }),
  merges: fc.array(merge, { maxLength: 3 }),
}).map(({ rows, merges }) => ({ file: 'a.xlsx', sheet: 'S', rows, merges, tables: [] }));

describe('OwnCells', () => {
  test('one buffer refilled row after row reads every row as ownCells does', () => {
    fc.assert(fc.property(grid, (g) => {
      const view = new GridView(g);
      const own = new OwnCells();
      for (let r = 1; r <= view.rowCount + 1; r++) {
        const plain = ownCells(view, r);
        own.read(view, r);
        expect(own.length).toBe(plain.length);
        expect(own.texts()).toEqual(plain.map((o) => o.text));
        plain.forEach((o, k) => {
          expect(own.col(k)).toBe(o.col);
          expect(own.text(k)).toBe(o.text);
          const written = own.written(k);
          if (written !== null) expect(written).toBe(o.text);
        });
      }
    }), fcParams);
  });

  test('a row no merge covers (beyond top-left cells) has no merged cell (GridView.hasMergesOn)', () => {
    fc.assert(fc.property(grid, (g) => {
      const view = new GridView(g);
      for (let r = 0; r <= view.rowCount + 3; r++) {
        if (view.hasMergesOn(r)) continue;
        for (let c = 0; c <= view.colCount + 4; c++) expect(view.mergeAt(r, c)).toBeUndefined();
      }
    }), fcParams);
  });

  test('a value left undefined reads as String writes it', () => {
    const g: SheetGrid = { file: 'a.xlsx', sheet: 'S', rows: [[{ v: undefined as unknown as null }, { v: ' x ' }]], merges: [], tables: [] };
    const own = new OwnCells().read(new GridView(g), 1);
    expect(own.texts()).toEqual(ownCells(new GridView(g), 1).map((o) => o.text));
    expect(own.texts()).toEqual(['undefined', 'x']);
  });

  test('texts left unwritten (numbers, TRUE/FALSE) match none of the patterns rows are skipped on', () => {
    const unwritten = fc.oneof(fc.double(), fc.integer(), fc.boolean(), fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e21, -1e-7));
    fc.assert(fc.property(unwritten, (v) => {
      const g: SheetGrid = { file: 'a.xlsx', sheet: 'S', rows: [[{ v }]], merges: [], tables: [] };
      const own = new OwnCells().read(new GridView(g), 1);
      expect(own.written(0)).toBeNull();
      const text = own.text(0);
      for (const re of ROW_PATTERNS) {
        expect(re.test(text)).toBe(false);
        expect(re.test(halfWidth(text))).toBe(false);
      }
    }), fcParams);
  });
});
