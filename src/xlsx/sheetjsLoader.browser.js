"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadSheetJs = loadSheetJs;
exports.sheetJsLoaded = sheetJsLoaded;
let loading = null;
let done = false;
/**
 * SheetJS, loaded as the lazy "sheetjs" chunk on first use.
 * @example const XLSX = await loadSheetJs();
 */
function loadSheetJs() {
    loading ??= Promise.all([
        import(/* webpackChunkName: "sheetjs" */ '@e965/xlsx'),
        import(/* webpackChunkName: "sheetjs" */ '@e965/xlsx/dist/cpexcel.full.mjs'),
    ]).then(([xlsx, cptable]) => {
        xlsx.set_cptable(cptable);
        done = true;
        return xlsx;
    });
    return loading;
}
/** True once SheetJS has been loaded. */
function sheetJsLoaded() {
    return done;
}
