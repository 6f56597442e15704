/* The task pane's ExcelJS Workbook (webpack maps exceljs/lib/doc/workbook here): ExcelJS's browser build. */
module.exports = require('exceljs').Workbook;
