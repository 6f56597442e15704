"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.doneFromPeriods = doneFromPeriods;
exports.evaluateIndicator = evaluateIndicator;
exports.evaluateInto = evaluateInto;
/**
 * Evaluating one raw indicator row: units to base units, done from period columns, kind,
 * completion, expected progress, status and lag grade, and the per-indicator findings
 * (units that cannot be converted, target 0, negative values, completion over 300 %,
 * reported completion that disagrees with the recomputed one).
 */
const deptJudgement_1 = require("./deptJudgement");
const findings_1 = require("./findings");
const indicatorKind_1 = require("./indicatorKind");
const indicatorStatus_1 = require("./indicatorStatus");
const nodeSchedule_1 = require("./nodeSchedule");
const statusCodes_1 = require("./statusCodes");
const text_1 = require("./text");
const timeProgress_1 = require("./timeProgress");
const units_1 = require("./units");
function formatQuantity(q, unit) {
    if (!q)
        return null;
    const u = q.unit ?? unit;
    if (!u)
        return String((0, text_1.clean)(q.value));
    return u === '%' ? `${(0, text_1.clean)(q.value)}%` : `${(0, text_1.clean)(q.value)} ${u}`;
}
/** Done from 1月…12月 / 一季度…四季度 columns, up to the as-of month. */
function doneFromPeriods(raw, asOf) {
    if (raw.periods.length === 0)
        return null;
    const month = (0, timeProgress_1.calendarDate)(asOf).getMonth() + 1;
    const relevant = raw.periods.filter((p) => p.startMonth <= month);
    if (relevant.length === 0)
        return 0;
    if (raw.periodMode === 'amount')
        return (0, text_1.clean)(relevant.reduce((s, p) => s + p.value, 0));
    const latest = relevant.reduce((a, b) => (b.endMonth >= a.endMonth ? b : a));
    return latest.value;
}
/**
 * Evaluates one raw indicator.
 * @example evaluateIndicator(raw /* 6000 人 target, 1386 done *\/, { asOf: '2026-03-20', settings }).status === 'on_schedule'
 */
function evaluateIndicator(raw, ctx) {
    const findings = [];
    return { indicator: evaluateInto(raw, ctx, findings), findings };
}
/** The nodes of the first schedule whose match the name contains, or null (no closure per indicator). */
function scheduleFor(name, schedules) {
    for (let k = 0; k < schedules.length; k++) {
        const n = schedules[k];
        if (name.includes(n.match))
            return n.nodes ?? null;
    }
    return null;
}
/** A per-indicator finding: named after the indicator, at `cell` of its sheet. */
function addFinding(findings, raw, cell, code, message, severity = 'warning') {
    findings.push((0, findings_1.finding)(raw.file, raw.sheet, cell ?? null, code, `「${raw.name}」${message}`, severity));
}
/**
 * As {@link evaluateIndicator}, with the findings appended to `findings` (a report evaluates every
 * indicator into one list, without a list and a record per indicator).
 * @example const findings: Finding[] = []; evaluateInto(raw, { asOf: '2026-03-20', settings }, findings).status === 'on_schedule'
 */
function evaluateInto(raw, ctx, findings) {
    const { settings, asOf } = ctx;
    const cells = raw.cells;
    // Units → base units
    const targetUnitWritten = raw.target?.unit ?? raw.targetUnit;
    const tInfo = targetUnitWritten ? (0, units_1.sharedUnit)(targetUnitWritten) : null;
    const target = raw.target ? (0, text_1.clean)(raw.target.value * (tInfo?.factor ?? 1)) : null;
    let unit = tInfo?.base ?? null;
    let doneQ = raw.done;
    if (!doneQ && raw.periods.length > 0) {
        const v = doneFromPeriods(raw, asOf);
        if (v !== null)
            doneQ = { value: v, unit: null, decimals: 0, bound: null };
    }
    // A rate target (90%) with the done value written as a fraction (0.92) means 92 %.
    if (doneQ && !doneQ.unit && tInfo?.base === '%' && raw.target && raw.target.value > 1.5 && Math.abs(doneQ.value) <= 1.5) {
        doneQ = { ...doneQ, value: (0, text_1.clean)(doneQ.value * 100), unit: '%' };
    }
    const doneUnitWritten = doneQ?.unit ?? raw.doneUnit ?? targetUnitWritten;
    const dInfo = doneUnitWritten ? (0, units_1.sharedUnit)(doneUnitWritten) : null;
    let done = null;
    let unitsOk = true;
    if (doneQ) {
        if (tInfo && dInfo) {
            const f = (0, units_1.conversionFactor)(dInfo, tInfo);
            if (f === null) {
                unitsOk = false;
                done = (0, text_1.clean)(doneQ.value * dInfo.factor);
                addFinding(findings, raw, cells.done, 'unit_mismatch', `的累计完成单位「${dInfo.written}」与全年目标单位「${tInfo.written}」无法换算，未计算完成率。`, 'error');
            }
            else
                done = (0, text_1.clean)(doneQ.value * f);
        }
        else {
            done = (0, text_1.clean)(doneQ.value * (dInfo?.factor ?? 1));
            if (!unit && dInfo)
                unit = dInfo.base;
        }
    }
    const ceiling = raw.target?.bound === 'max' || (0, indicatorKind_1.isCeilingText)(raw.targetText);
    const reported = raw.reportedCompletion;
    const kind = (0, indicatorKind_1.indicatorKind)({
        name: raw.name,
        hasTarget: target !== null,
        hasDone: done !== null,
        hasReportedCompletion: reported !== null,
        unit,
        ceiling,
        direction: raw.direction,
        reverseKeywords: settings.reverseKeywords,
    });
    // Completion
    let exact = null;
    if ((kind === 'count' || kind === 'level') && target !== null && done !== null && unitsOk) {
        if (target === 0)
            addFinding(findings, raw, cells.target, 'target_zero', '的全年目标为 0，无法计算完成率，请核对。', 'error');
        else
            exact = (done * 100) / target;
    }
    let completion = exact !== null ? (0, text_1.roundTo)(exact, 2) : null;
    if (kind === 'progress' && reported)
        completion = reported.value;
    if ((target ?? 0) < 0 || (done ?? 0) < 0)
        addFinding(findings, raw, target !== null && target < 0 ? cells.target : cells.done, 'negative_value', '出现负数，请核对。', 'error');
    if (completion !== null && completion > 300) {
        addFinding(findings, raw, cells.done, 'completion_over_300', `的完成率为 ${completion}%，超过 300%，可能是单位填错（如万元填成元），请核对。`);
    }
    if (exact !== null && reported && (0, text_1.roundTo)(exact, reported.decimals) !== (0, text_1.roundTo)(reported.value, reported.decimals)) {
        addFinding(findings, raw, cells.completion ?? cells.progress, 'completion_mismatch', `上报完成率 ${reported.value}% 与按数据核算的 ${(0, text_1.roundTo)(exact, 2)}% 不符（${formatQuantity(doneQ, raw.doneUnit ?? targetUnitWritten)} ÷ ${formatQuantity(raw.target, raw.targetUnit)}），专报采用核算值。`);
    }
    // Expected progress
    let expected = null;
    if (kind === 'count' || kind === 'progress') {
        const scheduleText = raw.nodesText ?? scheduleFor(raw.name, settings.nodeSchedules);
        const nodes = scheduleText ? (0, nodeSchedule_1.parseNodeSchedule)(scheduleText) : null;
        if (scheduleText && !nodes)
            addFinding(findings, raw, cells.nodes, 'node_unreadable', `的节点目标「${scheduleText.slice(0, 30)}」无法识别，已按全年序时进度判断。`);
        expected = (0, text_1.roundTo)(nodes ? (0, nodeSchedule_1.nodeProgress)(nodes, asOf) : (ctx.calendarProgress ?? (0, timeProgress_1.timeProgress)(asOf, settings.mode)), 2);
    }
    else if (kind === 'level')
        expected = 100;
    const status = (0, indicatorStatus_1.indicatorStatus)({
        kind, target, done, completion, expectedProgress: expected,
        progressText: raw.progressText, targetText: raw.targetText, statusText: raw.statusText,
        tolerance: settings.tolerance,
    });
    if (raw.deptExpected || raw.deptJudgement)
        (0, deptJudgement_1.judgementFindings)(raw, status, expected, statusCodes_1.STATUS_LABELS[status], findings);
    return {
        raw, kind, unit, target, done, completion,
        reportedCompletion: reported ? reported.value : null,
        expectedProgress: expected,
        status,
        statusLabel: statusCodes_1.STATUS_LABELS[status],
        lag: (0, indicatorStatus_1.lagGrade)(status, completion, expected, settings.redGap),
        targetText: formatQuantity(raw.target, raw.targetUnit),
        doneText: formatQuantity(doneQ, raw.doneUnit ?? (raw.done?.unit ? null : targetUnitWritten)),
    };
}
