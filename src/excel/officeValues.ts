/**
 * Converting what office.js returns for a range (values, valueTypes, numberFormat) into the domain's
 * cell values, at the edge: dates (a serial number under a date format) become `{ date }`, error
 * values `{ error }`, empty cells nothing; General formats are dropped like the .xlsx adapter does.
 * Pure functions, no office.js at runtime.
 */
import { CellValue, GridCell } from '../domain/grid';
import { isDateFormat } from '../domain/dateFormat';

/** Excel error values as `range.values` shows them. */
const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!)$/;

/** Whether a number format shows a date: the one rule of every reader (src/domain/dateFormat.ts). */
export { isDateFormat };

/**
 * The ISO date of an Excel serial (1900 date system, with Excel's phantom 1900-02-29).
 * @example serialToIso(46101) === '2026-03-20'; serialToIso(1) === '1900-01-01'
 */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const whole = Math.floor(serial);
  const days = whole >= 61 ? whole - 25569 : whole - 25568; // days since 1970-01-01
  const d = new Date(days * 86400000);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/**
 * The Excel serial of an ISO date (inverse of {@link serialToIso}).
 * @example isoToSerial('2026-03-20') === 46101
 */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const days = Date.UTC(y, m - 1, d) / 86400000;
  const serial = days + 25569;
  return serial >= 61 ? serial : serial - 1;
}

/**
 * The domain value of one office.js cell.
 * @example toCellValue(46101, 'Double', 'yyyy/m/d') → { date: '2026-03-20' }
 * @example toCellValue('#DIV/0!', 'Error', 'General') → { error: '#DIV/0!' }
 */
export function toCellValue(value: unknown, valueType: string | undefined, fmt: string | undefined): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (valueType === 'Error' || (valueType === undefined && typeof value === 'string' && ERROR_TEXT.test(value))) {
    return { error: String(value) };
  }
  if (typeof value === 'number') {
    if (isDateFormat(fmt)) {
      const iso = serialToIso(value);
      if (iso) return { date: iso };
    }
    return value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/**
 * One grid cell from office.js data, or undefined for an empty cell.
 * @example toGridCell(0.529, 'Double', '0.0%') → { v: 0.529, fmt: '0.0%' }
 */
export function toGridCell(value: unknown, valueType: string | undefined, fmt: string | undefined): GridCell | undefined {
  const v = toCellValue(value, valueType, fmt);
  if (v === null) return undefined;
  return fmt && fmt !== 'General' ? { v, fmt } : { v };
}

/**
 * Strips the sheet name from an A1 address: `'2026年民生实事'!B3:D4` → `B3:D4`.
 */
export function localAddress(address: string): string {
  const i = address.lastIndexOf('!');
  return i >= 0 ? address.slice(i + 1) : address;
}

/** Quotes a sheet name for use in an address: `'工作 专报'!A1`. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
