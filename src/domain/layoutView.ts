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
import { GridView, SheetGrid, columnLetters } from './grid';
import { FIELD_ROLES, FieldRole } from './headerRecognition';
import { cellText } from './quantity';
import { ColumnMapping } from './settings';
import { detectLayout, layoutAt } from './sheetLayout';
import { readSheet } from './sheetReading';

/** Roles the editor offers (period columns are many per sheet and stay as detected). */
export type EditableRole = Exclude<FieldRole, 'period'>;
export const EDITABLE_ROLES: readonly EditableRole[] = FIELD_ROLES.filter((r): r is EditableRole => r !== 'period');

/** Columns offered in the editor, at most. */
export const MAX_EDITOR_COLUMNS = 100;

export type RoleLetters = Record<EditableRole, string | null>;

export interface LayoutColumnView {
  col: number;
  letter: string;
  /** Header text at the header row(s), "parent/child" for two-row headers; '' when blank. */
  header: string;
  /** Role as the engine will read it (stored mappings applied), or null. */
  role: FieldRole | null;
}

export interface LayoutView {
  file: string;
  sheet: string;
  /** Key the clerk's mapping is stored under: the detected layout's key, or `file#sheet` without one. */
  layoutKey: string;
  /** True when a header row was detected automatically. */
  detected: boolean;
  detectedHeaderRow: number | null;
  /** Header row the engine will use (stored mapping applied), or null when the sheet is not read. */
  headerRow: number | null;
  /** Key of the layout at `headerRow` (column overrides of an undetected sheet are stored under it). */
  baseKey: string | null;
  rowCount: number;
  columns: LayoutColumnView[];
  /** Column of each role as the engine will read it. */
  roles: RoleLetters;
  /** Column of each role at `headerRow` before the clerk's column overrides. */
  baseRoles: RoleLetters;
  /** Number of month/quarter columns (kept as detected). */
  periods: number;
  /** A stored mapping applies to this sheet. */
  mapped: boolean;
  /** Indicators read from the sheet with this layout. */
  indicators: number;
}

function emptyRoles(): RoleLetters {
  return Object.fromEntries(EDITABLE_ROLES.map((r) => [r, null])) as RoleLetters;
}

function rolesOf(columns: { col: number; role: FieldRole }[]): RoleLetters {
  const out = emptyRoles();
  for (const c of columns) if (c.role !== 'period' && out[c.role] === null) out[c.role] = columnLetters(c.col);
  return out;
}

/** `file#sheet`: the key of a header-row mapping for a sheet where no header was detected. */
export function sheetKey(grid: Pick<SheetGrid, 'file' | 'sheet'>): string {
  return `${grid.file}#${grid.sheet}`;
}

/** The stored mappings with those that belong to this sheet's layout removed. */
export function mappingsWithout(mappings: readonly ColumnMapping[], keys: readonly (string | null)[]): ColumnMapping[] {
  const drop = new Set(keys.filter((k): k is string => !!k));
  return mappings.filter((m) => !drop.has(m.layoutKey));
}

/**
 * The layout of a sheet as the editor shows it. With `headerRow`, the layout the sheet would have
 * with that header row and no column overrides (the editor's "按此行识别").
 * @example describeLayout(grid, []).roles.done === 'F'
 */
export function describeLayout(grid: SheetGrid, mappings: readonly ColumnMapping[], headerRow?: number): LayoutView {
  const view = new GridView(grid);
  const detected = view.rowCount && view.colCount ? detectLayout(view) : null;
  const layoutKey = detected?.key || sheetKey(grid);
  let effective = [...mappings];
  if (headerRow !== undefined) {
    const row = Math.max(1, Math.min(Math.round(headerRow), Math.max(1, view.rowCount)));
    const base = view.rowCount ? layoutAt(view, row) : null;
    effective = [...mappingsWithout(mappings, [layoutKey, sheetKey(grid), base?.key ?? null]), { layoutKey, columns: {}, headerRow: row }];
  }
  const reading = readSheet(grid, { mappings: effective });
  const layout = reading.layout;
  const base = layout ? layoutAt(view, layout.headerTop) : null;
  const top = layout?.headerTop ?? null;
  const bottom = layout?.headerBottom ?? top;
  const roleAt = new Map((layout?.columns ?? []).map((c) => [c.col, c.role]));
  const columns: LayoutColumnView[] = [];
  for (let c = 1; c <= Math.min(view.colCount, MAX_EDITOR_COLUMNS); c++) {
    const texts = top === null ? [] : [...new Set([cellText(view.at(top, c).cell), bottom !== null && bottom !== top ? cellText(view.at(bottom, c).cell) : ''].filter(Boolean))];
    columns.push({ col: c, letter: columnLetters(c), header: texts.join('/'), role: roleAt.get(c) ?? null });
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

/** What the clerk set in the editor. */
export interface LayoutEdit {
  headerRow: number | null;
  roles: RoleLetters;
}

/** The editor's starting point: the layout as the engine will read it. */
export function editOf(view: LayoutView): LayoutEdit {
  return { headerRow: view.headerRow, roles: { ...view.roles } };
}

/**
 * Assigns a role to a column (or to none); a column plays one role only, so a role that had the
 * column loses it.
 * @example assignRole(edit, 'done', 'F').roles.completion === null // when completion was F
 */
export function assignRole(edit: LayoutEdit, role: EditableRole, letter: string | null): LayoutEdit {
  const roles = { ...edit.roles };
  if (letter) for (const r of EDITABLE_ROLES) if (roles[r] === letter) roles[r] = null;
  roles[role] = letter;
  return { ...edit, roles };
}

/**
 * The stored mappings after the clerk saves `edit` for the sheet of `view` (whose `headerRow` must be
 * the edit's: describe the sheet at a new header row first). Only what differs from automatic
 * detection is stored; an edit equal to it removes the sheet's mapping. `previousKeys` are keys of
 * mappings stored for this sheet before (e.g. the view's baseKey when first opened).
 */
export function mappingsAfterEdit(mappings: readonly ColumnMapping[], view: LayoutView, edit: LayoutEdit, previousKeys: readonly (string | null)[] = []): ColumnMapping[] {
  const rest = mappingsWithout(mappings, [view.layoutKey, sheetKey(view), view.detected ? null : view.baseKey, ...previousKeys]);
  const columns: ColumnMapping['columns'] = {};
  for (const r of EDITABLE_ROLES) if (edit.roles[r] !== view.baseRoles[r]) columns[r] = edit.roles[r];
  const hasColumns = Object.keys(columns).length > 0;
  const headerRow = edit.headerRow ?? undefined;
  if (view.detected) {
    const moved = headerRow !== undefined && headerRow !== view.detectedHeaderRow;
    if (!moved && !hasColumns) return rest;
    return [...rest, { layoutKey: view.layoutKey, columns, ...(moved ? { headerRow } : {}) }];
  }
  if (headerRow === undefined) return rest;
  const out: ColumnMapping[] = [...rest, { layoutKey: view.layoutKey, columns: {}, headerRow }];
  if (hasColumns && view.baseKey) out.push({ layoutKey: view.baseKey, columns });
  return out;
}

/** The stored mappings with this sheet's removed (back to automatic detection). */
export function mappingsAfterReset(mappings: readonly ColumnMapping[], view: LayoutView, previousKeys: readonly (string | null)[] = []): ColumnMapping[] {
  return mappingsWithout(mappings, [view.layoutKey, sheetKey(view), view.detected ? null : view.baseKey, ...previousKeys]);
}
