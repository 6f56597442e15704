"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ROW_PATTERNS = void 0;
exports.readSheet = readSheet;
/**
 * Reading one tracking sheet into raw indicator rows: finds the layout and plans it, walks the
 * rows, skips totals, footers and notes (listing them), follows heading rows and merged or
 * blank-below category cells, and keeps every value with the cell it came from. What one row holds
 * is read in rowReading, what the lines around the indicators say in contextLines; units and
 * statuses come later (see indicatorEvaluation).
 */
const columnChoice_1 = require("./columnChoice");
const contextLines_1 = require("./contextLines");
const deptName_1 = require("./deptName");
const findings_1 = require("./findings");
const grid_1 = require("./grid");
const layoutPlan_1 = require("./layoutPlan");
const memo_1 = require("./memo");
const ownCells_1 = require("./ownCells");
const periodModes_1 = require("./periodModes");
const quantity_1 = require("./quantity");
const cellReading_1 = require("./cellReading");
const rowReading_1 = require("./rowReading");
const sectionNames_1 = require("./sectionNames");
const sheetLayout_1 = require("./sheetLayout");
const text_1 = require("./text");
var contextLines_2 = require("./contextLines");
Object.defineProperty(exports, "ROW_PATTERNS", { enumerable: true, get: function () { return contextLines_2.ROW_PATTERNS; } });
/** stripNumbering of section and project cells, which repeat row after row. */
const labelWithoutNumber = (0, memo_1.memoise)(rowReading_1.stripNumbering, 10_000);
/**
 * Reads one sheet. Never throws on content: anything it cannot read becomes a finding.
 * @example readSheet(grid).indicators[0] → { name: '新增城镇就业', target: { value: 6000, unit: null }, targetUnit: '人', … }
 */
function readSheet(grid, options = {}) {
    const view = new grid_1.GridView(grid);
    const out = { file: grid.file, sheet: grid.sheet, layout: null, dept: null, asOf: null, indicators: [], findings: [], skipped: [] };
    if (skipWholeSheet(view, options, out))
        return out;
    const layout = (0, layoutPlan_1.applyMapping)(view, (0, sheetLayout_1.detectLayout)(view), options.mappings ?? []);
    out.layout = layout;
    if (!layout) {
        noHeader(view, out);
        return out;
    }
    for (const c of layout.choices)
        out.findings.push((0, columnChoice_1.choiceFinding)(c, layout.headerBottom, grid.file, grid.sheet));
    // Title and note lines above the header: department and as-of date.
    for (let r = 1; r < layout.headerTop; r++)
        (0, contextLines_1.readContextLine)(view, r, out);
    if (!out.dept && (0, deptName_1.looksLikeDept)(grid.sheet))
        out.dept = (0, text_1.halfWidth)(grid.sheet);
    if (!out.dept)
        out.dept = (0, deptName_1.deptFromFileName)(grid.file);
    const periodRows = readRows(view, layout, [...(options.knownSections ?? [])], out);
    // Else the as-of date from the sheet's or the file's name: "汇总表（截至2025年6月30日）.xlsx".
    if (!out.asOf)
        out.asOf = (0, contextLines_1.asOfFromName)(grid.sheet) ?? (0, contextLines_1.asOfFromName)(grid.file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
    (0, periodModes_1.resolvePeriodModes)(periodRows, out.layout, out.file, out.sheet, out.findings);
    return out;
}
/** Skips a sheet Zhuanbao wrote, a hidden sheet or an empty one (listing it); true when skipped. */
function skipWholeSheet(view, options, out) {
    const { grid } = view;
    const reason = options.ownSheets?.includes(grid.sheet) ? 'bulletin_sheet'
        : grid.hidden ? 'hidden_sheet'
            : grid.rows.length === 0 || view.colCount === 0 ? 'empty_sheet' : null;
    if (!reason)
        return false;
    out.skipped.push({ file: grid.file, sheet: grid.sheet, row: null, reason, text: reason === 'empty_sheet' ? '' : grid.sheet });
    return true;
}
/** A sheet without a header: an instruction sheet or an empty one is listed, any other is a finding. */
function noHeader(view, out) {
    const { grid } = view;
    const text = firstText(view);
    const reason = contextLines_1.INSTRUCTION_SHEET.test(grid.sheet) || countCells(view) <= 3 ? 'instructions' : 'empty_sheet';
    if (reason === 'instructions' || countCells(view) === 0) {
        out.skipped.push({ file: grid.file, sheet: grid.sheet, row: null, reason, text });
    }
    else {
        out.findings.push((0, findings_1.finding)(grid.file, grid.sheet, null, 'sheet_no_header', `工作表「${grid.sheet}」中没有找到可识别的表头（如“指标名称”“全年目标”“累计完成”），未读取。如是跟踪表，请在任务窗格中手动指定列。`));
    }
}
/** The section a sheet or file is named for (省级, 市级民生实事), or null. */
function sectionOfSheet(grid, known) {
    return [grid.sheet, grid.file.replace(/\.[^.]+$/, '')].map((n) => (0, text_1.halfWidth)(n).replace(/^\d{4}年?/, '')).find((n) => /(省|市|县|区|州|国家)级/.test(n) && (0, sectionNames_1.looksLikeSection)(n, known)) ?? null;
}
/** Reads the rows below the header into `out`; gives the indicators read from period columns. */
function readRows(view, first, known, out) {
    const { grid } = view;
    const skip = (row, reason, texts) => {
        out.skipped.push({ file: grid.file, sheet: grid.sheet, row, reason, text: (0, contextLines_1.rowText)(texts) });
    };
    const at = { section: null, project: null, sectionCell: null, projectCell: null, sheetSection: sectionOfSheet(grid, known), known };
    const findings = new findings_1.FindingList(out.findings);
    const periodRows = [];
    const hiddenRows = new Set(grid.hiddenRows ?? []);
    const hiddenRead = [];
    let plan = (0, layoutPlan_1.planLayout)(first);
    const own = new ownCells_1.OwnCells();
    for (let r = plan.layout.headerBottom + 1; r <= plan.layout.lastRow; r++) {
        own.read(view, r);
        if (own.length === 0)
            continue; // blank row
        if (hiddenRows.size > 0 && hiddenRows.has(r)) {
            // What the department chose not to show (helper figures, last month's rows): listed, not read.
            skip(r, 'hidden_row', own.texts());
            hiddenRead.push(r);
            continue;
        }
        const kind = (0, contextLines_1.lineKind)(view, plan, own, r);
        if (kind) {
            skip(r, kind, own.texts());
            if (kind !== 'total')
                (0, contextLines_1.readContextLine)(view, r, out, true);
            continue;
        }
        if (r === plan.layout.headerBottom + 1 && (0, sheetLayout_1.looksLikeHeaderRow)(view, r)) {
            // Header words under the header (数量 | 单位, 1月 | 2月 without merges): part of the header.
            skip(r, 'header', own.texts());
            out.findings.push((0, findings_1.finding)(grid.file, grid.sheet, `A${r}`, 'layout_choice', `第 ${r} 行只有表头文字（${(0, contextLines_1.rowText)(own.texts()).slice(0, 30)}），按表头的一部分处理，未作为指标读取。如需更改，请在任务窗格“列映射”中指定表头行。`, 'info'));
            continue;
        }
        if (r > plan.layout.headerBottom + 1 && (0, sheetLayout_1.headerScore)(view, r) >= 3) {
            // The header repeated (a second table below the first): read on with its layout.
            plan = (0, layoutPlan_1.planLayout)((0, sheetLayout_1.layoutAt)(view, r));
            for (let h = plan.layout.headerTop; h <= plan.layout.headerBottom; h++)
                skip(h, 'header', (0, ownCells_1.ownCells)(view, h).map((o) => o.text));
            r = plan.layout.headerBottom;
            continue;
        }
        const label = labelLine(view, plan, own, r, at);
        if (label) {
            skip(r, label, own.texts());
            continue;
        }
        const findingsBefore = out.findings.length;
        const raw = (0, rowReading_1.readIndicatorRow)(view, plan, r, findings);
        if (!raw) {
            // Nothing to read (only a 序号, a unit, a date…): listed, never silently dropped.
            const rowNamed = out.findings.slice(findingsBefore).some((f) => f.cell !== null && Number(/\d+$/.exec(f.cell)?.[0]) === r);
            if (!rowNamed)
                skip(r, 'no_indicator', own.texts());
            continue;
        }
        place(view, plan, r, raw, at);
        if (!raw.dept)
            raw.dept = out.dept;
        if (raw.periods.length > 0)
            periodRows.push(raw);
        out.indicators.push(raw);
    }
    if (hiddenRead.length > 0)
        out.findings.push(hiddenRowsFinding(grid, hiddenRead));
    return periodRows;
}
/** The info finding that tells the clerk which hidden rows were not read. */
function hiddenRowsFinding(grid, rows) {
    const list = rows.slice(0, 10).join('、') + (rows.length > 10 ? ` 等 ${rows.length} 行` : '');
    return (0, findings_1.finding)(grid.file, grid.sheet, `A${rows[0] ?? 1}`, 'layout_choice', `工作表「${grid.sheet}」的第 ${list} 行是隐藏行（通常是辅助计算或往期数据），未作为指标读取。如需读取，请在表格中取消隐藏后重新生成。`, 'info');
}
/**
 * A row whose texts are all in label columns: a heading (numbered, or naming a section), whose
 * section or project `at` takes for the rows below, or a note merged across the table.
 */
function labelLine(view, plan, own, r, at) {
    if ((0, contextLines_1.anyDataColumn)(own, plan))
        return null;
    const heading = (0, contextLines_1.readHeading)(own.texts(), at.known);
    if (heading?.level === 'section') {
        at.section = heading.text;
        at.project = null;
        if (!at.known.includes(heading.text))
            at.known.push(heading.text);
    }
    else if (heading)
        at.project = heading.text;
    if (heading)
        return 'heading';
    return own.length === 1 && (0, contextLines_1.isWideMerge)(view, r, own.col(0)) && !plan.cols.name ? 'note' : null;
}
/**
 * Section and project of an indicator row: its own columns (merged or blank-below cells apply
 * downwards), a prefix of the project or name (省级·…), the heading rows above, the sheet's name.
 */
function place(view, plan, r, raw, at) {
    const { cols } = plan;
    const sectionText = (0, cellReading_1.textOf)(view, cols.section, r);
    const projectText = (0, cellReading_1.textOf)(view, cols.project, r);
    let rowSection = sectionText || (cols.section ? at.sectionCell : null);
    // A blank project cell repeats the one above, unless the row starts a new section.
    let rowProject = projectText || (cols.project && !sectionText ? at.projectCell : null);
    if (sectionText)
        at.sectionCell = sectionText;
    if (projectText)
        at.projectCell = projectText;
    for (const candidate of [rowProject, raw.name]) {
        if (!candidate)
            continue;
        const split = (0, sectionNames_1.splitSectionPrefix)(candidate, at.known);
        if (split) {
            rowSection = rowSection ?? split.section;
            if (candidate === rowProject)
                rowProject = split.rest;
            else
                raw.name = split.rest;
            break;
        }
    }
    raw.section = (rowSection ? labelWithoutNumber(rowSection) : null) ?? at.section ?? at.sheetSection;
    raw.project = rowProject ? labelWithoutNumber(rowProject) : at.project;
    if (raw.section && !at.known.includes(raw.section))
        at.known.push(raw.section);
}
function countCells(view) {
    let n = 0;
    for (const row of view.grid.rows)
        for (const c of row ?? [])
            if (c && c.v !== null && String(c.v).trim() !== '')
                n++;
    return n;
}
function firstText(view) {
    for (let r = 1; r <= view.rowCount; r++)
        for (let c = 1; c <= view.colCount; c++) {
            const t = (0, quantity_1.cellText)(view.own(r, c));
            if (t)
                return t.slice(0, 80);
        }
    return '';
}
