"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.chartView = chartView;
const sectionProgress_1 = require("../domain/sectionProgress");
const statusCodes_1 = require("../domain/statusCodes");
/** Lower edges of the gap bands, percentage points. */
const BAND_EDGES = [0, 10, 20, 30, 50];
const pct = (n) => `${Math.round(n * 100) / 100}%`;
const clamp = (n) => Math.max(0, Math.min(100, n));
function bandLabel(k) {
    const lo = BAND_EDGES[k] ?? 0;
    const hi = BAND_EDGES[k + 1];
    return hi === undefined ? `差 ${lo} 个百分点以上` : `差 ${lo}–${hi} 个百分点`;
}
/** The gap bands of the lagging indicators (those with a gap). A band holding a red one is red. */
function gapBands(lagging) {
    const counts = BAND_EDGES.map(() => ({ n: 0, red: false }));
    for (const l of lagging) {
        if (l.gap === null)
            continue;
        let k = BAND_EDGES.length - 1;
        while (k > 0 && l.gap < (BAND_EDGES[k] ?? 0))
            k--;
        const band = counts[k];
        if (!band)
            continue;
        band.n++;
        if (l.lag === 'red')
            band.red = true;
    }
    const max = Math.max(1, ...counts.map((c) => c.n));
    return counts.map((c, k) => ({ label: bandLabel(k), count: c.n, length: (c.n / max) * 100, tone: c.n === 0 ? 'subtle' : c.red ? 'danger' : 'warning' }));
}
/**
 * The chart's view of a build.
 * @example chartView(result, bulletin).sections[0] → { title: '省级十大重点民生实事', completion: 27.39, expected: 21.64, tone: 'success', … }
 */
function chartView(result, bulletin) {
    const sections = (0, sectionProgress_1.sectionProgress)(bulletin).map((p) => {
        const lag = bulletin.lagging.filter((l) => l.section === p.title); // a lagging item names its section by title
        const red = lag.filter((l) => l.lag === 'red').length;
        const diff = Math.round((p.completion - p.expected) * 100) / 100;
        return {
            title: p.title,
            completion: p.completion,
            expected: p.expected,
            completionAt: clamp(p.completion),
            expectedAt: clamp(p.expected),
            tone: diff >= 0 ? 'success' : 'warning',
            figures: `平均完成 ${pct(p.completion)}，平均序时 ${pct(p.expected)}，${diff >= 0 ? `高出 ${diff}` : `落后 ${-diff}`} 个百分点`,
            lagging: lag.length ? `${p.indicators} 个指标中 ${lag.length} 个滞后（红 ${red}、黄 ${lag.length - red}）` : `${p.indicators} 个指标均未滞后`,
            laggingTone: red ? 'danger' : lag.length ? 'warning' : 'success',
        };
    });
    const red = bulletin.lagging.filter((l) => l.lag === 'red').length;
    const behind = bulletin.lagging.length;
    return {
        timeProgress: result.timeProgress,
        sections,
        bands: behind ? gapBands(bulletin.lagging) : [],
        laggingSummary: behind
            ? `${behind} 个指标未达到序时进度：${statusCodes_1.LAG_LABELS.yellow} ${behind - red} 个、${statusCodes_1.LAG_LABELS.red} ${red} 个`
            : '没有未达到序时进度的指标',
    };
}
