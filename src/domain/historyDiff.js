"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.indicatorKey = indicatorKey;
exports.changeText = changeText;
exports.sectionChangeText = sectionChangeText;
exports.diffResults = diffResults;
exports.parseSnapshot = parseSnapshot;
exports.withHistory = withHistory;
const findings_1 = require("./findings");
const numberFormat_1 = require("./numberFormat");
const resultSchema_1 = require("./resultSchema");
const statusCodes_1 = require("./statusCodes");
const text_1 = require("./text");
/**
 * The key that matches an indicator across issues: section + normalised name + department.
 * @example indicatorKey({ section: '省级', name: '新增城镇就业 ', dept: '人社局' }) === indicatorKey({ section: '省级', name: '“新增城镇就业”。', dept: '人社局' })
 */
function indicatorKey(i) {
    const norm = (s) => (0, text_1.compareKey)(s).replace(/[。，、；;,.!！?？]/g, '');
    return `${norm(i.section)}|${norm(i.name)}|${norm(i.dept ?? '')}`;
}
/**
 * The change in completion as the bulletin writes it.
 * @example changeText(3.2) === '较上期提高 3.2 个百分点'; changeText(-1) === '较上期下降 1 个百分点'; changeText(0) === '与上期持平'
 */
function changeText(delta) {
    if (delta > 0)
        return `较上期提高 ${(0, numberFormat_1.percentText)(delta)} 个百分点`;
    if (delta < 0)
        return `较上期下降 ${(0, numberFormat_1.percentText)(-delta)} 个百分点`;
    return '与上期持平';
}
const onTrack = (s) => s === 'completed' || s === 'on_schedule';
function countsOf(s) {
    const out = {};
    for (const code of statusCodes_1.STATUS_CODES)
        out[code] = s?.counts[code] ?? 0;
    return out;
}
function moved(label, d) {
    if (d > 0)
        return `${label}增加 ${d} 个`;
    if (d < 0)
        return `${label}减少 ${-d} 个`;
    return `${label}数与上期持平`;
}
/**
 * The sentence on a section's counts against last issue.
 * @example sectionChangeText(prev, cur) === '与上期相比，达到序时进度的指标增加 2 个（其中完成全年任务的增加 1 个），未达到序时进度的指标减少 2 个。'
 */
function sectionChangeText(previous, current) {
    if (!previous)
        return '本板块为本期新增，上期无可比数据。';
    const p = countsOf(previous);
    const c = countsOf(current);
    const dA = c.completed + c.on_schedule - (p.completed + p.on_schedule);
    const dB = c.completed - p.completed;
    const dC = c.behind - p.behind;
    const dM = current.indicators - previous.indicators;
    const parts = [];
    if (dM !== 0)
        parts.push(`指标总数${dM > 0 ? '增加' : '减少'} ${Math.abs(dM)} 个`);
    parts.push(moved('达到序时进度的指标', dA) + (dB !== 0 ? `（其中完成全年任务的${dB > 0 ? '增加' : '减少'} ${Math.abs(dB)} 个）` : ''));
    parts.push(moved('未达到序时进度的指标', dC));
    return `与上期相比，${parts.join('，')}。`;
}
/**
 * Compares the current result with the previous one.
 * @example diffResults(previous, current).indicators.find((c) => c.name === '新增城镇就业')?.text === '较上期提高 5 个百分点'
 */
function diffResults(previous, current, meta = { file: null, issue: null }) {
    // Previous indicators by key, in order: duplicates are matched first to first.
    const pool = new Map();
    for (const i of previous.indicators) {
        const k = indicatorKey(i);
        const list = pool.get(k) ?? [];
        list.push(i);
        pool.set(k, list);
    }
    const indicators = current.indicators.map((i) => {
        const prev = pool.get(indicatorKey(i))?.shift() ?? null;
        const delta = prev && prev.completion !== null && i.completion !== null ? (0, text_1.roundTo)(i.completion - prev.completion, 2) : null;
        const newlyBehind = prev !== null && i.status === 'behind' && prev.status !== 'behind';
        const recovered = prev !== null && prev.status === 'behind' && onTrack(i.status);
        return {
            indicatorId: i.id,
            previousId: prev?.id ?? null,
            section: i.section,
            name: i.name,
            dept: i.dept,
            previousCompletion: prev?.completion ?? null,
            completion: i.completion,
            delta,
            trend: delta === null ? null : delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat',
            previousStatus: prev?.status ?? null,
            status: i.status,
            newlyBehind,
            recovered,
            text: delta === null ? null : changeText(delta),
        };
    });
    const removed = [...pool.values()].flat().map((i) => ({ previousId: i.id, section: i.section, name: i.name, dept: i.dept, status: i.status }));
    const prevSections = new Map(previous.summary.map((s) => [(0, text_1.compareKey)(s.section), s]));
    const sections = current.summary.map((s) => {
        const p = prevSections.get((0, text_1.compareKey)(s.section)) ?? null;
        const pc = countsOf(p);
        const cc = countsOf(s);
        const countsDelta = {};
        for (const code of statusCodes_1.STATUS_CODES)
            countsDelta[code] = cc[code] - pc[code];
        return {
            section: s.section,
            title: s.title,
            previous: p ? { projects: p.projects, indicators: p.indicators, counts: pc } : null,
            indicatorsDelta: s.indicators - (p?.indicators ?? 0),
            countsDelta,
            text: sectionChangeText(p, s),
        };
    });
    const notes = [];
    if (previous.asOf >= current.asOf) {
        notes.push(`上期快照的数据截至日期（${(0, numberFormat_1.chineseDate)(previous.asOf)}）不早于本期（${(0, numberFormat_1.chineseDate)(current.asOf)}），变化情况仅供参考。`);
    }
    if (previous.mode !== current.mode)
        notes.push('上期与本期的序时进度口径不同（按天 / 按整月），达到序时进度的比较仅供参考。');
    return {
        previousFile: meta.file,
        previousAsOf: previous.asOf,
        previousIssue: meta.issue,
        currentAsOf: current.asOf,
        indicators,
        newlyBehind: indicators.filter((c) => c.newlyBehind).map((c) => c.indicatorId),
        recovered: indicators.filter((c) => c.recovered).map((c) => c.indicatorId),
        added: indicators.filter((c) => c.previousId === null).map((c) => c.indicatorId),
        removed,
        sections,
        notes,
    };
}
/**
 * Reads a snapshot (a build result's JSON); a bad one gives a finding in plain Chinese, never a throw.
 * @example parseSnapshot('{', 'issue-0001-2026-03-20.json') → { ok: false, finding: { code: 'history_unreadable', message: '上期快照「issue-0001-2026-03-20.json」不是有效的 JSON …' } }
 */
function parseSnapshot(text, fileName) {
    const fail = (why) => ({
        ok: false,
        finding: (0, findings_1.finding)(fileName, null, null, 'history_unreadable', `上期快照「${fileName}」${why}，本期未与上期比较。请检查该文件，或将其移出快照文件夹。`),
    });
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        return fail(`不是有效的 JSON（${err instanceof Error ? err.message : String(err)}）`);
    }
    const r = resultSchema_1.ResultSchema.safeParse(data);
    if (!r.success) {
        const issues = r.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '根'}：${i.message}`);
        const more = r.error.issues.length > 3 ? ` 等 ${r.error.issues.length} 处` : '';
        return fail(`不是专报结果文件或格式不符（${issues.join('；')}${more}）`);
    }
    return { ok: true, result: r.data };
}
function pct(n) {
    return n === null ? '—' : `${(0, numberFormat_1.percentText)(n)}%`;
}
/**
 * The bulletin model with the change since last issue: each indicator's prose line gets its change
 * in completion, each section's summary sentence its change in counts, and a `history` part lists
 * the indicators that newly fell behind and those that recovered. Extra findings (e.g. a bad
 * snapshot) are added to the model's findings.
 * @example withHistory(model, diff).sections[0].projects[2].lines[0].text.endsWith('较上期提高 5 个百分点。')
 */
function withHistory(model, diff, extraFindings = []) {
    const findings = [...model.findings, ...extraFindings];
    if (!diff)
        return { ...model, findings, history: null };
    const changes = {};
    for (const c of diff.indicators)
        changes[c.indicatorId] = c;
    const sectionText = new Map(diff.sections.map((s) => [s.section, s.text]));
    const sections = model.sections.map((s) => ({
        ...s,
        summary: s.summary + (sectionText.get(s.key) ?? ''),
        projects: s.projects.map((p) => ({
            ...p,
            lines: p.lines.map((l) => {
                const t = changes[l.indicatorId]?.text;
                return t ? { ...l, text: `${l.text}${t}。` } : l;
            }),
        })),
    }));
    const byId = new Map(model.indicators.map((i) => [i.id, i]));
    const label = (c) => {
        const i = byId.get(c.indicatorId);
        return `${i?.sectionTitle ?? c.section} · ${c.name}${c.dept ? `（${c.dept}）` : ''}`;
    };
    const newlyBehind = diff.indicators.filter((c) => c.newlyBehind).map((c) => ({
        indicatorId: c.indicatorId,
        text: `${label(c)}：完成率 ${pct(c.completion)}，序时进度 ${pct(byId.get(c.indicatorId)?.expectedProgress ?? null)}，上期为“${c.previousStatus ? statusCodes_1.STATUS_LABELS[c.previousStatus] : '—'}”${c.previousCompletion !== null ? `（完成率 ${pct(c.previousCompletion)}）` : ''}。`,
    }));
    const recovered = diff.indicators.filter((c) => c.recovered).map((c) => ({
        indicatorId: c.indicatorId,
        text: `${label(c)}：完成率 ${pct(c.completion)}，本期${statusCodes_1.STATUS_LABELS[c.status]}${c.previousCompletion !== null ? `（上期完成率 ${pct(c.previousCompletion)}）` : ''}。`,
    }));
    const withDelta = diff.indicators.filter((c) => c.trend !== null);
    const n = (t) => withDelta.filter((c) => c.trend === t).length;
    const since = `与${diff.previousIssue !== null ? `第 ${diff.previousIssue} 期` : '上期'}（数据截至 ${(0, numberFormat_1.chineseDate)(diff.previousAsOf)}）相比`;
    let intro = `${since}，有 ${withDelta.length} 个指标可比较完成率，其中 ${n('up')} 个提高、${n('down')} 个下降、${n('flat')} 个持平；新增未达到序时进度的指标 ${newlyBehind.length} 个，恢复达到序时进度的指标 ${recovered.length} 个`;
    if (diff.added.length)
        intro += `；本期新列入指标 ${diff.added.length} 个`;
    if (diff.removed.length)
        intro += `；上期列入而本期未列的指标 ${diff.removed.length} 个（${diff.removed.map((r) => r.name).join('、')}）`;
    intro += '。';
    return {
        ...model,
        sections,
        findings,
        history: {
            intro,
            sections: diff.sections.map((s) => ({ title: s.title, text: s.text })),
            newlyBehind,
            recovered,
            notes: diff.notes,
            changes,
        },
    };
}
