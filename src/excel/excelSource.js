"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ExcelTrackingSource = exports.visibilitySlices = exports.parseAreas = exports.mergeSlices = exports.hiddenLines = exports.MERGED_AREAS_LIMIT = exports.MERGES_UNSUPPORTED = exports.SAMPLE_MARGIN = exports.SAMPLE_ROWS = exports.READ_BUDGET_BYTES = void 0;
/**
 * The office.js TrackingSource: reads the departments' tracking sheets of the open workbook into the
 * domain's grids — the bound ranges and tables when the clerk has bound some, otherwise every sheet
 * except Zhuanbao's own. Office values become domain values at the edge (see officeValues).
 *
 * Three `context.sync()` calls whatever the row count:
 * 1. the sheets, tables, bindings and Zhuanbao's state;
 * 2. the ranges to read (used or bound ranges), the table ranges, and a sample of each sheet's first
 *    rows (values, number formats, types), which sizes the reads from the data;
 * 3. values, number formats and value types in blocks, with the merged areas in row slices.
 * More only when one response would pass Excel on the web's 5 MB limit (measured from the sample, and
 * split further if Excel still answers ResponsePayloadSizeLimitExceeded).
 *
 * Merged areas: `getMergedAreasOrNullObject` (ExcelApi 1.13) fails above 512 merged areas and returns
 * the areas whose top-left cell is in the range, each whole (OfficeDev/office-js#3611), so each range
 * is asked in slices that cannot hold more than 512 top-left cells of merges (mergeSlices), in the
 * same requests as the values. Without ExcelApi 1.13 merges are not read, and `notes` says so.
 *
 * Hidden rows and columns (SheetGrid.hiddenRows / hiddenCols): the visible cells of each range,
 * `getSpecialCellsOrNullObject('Visible')` (ExcelApi 1.9), in row slices of a bounded number of areas,
 * also in the same requests; a row (column) with no visible cell in the range is hidden — rows a
 * filter hides too, as Excel shows them.
 */
const grid_1 = require("../domain/grid");
const errors_1 = require("./errors");
const officeValues_1 = require("./officeValues");
const readUnits_1 = require("./readUnits");
const readSlices_1 = require("./readSlices");
const payload_1 = require("./payload");
const runner_1 = require("./runner");
const storedState_1 = require("./storedState");
/** Response bytes the source allows itself per sync (Excel on the web answers at most 5 MB). */
exports.READ_BUDGET_BYTES = 4_000_000;
/** Rows of each sheet sampled to size the reads. */
exports.SAMPLE_ROWS = 200;
/** Margin over the sample's widest row, for rows further down with longer texts. */
exports.SAMPLE_MARGIN = 1.25;
/** What the clerk is told when this Excel cannot read merged cells. */
exports.MERGES_UNSUPPORTED = '当前 Excel 版本不支持读取合并单元格（需要 ExcelApi 1.13：Excel 2021 或更新的 Microsoft 365），合并单元格按未合并读取，分组名称可能只出现在每组第一行。请升级 Excel，或用命令行 zhuanbao 处理文件。';
var readSlices_2 = require("./readSlices");
Object.defineProperty(exports, "MERGED_AREAS_LIMIT", { enumerable: true, get: function () { return readSlices_2.MERGED_AREAS_LIMIT; } });
Object.defineProperty(exports, "hiddenLines", { enumerable: true, get: function () { return readSlices_2.hiddenLines; } });
Object.defineProperty(exports, "mergeSlices", { enumerable: true, get: function () { return readSlices_2.mergeSlices; } });
Object.defineProperty(exports, "parseAreas", { enumerable: true, get: function () { return readSlices_2.parseAreas; } });
Object.defineProperty(exports, "visibilitySlices", { enumerable: true, get: function () { return readSlices_2.visibilitySlices; } });
const jsonBytes = (v) => (0, payload_1.utf8Length)(JSON.stringify(v) ?? '');
/**
 * Response bytes per cell a range will cost, from its sheet's sample: the widest sampled row's values,
 * formats and types as JSON (payload.ts's measure), with a margin; 40 when there is no sample.
 */
function sampleBytesPerCell(sample) {
    if (!sample || sample.isNullObject)
        return 40;
    const rows = sample.values.length;
    let widest = 0;
    for (let i = 0; i < rows; i++) {
        const n = jsonBytes(sample.values[i]) + jsonBytes(sample.numberFormat[i]) + jsonBytes(sample.valueTypes[i]);
        widest = Math.max(widest, n / Math.max(1, sample.columnCount));
    }
    return Math.max(8, widest * exports.SAMPLE_MARGIN);
}
/** The office.js TrackingSource. */
class ExcelTrackingSource {
    options;
    run;
    budget;
    supports;
    /** The state loaded by the last read (settings, bindings, imports). */
    lastState = null;
    /** Bindings that no longer resolve (their range was deleted), found by the last read. */
    brokenBindings = [];
    /** Bindings whose sheet was renamed since binding, with the sheet's name now (found by the last read). */
    renamedBindings = [];
    /** Plain Chinese notes on the last read (merged cells not readable in this Excel). */
    notes = [];
    /** The visible areas of each range read, gathered by the 'visible' units. */
    visibility = [];
    constructor(options = {}) {
        this.options = options;
        this.run = options.runner ?? runner_1.officeRunner;
        this.budget = options.budget ?? exports.READ_BUDGET_BYTES;
        this.supports = options.supports ?? (0, runner_1.supportOf)(this.run);
    }
    readSheets() {
        return (0, errors_1.step)('读取跟踪表', () => this.run(async (context) => {
            const loadStart = this.queueStart(context);
            await context.sync();
            const start = loadStart();
            const queued = this.queueTargets(context, start);
            await context.sync();
            const targets = this.collectTargets(queued, start);
            const bookName = context.workbook.name || '当前工作簿';
            const byTarget = this.gridsOf(targets, start.loaded, bookName);
            this.visibility = [];
            await (0, readUnits_1.readUnits)(context, this.unitsOf(targets, byTarget), this.budget);
            const grids = [...byTarget.values()];
            this.applyVisibility();
            attachTables(grids, queued.tables);
            for (const g of grids)
                for (let i = 0; i < g.rows.length; i++)
                    if (!g.rows[i])
                        g.rows[i] = [];
            const failures = this.brokenBindings.map((b) => ({
                file: bookName,
                message: `绑定「${b.sheet}」${b.address} 已失效（该区域或工作表可能已被删除），已跳过。请在任务窗格中重新绑定。`,
            }));
            return { grids, failures };
        }));
    }
    /** Step 1: sheets, tables, bindings and the stored state. */
    queueStart(context) {
        const wb = context.workbook;
        wb.load('name');
        wb.worksheets.load('items/name,items/id,items/visibility');
        wb.tables.load('items/name,items/worksheet/name');
        wb.bindings.load('items/id');
        const loadState = (0, storedState_1.queueLoadState)(context);
        return () => {
            const loaded = loadState();
            this.lastState = loaded;
            return {
                loaded,
                useBindings: loaded.state.bindings.length > 0 && !this.options.allSheets,
                own: (0, storedState_1.ownSheetNames)(loaded),
                visibility: new Map(wb.worksheets.items.map((s) => [s.name, s.visibility])),
                sheetIds: new Set(wb.worksheets.items.map((s) => s.id)),
                bindingIds: new Set(wb.bindings.items.map((b) => b.id)),
            };
        };
    }
    /** Step 2: the ranges to read and their sizes, a sample of each sheet, the table ranges. */
    queueTargets(context, start) {
        const wb = context.workbook;
        const targets = new Map();
        const bound = [];
        const samples = new Map();
        const sampleOf = (ws, name) => {
            let s = samples.get(name);
            if (!s) {
                // The sheet's used range, its first rows only.
                s = ws.getUsedRangeOrNullObject(true).getIntersectionOrNullObject(ws.getRange(`1:${exports.SAMPLE_ROWS}`));
                s.load('values,numberFormat,valueTypes,columnCount');
                samples.set(name, s);
            }
            return s;
        };
        this.brokenBindings = [];
        if (start.useBindings) {
            for (const b of start.loaded.state.bindings) {
                // A binding whose sheet is gone would fail the whole batch (InvalidBinding): skipped and reported.
                const sheetGone = b.sheetId ? !start.sheetIds.has(b.sheetId) : !start.visibility.has(b.sheet);
                if (!start.bindingIds.has(b.id) || sheetGone) {
                    this.brokenBindings.push(b);
                    continue;
                }
                const range = wb.bindings.getItem(b.id).getRange();
                range.load('address,rowIndex,columnIndex,rowCount,columnCount');
                range.worksheet.load('name');
                bound.push({ binding: b, range });
            }
        }
        else {
            for (const s of wb.worksheets.items) {
                if (start.own.has(s.name))
                    continue;
                if (this.options.onlySheets && !this.options.onlySheets.includes(s.name))
                    continue;
                const range = s.getUsedRangeOrNullObject(true);
                range.load('address,rowIndex,columnIndex,rowCount,columnCount');
                targets.set(s.name, { sheet: s.name, hidden: s.visibility !== 'Visible', parts: [{ range, sample: sampleOf(s, s.name) }], bindings: [] });
            }
        }
        bound.forEach(({ range }, i) => sampleOf(range.worksheet, `#${i}`));
        // Table ranges of every sheet that may be read (a bound sheet may have been renamed).
        const tables = wb.tables.items
            .filter((t) => start.useBindings || targets.has(t.worksheet.name))
            .map((t) => {
            const r = t.getRange();
            r.load('address');
            return { name: t.name, sheet: t.worksheet.name, range: r };
        });
        return { targets, bound, samples, tables };
    }
    /** After step 2: bound ranges join their sheet (named as it is now: bindings follow renamed sheets). */
    collectTargets(queued, start) {
        const { targets, bound, samples } = queued;
        this.renamedBindings = [];
        bound.forEach(({ binding, range }, i) => {
            const sheet = range.worksheet.name;
            if (sheet !== binding.sheet)
                this.renamedBindings.push({ binding, sheet });
            const t = targets.get(sheet) ?? { sheet, hidden: start.visibility.get(sheet) !== 'Visible', parts: [], bindings: [] };
            t.parts.push({ range, sample: samples.get(`#${i}`) ?? null });
            t.bindings.push(binding);
            targets.set(sheet, t);
        });
        return targets;
    }
    /** One grid per sheet with something to read (an empty sheet, as a new workbook's Sheet1, is not reported). */
    gridsOf(targets, loaded, bookName) {
        const fileOf = new Map(loaded.state.imports.map((i) => [i.sheet, i.file]));
        const grids = new Map();
        for (const t of targets.values()) {
            if (t.parts.every((p) => p.range.isNullObject || p.range.rowCount === 0))
                continue;
            const grid = { file: fileOf.get(t.sheet) ?? bookName, sheet: t.sheet, rows: [], merges: [], tables: [] };
            if (t.hidden)
                grid.hidden = true;
            grids.set(t, grid);
        }
        return grids;
    }
    /** The value blocks (sized from each sheet's sample) and merge slices of every range to read. */
    unitsOf(targets, grids) {
        const units = [];
        const merges = this.supports('1.13');
        this.notes = merges ? [] : [exports.MERGES_UNSUPPORTED];
        for (const [t, grid] of grids) {
            for (const { range, sample } of t.parts) {
                if (range.isNullObject || range.rowCount === 0 || range.columnCount === 0)
                    continue;
                const perCell = sampleBytesPerCell(sample);
                const ws = range.worksheet;
                const rowsPerBlock = Math.max(1, Math.floor(this.budget / perCell / range.columnCount));
                for (let r0 = 0; r0 < range.rowCount; r0 += rowsPerBlock) {
                    const rows = Math.min(rowsPerBlock, range.rowCount - r0);
                    units.push({ grid, ws, row: range.rowIndex + r0, col: range.columnIndex, rows, cols: range.columnCount, kind: 'values', bytes: rows * range.columnCount * perCell });
                }
                const visible = { range: { top: range.rowIndex + 1, left: range.columnIndex + 1, bottom: range.rowIndex + range.rowCount, right: range.columnIndex + range.columnCount }, areas: [] };
                this.visibility.push({ grid, visible });
                for (const s of (0, readSlices_1.visibilitySlices)(range.rowCount, range.columnCount)) {
                    units.push({ grid, ws, row: range.rowIndex + s.row, col: range.columnIndex + s.col, rows: s.rows, cols: s.cols, kind: 'visible', bytes: 400, visible });
                }
                if (!merges)
                    continue;
                for (const s of (0, readSlices_1.mergeSlices)(range.rowCount, range.columnCount)) {
                    units.push({ grid, ws, row: range.rowIndex + s.row, col: range.columnIndex + s.col, rows: s.rows, cols: s.cols, kind: 'merges', bytes: 200 });
                }
            }
        }
        return units;
    }
    /** Hidden rows and columns of every grid, from its ranges' visible areas (only when there are any). */
    applyVisibility() {
        for (const { grid, visible } of this.visibility) {
            const { rows, cols } = (0, readSlices_1.hiddenLines)(visible.range, visible.areas);
            if (rows.length)
                grid.hiddenRows = (0, readSlices_1.unionLines)(grid.hiddenRows, rows);
            if (cols.length)
                grid.hiddenCols = (0, readSlices_1.unionLines)(grid.hiddenCols, cols);
        }
    }
}
exports.ExcelTrackingSource = ExcelTrackingSource;
/** Table ranges onto the grids of their sheets. */
function attachTables(grids, tables) {
    for (const t of tables) {
        const grid = grids.find((g) => g.sheet === t.sheet);
        const range = (0, grid_1.parseRange)((0, officeValues_1.localAddress)(t.range.address));
        if (grid && range)
            grid.tables.push({ name: t.name, range });
    }
}
