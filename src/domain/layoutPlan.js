"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.planLayout = planLayout;
exports.fractionColumn = fractionColumn;
exports.applyMapping = applyMapping;
const headerRecognition_1 = require("./headerRecognition");
const quantity_1 = require("./quantity");
const sheetLayout_1 = require("./sheetLayout");
/**
 * The plan of a layout.
 * @example planLayout(layout).cols.done?.col === 6 // the 累计完成 column is F
 */
function planLayout(layout) {
    const cols = {};
    for (const role of headerRecognition_1.FIELD_ROLES)
        cols[role] = undefined;
    const roleByCol = new Map();
    let left = Infinity;
    let right = 0;
    for (const c of layout.columns) {
        cols[c.role] ??= c;
        if (!roleByCol.has(c.col))
            roleByCol.set(c.col, c.role);
        left = Math.min(left, c.col);
        right = Math.max(right, c.col);
    }
    return {
        layout,
        cols: cols,
        roleByCol,
        left,
        span: { left: left === Infinity ? 1 : left, right: Math.max(right, 1) },
        periods: layout.columns.filter((c) => c.role === 'period' && c.period),
        fractions: new Map(),
    };
}
/**
 * Whether every number in column `c` below the plan's header is a fraction (at most 1.5): a
 * completion column written as 0.529 rather than 52.9. Worked out once per column of a plan.
 * @example fractionColumn(view, plan, 8) === true // H holds 0.231, 0.5…
 */
function fractionColumn(view, plan, c) {
    let v = plan.fractions.get(c);
    if (v === undefined) {
        v = true;
        for (let r = plan.layout.headerBottom + 1; r <= plan.layout.lastRow; r++) {
            const n = view.own(r, c)?.v;
            if (typeof n === 'number' && Math.abs(n) > 1.5) {
                v = false;
                break;
            }
        }
        plan.fractions.set(c, v);
    }
    return v;
}
/** Column number of column letters: 'A' → 1, 'AB' → 28. */
function columnNumber(letters) {
    return [...letters].reduce((acc, ch) => acc * 26 + ch.charCodeAt(0) - 64, 0);
}
/**
 * The layout with the clerk's stored mapping applied: a mapping is found by the layout's key (or,
 * for a sheet without a detected header, by `file#sheet` with a header row); its header row re-reads
 * the layout there, and its columns override roles (a column takes one role only).
 * @example applyMapping(view, detected, [{ layoutKey: detected.key, columns: { done: 'G' } }])?.columns // done in G
 */
function applyMapping(view, layout, mappings) {
    if (!layout) {
        const byRow = mappings.find((m) => m.headerRow && m.layoutKey === `${view.grid.file}#${view.grid.sheet}`);
        if (!byRow?.headerRow)
            return null;
        layout = (0, sheetLayout_1.layoutAt)(view, byRow.headerRow);
    }
    const mapping = mappings.find((m) => m.layoutKey === layout?.key);
    if (!mapping)
        return layout;
    const base = mapping.headerRow && mapping.headerRow !== layout.headerTop ? (0, sheetLayout_1.layoutAt)(view, mapping.headerRow) : layout;
    const columns = base.columns.filter((c) => !(c.role in mapping.columns));
    for (const [role, letters] of Object.entries(mapping.columns)) {
        if (!letters)
            continue;
        const col = columnNumber(letters);
        const existing = columns.findIndex((c) => c.col === col);
        if (existing >= 0)
            columns.splice(existing, 1);
        columns.push({ col, role: role, header: (0, quantity_1.cellText)(view.at(base.headerBottom, col).cell), percent: false, unit: null });
    }
    columns.sort((a, b) => a.col - b.col);
    // The clerk's columns decide: the engine's choices for those roles or columns no longer apply.
    const mapped = new Set(Object.values(mapping.columns).filter((l) => !!l).map(columnNumber));
    const choices = base.choices.filter((c) => !(c.role in mapping.columns) && !mapped.has(c.chosen.col) && !mapped.has(c.skipped.col));
    return { ...base, columns, choices };
}
