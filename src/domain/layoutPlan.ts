/**
 * A sheet's layout plan: everything the row reader needs to know about a layout, worked out once
 * per layout as data (the first column of each role, the role of each column, the span of the
 * columns read, the period columns), and the clerk's column mapping applied to a detected layout.
 * The row reader takes the plan as a parameter: nothing is looked up per row by layout.
 */
import { GridView } from './grid';
import { FIELD_ROLES, FieldRole } from './headerRecognition';
import { cellText } from './quantity';
import { ColumnMapping } from './settings';
import { ColumnAssignment, SheetLayout, layoutAt } from './sheetLayout';

/** A layout's first column per role (every role a property, so rows read them by name). */
export type RoleColumns = Record<FieldRole, ColumnAssignment | undefined>;

/** What reading rows needs of a layout, worked out once. */
export interface LayoutPlan {
  layout: SheetLayout;
  /** The first column of each role. */
  cols: RoleColumns;
  /** The role of each column (the first assigned to it). */
  roleByCol: ReadonlyMap<number, FieldRole>;
  /** Leftmost column read (Infinity when the layout has no column). */
  left: number;
  /** The span every indicator row of the layout records (one record, shared by them all). */
  span: { left: number; right: number };
  /** Month and quarter columns, in sheet order. */
  periods: ColumnAssignment[];
  /** Per column: whether every number below the header is a fraction (filled as columns are asked about). */
  fractions: Map<number, boolean>;
}

/**
 * The plan of a layout.
 * @example planLayout(layout).cols.done?.col === 6 // the 累计完成 column is F
 */
export function planLayout(layout: SheetLayout): LayoutPlan {
  const cols = {} as Partial<RoleColumns>;
  for (const role of FIELD_ROLES) cols[role] = undefined;
  const roleByCol = new Map<number, FieldRole>();
  let left = Infinity;
  let right = 0;
  for (const c of layout.columns) {
    cols[c.role] ??= c;
    if (!roleByCol.has(c.col)) roleByCol.set(c.col, c.role);
    left = Math.min(left, c.col);
    right = Math.max(right, c.col);
  }
  return {
    layout,
    cols: cols as RoleColumns,
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
export function fractionColumn(view: GridView, plan: LayoutPlan, c: number): boolean {
  let v = plan.fractions.get(c);
  if (v === undefined) {
    v = true;
    for (let r = plan.layout.headerBottom + 1; r <= plan.layout.lastRow; r++) {
      const n = view.own(r, c)?.v;
      if (typeof n === 'number' && Math.abs(n) > 1.5) { v = false; break; }
    }
    plan.fractions.set(c, v);
  }
  return v;
}

/** Column number of column letters: 'A' → 1, 'AB' → 28. */
function columnNumber(letters: string): number {
  return [...letters].reduce((acc, ch) => acc * 26 + ch.charCodeAt(0) - 64, 0);
}

/**
 * The layout with the clerk's stored mapping applied: a mapping is found by the layout's key (or,
 * for a sheet without a detected header, by `file#sheet` with a header row); its header row re-reads
 * the layout there, and its columns override roles (a column takes one role only).
 * @example applyMapping(view, detected, [{ layoutKey: detected.key, columns: { done: 'G' } }])?.columns // done in G
 */
export function applyMapping(view: GridView, layout: SheetLayout | null, mappings: readonly ColumnMapping[]): SheetLayout | null {
  if (!layout) {
    const byRow = mappings.find((m) => m.headerRow && m.layoutKey === `${view.grid.file}#${view.grid.sheet}`);
    if (!byRow?.headerRow) return null;
    layout = layoutAt(view, byRow.headerRow);
  }
  const mapping = mappings.find((m) => m.layoutKey === layout?.key);
  if (!mapping) return layout;
  const base = mapping.headerRow && mapping.headerRow !== layout.headerTop ? layoutAt(view, mapping.headerRow) : layout;
  const columns: ColumnAssignment[] = base.columns.filter((c) => !(c.role in mapping.columns));
  for (const [role, letters] of Object.entries(mapping.columns)) {
    if (!letters) continue;
    const col = columnNumber(letters);
    const existing = columns.findIndex((c) => c.col === col);
    if (existing >= 0) columns.splice(existing, 1);
    columns.push({ col, role: role as FieldRole, header: cellText(view.at(base.headerBottom, col).cell), percent: false, unit: null });
  }
  columns.sort((a, b) => a.col - b.col);
  // The clerk's columns decide: the engine's choices for those roles or columns no longer apply.
  const mapped = new Set(Object.values(mapping.columns).filter((l): l is string => !!l).map(columnNumber));
  const choices = base.choices.filter((c) => !(c.role in mapping.columns) && !mapped.has(c.chosen.col) && !mapped.has(c.skipped.col));
  return { ...base, columns, choices };
}
