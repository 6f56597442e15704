"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.outcomeView = outcomeView;
const viewModel_1 = require("./viewModel");
/**
 * The 专报 tab's view of an outcome; `issue` is the issue it was built as.
 * @example outcomeView(outcome, [], 1).totals.indicators === outcome.result.indicators.length
 */
function outcomeView(outcome, snapshots, issue) {
    return {
        asOf: outcome.result.asOf,
        timeProgress: outcome.result.timeProgress,
        history: (0, viewModel_1.historyView)(outcome.result, outcome.bulletin, snapshots, issue),
        totals: (0, viewModel_1.totals)(outcome.result),
        cards: (0, viewModel_1.sectionCards)(outcome.result, outcome.bulletin),
        chart: (0, viewModel_1.chartView)(outcome.result, outcome.bulletin),
        lagging: (0, viewModel_1.laggingView)(outcome.bulletin),
        findings: (0, viewModel_1.findingsView)(outcome.result),
    };
}
