"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.firstOverlap = firstOverlap;
exports.useLinearMergeLoading = useLinearMergeLoading;
/**
 * Loading merged cells in linear time. ExcelJS checks every merge it reads against every merge read
 * before (quadratic): a department's sheet with thousands of merged category cells spent most of
 * its reading time there (31 % of a 100,000-row build). The overlap check is kept, done once per
 * covered cell; merging itself is ExcelJS's own. Applied once, to ExcelJS's worksheet class, when
 * this module is loaded; if ExcelJS changes its internals the patch is skipped and ExcelJS's own
 * code runs.
 */
const excelWorkbook_1 = require("./excelWorkbook");
/** The overlap ExcelJS would have refused, found in linear time; null when the merges are disjoint. */
function firstOverlap(ranges) {
    const covered = new Set();
    for (const m of ranges) {
        for (let r = m.top; r <= m.bottom; r++)
            for (let c = m.left; c <= m.right; c++) {
                const key = r * 16384 + c;
                if (covered.has(key))
                    return { row: r, col: c };
                covered.add(key);
            }
    }
    return null;
}
let applied = null;
/**
 * Patches ExcelJS (once) so that reading a workbook's merged cells takes linear time.
 * @returns whether the patch is in place
 */
function useLinearMergeLoading() {
    if (applied !== null)
        return applied;
    const proto = Object.getPrototypeOf(new ((0, excelWorkbook_1.excelJsWorkbook)())().addWorksheet('x'));
    const original = proto._parseMergeCells;
    if (typeof original !== 'function' || typeof proto.mergeCellsWithoutStyle !== 'function') {
        applied = false;
        return applied;
    }
    proto._parseMergeCells = function parseMergeCellsLinear(model) {
        const all = this._merges;
        const list = model.mergeCells ?? [];
        if (!all || typeof all !== 'object' || list.length < 2) {
            original.call(this, model);
            return;
        }
        try {
            for (const address of list) {
                // Each merge is checked against an empty list by ExcelJS, then kept in the real one.
                this._merges = {};
                this.mergeCellsWithoutStyle(address);
                Object.assign(all, this._merges);
            }
        }
        finally {
            this._merges = all;
        }
        if (firstOverlap(Object.values(all)))
            throw new Error('Cannot merge already merged cells');
    };
    applied = true;
    return applied;
}
