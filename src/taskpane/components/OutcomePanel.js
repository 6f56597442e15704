"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OutcomePanel = OutcomePanel;
const jsx_runtime_1 = require("react/jsx-runtime");
const react_components_1 = require("@fluentui/react-components");
const SummaryCards_1 = require("./SummaryCards");
const ProgressChart_1 = require("./ProgressChart");
const IssueLists_1 = require("./IssueLists");
const HistoryPanel_1 = require("./HistoryPanel");
const BulletinPreview_1 = require("./BulletinPreview");
/** A build's outcome: totals, section cards, chart, lagging list, change since the last issue, findings, preview. */
function OutcomePanel({ view, bulletin, showPreview, onSelect }) {
    return ((0, jsx_runtime_1.jsxs)(jsx_runtime_1.Fragment, { children: [(0, jsx_runtime_1.jsx)(react_components_1.Text, { "data-testid": "totals", children: `数据截至 ${view.asOf}，序时进度 ${view.timeProgress}%：共 ${view.totals.indicators} 个指标，达到序时进度 ${view.totals.reached} 个（完成全年任务 ${view.totals.completed} 个），未达到 ${view.totals.behind} 个。` }), (0, jsx_runtime_1.jsx)(SummaryCards_1.SummaryCards, { cards: view.cards }), (0, jsx_runtime_1.jsx)(react_components_1.Subtitle2, { as: "h2", children: "\u5B8C\u6210\u7387\u4E0E\u5E8F\u65F6\u8FDB\u5EA6" }), (0, jsx_runtime_1.jsx)(ProgressChart_1.ProgressChart, { chart: view.chart }), (0, jsx_runtime_1.jsx)(react_components_1.Subtitle2, { as: "h2", children: `滞后指标（${view.lagging.length}）` }), (0, jsx_runtime_1.jsx)(IssueLists_1.LaggingList, { items: view.lagging, onSelect: onSelect }), view.history && (0, jsx_runtime_1.jsx)(HistoryPanel_1.HistoryPanel, { view: view.history }), (0, jsx_runtime_1.jsx)(react_components_1.Subtitle2, { as: "h2", children: `数据核查（${view.findings.length}）` }), (0, jsx_runtime_1.jsx)(IssueLists_1.FindingsList, { items: view.findings, onSelect: onSelect }), showPreview && ((0, jsx_runtime_1.jsxs)(jsx_runtime_1.Fragment, { children: [(0, jsx_runtime_1.jsx)(react_components_1.Subtitle2, { as: "h2", children: "\u4E13\u62A5\u9884\u89C8" }), (0, jsx_runtime_1.jsx)(BulletinPreview_1.BulletinPreview, { bulletin: bulletin })] }))] }));
}
