/**
 * The file names a department's table can have: what a folder is expanded to first, and what the
 * task pane's file picker offers (its `accept` list). The content still decides what a file is
 * (formatDetection.ts); a name only helps the clerk pick files. Small and free of any reader, so
 * the pane's first screen can show the picker without loading the reading path.
 */

/** Names a table can have, lower case with the dot. */
export const SPREADSHEET_EXTENSIONS = ['.xlsx', '.xlsm', '.xltx', '.xltm', '.xlsb', '.xls', '.xlt', '.et', '.ett', '.ods', '.fods', '.xml', '.htm', '.html', '.csv', '.txt', '.zip'] as const;

/**
 * The file picker's `accept`: every name above.
 * @example SPREADSHEET_ACCEPT.startsWith('.xlsx,.xlsm')
 */
export const SPREADSHEET_ACCEPT: string = SPREADSHEET_EXTENSIONS.join(',');

const SPREADSHEET_EXT = new RegExp(`(${SPREADSHEET_EXTENSIONS.map((e) => e.replace('.', '\\.')).join('|')})$`, 'i');

/**
 * True for a file name a department's table could have.
 * @example hasSpreadsheetName('人社局.XLS') === true; hasSpreadsheetName('说明.docx') === false
 */
export function hasSpreadsheetName(name: string): boolean {
  return SPREADSHEET_EXT.test(name);
}
