/**
 * The task pane's SheetJS loader (webpack maps sheetjsLoader.ts here): SheetJS's ES module and its
 * code pages as a lazy chunk, fetched the first time a file needs SheetJS.
 */
import type { SheetJs } from './sheetjsLoader';

let loading: Promise<SheetJs> | null = null;
let done = false;

/**
 * SheetJS, loaded as the lazy "sheetjs" chunk on first use.
 * @example const XLSX = await loadSheetJs();
 */
export function loadSheetJs(): Promise<SheetJs> {
  loading ??= Promise.all([
    import(/* webpackChunkName: "sheetjs" */ '@e965/xlsx'),
    import(/* webpackChunkName: "sheetjs" */ '@e965/xlsx/dist/cpexcel.full.mjs'),
  ]).then(([xlsx, cptable]) => {
    xlsx.set_cptable(cptable);
    done = true;
    return xlsx as unknown as SheetJs;
  });
  return loading;
}

/** True once SheetJS has been loaded. */
export function sheetJsLoaded(): boolean {
  return done;
}
