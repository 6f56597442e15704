/**
 * Reading one cell of a row in a layout's column: its text, its address, or its number (error
 * values and dates become findings, placeholders such as — or 无 read as nothing).
 */
import { FindingList, finding } from './findings';
import { GridView, cellAddress } from './grid';
import { FieldRole } from './headerRecognition';
import { Quantity, cellText, numberQuantity, parseValueShared, plainNumberText } from './quantity';
import { RawIndicator } from './rawIndicator';
import { ColumnAssignment } from './sheetLayout';
import { halfWidth } from './text';

/** A cell that holds nothing to read: a dash, 无, 暂无, a slash… */
export const PLACEHOLDER = /^(—+|-+|－+|\/|／|无|暂无|空|\\|n\/?a|\.+|…+|\*)$/i;

/**
 * The text of the cell a row shows in column `c` of its layout ('' when the layout has no such column).
 * @example textOf(view, plan.cols.name, 5) === '新增城镇就业'
 */
export function textOf(view: GridView, c: ColumnAssignment | undefined, r: number): string {
  if (!c) return '';
  const m = view.mergeAt(r, c.col); // as view.at, without its record
  return m ? cellText(view.own(m.top, m.left)) : cellText(view.own(r, c.col));
}

/**
 * The address of the cell textOf reads (undefined when the layout has no such column): worked out
 * only for the texts whose address is kept.
 * @example addressOf(view, plan.cols.name, 5) === 'B5'
 */
export function addressOf(view: GridView, c: ColumnAssignment | undefined, r: number): string | undefined {
  if (!c) return undefined;
  const m = view.mergeAt(r, c.col);
  return m ? cellAddress(m.top, m.left) : cellAddress(r, c.col);
}

/** What a number column of a row held: a quantity, text that is not one (never ''), or nothing. */
export type NumberRead = Quantity | string | null;

/**
 * Reads the row's cell in the layout's column for `role` as a number: its address goes into
 * `cells` when it holds anything; error values and dates become findings.
 * @example readNumber(view, plan.cols.target, 5, findings, cells, 'target', '全年目标') → { value: 6000, unit: null, … }
 */
export function readNumber(view: GridView, c: ColumnAssignment | undefined, r: number, findings: FindingList, cells: RawIndicator['cells'], role: FieldRole, label: string): NumberRead {
  if (!c) return null;
  const m = view.mergeAt(r, c.col); // as view.at, without its record
  const cell = m ? view.own(m.top, m.left) : view.own(r, c.col);
  const v = cell?.v ?? null;
  // Numbers and number texts: the quantity parseValueShared gives, new and without its record.
  const q = typeof v === 'number' ? numberQuantity(v, cell?.fmt) : typeof v === 'string' ? plainNumberText(v) : null;
  if (q) { cells[role] = m ? cellAddress(m.top, m.left) : cellAddress(r, c.col); return q; }
  const p = parseValueShared(v, cell?.fmt);
  if (p.kind === 'empty') return null;
  const addr = m ? cellAddress(m.top, m.left) : cellAddress(r, c.col);
  cells[role] = addr;
  if (p.kind === 'quantity') return typeof v === 'number' ? p.quantity : { ...p.quantity }; // a text's is shared
  if (p.kind === 'error') {
    findings.once(finding(view.grid.file, view.grid.sheet, addr, 'cell_error', `${label}单元格 ${addr} 为错误值 ${p.error}，已按空值处理，请核对公式。`));
    return null;
  }
  if (p.kind === 'date') {
    findings.once(finding(view.grid.file, view.grid.sheet, addr, 'unreadable_value', `${label}单元格 ${addr} 是日期（${p.date}），不是数值，已按空值处理。`));
    return null;
  }
  const text = p.text;
  if (!text || PLACEHOLDER.test(halfWidth(text))) return null;
  return text;
}
