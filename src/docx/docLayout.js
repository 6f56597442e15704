"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.INDICATOR_TABLE_HEADERS = exports.DOC_STYLES = exports.FONT_FALLBACKS = exports.LATIN_FONT = exports.TEXT_WIDTH = exports.PAGE = exports.cm = exports.TWIPS_PER_CM = void 0;
exports.deltaCell = deltaCell;
exports.layoutBulletinDoc = layoutBulletinDoc;
const findings_1 = require("../domain/findings");
const numberFormat_1 = require("../domain/numberFormat");
/** 1 cm in twentieths of a point. */
exports.TWIPS_PER_CM = 1440 / 2.54;
const cm = (n) => Math.round(n * exports.TWIPS_PER_CM);
exports.cm = cm;
/** A4, GB/T 9704 margins, in twips. */
exports.PAGE = {
    width: (0, exports.cm)(21),
    height: (0, exports.cm)(29.7),
    margin: { top: (0, exports.cm)(3.7), bottom: (0, exports.cm)(3.5), left: (0, exports.cm)(2.8), right: (0, exports.cm)(2.6), header: (0, exports.cm)(1.5), footer: (0, exports.cm)(2.8) },
};
/** Width of the text block (15.6 cm). */
exports.TEXT_WIDTH = exports.PAGE.width - exports.PAGE.margin.left - exports.PAGE.margin.right;
exports.LATIN_FONT = 'Times New Roman';
/** Fonts offices use, and what Word / LibreOffice should substitute when they are missing. */
exports.FONT_FALLBACKS = {
    方正小标宋简体: '宋体',
    仿宋_GB2312: '仿宋',
    楷体_GB2312: '楷体',
    黑体: 'SimHei',
    宋体: 'SimSun',
};
const BODY = '仿宋_GB2312';
exports.DOC_STYLES = {
    title: { font: '方正小标宋简体', size: 22, color: 'C00000', align: 'center', lineExact: 36, keepNext: true },
    issue: { font: BODY, size: 16, align: 'center', lineExact: 28, keepNext: true },
    officeDate: { font: BODY, size: 16, align: 'left', lineExact: 28, keepNext: true },
    h1: { font: '黑体', size: 16, align: 'left', indentChars: 2, lineExact: 28, keepNext: true },
    h2: { font: '楷体_GB2312', size: 16, align: 'left', indentChars: 2, lineExact: 28, keepNext: true },
    h3: { font: BODY, size: 16, bold: true, align: 'left', indentChars: 2, lineExact: 28, keepNext: true },
    body: { font: BODY, size: 16, align: 'both', indentChars: 2, lineExact: 28 },
    item: { font: BODY, size: 16, align: 'both', indentChars: 2, lineExact: 28 },
    note: { font: BODY, size: 12, align: 'both', lineExact: 20 },
    tableHeader: { font: '黑体', size: 10.5, align: 'center', lineExact: 15 },
    tableCell: { font: BODY, size: 10.5, align: 'left', lineExact: 15 },
    pageNumber: { font: '宋体', size: 14, align: 'right', lineExact: null, latin: '宋体' },
};
exports.INDICATOR_TABLE_HEADERS = ['序号', '项目', '指标', '全年目标', '累计完成', '完成率', '序时进度', '状态', '责任单位'];
const COLUMN_WEIGHTS = [5, 12, 18, 11, 11, 10, 10, 13, 10];
const COLUMN_ALIGN = ['center', 'left', 'left', 'right', 'right', 'right', 'right', 'center', 'center'];
function pct(n) {
    return n === null ? '—' : `${(0, numberFormat_1.percentText)(n)}%`;
}
/**
 * The change column's text: "+3.2", "-1.5", "持平", or "—".
 * @example deltaCell(3.2) === '+3.2'; deltaCell(0) === '持平'; deltaCell(null) === '—'
 */
function deltaCell(delta) {
    if (delta === null)
        return '—';
    if (delta === 0)
        return '持平';
    return `${delta > 0 ? '+' : '-'}${(0, numberFormat_1.percentText)(Math.abs(delta))}`;
}
function columns(withHistory) {
    const headers = [...exports.INDICATOR_TABLE_HEADERS];
    const weights = [...COLUMN_WEIGHTS];
    const align = [...COLUMN_ALIGN];
    if (withHistory) {
        headers.splice(7, 0, '较上期');
        weights.splice(7, 0, 8);
        weights[1] = (weights[1] ?? 0) - 3;
        weights[2] = (weights[2] ?? 0) - 3;
        weights[8] = (weights[8] ?? 0) - 2;
        align.splice(7, 0, 'right');
    }
    const total = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => Math.floor((exports.TEXT_WIDTH * w) / total));
    widths[widths.length - 1] = exports.TEXT_WIDTH - widths.slice(0, -1).reduce((a, b) => a + b, 0);
    return headers.map((header, k) => ({ header, width: widths[k] ?? 0, align: align[k] ?? 'left' }));
}
function statusCell(i) {
    return i.statusLabel + (i.lag ? (i.lag === 'red' ? '（红）' : '（黄）') : '');
}
function indicatorTable(model, history, colours) {
    const rows = model.indicators.map((i) => {
        const cells = [String(i.id), i.project, i.name, i.targetText ?? '—', i.doneText ?? '—', pct(i.completion), pct(i.expectedProgress), statusCell(i), i.dept ?? ''];
        if (history)
            cells.splice(7, 0, deltaCell(history.changes[i.id]?.delta ?? null));
        return { cells, lag: i.lag };
    });
    const hex = (c) => c.replace(/^#/, '').toUpperCase();
    return {
        kind: 'table',
        columns: columns(history !== null),
        rows,
        shading: {
            yellow: { fill: hex(colours.yellowFill), color: hex(colours.yellowFont) },
            red: { fill: hex(colours.redFill), color: hex(colours.redFont) },
        },
    };
}
/**
 * Lays out the bulletin document: the same content as the bulletin sheet (title block, 【工作进度】,
 * the sections in prose, the indicator table, the lagging list, the data-check findings), and the
 * change since last issue when the model carries it.
 * @example layoutBulletinDoc(model, settings.colours).blocks[0] → { kind: 'text', style: 'title', text: model.title }
 */
function layoutBulletinDoc(model, colours, redGap = 30) {
    const history = 'history' in model ? model.history : null;
    const blocks = [];
    const text = (style, t, right) => {
        blocks.push(right === undefined ? { kind: 'text', style, text: t } : { kind: 'text', style, text: t, right });
    };
    text('title', model.title);
    text('issue', model.issueLabel);
    text('officeDate', model.office, model.dateText);
    blocks.push({ kind: 'rule', color: 'C00000' });
    text('h1', '【工作进度】');
    text('body', model.progressIntro);
    for (const s of model.sections)
        text('body', s.summary);
    for (const s of model.sections) {
        text('h2', s.heading);
        for (const p of s.projects) {
            if (p.single) {
                const line = p.lines[0];
                if (line)
                    text('body', `${p.number} ${line.text}`);
                continue;
            }
            text('h3', `${p.number} ${p.title}。`);
            for (const line of p.lines)
                text('body', `${line.number}${line.text}`);
        }
    }
    if (history) {
        text('h1', '【较上期变化】');
        text('body', history.intro);
        for (const s of history.sections)
            text('body', `${s.title}：${s.text}`);
        text('h3', `新增未达到序时进度的指标（${history.newlyBehind.length} 个）`);
        if (history.newlyBehind.length === 0)
            text('body', '无。');
        history.newlyBehind.forEach((l, k) => text('item', `${k + 1}. ${l.text}`));
        text('h3', `恢复达到序时进度的指标（${history.recovered.length} 个）`);
        if (history.recovered.length === 0)
            text('body', '无。');
        history.recovered.forEach((l, k) => text('item', `${k + 1}. ${l.text}`));
        for (const n of history.notes)
            text('note', `注：${n}`);
    }
    text('h1', '【指标明细】');
    blocks.push(indicatorTable(model, history, colours));
    text('note', `注：完成率按累计完成 ÷ 全年目标重新核算；序时进度 ${(0, numberFormat_1.percentText)(model.timeProgress)}%（${model.modeLabel}）。黄色底纹为未达到序时进度、差距小于 ${redGap} 个百分点，红色底纹为差距 ${redGap} 个百分点及以上${history ? '；“较上期”为完成率较上期变化的百分点' : ''}。`);
    text('h1', `【未达到序时进度的指标】（${model.lagging.length} 个）`);
    if (model.lagging.length === 0)
        text('body', '所有已下达任务的指标均达到序时进度。');
    model.lagging.forEach((l, k) => {
        const gap = l.gap === null ? '' : `，低于序时进度 ${(0, numberFormat_1.percentText)(l.gap)} 个百分点`;
        text('item', `${k + 1}. ${l.section} · ${l.name}${l.dept ? `（${l.dept}）` : ''}：完成率 ${pct(l.completion)}${gap}（${l.lag === 'red' ? '红' : '黄'}）。`);
    });
    text('h1', `【数据核查】（${model.findings.length} 条）`);
    if (model.findings.length === 0)
        text('body', '未发现数据问题。');
    model.findings.forEach((f, k) => {
        const place = [f.file, f.sheet, f.cell].filter(Boolean).join(' · ');
        text('item', `${k + 1}. ${findings_1.FINDING_CODES[f.code]}（${place}）：${f.message}`);
    });
    return { blocks, pageNumber: { before: '— ', after: ' —', oddAlign: 'right', evenAlign: 'left' } };
}
