"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadSheetJs = loadSheetJs;
exports.sheetJsLoaded = sheetJsLoaded;
let loaded = null;
/**
 * SheetJS, loaded on first use.
 * @example const XLSX = await loadSheetJs(); XLSX.read(bytes, { type: 'array' })
 */
function loadSheetJs() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded ??= require('@e965/xlsx');
    return Promise.resolve(loaded);
}
/** True once SheetJS has been loaded in this process (for tests of the lazy loading). */
function sheetJsLoaded() {
    return loaded !== null;
}
