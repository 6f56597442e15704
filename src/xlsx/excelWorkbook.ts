/**
 * ExcelJS's Workbook class, loaded on its own. `require('exceljs')` also loads ExcelJS's streaming
 * reader and writer (unzipper, archiver and their dependencies), which Zhuanbao does not use: about
 * 170 ms of every CLI start on this machine. In the task pane, webpack maps this module path to
 * `browserWorkbook.cjs` (ExcelJS's browser build; see webpack.config.js).
 */
import type ExcelJS from 'exceljs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const Workbook = require('exceljs/lib/doc/workbook') as typeof ExcelJS.Workbook;
