"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseNodeSchedule = parseNodeSchedule;
exports.nodeProgress = nodeProgress;
/**
 * Node targets (节点目标): "一季度20%、上半年50%、前三季度80%、全年100%". Expected progress is
 * interpolated linearly, by day, between 1 January (0 %) and the nodes.
 */
const differenceInCalendarDays_1 = require("date-fns/differenceInCalendarDays");
const chineseNumeral_1 = require("./chineseNumeral");
const text_1 = require("./text");
const timeProgress_1 = require("./timeProgress");
const PERIOD_WORDS = [
    [/^(?:前)?三季度(?:末|底)?|^前三季度/, 9],
    [/^(?:一|1)季度(?:末|底)?|^第一季度|^Q1/i, 3],
    [/^(?:二|2)季度(?:末|底)?|^第二季度|^上半年|^年中|^半年|^Q2/i, 6],
    [/^(?:四|4)季度(?:末|底)?|^第四季度|^全年|^年底|^年末|^下半年|^Q4/i, 12],
    [/^(?:3)季度|^第三季度|^Q3/i, 9],
];
/**
 * Parses a node schedule. Returns null when nothing in it is a node.
 * @example parseNodeSchedule('一季度20%、上半年50%、前三季度80%、全年100%')
 *   → [{ month: 3, percent: 20 }, { month: 6, percent: 50 }, { month: 9, percent: 80 }, { month: 12, percent: 100 }]
 * @example parseNodeSchedule('4月底30%，10月底100%') → [{ month: 4, percent: 30 }, { month: 10, percent: 100 }]
 */
function parseNodeSchedule(text) {
    // white space is kept until the percentage is found: "Q1 20%" is not "Q120%"
    const parts = (0, text_1.halfWidth)(text).split(/[、,，;；/]/).map((p) => p.trim()).filter(Boolean);
    const nodes = [];
    for (const part of parts) {
        const pm = /(\d+(?:\.\d+)?)\s*%/.exec(part);
        if (!pm)
            continue;
        const percent = Number(pm[1]);
        const label = part.slice(0, pm.index).replace(/\s+/g, '').replace(/(完成|达到|累计|前|到|截至|:)$/g, '');
        let month = null;
        const mm = /^(?:截至)?(\d{1,2})月(?:底|末|份)?/.exec(label);
        const cm = /^(?:截至)?([一二三四五六七八九十]{1,3})月(?:底|末|份)?/.exec(label);
        if (mm)
            month = Number(mm[1]);
        else if (cm)
            month = (0, chineseNumeral_1.parseChineseNumeral)(cm[1] ?? '');
        else
            for (const [re, m] of PERIOD_WORDS)
                if (re.test(label)) {
                    month = m;
                    break;
                }
        if (month === null || month < 1 || month > 12)
            continue;
        nodes.push({ month, percent });
    }
    if (nodes.length === 0)
        return null;
    nodes.sort((a, b) => a.month - b.month);
    return nodes;
}
/**
 * Expected progress (percent) at `asOf` under a node schedule: linear by day between 1 January
 * (0 %) and each node's month end; after the last node, its percent.
 * @example nodeProgress([{ month: 3, percent: 20 }, { month: 6, percent: 50 }], '2026-03-31') === 20
 */
function nodeProgress(nodes, asOf) {
    const date = (0, timeProgress_1.calendarDate)(asOf);
    const year = date.getFullYear();
    let prevDate = new Date(year, 0, 0); // 31 Dec of the year before: day 0
    let prevPct = 0;
    for (const n of nodes) {
        const end = new Date(year, n.month, 0);
        if (date <= end) {
            const span = (0, differenceInCalendarDays_1.differenceInCalendarDays)(end, prevDate);
            const done = (0, differenceInCalendarDays_1.differenceInCalendarDays)(date, prevDate);
            return span <= 0 ? n.percent : prevPct + ((n.percent - prevPct) * done) / span;
        }
        prevDate = end;
        prevPct = n.percent;
    }
    return prevPct;
}
