"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.onExcelJsLoad = onExcelJsLoad;
exports.excelJsWorkbook = excelJsWorkbook;
let loaded = null;
const setups = [];
/**
 * Runs `setup` once ExcelJS is loaded (at once when it already is): patches that must be in place
 * before ExcelJS reads, registered without loading it.
 * @example onExcelJsLoad(useFastUnzip)
 */
function onExcelJsLoad(setup) {
    if (loaded)
        setup();
    else
        setups.push(setup);
}
/**
 * ExcelJS's Workbook class, loading it (and running the {@link onExcelJsLoad} setups) on first use.
 * @example const wb = new (excelJsWorkbook())();
 */
function excelJsWorkbook() {
    if (!loaded) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        loaded = require('exceljs/lib/doc/workbook');
        for (const setup of setups.splice(0))
            setup();
    }
    return loaded;
}
