"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.stripNumbering = stripNumbering;
exports.readIndicatorRow = readIndicatorRow;
exports.unitCompatible = unitCompatible;
/**
 * Reading one indicator row against a layout plan: name, target, done, reported completion,
 * progress text, units, period values, and the cell each came from. Cells it cannot read become
 * findings; figures written only in prose are taken from it.
 */
const cellReading_1 = require("./cellReading");
const deptName_1 = require("./deptName");
const findings_1 = require("./findings");
const freeText_1 = require("./freeText");
const grid_1 = require("./grid");
const layoutPlan_1 = require("./layoutPlan");
const memo_1 = require("./memo");
const quantity_1 = require("./quantity");
const sectionNames_1 = require("./sectionNames");
const text_1 = require("./text");
const units_1 = require("./units");
/**
 * The numbering of a heading or name taken off ("1.推动实现…" → "推动实现…"); the text itself when
 * nothing would be left.
 * @example stripNumbering('（1）产前筛查') === '产前筛查'
 */
function stripNumbering(text) {
    const h = (0, sectionNames_1.headingNumber)(text);
    return h && h.rest ? h.rest : text;
}
/** The unit column names a department on some sheets; unit texts recur on every row. */
const unitLooksLikeDept = (0, memo_1.memoise)(deptName_1.looksLikeDept, 10_000);
function readNameAndTarget(view, plan, r, findings, cells) {
    const { cols } = plan;
    const nameText = (0, cellReading_1.textOf)(view, cols.name, r);
    let name = nameText ? stripNumbering((0, freeText_1.tidyName)(nameText)) : '';
    if (nameText)
        cells.name = (0, cellReading_1.addressOf)(view, cols.name, r);
    // Target (a number, a quantity with unit, or text holding name + target)
    const t = (0, cellReading_1.readNumber)(view, cols.target, r, findings, cells, 'target', '全年目标');
    let target = typeof t === 'string' ? null : t;
    let targetText = null;
    const tText = typeof t === 'string' ? t : null;
    let sentence = null;
    if (tText && (0, freeText_1.isTargetAndProgress)(tText)) {
        // "年度目标500户，截至目前已完成120户，完成率24%": the target from the sentence, the rest is progress.
        target = (0, freeText_1.extractTarget)(tText);
        sentence = tText;
    }
    else if (tText) {
        const split = (0, freeText_1.splitNameAndTarget)(tText);
        if (split.quantity) {
            target = split.quantity;
            if (!name)
                name = split.name;
        }
        else if (!name && tText.length > 4 && !/^(待|暂|未|无)/.test(tText)) {
            name = split.name;
        }
        else {
            targetText = tText;
        }
    }
    const projectText = (0, cellReading_1.textOf)(view, cols.project, r);
    if (!name && projectText) {
        name = stripNumbering((0, sectionNames_1.splitSectionPrefix)(projectText)?.rest ?? projectText);
        cells.name = (0, cellReading_1.addressOf)(view, cols.project, r);
    }
    return { name, target, targetText, targetCellText: tText, sentence };
}
/**
 * A per cent column's value as a reported percentage (a column of fractions, 0.529, read as 52.9),
 * or its text. `role` is completion or expected.
 */
function readPercent(view, plan, r, findings, cells, role, label) {
    const cc = plan.cols[role];
    const comp = (0, cellReading_1.readNumber)(view, cc, r, findings, cells, role, label);
    if (comp === null || typeof comp === 'string' || !cc)
        return comp;
    let value = comp.value;
    let decimals = comp.decimals;
    if (comp.unit !== '%' && !cc.percent && Math.abs(value) <= 1.5 && (0, layoutPlan_1.fractionColumn)(view, plan, cc.col)) {
        value = Number((value * 100).toPrecision(12));
        decimals = Math.max(0, decimals - 2);
    }
    return { value, decimals };
}
/** The reported completion from the completion column, or from its text (else the text joins the progress). */
function readCompletion(view, plan, r, findings, cells, progressParts) {
    const comp = readPercent(view, plan, r, findings, cells, 'completion', '完成率');
    if (typeof comp !== 'string')
        return comp;
    const reported = (0, freeText_1.extractReportedCompletion)(comp);
    if (!reported)
        progressParts.push(comp);
    return reported;
}
/** The department's own 序时进度 and judgement of the row (是否达到序时进度, 完成情况评价). */
function readDeptJudgement(view, plan, r, findings, cells) {
    if (!plan.cols.expected && !plan.cols.judgement)
        return NO_JUDGEMENT;
    const e = readPercent(view, plan, r, findings, cells, 'expected', '序时进度');
    const judgement = (0, cellReading_1.textOf)(view, plan.cols.judgement, r);
    if (judgement)
        cells.judgement = (0, cellReading_1.addressOf)(view, plan.cols.judgement, r);
    return { deptExpected: typeof e === 'string' ? extractPercent(e) : e, deptJudgement: judgement || null };
}
/** A percentage written in a text ("约25%"), or null. */
function extractPercent(text) {
    const m = /(\d+(?:\.\d+)?)\s*[%％]/.exec((0, text_1.halfWidth)(text));
    if (!m?.[1])
        return null;
    const dot = m[1].indexOf('.');
    return { value: Number(m[1]), decimals: dot < 0 ? 0 : m[1].length - dot - 1 };
}
/** The row's values in the plan's month and quarter columns; cells that hold no number become findings. */
function readPeriods(view, plan, r, findings) {
    const { file, sheet } = view.grid;
    const periods = [];
    for (const pc of plan.periods) {
        const at = view.at(r, pc.col);
        const addr = (0, grid_1.cellAddress)(at.row, at.col);
        const p = (0, quantity_1.parseCell)(at.cell);
        if (p.kind === 'quantity' && pc.period)
            periods.push({ startMonth: pc.period.startMonth, endMonth: pc.period.endMonth, value: p.quantity.value, cell: addr });
        else if (p.kind === 'error')
            findings.once((0, findings_1.finding)(file, sheet, addr, 'cell_error', `月度数据单元格 ${addr} 为错误值 ${p.error}，已按空值处理。`));
        else if (p.kind === 'text' && !cellReading_1.PLACEHOLDER.test((0, text_1.halfWidth)(p.text)))
            findings.push((0, findings_1.finding)(file, sheet, addr, 'unreadable_value', `月度数据单元格 ${addr} 的内容「${p.text.slice(0, 30)}」无法识别为数值，已忽略。`));
    }
    return periods;
}
/** The units of a row: unit columns, else the unit written in the header; a unit column naming a department gives the department. */
function readUnits(view, plan, r, cells) {
    const { cols } = plan;
    let unitText = (0, cellReading_1.textOf)(view, cols.unit, r);
    let deptFromUnitCol = null;
    if (unitText && unitLooksLikeDept(unitText)) {
        deptFromUnitCol = unitText;
        unitText = '';
    }
    const targetUnitText = (0, cellReading_1.textOf)(view, cols.targetUnit, r);
    const doneUnitText = (0, cellReading_1.textOf)(view, cols.doneUnit, r);
    if (targetUnitText)
        cells.targetUnit = (0, cellReading_1.addressOf)(view, cols.targetUnit, r);
    if (unitText)
        cells.unit = (0, cellReading_1.addressOf)(view, cols.unit, r);
    return {
        targetUnit: targetUnitText || unitText || cols.target?.unit || null,
        doneUnit: doneUnitText || unitText || cols.done?.unit || null,
        deptFromUnitCol,
    };
}
/** The row's progress text: what the done and completion columns held as text, the progress and note columns, each once. */
function readProgressText(view, plan, r, cells, parts) {
    const { cols } = plan;
    const prog = (0, cellReading_1.textOf)(view, cols.progress, r);
    if (prog) {
        parts.push(prog);
        cells.progress = (0, cellReading_1.addressOf)(view, cols.progress, r);
    }
    const note = (0, cellReading_1.textOf)(view, cols.note, r);
    if (note) {
        parts.push(note);
        cells.note = (0, cellReading_1.addressOf)(view, cols.note, r);
    }
    return parts.length <= 1 ? (parts[0] ?? '') : parts.filter((p, k) => parts.indexOf(p) === k).join('；');
}
/** Done written in prose: after a verb (已完成…), else without one when its unit is the target's. */
function doneInProse(text, wanted) {
    return (0, freeText_1.extractDone)(text, (u) => unitCompatible(u, wanted)) ?? (0, freeText_1.extractBareDone)(text, wanted);
}
/** A row without the department's own judgement columns (shared: nothing to read). */
const NO_JUDGEMENT = { deptExpected: null, deptJudgement: null };
/**
 * Reads row r as an indicator against the plan, or null when it names none (a row with data but no
 * name is a finding). Section, project and period mode are left for the sheet to fill.
 * @example readIndicatorRow(view, planLayout(layout), 5, findings)?.target → { value: 6000, unit: null, … }
 */
function readIndicatorRow(view, plan, r, findings) {
    const { file, sheet } = view.grid;
    const { cols } = plan;
    const cells = {};
    const progressParts = [];
    const read = readNameAndTarget(view, plan, r, findings, cells);
    const { name, targetText, targetCellText } = read;
    let target = read.target;
    if (read.sentence)
        progressParts.push(read.sentence);
    // Done: a number, a quantity, or text (then prose).
    const d = (0, cellReading_1.readNumber)(view, cols.done, r, findings, cells, 'done', '累计完成');
    let done = typeof d === 'string' ? null : d;
    let doneFromText = false;
    if (typeof d === 'string')
        progressParts.push(d);
    let reported = readCompletion(view, plan, r, findings, cells, progressParts);
    const progressText = readProgressText(view, plan, r, cells, progressParts);
    const { targetUnit, doneUnit, deptFromUnitCol } = readUnits(view, plan, r, cells);
    const periods = readPeriods(view, plan, r, findings);
    // Prose fallbacks: a sentence giving target and progress together, done with or without a verb.
    if (progressText) {
        if (!target && !targetText && cols.progress?.combined) {
            target = (0, freeText_1.extractTarget)(progressText);
            if (target)
                cells.target = cells.progress ?? cells.target;
        }
        reported ??= (0, freeText_1.extractReportedCompletion)(progressText);
        if (!done && periods.length === 0) {
            done = doneInProse(progressText, target?.unit ?? targetUnit);
            if (done && !(target || reported))
                done = null;
            doneFromText = done !== null;
        }
    }
    if (targetCellText && targetText && target === null && !/^(待|暂|未|无|尚未)/.test((0, text_1.halfWidth)(targetText))) {
        findings.push((0, findings_1.finding)(file, sheet, cells.target ?? null, 'unreadable_value', `全年目标「${targetText.slice(0, 30)}」无法识别为数值，已按无目标处理。`, 'info'));
    }
    const anyData = target || done || reported || progressText || targetText || periods.length;
    if (!name) {
        if (anyData) {
            findings.push((0, findings_1.finding)(file, sheet, (0, grid_1.cellAddress)(r, plan.span.left), 'row_no_name', `第 ${r} 行有数据但没有指标名称，未计入。请补充指标名称。`, 'error'));
        }
        return null;
    }
    const deptText = (0, cellReading_1.textOf)(view, cols.dept, r);
    if (deptText)
        cells.dept = (0, cellReading_1.addressOf)(view, cols.dept, r);
    const { deptExpected, deptJudgement } = readDeptJudgement(view, plan, r, findings, cells);
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
        direction: (0, cellReading_1.textOf)(view, cols.direction, r) || null,
        statusText: (0, cellReading_1.textOf)(view, cols.status, r) || null,
        nodesText: (0, cellReading_1.textOf)(view, cols.nodes, r) || null,
        deptExpected, deptJudgement,
        cells,
        span: plan.span,
    };
}
/**
 * Whether a unit found in prose can stand for the target's: the same unit (万/亿 aside), 人 and 名,
 * or units of one dimension (米 and 公里, 元 and 万元); any unit when either is unknown.
 * @example unitCompatible('公里', '米') === true; unitCompatible('人', '万元') === false
 */
function unitCompatible(found, wanted) {
    if (!wanted || !found)
        return true;
    const strip = (u) => (0, text_1.halfWidth)(u).replace(/^(万|亿|百万|千万)/, '');
    if (strip(found) === strip(wanted) || (['人', '名'].includes(strip(found)) && ['人', '名'].includes(strip(wanted))))
        return true;
    const a = (0, units_1.sharedUnit)(found);
    const b = (0, units_1.sharedUnit)(wanted);
    return a !== null && b !== null && a.dimension === b.dimension;
}
