/**
 * ExcelJS's Workbook class, loaded on its own and only when first needed. `require('exceljs')`
 * also loads ExcelJS's streaming reader and writer (unzipper, archiver and their dependencies),
 * which Zhuanbao does not use; and since ExcelJS reads no department's file (docs/formats.md) and a
 * new bulletin is written without it (directWriter.ts), even the Workbook class — some 250 modules,
 * a tenth of a second of every start — is loaded only to update an earlier output that holds the
 * clerk's own sheets. In the task pane, webpack maps the
 * module path to `browserWorkbook.cjs` (ExcelJS's browser build; see webpack.config.js).
 */
import type ExcelJS from 'exceljs';

let loaded: typeof ExcelJS.Workbook | null = null;
const setups: (() => void)[] = [];

/**
 * Runs `setup` once ExcelJS is loaded (at once when it already is): patches that must be in place
 * before ExcelJS reads, registered without loading it.
 * @example onExcelJsLoad(useFastUnzip)
 */
export function onExcelJsLoad(setup: () => void): void {
  if (loaded) setup();
  else setups.push(setup);
}

/**
 * ExcelJS's Workbook class, loading it (and running the {@link onExcelJsLoad} setups) on first use.
 * @example const wb = new (excelJsWorkbook())();
 */
export function excelJsWorkbook(): typeof ExcelJS.Workbook {
  if (!loaded) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require('exceljs/lib/doc/workbook') as typeof ExcelJS.Workbook;
    for (const setup of setups.splice(0)) setup();
  }
  return loaded;
}
