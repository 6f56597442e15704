/**
 * The `.xlsx` Highlighter: marks lagging rows in a department's workbook held in memory by ExcelJS
 * (fill and font colour by grade) and removes the marks again, restoring each cell's own style
 * exactly. Cell values are never touched.
 *
 * ExcelJS shares one style object between all cells read with the same style, so a cell is never
 * styled in place: each marked cell gets a new style object, and clearing puts the original object
 * (the very same reference) back.
 */
import ExcelJS from 'exceljs';
import { HighlightTarget, Highlighter } from '../domain/workbookPort';

type Colours = Parameters<Highlighter['highlight']>[1];

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/** One marked cell and the style it had before. */
interface Saved {
  cell: ExcelJS.Cell;
  style: Partial<ExcelJS.Style>;
}

/** Highlights over one ExcelJS workbook; `file` is the name the targets use for it. */
export class XlsxHighlighter implements Highlighter {
  private saved: Saved[] = [];
  /** Targets of the last highlight whose sheet is not in this workbook. */
  missing: HighlightTarget[] = [];

  constructor(readonly workbook: ExcelJS.Workbook, readonly file: string) {}

  /** Number of cells currently marked. */
  get marked(): number {
    return this.saved.length;
  }

  async highlight(targets: HighlightTarget[], colours: Colours): Promise<void> {
    await this.clearHighlights();
    this.missing = [];
    const seen = new Set<string>();
    for (const t of targets) {
      if (t.file !== this.file) continue;
      const ws = this.workbook.getWorksheet(t.sheet);
      if (!ws) { this.missing.push(t); continue; }
      const fill = argb(t.grade === 'red' ? colours.redFill : colours.yellowFill);
      const font = argb(t.grade === 'red' ? colours.redFont : colours.yellowFont);
      for (let c = Math.max(1, t.left); c <= Math.max(t.left, t.right); c++) {
        const key = `${t.sheet}\u0000${t.row}\u0000${c}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const cell = ws.getCell(t.row, c);
        if (cell.isMerged && cell.master !== cell) continue; // the merge's own top-left cell carries it
        const style = cell.style;
        this.saved.push({ cell, style });
        cell.style = {
          ...style,
          fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } },
          font: { ...(style.font ?? {}), color: { argb: font } },
        };
      }
    }
  }

  async clearHighlights(): Promise<void> {
    // Restore in reverse, so a cell marked twice ends with its very first style.
    for (let i = this.saved.length - 1; i >= 0; i--) {
      const s = this.saved[i];
      if (s) s.cell.style = s.style;
    }
    this.saved = [];
  }
}
