/**
 * Reading one tracking sheet into raw indicator rows: finds the layout and plans it, walks the
 * rows, skips totals, footers and notes (listing them), follows heading rows and merged or
 * blank-below category cells, and keeps every value with the cell it came from. What one row holds
 * is read in rowReading, what the lines around the indicators say in contextLines; units and
 * statuses come later (see indicatorEvaluation).
 */
import { choiceFinding } from './columnChoice';
import { INSTRUCTION_SHEET, anyDataColumn, asOfFromName, isWideMerge, lineKind, readContextLine, readHeading, rowText } from './contextLines';
import { deptFromFileName, looksLikeDept } from './deptName';
import { Finding, FindingList, SkippedRow, finding } from './findings';
import { GridView, SheetGrid } from './grid';
import { LayoutPlan, applyMapping, planLayout } from './layoutPlan';
import { memoise } from './memo';
import { OwnCells, ownCells } from './ownCells';
import { resolvePeriodModes } from './periodModes';
import { cellText } from './quantity';
import { textOf } from './cellReading';
import { RawIndicator } from './rawIndicator';
import { readIndicatorRow, stripNumbering } from './rowReading';
import { looksLikeSection, splitSectionPrefix } from './sectionNames';
import { ColumnMapping } from './settings';
import { SheetLayout, detectLayout, headerScore, layoutAt, looksLikeHeaderRow } from './sheetLayout';
import { halfWidth } from './text';

export type { PeriodValue, RawIndicator } from './rawIndicator';
export { ROW_PATTERNS } from './contextLines';

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

/** stripNumbering of section and project cells, which repeat row after row. */
const labelWithoutNumber = memoise(stripNumbering, 10_000);

/**
 * Reads one sheet. Never throws on content: anything it cannot read becomes a finding.
 * @example readSheet(grid).indicators[0] → { name: '新增城镇就业', target: { value: 6000, unit: null }, targetUnit: '人', … }
 */
export function readSheet(grid: SheetGrid, options: SheetReadOptions = {}): SheetReading {
  const view = new GridView(grid);
  const out: SheetReading = { file: grid.file, sheet: grid.sheet, layout: null, dept: null, asOf: null, indicators: [], findings: [], skipped: [] };
  if (skipWholeSheet(view, options, out)) return out;
  const layout = applyMapping(view, detectLayout(view), options.mappings ?? []);
  out.layout = layout;
  if (!layout) {
    noHeader(view, out);
    return out;
  }
  for (const c of layout.choices) out.findings.push(choiceFinding(c, layout.headerBottom, grid.file, grid.sheet));
  // Title and note lines above the header: department and as-of date.
  for (let r = 1; r < layout.headerTop; r++) readContextLine(view, r, out);
  if (!out.dept && looksLikeDept(grid.sheet)) out.dept = halfWidth(grid.sheet);
  if (!out.dept) out.dept = deptFromFileName(grid.file);
  const periodRows = readRows(view, layout, [...(options.knownSections ?? [])], out);
  // Else the as-of date from the sheet's or the file's name: "汇总表（截至2025年6月30日）.xlsx".
  if (!out.asOf) out.asOf = asOfFromName(grid.sheet) ?? asOfFromName(grid.file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
  resolvePeriodModes(periodRows, out.layout, out.file, out.sheet, out.findings);
  return out;
}

/** Skips a sheet Zhuanbao wrote, a hidden sheet or an empty one (listing it); true when skipped. */
function skipWholeSheet(view: GridView, options: SheetReadOptions, out: SheetReading): boolean {
  const { grid } = view;
  const reason: SkippedRow['reason'] | null = options.ownSheets?.includes(grid.sheet) ? 'bulletin_sheet'
    : grid.hidden ? 'hidden_sheet'
      : grid.rows.length === 0 || view.colCount === 0 ? 'empty_sheet' : null;
  if (!reason) return false;
  out.skipped.push({ file: grid.file, sheet: grid.sheet, row: null, reason, text: reason === 'empty_sheet' ? '' : grid.sheet });
  return true;
}

/** A sheet without a header: an instruction sheet or an empty one is listed, any other is a finding. */
function noHeader(view: GridView, out: SheetReading): void {
  const { grid } = view;
  const text = firstText(view);
  const reason: SkippedRow['reason'] = INSTRUCTION_SHEET.test(grid.sheet) || countCells(view) <= 3 ? 'instructions' : 'empty_sheet';
  if (reason === 'instructions' || countCells(view) === 0) {
    out.skipped.push({ file: grid.file, sheet: grid.sheet, row: null, reason, text });
  } else {
    out.findings.push(finding(grid.file, grid.sheet, null, 'sheet_no_header',
      `工作表「${grid.sheet}」中没有找到可识别的表头（如“指标名称”“全年目标”“累计完成”），未读取。如是跟踪表，请在任务窗格中手动指定列。`));
  }
}

/** Where the rows read so far put the next one: heading rows, and label columns carried down. */
interface Placement {
  /** Section and project of the heading rows above. */
  section: string | null;
  project: string | null;
  /** The last section and project cells written in their own columns (blank cells below repeat them). */
  sectionCell: string | null;
  projectCell: string | null;
  /** Section of a sheet or file named for one (省级, 市级民生实事), for rows that name none. */
  sheetSection: string | null;
  known: string[];
}

/** The section a sheet or file is named for (省级, 市级民生实事), or null. */
function sectionOfSheet(grid: SheetGrid, known: readonly string[]): string | null {
  return [grid.sheet, grid.file.replace(/\.[^.]+$/, '')].map((n) => halfWidth(n).replace(/^\d{4}年?/, '')).find((n) => /(省|市|县|区|州|国家)级/.test(n) && looksLikeSection(n, known)) ?? null;
}

/** Reads the rows below the header into `out`; gives the indicators read from period columns. */
function readRows(view: GridView, first: SheetLayout, known: string[], out: SheetReading): RawIndicator[] {
  const { grid } = view;
  const skip = (row: number, reason: SkippedRow['reason'], texts: string[]): void => {
    out.skipped.push({ file: grid.file, sheet: grid.sheet, row, reason, text: rowText(texts) });
  };
  const at: Placement = { section: null, project: null, sectionCell: null, projectCell: null, sheetSection: sectionOfSheet(grid, known), known };
  const findings = new FindingList(out.findings);
  const periodRows: RawIndicator[] = [];
  const hiddenRows = new Set(grid.hiddenRows ?? []);
  const hiddenRead: number[] = [];
  let plan = planLayout(first);
  const own = new OwnCells();
  for (let r = plan.layout.headerBottom + 1; r <= plan.layout.lastRow; r++) {
    own.read(view, r);
    if (own.length === 0) continue; // blank row
    if (hiddenRows.size > 0 && hiddenRows.has(r)) {
      // What the department chose not to show (helper figures, last month's rows): listed, not read.
      skip(r, 'hidden_row', own.texts());
      hiddenRead.push(r);
      continue;
    }
    const kind = lineKind(view, plan, own, r);
    if (kind) {
      skip(r, kind, own.texts());
      if (kind !== 'total') readContextLine(view, r, out, true);
      continue;
    }
    if (r === plan.layout.headerBottom + 1 && looksLikeHeaderRow(view, r)) {
      // Header words under the header (数量 | 单位, 1月 | 2月 without merges): part of the header.
      skip(r, 'header', own.texts());
      out.findings.push(finding(grid.file, grid.sheet, `A${r}`, 'layout_choice',
        `第 ${r} 行只有表头文字（${rowText(own.texts()).slice(0, 30)}），按表头的一部分处理，未作为指标读取。如需更改，请在任务窗格“列映射”中指定表头行。`, 'info'));
      continue;
    }
    if (r > plan.layout.headerBottom + 1 && headerScore(view, r) >= 3) {
      // The header repeated (a second table below the first): read on with its layout.
      plan = planLayout(layoutAt(view, r));
      for (let h = plan.layout.headerTop; h <= plan.layout.headerBottom; h++) skip(h, 'header', ownCells(view, h).map((o) => o.text));
      r = plan.layout.headerBottom;
      continue;
    }
    const label = labelLine(view, plan, own, r, at);
    if (label) {
      skip(r, label, own.texts());
      continue;
    }
    const findingsBefore = out.findings.length;
    const raw = readIndicatorRow(view, plan, r, findings);
    if (!raw) {
      // Nothing to read (only a 序号, a unit, a date…): listed, never silently dropped.
      const rowNamed = out.findings.slice(findingsBefore).some((f) => f.cell !== null && Number(/\d+$/.exec(f.cell)?.[0]) === r);
      if (!rowNamed) skip(r, 'no_indicator', own.texts());
      continue;
    }
    place(view, plan, r, raw, at);
    if (!raw.dept) raw.dept = out.dept;
    if (raw.periods.length > 0) periodRows.push(raw);
    out.indicators.push(raw);
  }
  if (hiddenRead.length > 0) out.findings.push(hiddenRowsFinding(grid, hiddenRead));
  return periodRows;
}

/** The info finding that tells the clerk which hidden rows were not read. */
function hiddenRowsFinding(grid: SheetGrid, rows: number[]): Finding {
  const list = rows.slice(0, 10).join('、') + (rows.length > 10 ? ` 等 ${rows.length} 行` : '');
  return finding(grid.file, grid.sheet, `A${rows[0] ?? 1}`, 'layout_choice',
    `工作表「${grid.sheet}」的第 ${list} 行是隐藏行（通常是辅助计算或往期数据），未作为指标读取。如需读取，请在表格中取消隐藏后重新生成。`, 'info');
}

/**
 * A row whose texts are all in label columns: a heading (numbered, or naming a section), whose
 * section or project `at` takes for the rows below, or a note merged across the table.
 */
function labelLine(view: GridView, plan: LayoutPlan, own: OwnCells, r: number, at: Placement): 'heading' | 'note' | null {
  if (anyDataColumn(own, plan)) return null;
  const heading = readHeading(own.texts(), at.known);
  if (heading?.level === 'section') {
    at.section = heading.text;
    at.project = null;
    if (!at.known.includes(heading.text)) at.known.push(heading.text);
  } else if (heading) at.project = heading.text;
  if (heading) return 'heading';
  return own.length === 1 && isWideMerge(view, r, own.col(0)) && !plan.cols.name ? 'note' : null;
}

/**
 * Section and project of an indicator row: its own columns (merged or blank-below cells apply
 * downwards), a prefix of the project or name (省级·…), the heading rows above, the sheet's name.
 */
function place(view: GridView, plan: LayoutPlan, r: number, raw: RawIndicator, at: Placement): void {
  const { cols } = plan;
  const sectionText = textOf(view, cols.section, r);
  const projectText = textOf(view, cols.project, r);
  let rowSection = sectionText || (cols.section ? at.sectionCell : null);
  // A blank project cell repeats the one above, unless the row starts a new section.
  let rowProject = projectText || (cols.project && !sectionText ? at.projectCell : null);
  if (sectionText) at.sectionCell = sectionText;
  if (projectText) at.projectCell = projectText;
  for (const candidate of [rowProject, raw.name]) {
    if (!candidate) continue;
    const split = splitSectionPrefix(candidate, at.known);
    if (split) {
      rowSection = rowSection ?? split.section;
      if (candidate === rowProject) rowProject = split.rest;
      else raw.name = split.rest;
      break;
    }
  }
  raw.section = (rowSection ? labelWithoutNumber(rowSection) : null) ?? at.section ?? at.sheetSection;
  raw.project = rowProject ? labelWithoutNumber(rowProject) : at.project;
  if (raw.section && !at.known.includes(raw.section)) at.known.push(raw.section);
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
