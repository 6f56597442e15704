/**
 * Reading one tracking sheet into raw indicator rows: finds the layout, walks the rows, skips totals,
 * footers and notes (listing them), follows heading rows and merged or blank-below category cells,
 * and keeps every value with the cell it came from. Units and statuses come later
 * (see indicatorEvaluation).
 */
import { findAsOfDate } from './asOfDate';
import { deptFromFileName, deptFromTitle, looksLikeDept } from './deptName';
import { Finding, SkippedRow, finding } from './findings';
import { extractDone, extractReportedCompletion, ReportedPercent, splitNameAndTarget, tidyName } from './freeText';
import { GridView, SheetGrid, cellAddress } from './grid';
import { FIELD_ROLES, FieldRole } from './headerRecognition';
import { ColumnAssignment, SheetLayout, detectLayout, headerScore, layoutAt } from './sheetLayout';
import { Quantity, cellText, numberQuantity, parseCell, parseValueShared, plainNumberText } from './quantity';
import { headingNumber, looksLikeSection, splitSectionPrefix } from './sectionNames';
import { ColumnMapping } from './settings';
import { sharedUnit } from './units';
import { halfWidth } from './text';
import { memoise } from './memo';
import { OwnCells, ownCells } from './ownCells';

/** One period value (a 1月 … 12月 or 一季度 … column) of a row. */
export interface PeriodValue {
  startMonth: number;
  endMonth: number;
  value: number;
  cell: string;
}

/** An indicator row as read, before units, kinds and statuses. */
export interface RawIndicator {
  file: string;
  sheet: string;
  row: number;
  section: string | null;
  project: string | null;
  name: string;
  dept: string | null;
  target: Quantity | null;
  /** Target cell text that was not a number ("待下达"), kept for status rules. */
  targetText: string | null;
  /** Unit from a unit column or header, applying to the target. */
  targetUnit: string | null;
  done: Quantity | null;
  doneUnit: string | null;
  /** True when done was taken from prose rather than a done column. */
  doneFromText: boolean;
  periods: PeriodValue[];
  /** How period values add up: running totals or per-period amounts (null: no periods). */
  periodMode: 'running' | 'amount' | null;
  reportedCompletion: ReportedPercent | null;
  progressText: string;
  direction: string | null;
  statusText: string | null;
  nodesText: string | null;
  /** Address of the cell each field came from. */
  cells: Partial<Record<FieldRole, string>>;
  /** Leftmost and rightmost columns read for this row (for highlighting). */
  span: { left: number; right: number };
}

/** What reading a sheet gave. */
export interface SheetReading {
  file: string;
  sheet: string;
  layout: SheetLayout | null;
  dept: string | null;
  asOf: string | null;
  indicators: RawIndicator[];
  findings: Finding[];
  skipped: SkippedRow[];
}

/** Options for reading a sheet. */
export interface SheetReadOptions {
  /** Section keys already known (settings order, other sheets). */
  knownSections?: readonly string[];
  /** Column mappings corrected by the clerk, applied when their layout key matches. */
  mappings?: readonly ColumnMapping[];
  /** Names of sheets Zhuanbao writes itself, skipped when read back. */
  ownSheets?: readonly string[];
}

const TOTAL_RE = /^(合\s*计|小\s*计|总\s*计|汇\s*总|全市合计|总数)/;
/**
 * A text TOTAL_RE can match after halfWidth holds one of these: its first characters, or a
 * character NFKC folds into one (⼩ U+2F29, 全 U+FA72, 🈴 U+1F234; found by normalising every code
 * point). Tested first, so the NFKC of every cell of every row is spared.
 */
const MAYBE_TOTAL = /[合小总汇全\u2f29\ufa72\u{1f234}]/u;
const FOOTER_RE = /(填表人|填报人|审核人|联系电话|联系人|制表人|负责人签字|单位负责人|分管领导|填表日期|报送时间)/;
const NOTE_RE = /^(填表说明|说明|注|备注|附注|注意)\s*[:：0-9１-９]/;
const INSTRUCTION_SHEET = /(说明|填报要求|填表须知|指引|模板说明|readme|instructions?)/i;
const PLACEHOLDER = /^(—+|-+|－+|\/|／|无|暂无|空|\\|n\/?a|\.+|…+|\*)$/i;
/**
 * The patterns a row is skipped on (exported for tests: each needs a Chinese character, so
 * number and TRUE/FALSE cells are not tested against them).
 */
export const ROW_PATTERNS: readonly RegExp[] = [TOTAL_RE, MAYBE_TOTAL, FOOTER_RE, NOTE_RE];
const DATA_ROLES: ReadonlySet<FieldRole | undefined> = new Set<FieldRole | undefined>(['target', 'targetUnit', 'unit', 'done', 'doneUnit', 'completion', 'progress', 'note', 'period', 'status', 'nodes', 'direction']);

function applyMapping(view: GridView, layout: SheetLayout | null, mappings: readonly ColumnMapping[]): SheetLayout | null {
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
    const col = [...letters].reduce((acc, ch) => acc * 26 + ch.charCodeAt(0) - 64, 0);
    const existing = columns.findIndex((c) => c.col === col);
    if (existing >= 0) columns.splice(existing, 1);
    columns.push({ col, role: role as FieldRole, header: cellText(view.at(base.headerBottom, col).cell), percent: false, unit: null });
  }
  columns.sort((a, b) => a.col - b.col);
  return { ...base, columns };
}

/**
 * Reads one sheet. Never throws on content: anything it cannot read becomes a finding.
 * @example readSheet(grid).indicators[0] → { name: '新增城镇就业', target: { value: 6000, unit: null }, targetUnit: '人', … }
 */
export function readSheet(grid: SheetGrid, options: SheetReadOptions = {}): SheetReading {
  const view = new GridView(grid);
  const out: SheetReading = { file: grid.file, sheet: grid.sheet, layout: null, dept: null, asOf: null, indicators: [], findings: [], skipped: [] };
  const known = [...(options.knownSections ?? [])];
  if (options.ownSheets?.includes(grid.sheet)) {
    out.skipped.push({ file: grid.file, sheet: grid.sheet, row: null, reason: 'bulletin_sheet', text: grid.sheet });
    return out;
  }
  if (grid.hidden) {
    out.skipped.push({ file: grid.file, sheet: grid.sheet, row: null, reason: 'hidden_sheet', text: grid.sheet });
    return out;
  }
  if (grid.rows.length === 0 || view.colCount === 0) {
    out.skipped.push({ file: grid.file, sheet: grid.sheet, row: null, reason: 'empty_sheet', text: '' });
    return out;
  }
  let layout = applyMapping(view, detectLayout(view), options.mappings ?? []);
  out.layout = layout;
  if (!layout) {
    const text = firstText(view);
    const reason: SkippedRow['reason'] = INSTRUCTION_SHEET.test(grid.sheet) || countCells(view) <= 3 ? 'instructions' : 'empty_sheet';
    if (reason === 'instructions' || countCells(view) === 0) {
      out.skipped.push({ file: grid.file, sheet: grid.sheet, row: null, reason, text });
    } else {
      out.findings.push(finding(grid.file, grid.sheet, null, 'sheet_no_header',
        `工作表「${grid.sheet}」中没有找到可识别的表头（如“指标名称”“全年目标”“累计完成”），未读取。如是跟踪表，请在任务窗格中手动指定列。`));
    }
    return out;
  }

  // Title and note lines above the header: department and as-of date.
  for (let r = 1; r < layout.headerTop; r++) readContextLine(view, r, out);
  if (!out.dept && looksLikeDept(grid.sheet)) out.dept = halfWidth(grid.sheet);
  if (!out.dept) out.dept = deptFromFileName(grid.file);

  // A sheet or file named for a section (省级, 市级民生实事) gives the section of rows that name none.
  const sheetSection = [grid.sheet, grid.file.replace(/\.[^.]+$/, '')].map((n) => halfWidth(n).replace(/^\d{4}年?/, '')).find((n) => /(省|市|县|区|州|国家)级/.test(n) && looksLikeSection(n, known)) ?? null;
  const periodRows: RawIndicator[] = [];
  let section: string | null = null;
  let project: string | null = null;
  let lastSectionCol: string | null = null;
  let lastProjectCol: string | null = null;
  const own = new OwnCells();
  for (let r = layout.headerBottom + 1; r <= layout.lastRow; r++) {
    own.read(view, r);
    if (own.length === 0) continue; // blank row
    // The total, footer and note patterns each need a Chinese character: a number or TRUE/FALSE
    // cell (own.written gives null) cannot match them, nor needs turning into text to be tested.
    const totalLabel = totalLabelOf(own);
    if (totalLabel >= 0 && isTotalRow(own.col(totalLabel), layout)) {
      out.skipped.push({ file: grid.file, sheet: grid.sheet, row: r, reason: 'total', text: rowText(own.texts()) });
      continue;
    }
    // No footer word holds a space, so none spans two of the texts the row's text joins with spaces.
    if (anyWritten(own, FOOTER_RE) && !hasDataNumbers(view, layout, r)) {
      out.skipped.push({ file: grid.file, sheet: grid.sheet, row: r, reason: 'footer', text: rowText(own.texts()) });
      readContextLine(view, r, out, true);
      continue;
    }
    const first = own.written(0);
    if (first !== null && NOTE_RE.test(halfWidth(first)) && own.length <= 2) {
      out.skipped.push({ file: grid.file, sheet: grid.sheet, row: r, reason: 'note', text: rowText(own.texts()) });
      readContextLine(view, r, out, true);
      continue;
    }
    if (r > layout.headerBottom + 1 && headerScore(view, r) >= 3) {
      layout = layoutAt(view, r);
      for (let h = layout.headerTop; h <= layout.headerBottom; h++) {
        out.skipped.push({ file: grid.file, sheet: grid.sheet, row: h, reason: 'header', text: rowText(ownCells(view, h).map((o) => o.text)) });
      }
      r = layout.headerBottom;
      continue;
    }
    const rowLayout = layout;
    const cols = roleColumns(rowLayout);

    // Heading rows: only label columns hold text, and they are numbered or name a section.
    if (!anyDataColumn(own, rowLayout)) {
      const heading = readHeading(own.texts(), known);
      if (heading) {
        if (heading.level === 'section') { section = heading.text; project = null; if (!known.includes(section)) known.push(section); }
        else project = heading.text;
        out.skipped.push({ file: grid.file, sheet: grid.sheet, row: r, reason: 'heading', text: rowText(own.texts()) });
        continue;
      }
      if (own.length === 1 && isWideMerge(view, r, own.col(0)) && !cols.name) {
        out.skipped.push({ file: grid.file, sheet: grid.sheet, row: r, reason: 'note', text: rowText(own.texts()) });
        continue;
      }
    }

    const findingsBefore = out.findings.length;
    const raw = readIndicatorRow(view, rowLayout, r, out);
    if (!raw) {
      // Nothing to read (only a 序号, a unit, a date…): listed, never silently dropped.
      const rowNamed = out.findings.slice(findingsBefore).some((f) => f.cell !== null && Number(/\d+$/.exec(f.cell)?.[0]) === r);
      if (!rowNamed) out.skipped.push({ file: grid.file, sheet: grid.sheet, row: r, reason: 'no_indicator', text: rowText(own.texts()) });
      continue;
    }
    // Section and project: own column (merged or blank-below cells apply downwards), prefix, heading.
    const sectionText = textOf(view, cols.section, r);
    const projectText = textOf(view, cols.project, r);
    let rowSection = sectionText || (cols.section ? lastSectionCol : null);
    // A blank project cell repeats the one above, unless the row starts a new section.
    let rowProject = projectText || (cols.project && !sectionText ? lastProjectCol : null);
    if (sectionText) lastSectionCol = sectionText;
    if (projectText) lastProjectCol = projectText;
    for (const candidate of [rowProject, raw.name]) {
      if (!candidate) continue;
      const split = splitSectionPrefix(candidate, known);
      if (split) {
        rowSection = rowSection ?? split.section;
        if (candidate === rowProject) rowProject = split.rest;
        else raw.name = split.rest;
        break;
      }
    }
    raw.section = (rowSection ? labelWithoutNumber(rowSection) : null) ?? section ?? sheetSection;
    raw.project = rowProject ? labelWithoutNumber(rowProject) : project;
    if (raw.section && !known.includes(raw.section)) known.push(raw.section);
    if (!raw.dept) raw.dept = out.dept;
    if (raw.periods.length > 0) periodRows.push(raw);
    out.indicators.push(raw);
  }
  resolvePeriodModes(periodRows, out);
  return out;
}

function stripNumbering(text: string): string {
  const h = headingNumber(text);
  return h && h.rest ? h.rest : text;
}

/** stripNumbering of section and project cells, which repeat row after row. */
const labelWithoutNumber = memoise(stripNumbering, 10_000);

/** A skipped row's text as listed: its own texts joined, cut at 80 characters. */
function rowText(texts: string[]): string {
  return texts.join(' ').slice(0, 80);
}

/** The first of the row's texts that starts a total (合计, 小计…), or -1. */
function totalLabelOf(own: OwnCells): number {
  for (let k = 0; k < own.length; k++) {
    const t = own.written(k);
    if (t !== null && MAYBE_TOTAL.test(t) && TOTAL_RE.test(halfWidth(t))) return k;
  }
  return -1;
}

/** Whether one of the row's texts matches `re`. */
function anyWritten(own: OwnCells, re: RegExp): boolean {
  for (let k = 0; k < own.length; k++) {
    const t = own.written(k);
    if (t !== null && re.test(t)) return true;
  }
  return false;
}

/** Whether one of the row's own cells is in a column of data (target, done, progress…). */
function anyDataColumn(own: OwnCells, layout: SheetLayout): boolean {
  for (let k = 0; k < own.length; k++) if (DATA_ROLES.has(roleAt(layout, own.col(k)))) return true;
  return false;
}

function countCells(view: GridView): number {
  let n = 0;
  for (const row of view.grid.rows) for (const c of row ?? []) if (c && c.v !== null && String(c.v).trim() !== '') n++;
  return n;
}

function firstText(view: GridView): string {
  for (let r = 1; r <= view.rowCount; r++) for (let c = 1; c <= view.colCount; c++) {
    const t = cellText(view.own(r, c));
    if (t) return t.slice(0, 80);
  }
  return '';
}

/** Whether a total label in column `col` makes the row a total row (a label column, or one of the first two). */
function isTotalRow(col: number, layout: SheetLayout): boolean {
  const role = layout.columns.find((c) => c.col === col)?.role;
  return role === undefined || ['seq', 'section', 'project', 'name', 'dept'].includes(role) || col <= 2;
}

function hasDataNumbers(view: GridView, layout: SheetLayout, r: number): boolean {
  return layout.columns.some((c) => ['target', 'done', 'completion', 'period'].includes(c.role) && typeof view.own(r, c.col)?.v === 'number');
}

function isWideMerge(view: GridView, r: number, c: number): boolean {
  return view.grid.merges.some((m) => m.top === r && m.left === c && m.right - m.left >= 2);
}

function readHeading(texts: string[], known: string[]): { level: 'section' | 'project'; text: string } | null {
  if (texts.length === 0 || texts.length > 3) return null;
  const joined = texts.join('');
  // A bare number in the 序号 column ("一", "2") numbers the heading beside it.
  const bare = texts.length >= 2 ? /^\s*(?:([一二三四五六七八九十]+)|(\d{1,2}))\s*$/.exec(texts[0] ?? '') : null;
  const numbered = bare ? { level: bare[1] ? ('section' as const) : ('project' as const), rest: texts.slice(1).join('') } : headingNumber(texts[0] ?? '');
  const rest = (numbered ? (numbered.rest || texts.slice(1).join('')) : joined).trim();
  if (!rest) return null;
  if (looksLikeSection(rest, known) && (numbered?.level !== 'item')) return { level: 'section', text: rest };
  if (!numbered) return null;
  if (numbered.level === 'section') return { level: 'section', text: rest };
  if (numbered.level === 'project') return { level: 'project', text: rest };
  return null;
}

function readContextLine(view: GridView, r: number, out: SheetReading, notesOnly = false): void {
  for (let c = 1; c <= view.colCount; c++) {
    const text = cellText(view.own(r, c));
    if (!text) continue;
    if (!out.asOf) out.asOf = findAsOfDate(text);
    if (!notesOnly && !out.dept) out.dept = deptFromTitle(text);
  }
}

/** The text of the cell a row shows in column `c` of its layout ('' when the layout has no such column). */
function textOf(view: GridView, c: ColumnAssignment | undefined, r: number): string {
  if (!c) return '';
  const m = view.mergeAt(r, c.col); // as view.at, without its record
  return m ? cellText(view.own(m.top, m.left)) : cellText(view.own(r, c.col));
}

/**
 * The address of the cell textOf reads (undefined when the layout has no such column): worked out
 * only for the texts whose address is kept.
 */
function addressOf(view: GridView, c: ColumnAssignment | undefined, r: number): string | undefined {
  if (!c) return undefined;
  const m = view.mergeAt(r, c.col);
  return m ? cellAddress(m.top, m.left) : cellAddress(r, c.col);
}

/** Cell findings already given per reading: a merged cell is read for every row it covers, but named once. */
const cellFindingsGiven = new WeakMap<SheetReading, Set<string>>();

function pushOnce(out: SheetReading, f: Finding): void {
  let given = cellFindingsGiven.get(out);
  if (!given) { given = new Set(); cellFindingsGiven.set(out, given); }
  const key = `${f.code}@${f.cell ?? ''}`;
  if (given.has(key)) return;
  given.add(key);
  out.findings.push(f);
}


/** The unit column names a department on some sheets; unit texts recur on every row. */
const unitLooksLikeDept = memoise(looksLikeDept, 10_000);

/** Each layout's role per column number. */
const columnRoles = new WeakMap<SheetLayout, Map<number, FieldRole>>();

function roleAt(layout: SheetLayout, col: number): FieldRole | undefined {
  let m = layout === lastRolesLayout ? lastRoles : columnRoles.get(layout);
  if (!m) {
    m = new Map();
    for (const c of layout.columns) if (!m.has(c.col)) m.set(c.col, c.role);
    columnRoles.set(layout, m);
  }
  lastRolesLayout = layout;
  lastRoles = m;
  return m.get(col);
}

// The layout last asked about and its map: rows ask about one layout many times over, and
// comparing it costs less than a WeakMap look-up. (Held until another layout is asked about.)
let lastRolesLayout: SheetLayout | undefined;
let lastRoles: Map<number, FieldRole> | undefined;
let lastColumnsLayout: SheetLayout | undefined;
let lastColumns: RoleColumns | undefined;

/** A layout's first column per role (every role a property, so rows read them by name). */
type RoleColumns = Record<FieldRole, ColumnAssignment | undefined>;

/** Each layout's first column per role, worked out once per layout instead of per cell. */
const layoutRoleColumns = new WeakMap<SheetLayout, RoleColumns>();

function roleColumns(layout: SheetLayout): RoleColumns {
  if (layout === lastColumnsLayout && lastColumns) return lastColumns;
  let m = layoutRoleColumns.get(layout);
  if (!m) {
    const built: Partial<RoleColumns> = {};
    for (const role of FIELD_ROLES) built[role] = undefined;
    for (const c of layout.columns) built[c.role] ??= c;
    m = built as RoleColumns;
    layoutRoleColumns.set(layout, m);
  }
  lastColumnsLayout = layout;
  lastColumns = m;
  return m;
}

/** What a number column of a row held: a quantity, text that is not one (never ''), or nothing. */
type NumberRead = Quantity | string | null;

/**
 * Reads the row's cell in the layout's column for `role` as a number: its address goes into
 * `cells` when it holds anything; error values and dates become findings.
 */
function readNumber(view: GridView, c: ColumnAssignment | undefined, r: number, out: SheetReading, cells: RawIndicator['cells'], role: FieldRole, label: string): NumberRead {
  if (!c) return null;
  const m = view.mergeAt(r, c.col); // as view.at, without its record
  const cell = m ? view.own(m.top, m.left) : view.own(r, c.col);
  const v = cell?.v ?? null;
  // Numbers and number texts: the quantity parseValueShared gives, new and without its record.
  const q = typeof v === 'number' ? numberQuantity(v, cell?.fmt) : typeof v === 'string' ? plainNumberText(v) : null;
  if (q) { cells[role] = m ? cellAddress(m.top, m.left) : cellAddress(r, c.col); return q; }
  const p = parseValueShared(v, cell?.fmt);
  if (p.kind === 'empty') return null;
  const addr = m ? cellAddress(m.top, m.left) : cellAddress(r, c.col);
  cells[role] = addr;
  if (p.kind === 'quantity') return typeof v === 'number' ? p.quantity : { ...p.quantity }; // a text's is shared
  if (p.kind === 'error') {
    pushOnce(out, finding(view.grid.file, view.grid.sheet, addr, 'cell_error', `${label}单元格 ${addr} 为错误值 ${p.error}，已按空值处理，请核对公式。`));
    return null;
  }
  if (p.kind === 'date') {
    pushOnce(out, finding(view.grid.file, view.grid.sheet, addr, 'unreadable_value', `${label}单元格 ${addr} 是日期（${p.date}），不是数值，已按空值处理。`));
    return null;
  }
  const text = p.text;
  if (!text || PLACEHOLDER.test(halfWidth(text))) return null;
  return text;
}

/** What readIndicatorRow needs of a layout beyond its columns, worked out once per layout. */
interface LayoutSpan {
  left: number;
  right: number;
  /** The span every indicator row of the layout records (one record, shared by them all). */
  span: RawIndicator['span'];
  periods: ColumnAssignment[];
}

const layoutSpans = new WeakMap<SheetLayout, LayoutSpan>();

function spanOf(layout: SheetLayout): LayoutSpan {
  let s = layoutSpans.get(layout);
  if (!s) {
    let left = Infinity;
    let right = 0;
    for (const c of layout.columns) { left = Math.min(left, c.col); right = Math.max(right, c.col); }
    const span = { left: left === Infinity ? 1 : left, right: Math.max(right, 1) };
    s = { left, right, span, periods: layout.columns.filter((c) => c.role === 'period' && c.period) };
    layoutSpans.set(layout, s);
  }
  return s;
}

function readIndicatorRow(view: GridView, layout: SheetLayout, r: number, out: SheetReading): RawIndicator | null {
  const file = view.grid.file;
  const sheet = view.grid.sheet;
  const cells: Partial<Record<FieldRole, string>> = {};
  const cols = roleColumns(layout);
  const { left, span, periods: periodColumns } = spanOf(layout);
  const progressParts: string[] = [];

  // Name
  const nameText = textOf(view, cols.name, r);
  let name = nameText ? stripNumbering(tidyName(nameText)) : '';
  if (nameText) cells.name = addressOf(view, cols.name, r);

  // Target (a number, a quantity with unit, or text holding name + target)
  const t = readNumber(view, cols.target, r, out, cells, 'target', '全年目标');
  let target = typeof t === 'string' ? null : t;
  let targetText: string | null = null;
  const tText = typeof t === 'string' ? t : null;
  if (tText) {
    const split = splitNameAndTarget(tText);
    if (split.quantity) {
      target = split.quantity;
      if (!name) name = split.name;
    } else if (!name && tText.length > 4 && !/^(待|暂|未|无)/.test(tText)) {
      name = split.name;
    } else {
      targetText = tText;
    }
  }
  const projectText = textOf(view, cols.project, r);
  if (!name && projectText) {
    name = stripNumbering(splitSectionPrefix(projectText)?.rest ?? projectText);
    cells.name = addressOf(view, cols.project, r);
  }

  // Done: a number, a quantity, or text (then prose).
  const d = readNumber(view, cols.done, r, out, cells, 'done', '累计完成');
  let done = typeof d === 'string' ? null : d;
  let doneFromText = false;
  if (typeof d === 'string') progressParts.push(d);

  // Completion reported
  let reported: ReportedPercent | null = null;
  const cc = cols.completion;
  const comp = readNumber(view, cols.completion, r, out, cells, 'completion', '完成率');
  if (comp !== null && typeof comp !== 'string' && cc) {
    let value = comp.value;
    let decimals = comp.decimals;
    if (comp.unit !== '%' && !cc.percent && Math.abs(value) <= 1.5 && fractionColumn(view, layout, cc.col)) {
      value = Number((value * 100).toPrecision(12));
      decimals = Math.max(0, decimals - 2);
    }
    reported = { value, decimals };
  } else if (typeof comp === 'string') {
    reported = extractReportedCompletion(comp);
    if (!reported) progressParts.push(comp);
  }

  // Progress text and notes
  const prog = textOf(view, cols.progress, r);
  if (prog) { progressParts.push(prog); cells.progress = addressOf(view, cols.progress, r); }
  const note = textOf(view, cols.note, r);
  if (note) { progressParts.push(note); cells.note = addressOf(view, cols.note, r); }
  const progressText = progressParts.length <= 1 ? (progressParts[0] ?? '') : progressParts.filter((p, k) => progressParts.indexOf(p) === k).join('；'); // each once

  // Units
  let unitText = textOf(view, cols.unit, r);
  let deptFromUnitCol: string | null = null;
  if (unitText && unitLooksLikeDept(unitText)) { deptFromUnitCol = unitText; unitText = ''; }
  const targetUnitText = textOf(view, cols.targetUnit, r);
  const doneUnitText = textOf(view, cols.doneUnit, r);
  const targetUnit = targetUnitText || unitText || cols.target?.unit || null;
  const doneUnit = doneUnitText || unitText || cols.done?.unit || null;
  if (targetUnitText) cells.targetUnit = addressOf(view, cols.targetUnit, r);
  if (unitText) cells.unit = addressOf(view, cols.unit, r);

  // Periods
  const periods: PeriodValue[] = [];
  for (const pc of periodColumns) {
    const at = view.at(r, pc.col);
    const addr = cellAddress(at.row, at.col);
    const p = parseCell(at.cell);
    if (p.kind === 'quantity' && pc.period) periods.push({ startMonth: pc.period.startMonth, endMonth: pc.period.endMonth, value: p.quantity.value, cell: addr });
    else if (p.kind === 'error') pushOnce(out, finding(file, sheet, addr, 'cell_error', `月度数据单元格 ${addr} 为错误值 ${p.error}，已按空值处理。`));
    else if (p.kind === 'text' && !PLACEHOLDER.test(halfWidth(p.text))) out.findings.push(finding(file, sheet, addr, 'unreadable_value', `月度数据单元格 ${addr} 的内容「${p.text.slice(0, 30)}」无法识别为数值，已忽略。`));
  }

  // Prose fallbacks
  if (!reported && progressText) reported = extractReportedCompletion(progressText);
  if (!done && periods.length === 0 && progressText) {
    const wanted = target?.unit ?? targetUnit;
    const extracted = extractDone(progressText, (u) => unitCompatible(u, wanted));
    if (extracted && (target || reported)) { done = extracted; doneFromText = true; }
  }

  if (tText && targetText && !/^(待|暂|未|无|尚未)/.test(halfWidth(targetText)) && target === null) {
    out.findings.push(finding(file, sheet, cells.target ?? null, 'unreadable_value', `全年目标「${targetText.slice(0, 30)}」无法识别为数值，已按无目标处理。`, 'info'));
  }

  const anyData = target || done || reported || progressText || targetText || periods.length;
  if (!name) {
    if (anyData) {
      out.findings.push(finding(file, sheet, cellAddress(r, left === Infinity ? 1 : left), 'row_no_name', `第 ${r} 行有数据但没有指标名称，未计入。请补充指标名称。`, 'error'));
    }
    return null;
  }
  const direction = textOf(view, cols.direction, r);
  const statusText = textOf(view, cols.status, r);
  const nodesText = textOf(view, cols.nodes, r);
  const deptText = textOf(view, cols.dept, r);
  if (deptText) cells.dept = addressOf(view, cols.dept, r);
  return {
    file, sheet, row: r,
    section: null, project: null,
    name,
    dept: deptText ? deptText : deptFromUnitCol,
    target, targetText, targetUnit,
    done, doneUnit, doneFromText,
    periods, periodMode: null,
    reportedCompletion: reported,
    progressText,
    direction: direction || null,
    statusText: statusText || null,
    nodesText: nodesText || null,
    cells,
    span,
  };
}

function unitCompatible(found: string | null, wanted: string | null): boolean {
  if (!wanted || !found) return true;
  const strip = (u: string): string => halfWidth(u).replace(/^(万|亿|百万|千万)/, '');
  if (strip(found) === strip(wanted) || (['人', '名'].includes(strip(found)) && ['人', '名'].includes(strip(wanted)))) return true;
  // Units of one dimension convert (米 and 公里, 元 and 万元); others do not.
  const a = sharedUnit(found);
  const b = sharedUnit(wanted);
  return a !== null && b !== null && a.dimension === b.dimension;
}

/** Per layout, per column: whether every number below the header is a fraction (at most 1.5). */
const fractionColumns = new WeakMap<SheetLayout, Map<number, boolean>>();

/** columnLooksFraction, worked out once per column of a layout (a layout belongs to one sheet). */
function fractionColumn(view: GridView, layout: SheetLayout, c: number): boolean {
  let m = fractionColumns.get(layout);
  if (!m) { m = new Map(); fractionColumns.set(layout, m); }
  let v = m.get(c);
  if (v === undefined) { v = columnLooksFraction(view, layout, c); m.set(c, v); }
  return v;
}

function columnLooksFraction(view: GridView, layout: SheetLayout, c: number): boolean {
  for (let r = layout.headerBottom + 1; r <= layout.lastRow; r++) {
    const v = view.own(r, c)?.v;
    if (typeof v === 'number' && Math.abs(v) > 1.5) return false;
  }
  return true;
}

/**
 * Decides, per sheet, whether period columns hold running totals or per-period amounts: a header
 * that says 累计/当月 decides; otherwise any decreasing series means amounts; all non-decreasing
 * means running totals (noted as a finding, since a single row cannot tell).
 */
function resolvePeriodModes(rows: RawIndicator[], out: SheetReading): void {
  if (rows.length === 0 || !out.layout) return;
  const headerModes = out.layout.columns.filter((c) => c.role === 'period').map((c) => c.period?.mode ?? null);
  let mode: 'running' | 'amount' | null = headerModes.find((m) => m !== null) ?? null;
  if (!mode) {
    const decreasing = rows.some((r) => {
      const vals = [...r.periods].sort((a, b) => a.endMonth - b.endMonth).map((p) => p.value);
      return vals.some((v, i) => i > 0 && v < (vals[i - 1] ?? 0));
    });
    mode = decreasing ? 'amount' : 'running';
    if (!decreasing) {
      out.findings.push(finding(out.file, out.sheet, null, 'period_ambiguous',
        `工作表「${out.sheet}」的月度/季度列未注明“累计”或“当月”，数值逐期不减，已按累计值取最近一期。如为当月数，请在表头注明“当月”。`, 'info'));
    }
  }
  for (const r of rows) r.periodMode = mode;
}
