"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BULLETIN_WIDTHS = exports.TABLE_HEADERS = void 0;
exports.unitFormat = unitFormat;
exports.writtenQuantity = writtenQuantity;
exports.rowColours = rowColours;
exports.tableStyles = tableStyles;
exports.tableRow = tableRow;
exports.legendRow = legendRow;
exports.indicatorTable = indicatorTable;
const numberFormat_1 = require("./numberFormat");
const sheetRows_1 = require("./sheetRows");
const text_1 = require("./text");
exports.TABLE_HEADERS = ['序号', '项目', '指标', '全年目标', '累计完成', '完成率', '序时进度', '状态', '责任单位', '进展情况'];
/** Column widths of the bulletin sheet, one per table column. */
exports.BULLETIN_WIDTHS = [6, 18, 28, 13, 13, 9, 9, 17, 12, 38];
const GREEN = '#006100';
/**
 * Number format for a value written with a unit: right-aligned digits, unit after.
 * @example unitFormat(9500, '万元') === '#,##0" 万元"'; unitFormat(17.14, '万人次') === '#,##0.00" 万人次"'
 */
function unitFormat(value, unit) {
    const decimals = Math.min(4, (String(value).split('.')[1] ?? '').length);
    const num = decimals ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
    const u = unit ? unit.replace(/"/g, '') : '';
    return u ? `${num}" ${u}"` : num;
}
/**
 * Splits "9500 万元" (as the department wrote it) into a number and a unit for the table.
 * @example writtenQuantity('9500 万元') → { value: 9500, unit: '万元' }; writtenQuantity('约九千') === null
 */
function writtenQuantity(text) {
    if (!text)
        return null;
    const m = /^(-?[\d.]+(?:e[+-]?\d+)?)(?:\s*(.+))?$/.exec(text);
    if (!m)
        return null;
    const value = Number(m[1]);
    return Number.isFinite(value) ? { value, unit: m[2] ?? null } : null;
}
/**
 * Fill and font colours of a row by lag grade (none for a row that does not lag).
 * @example rowColours({ status: 'behind', lag: 'red' }, settings) → { fill: '#F8CBAD', color: '#9C0006' }
 */
function rowColours(i, settings) {
    if (i.lag === 'red')
        return { fill: settings.colours.redFill, color: settings.colours.redFont };
    if (i.lag === 'yellow')
        return { fill: settings.colours.yellowFill, color: settings.colours.yellowFont };
    return {};
}
/**
 * A fresh cache of table looks.
 * @example const styleOf = tableStyles(); styleOf(null, 'base', make) === styleOf(null, 'base', make)
 */
function tableStyles() {
    const byKey = new Map();
    return (lag, look, make) => {
        const key = `${lag ?? ''}|${look}`;
        let st = byKey.get(key);
        if (!st) {
            st = make();
            byKey.set(key, st);
        }
        return st;
    };
}
/**
 * One indicator's row of the table.
 * @example tableRow(indicator, settings).cells.length === TABLE_HEADERS.length
 */
function tableRow(i, settings, styleOf = tableStyles()) {
    const colours = rowColours(i, settings);
    const base = styleOf(i.lag, 'base', () => ({ border: true, vAlign: 'middle', wrap: true, size: 10, ...colours }));
    const centred = styleOf(i.lag, 'center', () => ({ ...base, hAlign: 'center' }));
    const num = (q) => {
        if (!q)
            return { value: '—', style: centred };
        const numFmt = unitFormat(q.value, q.unit);
        return { value: q.value, style: styleOf(i.lag, `num:${numFmt}`, () => ({ ...base, hAlign: 'right', numFmt })) };
    };
    const pct = (v) => v === null ? { value: '—', style: centred } : { value: Math.round(v * 100) / 10000, style: styleOf(i.lag, 'pct', () => ({ ...base, hAlign: 'right', numFmt: '0.00%' })) };
    const good = i.status === 'completed' || i.status === 'on_schedule';
    const statusStyle = styleOf(i.lag, good ? 'status:good' : 'status', () => ({ ...base, hAlign: 'center', ...(good ? { color: colours.color ?? GREEN } : {}) }));
    return {
        cells: [
            { value: i.id, style: centred },
            { value: i.project, style: base },
            { value: i.name, style: base },
            num(writtenQuantity(i.targetText)),
            num(writtenQuantity(i.doneText)),
            pct(i.completion),
            pct(i.expectedProgress),
            { value: i.statusLabel + (i.lag ? (i.lag === 'red' ? '（红）' : '（黄）') : ''), style: statusStyle },
            { value: i.dept ?? '', style: centred },
            { value: i.progressText, style: styleOf(i.lag, 'small', () => ({ ...base, size: 9 })) },
        ],
        height: Math.max(20, 14 * Math.ceil((0, text_1.codePointCount)(i.progressText) / 22)),
    };
}
/**
 * The legend under the table: the two grades in their colours and how completion was computed.
 * @example legendRow(21.64, '按天计算', settings).cells[0]?.value === '图例'
 */
function legendRow(timeProgress, modeLabel, settings) {
    return {
        cells: [
            { value: '图例', style: { bold: true, hAlign: 'center' } },
            { value: `黄色：未达到序时进度，差距小于 ${settings.redGap} 个百分点`, style: { fill: settings.colours.yellowFill, color: settings.colours.yellowFont } },
            null,
            { value: `红色：未达到序时进度，差距 ${settings.redGap} 个百分点及以上`, style: { fill: settings.colours.redFill, color: settings.colours.redFont } },
            null, null,
            { value: `完成率为按累计完成 ÷ 全年目标重新核算；序时进度 ${(0, numberFormat_1.percentText)(timeProgress)}%（${modeLabel}）`, style: { size: 9, wrap: true } },
        ],
        height: 30,
    };
}
/**
 * Adds 【指标明细】: heading, header row, a row per indicator, the legend. Returns the header row's
 * number (repeated at the top of each printed page).
 * @example indicatorTable(rows, model, settings) === rows.rows.findIndex((r) => r.cells[0]?.value === '序号') + 1
 */
function indicatorTable(rows, model, settings) {
    rows.spacer(8);
    rows.heading('【指标明细】');
    const tableHeader = rows.push((0, sheetRows_1.headerRow)(exports.TABLE_HEADERS));
    const styleOf = tableStyles();
    for (const i of model.indicators)
        rows.push(tableRow(i, settings, styleOf));
    const legend = rows.push(legendRow(model.timeProgress, model.modeLabel, settings));
    rows.merge(legend, 2, 3);
    rows.merge(legend, 4, 6);
    rows.merge(legend, 7, rows.cols);
    return tableHeader;
}
