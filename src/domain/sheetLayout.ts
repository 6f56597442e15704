/**
 * Finding a sheet's layout: which row(s) hold the header (anywhere on the sheet, one row or two with
 * merged parents such as 年度任务 → 数量 | 单位), and which column holds which field.
 */
import { ColumnChoice, chooseColumn } from './columnChoice';
import { GridView } from './grid';
import { headerScore, recogniseHeaderCell } from './headerCells';
import {
  FieldRole, HeaderMatch, PeriodHeader, isGenericSubHeader, normaliseHeader, recognisePeriod, subHeaderRole,
} from './headerRecognition';
import { cellText, parseCell } from './quantity';
import { halfWidth } from './text';

/** One column of the layout. */
export interface ColumnAssignment {
  col: number;
  role: FieldRole;
  header: string;
  percent: boolean;
  unit: string | null;
  period?: PeriodHeader;
  /** How well the header matched its role (1 = an exact synonym). */
  score?: number;
  /** A progress column whose header names target and progress together: its sentences give the target too. */
  combined?: boolean;
}

export { headerScore, looksLikeHeaderRow } from './headerCells';

const HEADER_SCAN_ROWS = 60;

/** A recognised layout. */
export interface SheetLayout {
  headerTop: number;
  headerBottom: number;
  columns: ColumnAssignment[];
  /** 0..1: how sure we are this is a tracking sheet. */
  confidence: number;
  /** A key identifying the layout (its header texts), for remembering the clerk's corrections. */
  key: string;
  /** Last row of data: the bottom of the Excel table the header belongs to, or of the sheet. */
  lastRow: number;
  /** Where two columns could fill one role: which was read, which was not, and why. */
  choices: ColumnChoice[];
}


function isSubHeaderRow(view: GridView, r: number, header: number): boolean {
  if (r > view.rowCount) return false;
  let textCells = 0;
  let recognised = 0;
  for (let c = 1; c <= view.colCount; c++) {
    const m = view.mergeAt(r, c);
    if (m && m.top < r) continue; // continues a header cell merged down from above
    const cell = view.own(r, c);
    const p = parseCell(cell);
    // A month written as text ("1月") reads as a quantity of 月, yet it heads a period column.
    if (p.kind === 'error' || (p.kind === 'quantity' && !(typeof cell?.v === 'string' && recognisePeriod(cell.v)))) return false;
    const text = cellText(cell);
    if (!text) continue;
    textCells++;
    if (isGenericSubHeader(text) || recogniseHeaderCell(text)) recognised++;
  }
  if (textCells === 0 || recognised < textCells) return false;
  // A parent must span columns above, or some header cell must be merged down into this row.
  for (const m of view.grid.merges) {
    if (m.top === header && (m.right > m.left || m.bottom >= r)) return true;
  }
  return false;
}

/** The words of a heading that say whether period columns hold running totals or amounts. */
function modeWords(text: string): PeriodHeader['mode'] {
  const t = halfWidth(text);
  if (/累计/.test(t)) return 'running';
  if (/(当月|当季|月度完成|季度完成|每月|本月完成|当期|月度新增|分月新增)/.test(t)) return 'amount';
  return null;
}

/**
 * What a group heading over period column c says its periods hold: the parent of a two-row header,
 * or a heading merged across the row just above a one-row header.
 */
function groupHeadingMode(view: GridView, header: number, c: number, parentText: string): PeriodHeader['mode'] {
  if (parentText) return modeWords(parentText);
  if (header <= 1) return null;
  const above = view.at(header - 1, c);
  const merged = view.grid.merges.some((m) => m.top === above.row && m.left === above.col && m.right > m.left);
  return merged ? modeWords(cellText(above.cell)) : null;
}

/**
 * Finds the header row(s) and assigns columns. Returns null when no row looks like a header.
 * @example detectLayout(new GridView(grid)) → { headerTop: 3, headerBottom: 4, columns: [...] }
 */
export function detectLayout(view: GridView, fromRow = 1): SheetLayout | null {
  let best = 0;
  let header = 0;
  const last = Math.min(view.rowCount, fromRow + HEADER_SCAN_ROWS - 1);
  for (let r = fromRow; r <= last; r++) {
    const s = headerScore(view, r);
    if (s > best + 1e-9) { best = s; header = r; }
  }
  if (!header || best < 1.5) return null;
  return layoutAt(view, header);
}

/** The layout whose header starts at row `header`. */
export function layoutAt(view: GridView, header: number): SheetLayout {
  const two = isSubHeaderRow(view, header + 1, header);
  const bottom = two ? header + 1 : header;
  const columns: ColumnAssignment[] = [];
  const keyParts: string[] = [];
  for (let c = 1; c <= view.colCount; c++) {
    const parentText = cellText(view.at(header, c).cell);
    const parent = parentText ? recogniseHeaderCell(parentText) : null;
    let match: HeaderMatch | null = parent;
    let headerText = parentText;
    if (two) {
      const m = view.mergeAt(bottom, c);
      const childText = m && m.top <= header ? '' : cellText(view.own(bottom, c));
      if (childText) {
        headerText = parentText && parentText !== childText ? `${parentText}/${childText}` : childText;
        const generic = subHeaderRole(childText, parent?.role ?? null);
        const own = recogniseHeaderCell(childText);
        if (generic) match = { role: generic, score: 1, percent: parent?.percent ?? false, unit: parent?.unit ?? null };
        else if (own) match = { ...own, percent: own.percent || (parent?.percent ?? false), unit: own.unit ?? parent?.unit ?? null };
      } else {
        const merge = view.mergeAt(header, c);
        if (merge && merge.left < c && merge.top === header) match = null; // continuation without a child
      }
    } else {
      const merge = view.mergeAt(header, c);
      if (merge && merge.left < c) match = null;
    }
    if (headerText) keyParts.push(normaliseHeader(headerText));
    if (!match) continue;
    if (match.period && match.period.mode === null) {
      // A group heading over the period columns (分月完成情况（当月数）, 季度累计完成) says what they hold.
      const mode = groupHeadingMode(view, header, c, two ? parentText : '');
      if (mode) match = { ...match, period: { ...match.period, mode } };
    }
    const a: ColumnAssignment = { col: c, role: match.role, header: headerText, percent: match.percent, unit: match.unit, score: match.score };
    if (match.period) a.period = match.period;
    if (match.combined) a.combined = true;
    columns.push(a);
  }
  const hidden = new Set(view.grid.hiddenCols ?? []);
  const choices: ColumnChoice[] = [];
  dedupeRoles(columns, hidden, choices);
  const table = view.grid.tables.find((t) => t.range.top === header && t.range.bottom > header);
  const lastRow = table ? Math.min(table.range.bottom, view.rowCount) : view.rowCount;
  const roles = new Set(columns.map((c) => c.role));
  const confidence = Math.min(1, (['name', 'project'].some((r) => roles.has(r as FieldRole)) ? 0.4 : 0.1)
    + (roles.has('target') ? 0.25 : 0) + (roles.has('done') || roles.has('period') ? 0.2 : 0)
    + (roles.has('completion') || roles.has('progress') ? 0.15 : 0));
  return { headerTop: header, headerBottom: bottom, columns, confidence, key: keyParts.join('|'), lastRow, choices };
}

/**
 * Keeps one column per single-valued role, chosen by {@link chooseColumn} (a visible column, the
 * current figure, the better match) and recorded in `choices`; resolves ambiguous pairs: a lone
 * 单位 column serves the target; two name-ish columns make the first the project when no project
 * column exists.
 */
function dedupeRoles(columns: ColumnAssignment[], hidden: ReadonlySet<number>, choices: ColumnChoice[]): void {
  const seen = new Map<FieldRole, ColumnAssignment>();
  for (let i = 0; i < columns.length; i++) {
    const a = columns[i];
    if (!a || a.role === 'period') continue;
    if (a.role === 'name' && seen.has('name') && !seen.has('project')) {
      const first = seen.get('name');
      if (first) { first.role = 'project'; seen.set('project', first); }
      seen.set('name', a);
      continue;
    }
    if (a.role === 'progress' && seen.has('progress')) { a.role = 'note'; }
    if (a.role === 'note' && seen.has('note')) { columns.splice(i, 1); i--; continue; }
    const prior = seen.get(a.role);
    if (prior) {
      const choice = chooseColumn(prior, a, hidden);
      choices.push(choice);
      if (choice.chosen.col === a.col) {
        columns.splice(columns.indexOf(prior), 1);
        i--;
        seen.set(a.role, a);
      } else { columns.splice(i, 1); i--; }
      continue;
    }
    seen.set(a.role, a);
  }
}

/** The column of a role, or undefined. */
export function columnOf(layout: SheetLayout, role: FieldRole): ColumnAssignment | undefined {
  return layout.columns.find((c) => c.role === role);
}
