/**
 * Converting ExcelJS cell values to the domain's cell values, at the edge: formulas give their
 * cached results, rich text its plain text, hyperlinks their text, dates an ISO date.
 */
import type { CellValue as ExcelCellValue } from 'exceljs';
import { CellValue } from '../domain/grid';

/**
 * The UTC calendar date of a Date as YYYY-MM-DD ('' for an invalid Date), as dates read from
 * workbooks are kept.
 * @example isoFromUtc(new Date(Date.UTC(2026, 2, 20, 18))) === '2026-03-20'
 */
export function isoFromUtc(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/**
 * The domain value of an ExcelJS cell value.
 * @example toDomainValue({ formula: 'A1/B1', result: 0.5 }) === 0.5
 * @example toDomainValue({ richText: [{ text: '人社' }, { text: '局' }] }) === '人社局'
 * @example toDomainValue({ text: 12, hyperlink: 'https://…' }) === 12
 */
export function toDomainValue(v: ExcelCellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) {
    const iso = isoFromUtc(v);
    return iso ? { date: iso } : null;
  }
  if (typeof v === 'object') {
    const o = v as unknown as Record<string, unknown>;
    if ('error' in o && typeof o['error'] === 'string') return { error: o['error'] };
    if ('richText' in o && Array.isArray(o['richText'])) {
      return (o['richText'] as { text?: unknown }[]).map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
    }
    if ('formula' in o || 'sharedFormula' in o) {
      const result = o['result'];
      if (result === undefined || result === null) return null;
      return toDomainValue(result as ExcelCellValue);
    }
    // A hyperlink's text is the cell's value, whatever its type (a number keeps its number).
    if ('text' in o) return toDomainValue(o['text'] as ExcelCellValue | undefined);
  }
  return null;
}
