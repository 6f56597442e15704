/**
 * Loading SheetJS (`@e965/xlsx`, the npm build of SheetJS CE 0.20) only when a file needs it: in
 * Node with a `require` at first use (its Node build brings its code pages, for old `.xls` files
 * written in GBK); in the task pane webpack maps this module to sheetjsLoader.browser.ts, which
 * loads SheetJS as a lazy chunk of its own (see webpack.config.js).
 */
import type * as XLSX from '@e965/xlsx';

/** SheetJS's module. */
export type SheetJs = typeof XLSX;

let loaded: SheetJs | null = null;

/**
 * SheetJS, loaded on first use.
 * @example const XLSX = await loadSheetJs(); XLSX.read(bytes, { type: 'array' })
 */
export function loadSheetJs(): Promise<SheetJs> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('@e965/xlsx') as SheetJs;
  return Promise.resolve(loaded);
}

/** True once SheetJS has been loaded in this process (for tests of the lazy loading). */
export function sheetJsLoaded(): boolean {
  return loaded !== null;
}
