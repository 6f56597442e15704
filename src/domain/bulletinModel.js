"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sectionSentence = sectionSentence;
exports.indicatorProse = indicatorProse;
exports.buildBulletinModel = buildBulletinModel;
/**
 * The bulletin as content: title block, the 【工作进度】 summary sentence per section, each section
 * project by project with every indicator as a line of prose in the seed bulletin's wording, the
 * table rows, the lagging list and the data-check findings. Sheets (Excel) and documents (Word) are
 * laid out from this model.
 */
const freeText_1 = require("./freeText");
const statusCodes_1 = require("./statusCodes");
const numberFormat_1 = require("./numberFormat");
const text_1 = require("./text");
const memo_1 = require("./memo");
const OTHER_CODES = [
    ['not_issued', '任务未下达'],
    ['no_data', '暂无数据'],
    ['no_target', '无年度目标'],
    ['needs_review', '待人工确认'],
];
/**
 * The summary sentence of a section, in the bulletin's wording.
 * @example sectionSentence(summary) === '省级十大重点民生实事涉及 10 个项目共计 31 个指标，目前有 15 个指标达到序时进度（其中有 3 个指标完成全年任务），有 8 个指标未达到序时进度，另有 …。'
 */
function sectionSentence(s) {
    const c = (code) => s.counts[code] ?? 0;
    const a = c('completed') + c('on_schedule');
    let text = `${s.title}涉及 ${s.projects} 个项目共计 ${s.indicators} 个指标，目前有 ${a} 个指标达到序时进度（其中有 ${c('completed')} 个指标完成全年任务），有 ${c('behind')} 个指标未达到序时进度`;
    const others = OTHER_CODES.filter(([code]) => c(code) > 0).map(([code, label]) => `${c(code)} 个指标${label}`);
    if (others.length)
        text += `，另有 ${others.join('、')}`;
    return `${text}。`;
}
function sentence(s) {
    const t = s.trim().replace(/[，,；;、\s]+$/, '');
    if (!t)
        return '';
    return /[。！？!?]$/.test(t) ? t : `${t}。`;
}
function headline(i) {
    if (!i.targetText)
        return sentence(i.name);
    if (i.kind === 'reverse')
        return sentence(`${i.name}控制在 ${i.targetText} 以内`);
    return sentence(`${i.name} ${i.targetText}`);
}
/**
 * The prose of one indicator, as the seed bulletin writes it.
 * @example indicatorProse(新增城镇就业) === '新增城镇就业 6000 人。已完成 1386 人，完成全年任务的 23.1%。'
 */
function indicatorProse(i) {
    const head = headline(i);
    const context = proseContext[(i.done !== null ? 1 : 0) + (i.completion !== null && i.kind !== 'progress' ? 2 : 0)]?.(i.progressText) ?? '';
    const pct = i.completion !== null ? `完成全年任务的 ${(0, numberFormat_1.percentText)(i.completion)}%` : '';
    switch (i.kind) {
        case 'count':
            if (i.done === null)
                return head + sentence(context || statusCodes_1.STATUS_LABELS[i.status]);
            if (i.done === 0 && context)
                return head + sentence(context);
            if (i.completion === null)
                return head + sentence([context, `已完成 ${i.doneText}`].filter(Boolean).join('，'));
            return head + sentence([context, `已完成 ${i.doneText}`, pct].filter(Boolean).join('，'));
        case 'level':
            if (i.done === null)
                return head + sentence(context || statusCodes_1.STATUS_LABELS[i.status]);
            return head + sentence([context, `目前为 ${i.doneText}`, pct ? `达到目标的 ${(0, numberFormat_1.percentText)(i.completion ?? 0)}%` : ''].filter(Boolean).join('，'));
        case 'progress': {
            const hasPct = context && (0, freeText_1.extractReportedCompletion)(context) !== null;
            return head + sentence([context, hasPct ? '' : pct].filter(Boolean).join('，'));
        }
        case 'reverse':
            if (i.done === null)
                return head + sentence(context || statusCodes_1.STATUS_LABELS[i.status]);
            return head + sentence([context, `目前为 ${i.doneText}`, i.status === 'completed' ? '控制在目标以内' : '超过控制目标'].filter(Boolean).join('，'));
        case 'info':
            return head + sentence(context || (i.doneText ? `已完成 ${i.doneText}` : ''));
        case 'qualitative':
            return head + sentence(context || statusCodes_1.STATUS_LABELS[i.status]);
    }
}
/**
 * The progress text as the prose gives it: clauses that only restate the figures the line gives
 * anyway ("已完成1386人" when there is a done figure, "完成全年任务的23.1%" when there is a recomputed
 * completion) are left out, since the recomputed figures follow.
 */
function contextOf(progressText, hasDone, hasCompletion) {
    const restates = (clause) => (hasDone && (0, freeText_1.extractDone)(clause) !== null && clause.length <= 16) ||
        // the target, which the headline gives: "年度目标500户" of a sentence of target and progress
        (hasDone && /^(?:年度|全年)?(?:目标任务|目标|任务)/.test(clause) && (0, freeText_1.extractTarget)(clause) !== null && clause.length <= 16) ||
        (hasCompletion && (0, freeText_1.extractReportedCompletion)(clause) !== null && clause.length <= 16);
    const parts = progressText.split('；').map((p) => p.trim().replace(/[。；;，,\s]+$/, '')).filter(Boolean);
    return parts
        .map((p) => p.split(/[，,]/).map((c) => c.trim()).filter((c) => c && !restates(c)).join('，'))
        .filter(Boolean)
        .join('；');
}
/**
 * contextOf remembered per progress text, one memory for each of (done figure?, completion?):
 * progress texts recur ("正在施工中", "已完成招标") across thousands of indicators.
 */
const proseContext = [[false, false], [true, false], [false, true], [true, true]].map(([hasDone, hasCompletion]) => (0, memo_1.memoise)((text) => contextOf(text, hasDone ?? false, hasCompletion ?? false), 20_000));
/** Splits clerk-written text into paragraphs (one per non-empty line). */
function paragraphs(text) {
    return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}
/**
 * Builds the bulletin model from a build result.
 * @example buildBulletinModel(result, settings).sections[0].heading === '（一）省级十大重点民生实事'
 */
function buildBulletinModel(result, settings) {
    const sections = [];
    for (const [si, s] of result.summary.entries()) {
        const inSection = result.indicators.filter((i) => i.section === s.section);
        const projects = [];
        const byProject = new Map();
        for (const i of inSection) {
            const key = (0, text_1.compareKey)(i.project);
            const list = byProject.get(key) ?? [];
            list.push(i);
            byProject.set(key, list);
        }
        let pn = 0;
        for (const list of byProject.values()) {
            const first = list[0];
            if (!first)
                continue;
            pn++;
            const single = list.length === 1 && ((0, text_1.compareKey)(first.name).includes((0, text_1.compareKey)(first.project)) || (0, text_1.compareKey)(first.project).includes((0, text_1.compareKey)(first.name)));
            projects.push({
                number: `${pn}.`,
                title: first.project,
                single,
                lines: list.map((i, k) => ({ number: single ? '' : `（${k + 1}）`, text: indicatorProse(i), indicatorId: i.id, status: i.status, lag: i.lag })),
            });
        }
        sections.push({ key: s.section, heading: `（${(0, numberFormat_1.chineseOrdinal)(si + 1)}）${s.title}`, title: s.title, summary: sectionSentence(s), projects });
    }
    const lagging = result.indicators
        .filter((i) => i.status === 'behind')
        .map((i) => ({
        indicatorId: i.id,
        section: i.sectionTitle,
        project: i.project,
        name: i.name,
        dept: i.dept,
        completion: i.completion,
        expectedProgress: i.expectedProgress,
        gap: i.completion !== null && i.expectedProgress !== null ? Math.round((i.expectedProgress - i.completion) * 100) / 100 : null,
        lag: i.lag ?? 'red',
    }))
        .sort((a, b) => (b.gap ?? 1e9) - (a.gap ?? 1e9));
    const modeLabel = result.mode === 'day' ? '按天计算' : '按整月计算';
    return {
        title: settings.title,
        issueLabel: `第 ${settings.issue} 期`,
        office: settings.office,
        dateText: (0, numberFormat_1.chineseDate)(settings.reportDate ?? result.asOf),
        asOf: result.asOf,
        timeProgress: result.timeProgress,
        modeLabel,
        overview: paragraphs(settings.overview),
        highlights: paragraphs(settings.highlights),
        progressIntro: `数据截至 ${(0, numberFormat_1.chineseDate)(result.asOf)}，全年序时进度为 ${(0, numberFormat_1.percentText)(result.timeProgress)}%（${modeLabel}）。`,
        sections,
        indicators: result.indicators,
        lagging,
        findings: result.findings,
        summary: result.summary,
    };
}
