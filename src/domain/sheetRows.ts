/**
 * Rows of a sheet Zhuanbao lays out (the bulletin, the 督办清单), collected with their merges: a
 * line across the whole width, a heading, a paragraph of prose sized to its text, a table header.
 * The layout parts of a sheet each add their rows to one `SheetRows`.
 */
import { CellRange } from './grid';
import { CellStyle, SheetRow } from './sheetModel';
import { codePointCount } from './text';

export const BODY_FONT = '仿宋';
export const HEADER_FILL = '#D9E1F2';

export class SheetRows {
  readonly rows: SheetRow[] = [];
  readonly merges: CellRange[] = [];
  /** Roughly how many CJK characters fit on one line across the whole width. */
  readonly charsPerLine: number;

  /**
   * @param widths Column widths (characters); the sheet is `widths.length` columns wide.
   * @example new SheetRows([6, 18, 28]).cols === 3
   */
  constructor(readonly widths: readonly number[]) {
    this.charsPerLine = Math.floor(widths.reduce((a, b) => a + b, 0) / 2.1);
  }

  get cols(): number {
    return this.widths.length;
  }

  /** The 1-based number of the next row. */
  get next(): number {
    return this.rows.length + 1;
  }

  /**
   * Adds a row as it is; returns its 1-based number.
   * @example rows.push({ cells: [{ value: 'a' }] }) === 1
   */
  push(row: SheetRow): number {
    this.rows.push(row);
    return this.rows.length;
  }

  /**
   * Merges columns `left`..`right` of row `row`.
   * @example rows.merge(3, 1, 5)
   */
  merge(row: number, left: number, right: number): void {
    this.merges.push({ top: row, left, bottom: row, right });
  }

  /**
   * Adds a row whose first cell spans the whole width; returns its number.
   * @example rows.full({ cells: [{ value: '' }], height: 8 })
   */
  full(row: SheetRow): number {
    const r = this.push(row);
    this.merge(r, 1, this.cols);
    return r;
  }

  /**
   * A bold 黑体 heading across the width.
   * @example rows.heading('【工作进度】')
   */
  heading(text: string, size = 14): void {
    this.full({ cells: [{ value: text, style: { bold: true, size, font: '黑体', vAlign: 'middle' } }], height: 24 });
  }

  /**
   * A paragraph across the width, wrapped, as tall as its text needs.
   * @example rows.paragraph('　　全市……。')
   */
  paragraph(text: string, style: CellStyle = {}): void {
    this.full(prose(text, this.charsPerLine, style));
  }

  /**
   * A blank spacer row across the width.
   * @example rows.spacer(8)
   */
  spacer(height: number): void {
    this.full({ cells: [{ value: '' }], height });
  }
}

/**
 * A row of wrapped prose, 20 points per line of `charsPerLine` characters.
 * @example prose('一二三', 10).height === 20
 */
export function prose(text: string, charsPerLine: number, style: CellStyle = {}): SheetRow {
  const lines = Math.max(1, Math.ceil(codePointCount(text) / charsPerLine));
  return { cells: [{ value: text, style: { wrap: true, vAlign: 'top', font: BODY_FONT, size: 12, ...style } }], height: 20 * lines };
}

/**
 * A table's header row: bold, bordered, centred, filled.
 * @example headerRow(['序号', '指标']).cells.length === 2
 */
export function headerRow(headers: readonly string[]): SheetRow {
  return { cells: headers.map((h) => ({ value: h, style: { bold: true, border: true, hAlign: 'center', vAlign: 'middle', fill: HEADER_FILL, wrap: true } })), height: 22 };
}
