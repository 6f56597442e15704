"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HistoryPanel = HistoryPanel;
const jsx_runtime_1 = require("react/jsx-runtime");
const react_components_1 = require("@fluentui/react-components");
const Sparkline_1 = require("./Sparkline");
const useStyles = (0, react_components_1.makeStyles)({
    root: { display: 'flex', flexDirection: 'column', rowGap: react_components_1.tokens.spacingVerticalS },
    list: { display: 'flex', flexDirection: 'column', rowGap: react_components_1.tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
    item: {
        display: 'flex', alignItems: 'center', columnGap: react_components_1.tokens.spacingHorizontalS, padding: react_components_1.tokens.spacingVerticalXS,
        borderRadius: react_components_1.tokens.borderRadiusMedium, backgroundColor: react_components_1.tokens.colorNeutralBackground2,
    },
    text: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
});
/** The change since the last issue: summary, per-section counts, newly lagging and recovered, per-indicator change with its trend. */
function HistoryPanel({ view }) {
    const s = useStyles();
    return ((0, jsx_runtime_1.jsxs)("section", { className: s.root, "aria-label": "\u8F83\u4E0A\u671F\u53D8\u5316", "data-testid": "history", children: [(0, jsx_runtime_1.jsx)(react_components_1.Subtitle2, { as: "h2", children: "\u8F83\u4E0A\u671F\u53D8\u5316" }), (0, jsx_runtime_1.jsx)(react_components_1.Text, { "data-testid": "history-intro", children: view.intro }), view.sections.map((x) => (0, jsx_runtime_1.jsx)(react_components_1.Text, { children: `${x.title}：${x.text}` }, x.title)), view.notes.map((n) => (0, jsx_runtime_1.jsx)(react_components_1.Caption1, { children: n }, n)), (0, jsx_runtime_1.jsx)(react_components_1.Subtitle2, { as: "h3", children: `新近滞后（${view.newlyBehind.length}）` }), (0, jsx_runtime_1.jsx)("ul", { className: s.list, children: view.newlyBehind.map((i) => (0, jsx_runtime_1.jsx)("li", { className: s.item, "data-testid": "newly-behind-item", children: (0, jsx_runtime_1.jsx)(react_components_1.Text, { children: i.text }) }, i.id)) }), (0, jsx_runtime_1.jsx)(react_components_1.Subtitle2, { as: "h3", children: `恢复达到序时进度（${view.recovered.length}）` }), (0, jsx_runtime_1.jsx)("ul", { className: s.list, children: view.recovered.map((i) => (0, jsx_runtime_1.jsx)("li", { className: s.item, "data-testid": "recovered-item", children: (0, jsx_runtime_1.jsx)(react_components_1.Text, { children: i.text }) }, i.id)) }), (0, jsx_runtime_1.jsx)(react_components_1.Subtitle2, { as: "h3", children: "\u5404\u6307\u6807\u5B8C\u6210\u7387\u53D8\u5316" }), (0, jsx_runtime_1.jsx)("ul", { className: s.list, children: view.indicators.map((i) => ((0, jsx_runtime_1.jsxs)("li", { className: s.item, "data-testid": "history-item", children: [(0, jsx_runtime_1.jsxs)("div", { className: s.text, children: [(0, jsx_runtime_1.jsx)(react_components_1.Text, { weight: "semibold", truncate: true, wrap: false, children: i.name }), (0, jsx_runtime_1.jsx)(react_components_1.Caption1, { children: `${i.change} · ${i.detail}` })] }), (0, jsx_runtime_1.jsx)(Sparkline_1.Sparkline, { points: i.trend }), (0, jsx_runtime_1.jsx)(react_components_1.Badge, { color: i.badge.color, appearance: i.badge.appearance, children: i.badge.label })] }, i.id))) })] }));
}
