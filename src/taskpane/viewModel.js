"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EDITOR_ROLE_ORDER = exports.ROLE_LABELS = exports.STATUS_BADGES = exports.sectionCards = exports.STATUS_TONES = exports.chartView = void 0;
exports.lagBadge = lagBadge;
exports.laggingView = laggingView;
exports.findingsView = findingsView;
exports.totals = totals;
exports.hasMapping = hasMapping;
exports.choiceNotes = choiceNotes;
exports.sheetRows = sheetRows;
exports.columnLabel = columnLabel;
exports.mappingEditorView = mappingEditorView;
exports.historyView = historyView;
exports.sparkline = sparkline;
const statusCodes_1 = require("../domain/statusCodes");
const headerRecognition_1 = require("../domain/headerRecognition");
const grid_1 = require("../domain/grid");
const historyDiff_1 = require("../domain/historyDiff");
var chartView_1 = require("./chartView");
Object.defineProperty(exports, "chartView", { enumerable: true, get: function () { return chartView_1.chartView; } });
var sectionCardsView_1 = require("./sectionCardsView");
Object.defineProperty(exports, "STATUS_TONES", { enumerable: true, get: function () { return sectionCardsView_1.STATUS_TONES; } });
Object.defineProperty(exports, "sectionCards", { enumerable: true, get: function () { return sectionCardsView_1.sectionCards; } });
/** The badge of a status code. */
exports.STATUS_BADGES = {
    completed: { label: statusCodes_1.STATUS_LABELS.completed, color: 'success', appearance: 'filled' },
    on_schedule: { label: statusCodes_1.STATUS_LABELS.on_schedule, color: 'success', appearance: 'tint' },
    behind: { label: statusCodes_1.STATUS_LABELS.behind, color: 'danger', appearance: 'filled' },
    not_issued: { label: statusCodes_1.STATUS_LABELS.not_issued, color: 'informative', appearance: 'tint' },
    no_data: { label: statusCodes_1.STATUS_LABELS.no_data, color: 'subtle', appearance: 'outline' },
    no_target: { label: statusCodes_1.STATUS_LABELS.no_target, color: 'subtle', appearance: 'outline' },
    needs_review: { label: statusCodes_1.STATUS_LABELS.needs_review, color: 'warning', appearance: 'tint' },
};
/** The badge of a lag grade. */
function lagBadge(lag) {
    return lag === 'red' ? { label: statusCodes_1.LAG_LABELS.red, color: 'danger', appearance: 'filled' } : { label: statusCodes_1.LAG_LABELS.yellow, color: 'warning', appearance: 'filled' };
}
function pct(n) {
    return n === null ? '—' : `${Math.round(n * 100) / 100}%`;
}
/** The lagging list, worst first, each with the cell to select. */
function laggingView(bulletin) {
    return bulletin.lagging.map((l) => {
        const ind = bulletin.indicators.find((i) => i.id === l.indicatorId);
        const cell = ind?.source.cells['completion'] ?? ind?.source.cells['done'] ?? ind?.source.cells['name'] ?? `A${ind?.source.row ?? 1}`;
        return {
            id: l.indicatorId,
            title: l.name,
            detail: `${l.dept ?? '未注明单位'} · 完成 ${pct(l.completion)} / 序时 ${pct(l.expectedProgress)}${l.gap !== null ? ` · 差 ${Math.round(l.gap * 100) / 100} 个百分点` : ''}`,
            badge: lagBadge(l.lag),
            source: { file: ind?.source.file ?? '', sheet: ind?.source.sheet ?? '', cell },
        };
    });
}
const SEVERITY_BADGES = {
    error: { label: '错误', color: 'danger', appearance: 'tint' },
    warning: { label: '注意', color: 'warning', appearance: 'tint' },
    info: { label: '提示', color: 'informative', appearance: 'tint' },
};
/** The findings list; those with a cell can be selected. */
function findingsView(result) {
    return result.findings.map((f, i) => ({
        key: `${i}`,
        message: f.message,
        where: [f.file, f.sheet, f.cell].filter(Boolean).join(' · '),
        badge: SEVERITY_BADGES[f.severity],
        source: f.sheet && f.cell ? { file: f.file, sheet: f.sheet, cell: f.cell } : null,
    }));
}
/** The headline numbers of the whole build (for the e2e check and the header). */
function totals(result) {
    let reached = 0, completed = 0, behind = 0, indicators = 0;
    for (const s of result.summary) {
        indicators += s.indicators;
        reached += (s.counts.completed ?? 0) + (s.counts.on_schedule ?? 0);
        completed += s.counts.completed ?? 0;
        behind += s.counts.behind ?? 0;
    }
    return { indicators, reached, completed, behind };
}
/** Chinese names of the column roles. */
exports.ROLE_LABELS = headerRecognition_1.FIELD_ROLE_NAMES;
/** True when one of the clerk's mappings applies to the candidate's sheet. */
function hasMapping(c, mappings) {
    return mappings.some((m) => m.layoutKey === c.layoutKey || m.layoutKey === `${c.file}#${c.sheet}`);
}
/**
 * The engine's column choices on a sheet, as short notes: "累计完成：读取 E 列「本月累计」，未读取 D 列
 * 「上月累计」（按含义）". A choice whose role or columns the clerk mapped is left out (the mapping decides).
 * @example choiceNotes(candidate, [])[0] === '累计完成：读取 E 列「本月累计」，未读取 D 列「上月累计」（按表头含义）'
 */
function choiceNotes(c, mappings) {
    const mapping = mappings.find((m) => m.layoutKey === c.layoutKey);
    const mappedLetters = new Set(Object.values(mapping?.columns ?? {}).filter((l) => !!l));
    const why = { hidden: '另一列为隐藏列', meaning: '按表头含义', match: '按表头名称' };
    return (c.choices ?? [])
        .filter((x) => !(mapping && x.role in mapping.columns) && !mappedLetters.has((0, grid_1.columnLetters)(x.chosen.col)) && !mappedLetters.has((0, grid_1.columnLetters)(x.skipped.col)))
        .map((x) => `${exports.ROLE_LABELS[x.role]}：读取 ${(0, grid_1.columnLetters)(x.chosen.col)} 列「${x.chosen.header}」，未读取 ${(0, grid_1.columnLetters)(x.skipped.col)} 列「${x.skipped.header}」（${why[x.reason]}）`);
}
/** The sheet list: detected layout and confidence of each sheet. */
function sheetRows(candidates, mappings = []) {
    return candidates.map((c) => {
        const cols = c.columns.filter((x) => x.role !== 'period').map((x) => `${x.letter} ${exports.ROLE_LABELS[x.role]}`);
        const periods = c.columns.filter((x) => x.role === 'period').length;
        const layout = c.headerRow
            ? `表头第 ${c.headerRow} 行：${cols.join('、')}${periods ? `，${periods} 个月度/季度列` : ''}`
            : '未找到可识别的表头（可能是说明页）';
        const mapped = hasMapping(c, mappings);
        const pct = Math.round(c.confidence * 100);
        const badge = c.bound
            ? { label: '已绑定', color: 'brand', appearance: 'filled' }
            : c.confidence >= 0.75 ? { label: `跟踪表 ${pct}%`, color: 'success', appearance: 'tint' }
                : c.confidence >= 0.5 ? { label: `可能是跟踪表 ${pct}%`, color: 'warning', appearance: 'tint' }
                    : { label: '不像跟踪表', color: 'subtle', appearance: 'outline' };
        return {
            key: `${c.file}#${c.sheet}`, title: c.file && !c.file.endsWith(c.sheet) ? `${c.sheet}（${c.file}）` : c.sheet,
            layout: mapped ? `${layout}（已手动指定列映射，以列映射为准）` : layout, badge, candidate: c,
            choices: choiceNotes(c, mappings),
        };
    });
}
/** The roles in the order the mapping editor lists them: the ones that matter most first. */
exports.EDITOR_ROLE_ORDER = [
    'name', 'project', 'section', 'target', 'unit', 'targetUnit', 'done', 'doneUnit', 'completion', 'progress', 'dept', 'note', 'seq', 'direction', 'status', 'nodes', 'expected', 'judgement',
];
const NOT_USED = '不使用';
/** A column's label in the editor's lists: letter and header text. */
function columnLabel(c) {
    return c.header ? `${c.letter} ${c.header}` : `${c.letter}（无表头）`;
}
/**
 * The column-mapping editor: one row per role with the column chosen and what detection found,
 * the header row, and whether saving is possible.
 * @example mappingEditorView(view, editOf(view), 1, '3').rows[0] → { role: 'name', value: 'C', … }
 */
function mappingEditorView(view, edit, sameLayout, headerRowText) {
    const byLetter = new Map(view.columns.map((c) => [c.letter, c]));
    const options = [{ value: '', label: NOT_USED }, ...view.columns.map((c) => ({ value: c.letter, label: columnLabel(c) }))];
    const rows = exports.EDITOR_ROLE_ORDER.map((role) => {
        const base = view.baseRoles[role];
        const col = base ? byLetter.get(base) : undefined;
        const value = edit.roles[role] ?? '';
        return {
            role,
            label: exports.ROLE_LABELS[role],
            value,
            detected: `自动识别：${col ? columnLabel(col) : '无'}`,
            badge: value !== (base ?? '') ? { label: '已修改', color: 'warning', appearance: 'tint' } : null,
        };
    });
    const typed = Number(headerRowText);
    const validRow = Number.isInteger(typed) && typed >= 1 && typed <= Math.max(1, view.rowCount);
    const pendingRow = validRow && typed !== view.headerRow;
    const shared = sameLayout > 1 ? `列映射按表头文字保存，适用于表头相同的 ${sameLayout} 个工作表。` : '';
    const summary = view.headerRow === null
        ? `未识别到表头：请填写表头所在的行号，点“按此行识别”，再指定各列。${shared}`
        : `表头第 ${view.headerRow} 行${view.detected && view.detectedHeaderRow !== view.headerRow ? `（自动识别为第 ${view.detectedHeaderRow} 行）` : ''}；`
            + `按当前列映射读取到 ${view.indicators} 个指标${view.periods ? `，另有 ${view.periods} 个月度/季度列按自动识别读取` : ''}。${shared}`;
    const saveHint = !validRow ? `表头行应为 1 至 ${Math.max(1, view.rowCount)} 之间的整数。`
        : pendingRow ? `表头行已改为第 ${typed} 行：请先点“按此行识别”。`
            : view.headerRow === null ? '请先填写表头所在的行号。' : null;
    return {
        title: view.file && !view.file.endsWith(view.sheet) ? `${view.sheet}（${view.file}）` : view.sheet,
        badge: view.mapped ? { label: '已手动指定', color: 'brand', appearance: 'filled' } : { label: '自动识别', color: 'informative', appearance: 'tint' },
        summary,
        headerRow: headerRowText,
        options,
        rows,
        canSave: saveHint === null,
        saveHint,
    };
}
const TREND_BADGES = {
    up: { label: '提高', color: 'success', appearance: 'tint' },
    down: { label: '下降', color: 'danger', appearance: 'tint' },
    flat: { label: '持平', color: 'subtle', appearance: 'outline' },
    new: { label: '新列入', color: 'informative', appearance: 'tint' },
    none: { label: '不可比', color: 'subtle', appearance: 'outline' },
};
/**
 * The change since the last issue as the pane shows it (null when the build had no earlier issue
 * to compare with): the bulletin's intro and lists, per section the change in counts, and per
 * indicator the change in completion with its trend over the stored snapshots. `snapshots` may
 * include this issue's own (it is stored by the build); it is replaced by the current result.
 * @example historyView(result, bulletin, snapshots, 2)?.indicators[0].change === '较上期提高 5 个百分点'
 */
function historyView(result, bulletin, snapshots, issue) {
    const diff = result.history;
    if (!diff)
        return null;
    const h = (0, historyDiff_1.withHistory)(bulletin, diff).history;
    if (!h)
        return null;
    const earlier = snapshots.filter((s) => s.issue < issue).sort((a, b) => a.issue - b.issue || a.asOf.localeCompare(b.asOf));
    const byKey = earlier.map((s) => {
        const m = new Map();
        for (const i of s.result.indicators)
            if (!m.has((0, historyDiff_1.indicatorKey)(i)))
                m.set((0, historyDiff_1.indicatorKey)(i), i.completion);
        return { label: `第 ${s.issue} 期`, m };
    });
    const current = new Map(result.indicators.map((i) => [i.id, i]));
    const indicators = diff.indicators.map((c) => {
        const ind = current.get(c.indicatorId);
        const key = ind ? (0, historyDiff_1.indicatorKey)(ind) : null;
        const trend = [
            ...byKey.map((s) => ({ label: s.label, value: key === null ? null : s.m.get(key) ?? null })),
            { label: `第 ${issue} 期`, value: c.completion },
        ];
        const kind = c.previousId === null ? 'new' : c.trend ?? 'none';
        return {
            id: c.indicatorId,
            name: c.name,
            detail: `${c.dept ?? '未注明单位'} · 上期 ${pct(c.previousCompletion)} → 本期 ${pct(c.completion)}`,
            change: c.text ?? (c.previousId === null ? '本期新列入' : '完成率不可比较'),
            badge: TREND_BADGES[kind],
            trend,
        };
    });
    return {
        intro: h.intro,
        sections: h.sections,
        newlyBehind: h.newlyBehind.map((i) => ({ id: i.indicatorId, text: i.text })),
        recovered: h.recovered.map((i) => ({ id: i.indicatorId, text: i.text })),
        indicators,
        notes: h.notes,
    };
}
/**
 * A trend as a tiny line: x spread evenly over the issues, y from 0 to max(100, values).
 * @example sparkline([{ label: '第 1 期', value: 0 }, { label: '第 2 期', value: 100 }], 60, 20).segments[0] === '2,18 58,2'
 */
function sparkline(points, width, height, pad = 2) {
    const max = Math.max(100, ...points.map((p) => p.value ?? 0));
    const step = points.length > 1 ? (width - 2 * pad) / (points.length - 1) : 0;
    const r = (n) => Math.round(n * 10) / 10;
    const segments = [];
    const dots = [];
    let current = [];
    points.forEach((p, i) => {
        if (p.value === null) {
            if (current.length)
                segments.push(current.join(' '));
            current = [];
            return;
        }
        const x = r(points.length > 1 ? pad + i * step : width / 2);
        const y = r(height - pad - (Math.max(0, p.value) / max) * (height - 2 * pad));
        current.push(`${x},${y}`);
        dots.push({ x, y, label: `${p.label} ${Math.round(p.value * 100) / 100}%` });
    });
    if (current.length)
        segments.push(current.join(' '));
    return { segments, dots, label: points.map((p) => `${p.label} ${p.value === null ? '无' : `${Math.round(p.value * 100) / 100}%`}`).join('，') };
}
