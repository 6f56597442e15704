/**
 * `../shared/fixtures/corpus-min/`: each small workbook shows one trait of real-world files, and
 * reads as its README says Excel shows it, by the fast reader
 * itself where the trait is cheap to handle (CDATA, comments, SharedStrings by relationship, ISO
 * date cells, duplicate merges; a whole-sheet validation is stepped over unread, so no sheet takes
 * seconds — timing is not asserted here, the bench measures), and the damaged one refused with the
 * 已损坏 message.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GridCell } from '../../src/domain/grid';
import { readGridsDirect } from '../../src/xlsx/directRead';
import { readWorkbookBytes } from '../../src/xlsx/xlsxSource';

const dir = path.resolve(__dirname, '../../../shared/fixtures/corpus-min');
const have = fs.existsSync(dir);
const ROW1: GridCell[] = [{ v: '项目' }, { v: 12 }];

/** What Excel shows for each file (its README): the sheet's rows, or a refusal. */
const EXCEL_SHOWS: Record<string, { rows?: (GridCell | undefined)[][]; merges?: unknown[]; damaged?: true }> = {
  'p1-hyperlink-on-empty-cell.xlsx': { rows: [ROW1] },
  'p2-text-before-root.xlsx': { damaged: true },
  'p3-broken-unread-part.xlsx': { rows: [ROW1] },
  'p4-whole-sheet-validation-plus-comment.xlsx': { rows: [ROW1] },
  'p4-whole-column-validation-plus-comment.xlsx': { rows: [ROW1] },
  'm4a-1842-with-comment.xlsx': { rows: [] },
  'p5-iso-date-cell.xlsx': { rows: [ROW1, [{ v: { date: '2025-06-30' }, fmt: 'yyyy/m/d' }, { v: { date: '2025-06-30' } }]] },
  'p6-cdata-inline-string.xlsx': { rows: [ROW1, [{ v: '完成' }]] },
  'p7-sharedstrings-capital-S.xlsx': { rows: [ROW1, [{ v: 'Hello' }]] },
  'p8-duplicate-merge.xlsx': { rows: [ROW1, [{ v: 'x' }]], merges: [{ top: 2, left: 1, bottom: 2, right: 2 }] },
};

(have ? describe : describe.skip)('corpus-min: each file reads as Excel shows it', () => {
  it('every file in the folder is listed here', () => {
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort()).toEqual(Object.keys(EXCEL_SHOWS).sort());
  });

  it.each(Object.entries(EXCEL_SHOWS))('%s', async (file, shows) => {
    const bytes = fs.readFileSync(path.join(dir, file));
    const r = await readWorkbookBytes(file, bytes);
    if (shows.damaged) {
      expect(r.grids).toEqual([]);
      expect(r.failures[0]?.message).toMatch(new RegExp(`${file.replace(/\./g, '\\.')}.*已损坏`));
      return;
    }
    expect(r.failures).toEqual([]);
    expect(r.grids).toHaveLength(1);
    expect(r.grids[0]?.sheet).toMatch(/^(S|Sheet1)$/);
    expect(r.grids[0]?.rows).toEqual(shows.rows);
    if (shows.merges) expect(r.grids[0]?.merges).toEqual(shows.merges);
    // By the fast reader itself, not a fallback: the same grids come straight from it.
    expect(readGridsDirect(file, bytes)).toEqual(r.grids);
  });
});
