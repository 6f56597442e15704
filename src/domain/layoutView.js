"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_EDITOR_COLUMNS = exports.EDITABLE_ROLES = void 0;
exports.sheetKey = sheetKey;
exports.mappingsWithout = mappingsWithout;
exports.describeLayout = describeLayout;
exports.editOf = editOf;
exports.assignRole = assignRole;
exports.mappingsAfterEdit = mappingsAfterEdit;
exports.mappingsAfterReset = mappingsAfterReset;
/**
 * A sheet's layout as the column-mapping editor shows it: the header row, every column with its
 * header text, which role each column plays (as the engine will read it, the clerk's stored
 * mappings applied), and how to turn the clerk's edits back into stored `ColumnMapping`s.
 *
 * How the engine applies mappings (layoutPlan.applyMapping, read-only here):
 *  - a mapping is found by the detected layout's key (its normalised header texts), so it applies to
 *    every sheet with the same headers;
 *  - its `headerRow`, when set and different, re-reads the layout at that row; its `columns` then
 *    override roles (role → letter, or null to drop the role; a column takes one role only);
 *  - a sheet with no detected header is read only through a mapping keyed `file#sheet` with a
 *    `headerRow`; column overrides for it are then looked up by the key of the layout at that row.
 * Pure: works on a grid.
 */
const grid_1 = require("./grid");
const headerRecognition_1 = require("./headerRecognition");
const quantity_1 = require("./quantity");
const sheetLayout_1 = require("./sheetLayout");
const sheetReading_1 = require("./sheetReading");
exports.EDITABLE_ROLES = headerRecognition_1.FIELD_ROLES.filter((r) => r !== 'period');
/** Columns offered in the editor, at most. */
exports.MAX_EDITOR_COLUMNS = 100;
function emptyRoles() {
    return Object.fromEntries(exports.EDITABLE_ROLES.map((r) => [r, null]));
}
function rolesOf(columns) {
    const out = emptyRoles();
    for (const c of columns)
        if (c.role !== 'period' && out[c.role] === null)
            out[c.role] = (0, grid_1.columnLetters)(c.col);
    return out;
}
/** `file#sheet`: the key of a header-row mapping for a sheet where no header was detected. */
function sheetKey(grid) {
    return `${grid.file}#${grid.sheet}`;
}
/** The stored mappings with those that belong to this sheet's layout removed. */
function mappingsWithout(mappings, keys) {
    const drop = new Set(keys.filter((k) => !!k));
    return mappings.filter((m) => !drop.has(m.layoutKey));
}
/**
 * The layout of a sheet as the editor shows it. With `headerRow`, the layout the sheet would have
 * with that header row and no column overrides (the editor's "按此行识别").
 * @example describeLayout(grid, []).roles.done === 'F'
 */
function describeLayout(grid, mappings, headerRow) {
    const view = new grid_1.GridView(grid);
    const detected = view.rowCount && view.colCount ? (0, sheetLayout_1.detectLayout)(view) : null;
    const layoutKey = detected?.key || sheetKey(grid);
    let effective = [...mappings];
    if (headerRow !== undefined) {
        const row = Math.max(1, Math.min(Math.round(headerRow), Math.max(1, view.rowCount)));
        const base = view.rowCount ? (0, sheetLayout_1.layoutAt)(view, row) : null;
        effective = [...mappingsWithout(mappings, [layoutKey, sheetKey(grid), base?.key ?? null]), { layoutKey, columns: {}, headerRow: row }];
    }
    const reading = (0, sheetReading_1.readSheet)(grid, { mappings: effective });
    const layout = reading.layout;
    const base = layout ? (0, sheetLayout_1.layoutAt)(view, layout.headerTop) : null;
    const top = layout?.headerTop ?? null;
    const bottom = layout?.headerBottom ?? top;
    const roleAt = new Map((layout?.columns ?? []).map((c) => [c.col, c.role]));
    const columns = [];
    for (let c = 1; c <= Math.min(view.colCount, exports.MAX_EDITOR_COLUMNS); c++) {
        const texts = top === null ? [] : [...new Set([(0, quantity_1.cellText)(view.at(top, c).cell), bottom !== null && bottom !== top ? (0, quantity_1.cellText)(view.at(bottom, c).cell) : ''].filter(Boolean))];
        columns.push({ col: c, letter: (0, grid_1.columnLetters)(c), header: texts.join('/'), role: roleAt.get(c) ?? null });
    }
    const applied = mappings.some((m) => m.layoutKey === layoutKey || (!detected && m.layoutKey === sheetKey(grid)) || (!detected && base && m.layoutKey === base.key));
    return {
        file: grid.file,
        sheet: grid.sheet,
        layoutKey,
        detected: !!detected,
        detectedHeaderRow: detected?.headerTop ?? null,
        headerRow: top,
        baseKey: base?.key || null,
        rowCount: view.rowCount,
        columns,
        roles: rolesOf(layout?.columns ?? []),
        baseRoles: rolesOf(base?.columns ?? []),
        periods: (layout?.columns ?? []).filter((c) => c.role === 'period').length,
        mapped: headerRow === undefined && applied,
        indicators: reading.indicators.length,
    };
}
/** The editor's starting point: the layout as the engine will read it. */
function editOf(view) {
    return { headerRow: view.headerRow, roles: { ...view.roles } };
}
/**
 * Assigns a role to a column (or to none); a column plays one role only, so a role that had the
 * column loses it.
 * @example assignRole(edit, 'done', 'F').roles.completion === null // when completion was F
 */
function assignRole(edit, role, letter) {
    const roles = { ...edit.roles };
    if (letter)
        for (const r of exports.EDITABLE_ROLES)
            if (roles[r] === letter)
                roles[r] = null;
    roles[role] = letter;
    return { ...edit, roles };
}
/**
 * The stored mappings after the clerk saves `edit` for the sheet of `view` (whose `headerRow` must be
 * the edit's: describe the sheet at a new header row first). Only what differs from automatic
 * detection is stored; an edit equal to it removes the sheet's mapping. `previousKeys` are keys of
 * mappings stored for this sheet before (e.g. the view's baseKey when first opened).
 */
function mappingsAfterEdit(mappings, view, edit, previousKeys = []) {
    const rest = mappingsWithout(mappings, [view.layoutKey, sheetKey(view), view.detected ? null : view.baseKey, ...previousKeys]);
    const columns = {};
    for (const r of exports.EDITABLE_ROLES)
        if (edit.roles[r] !== view.baseRoles[r])
            columns[r] = edit.roles[r];
    const hasColumns = Object.keys(columns).length > 0;
    const headerRow = edit.headerRow ?? undefined;
    if (view.detected) {
        const moved = headerRow !== undefined && headerRow !== view.detectedHeaderRow;
        if (!moved && !hasColumns)
            return rest;
        return [...rest, { layoutKey: view.layoutKey, columns, ...(moved ? { headerRow } : {}) }];
    }
    if (headerRow === undefined)
        return rest;
    const out = [...rest, { layoutKey: view.layoutKey, columns: {}, headerRow }];
    if (hasColumns && view.baseKey)
        out.push({ layoutKey: view.baseKey, columns });
    return out;
}
/** The stored mappings with this sheet's removed (back to automatic detection). */
function mappingsAfterReset(mappings, view, previousKeys = []) {
    return mappingsWithout(mappings, [view.layoutKey, sheetKey(view), view.detected ? null : view.baseKey, ...previousKeys]);
}
