"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sheet = sheet;
exports.report = report;
/**
 * Test data builders: sheet grids written as arrays of rows, with merges and tables in A1 notation.
 */
const grid_1 = require("../../src/domain/grid");
const settings_1 = require("../../src/domain/settings");
const report_1 = require("../../src/domain/report");
/**
 * Builds a grid from rows of cells.
 * @example sheet([['指标', '全年目标'], ['新增就业', 100]], { file: '人社局.xlsx' })
 */
function sheet(rows, spec = {}) {
    const toCell = (c) => {
        if (c === undefined || c === null)
            return undefined;
        if (typeof c === 'object' && 'fmt' in c)
            return { v: c.v, fmt: c.fmt };
        return { v: c };
    };
    const grid = {
        file: spec.file ?? '测试局.xlsx',
        sheet: spec.sheet ?? 'Sheet1',
        rows: rows.map((r) => r.map(toCell)),
        merges: (spec.merges ?? []).map((m) => {
            const r = (0, grid_1.parseRange)(m);
            if (!r)
                throw new Error(`bad range ${m}`);
            return r;
        }),
        tables: (spec.tables ?? []).map((t) => {
            const r = (0, grid_1.parseRange)(t.ref);
            if (!r)
                throw new Error(`bad range ${t.ref}`);
            return { name: t.name, range: r };
        }),
    };
    if (spec.hidden)
        grid.hidden = true;
    if (spec.hiddenRows)
        grid.hiddenRows = [...spec.hiddenRows].sort((a, b) => a - b);
    if (spec.hiddenCols) {
        grid.hiddenCols = spec.hiddenCols.map((c) => (typeof c === 'number' ? c : (0, grid_1.parseRange)(`${c}1`)?.left ?? 0)).sort((a, b) => a - b);
    }
    return grid;
}
/** Builds a report from grids with settings (as-of 2026-03-20 unless given). */
function report(grids, settings = {}) {
    return (0, report_1.buildReport)({ grids, settings: (0, settings_1.parseSettings)({ asOf: '2026-03-20', ...settings }) });
}
