"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TRACKER_CONFIDENCE = void 0;
exports.describeCandidates = describeCandidates;
exports.importSheetName = importSheetName;
/**
 * Which sheets of the open workbook look like tracking sheets: the detected layout (header rows,
 * column roles) and a confidence, for the pane's sheet list. Pure: works on grids.
 */
const grid_1 = require("../domain/grid");
const sheetLayout_1 = require("../domain/sheetLayout");
const sheetName_1 = require("../domain/sheetName");
/** Minimum confidence for a sheet to count as a tracker. */
exports.TRACKER_CONFIDENCE = 0.5;
/**
 * Describes every grid as a candidate, best first.
 * @example describeCandidates(grids, [])[0] → { sheet: '人社局', confidence: 1, headerRow: 3, … }
 */
function describeCandidates(grids, bindings) {
    return grids
        .map((grid) => {
        const view = new grid_1.GridView(grid);
        const layout = view.rowCount ? (0, sheetLayout_1.detectLayout)(view) : null;
        const address = view.rowCount && view.colCount ? `A1:${(0, grid_1.columnLetters)(view.colCount)}${view.rowCount}` : null;
        return {
            sheet: grid.sheet,
            file: grid.file,
            confidence: layout ? Math.round(layout.confidence * 100) / 100 : 0,
            headerRow: layout?.headerTop ?? null,
            layoutKey: layout?.key ?? null,
            columns: (layout?.columns ?? []).map((c) => ({ letter: (0, grid_1.columnLetters)(c.col), role: c.role, header: c.header })),
            address,
            tables: grid.tables.map((t) => t.name),
            bound: bindings.some((b) => b.sheet === grid.sheet),
            rows: view.rowCount,
            choices: layout?.choices ?? [],
        };
    })
        .sort((a, b) => b.confidence - a.confidence);
}
/**
 * A sheet name for an imported sheet: the sheet's own name when it names a department or is free,
 * else `file-sheet`; made valid by the project's one sheet-name rule (sheetNameFrom: no character
 * Excel refuses, at most 31 characters without cutting a surrogate pair, no apostrophe at either end,
 * never the reserved "History"), and unique (case-insensitive) with a "(2)"-style suffix.
 * @example importSheetName('人社局.xlsx', '2026年民生实事', new Set(['2026年民生实事'])) === '人社局-2026年民生实事'
 */
function importSheetName(file, sheet, taken, sheetsInFile = 1) {
    const base = (0, sheetName_1.stripSheetNameText)(file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
    const own = (0, sheetName_1.stripSheetNameText)(sheet);
    const lower = new Set([...taken].map((t) => t.toLocaleLowerCase()));
    let wanted = sheetsInFile === 1 && base ? base : `${base}-${own}`;
    if (sheetsInFile > 1 && own && !lower.has(own.toLocaleLowerCase()) && /(局|委|办|厅|院|会|社|中心|公司|部)$/.test(own))
        wanted = own;
    const name = (0, sheetName_1.sheetNameFrom)(wanted);
    let candidate = name;
    for (let n = 2; lower.has(candidate.toLocaleLowerCase()); n++)
        candidate = (0, sheetName_1.sheetNameFrom)(wanted, `(${n})`);
    return candidate;
}
