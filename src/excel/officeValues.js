"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isDateFormat = void 0;
exports.serialToIso = serialToIso;
exports.isoToSerial = isoToSerial;
exports.toCellValue = toCellValue;
exports.toGridCell = toGridCell;
exports.localAddress = localAddress;
exports.quoteSheet = quoteSheet;
const dateFormat_1 = require("../domain/dateFormat");
Object.defineProperty(exports, "isDateFormat", { enumerable: true, get: function () { return dateFormat_1.isDateFormat; } });
/** Excel error values as `range.values` shows them. */
const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!)$/;
/**
 * The ISO date of an Excel serial (1900 date system, with Excel's phantom 1900-02-29).
 * @example serialToIso(46101) === '2026-03-20'; serialToIso(1) === '1900-01-01'
 */
function serialToIso(serial) {
    if (!Number.isFinite(serial) || serial < 1 || serial > 2958465)
        return null;
    const whole = Math.floor(serial);
    const days = whole >= 61 ? whole - 25569 : whole - 25568; // days since 1970-01-01
    const d = new Date(days * 86400000);
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}
/**
 * The Excel serial of an ISO date (inverse of {@link serialToIso}).
 * @example isoToSerial('2026-03-20') === 46101
 */
function isoToSerial(iso) {
    const [y, m, d] = iso.split('-').map(Number);
    const days = Date.UTC(y, m - 1, d) / 86400000;
    const serial = days + 25569;
    return serial >= 61 ? serial : serial - 1;
}
/**
 * The domain value of one office.js cell.
 * @example toCellValue(46101, 'Double', 'yyyy/m/d') → { date: '2026-03-20' }
 * @example toCellValue('#DIV/0!', 'Error', 'General') → { error: '#DIV/0!' }
 */
function toCellValue(value, valueType, fmt) {
    if (value === null || value === undefined || value === '')
        return null;
    if (valueType === 'Error' || (valueType === undefined && typeof value === 'string' && ERROR_TEXT.test(value))) {
        return { error: String(value) };
    }
    if (typeof value === 'number') {
        if ((0, dateFormat_1.isDateFormat)(fmt)) {
            const iso = serialToIso(value);
            if (iso)
                return { date: iso };
        }
        return value;
    }
    if (typeof value === 'string' || typeof value === 'boolean')
        return value;
    return String(value);
}
/**
 * One grid cell from office.js data, or undefined for an empty cell.
 * @example toGridCell(0.529, 'Double', '0.0%') → { v: 0.529, fmt: '0.0%' }
 */
function toGridCell(value, valueType, fmt) {
    const v = toCellValue(value, valueType, fmt);
    if (v === null)
        return undefined;
    return fmt && fmt !== 'General' ? { v, fmt } : { v };
}
/**
 * Strips the sheet name from an A1 address: `'2026年民生实事'!B3:D4` → `B3:D4`.
 */
function localAddress(address) {
    const i = address.lastIndexOf('!');
    return i >= 0 ? address.slice(i + 1) : address;
}
/** Quotes a sheet name for use in an address: `'工作 专报'!A1`. */
function quoteSheet(name) {
    return `'${name.replace(/'/g, "''")}'`;
}
