"use strict";
/**
 * The file names a department's table can have: what a folder is expanded to first, and what the
 * task pane's file picker offers (its `accept` list). The content still decides what a file is
 * (formatDetection.ts); a name only helps the clerk pick files. Small and free of any reader, so
 * the pane's first screen can show the picker without loading the reading path.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.SPREADSHEET_ACCEPT = exports.SPREADSHEET_EXTENSIONS = void 0;
exports.hasSpreadsheetName = hasSpreadsheetName;
/** Names a table can have, lower case with the dot. */
exports.SPREADSHEET_EXTENSIONS = ['.xlsx', '.xlsm', '.xltx', '.xltm', '.xlsb', '.xls', '.xlt', '.et', '.ett', '.ods', '.fods', '.xml', '.htm', '.html', '.csv', '.txt', '.zip'];
/**
 * The file picker's `accept`: every name above.
 * @example SPREADSHEET_ACCEPT.startsWith('.xlsx,.xlsm')
 */
exports.SPREADSHEET_ACCEPT = exports.SPREADSHEET_EXTENSIONS.join(',');
const SPREADSHEET_EXT = new RegExp(`(${exports.SPREADSHEET_EXTENSIONS.map((e) => e.replace('.', '\\.')).join('|')})$`, 'i');
/**
 * True for a file name a department's table could have.
 * @example hasSpreadsheetName('人社局.XLS') === true; hasSpreadsheetName('说明.docx') === false
 */
function hasSpreadsheetName(name) {
    return SPREADSHEET_EXT.test(name);
}
