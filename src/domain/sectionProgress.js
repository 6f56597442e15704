"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sectionProgress = sectionProgress;
exports.sectionProgressBlock = sectionProgressBlock;
const grid_1 = require("./grid");
const sheetRows_1 = require("./sheetRows");
/**
 * Per section, mean completion against mean expected progress over the indicators that have both
 * (an indicator over 100 % counts as 100 %, so one finished task does not hide the lagging ones).
 * @example sectionProgress(model)[0] → { title: '省级十大重点民生实事', indicators: 23, completion: 41.2, expected: 21.64 }
 */
function sectionProgress(model) {
    const out = [];
    for (const s of model.sections) {
        const judged = model.indicators.filter((i) => i.section === s.key && i.completion !== null && i.expectedProgress !== null);
        if (!judged.length)
            continue;
        const mean = (f) => Math.round((judged.reduce((n, i) => n + f(i), 0) / judged.length) * 100) / 100;
        out.push({
            title: s.title,
            indicators: judged.length,
            completion: mean((i) => Math.min(100, i.completion ?? 0)),
            expected: mean((i) => i.expectedProgress ?? 0),
        });
    }
    return out;
}
/** The chart's least height (points); with many sections it grows with the block. */
const CHART_MIN_HEIGHT = 170;
const CHART_WIDTH = 460;
/**
 * Adds the data block (heading, header, a row per section, a note) and returns the chart reading
 * it, or adds nothing and returns null when no section has a judged indicator.
 * @example sectionProgressBlock(rows, model)?.dataRange === 'B12:D14'
 */
function sectionProgressBlock(rows, model) {
    const progress = sectionProgress(model);
    if (!progress.length)
        return null;
    rows.heading('【各板块完成率与序时进度】', 13);
    const top = rows.next;
    const st = { border: true, size: 10, vAlign: 'middle', wrap: true };
    rows.push({ cells: [null, ...['板块', '平均完成率', '平均序时进度', '指标数'].map((h) => ({ value: h, style: { ...st, bold: true, hAlign: 'center', fill: sheetRows_1.HEADER_FILL } }))], height: 22 });
    // The chart sits beside the block and is as tall as it: the block's rows grow to give it room
    // (rather than blank rows, which the .xlsx output, having no chart, would show as a gap).
    const chartHeight = Math.max(CHART_MIN_HEIGHT, 50 + 32 * progress.length);
    const blockRow = Math.max(32, Math.ceil((chartHeight - 50) / progress.length));
    for (const p of progress) {
        rows.push({
            cells: [
                null,
                { value: p.title, style: st },
                { value: p.completion / 100, style: { ...st, hAlign: 'right', numFmt: '0.00%' } },
                { value: p.expected / 100, style: { ...st, hAlign: 'right', numFmt: '0.00%' } },
                { value: p.indicators, style: { ...st, hAlign: 'right' } },
            ],
            height: blockRow,
        });
    }
    const note = rows.push({ cells: [null, { value: '注：平均完成率按有完成率和序时进度的指标计算，单项超过 100% 的按 100% 计。', style: { size: 9, wrap: true, vAlign: 'top' } }], height: 28 });
    rows.merge(note, 2, 5);
    return {
        type: 'columnClustered',
        title: '各板块平均完成率与序时进度',
        dataRange: `${(0, grid_1.cellAddress)(top, 2)}:${(0, grid_1.cellAddress)(top + progress.length, 4)}`,
        seriesBy: 'columns',
        anchor: (0, grid_1.cellAddress)(top, 6),
        size: { width: CHART_WIDTH, height: chartHeight },
        valueFormat: '0%',
    };
}
