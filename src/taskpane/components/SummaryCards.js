"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SummaryCards = SummaryCards;
const jsx_runtime_1 = require("react/jsx-runtime");
const react_components_1 = require("@fluentui/react-components");
const toneStyles_1 = require("./toneStyles");
const useStyles = (0, react_components_1.makeStyles)({
    cards: { display: 'flex', flexDirection: 'column', rowGap: react_components_1.tokens.spacingVerticalM },
    counts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', columnGap: react_components_1.tokens.spacingHorizontalL, rowGap: react_components_1.tokens.spacingVerticalXS, margin: 0 },
    count: { display: 'flex', alignItems: 'center', columnGap: react_components_1.tokens.spacingHorizontalS, minWidth: 0 },
    nested: { paddingLeft: react_components_1.tokens.spacingHorizontalL },
    marker: { flexShrink: 0, width: '10px', height: '10px', borderRadius: react_components_1.tokens.borderRadiusCircular },
    label: { flexGrow: 1, minWidth: 0, margin: 0, color: react_components_1.tokens.colorNeutralForeground2, fontSize: react_components_1.tokens.fontSizeBase200, lineHeight: react_components_1.tokens.lineHeightBase200 },
    value: { margin: 0, fontSize: react_components_1.tokens.fontSizeBase500, lineHeight: react_components_1.tokens.lineHeightBase500, fontWeight: react_components_1.tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
});
/** One card per section with the bulletin's counts, each with its label and a marker of its status colour. */
function SummaryCards({ cards }) {
    const s = useStyles();
    const fills = (0, toneStyles_1.useToneFills)();
    return ((0, jsx_runtime_1.jsx)("div", { className: s.cards, children: cards.map((c) => ((0, jsx_runtime_1.jsxs)(react_components_1.Card, { "data-testid": "section-card", "data-section": c.section, children: [(0, jsx_runtime_1.jsx)(react_components_1.CardHeader, { header: (0, jsx_runtime_1.jsx)(react_components_1.Text, { weight: "semibold", children: c.title }), description: (0, jsx_runtime_1.jsx)(react_components_1.Caption1, { children: `${c.projects} 个项目 · ${c.indicators} 个指标` }) }), (0, jsx_runtime_1.jsx)("dl", { className: s.counts, children: c.counts.map((n) => ((0, jsx_runtime_1.jsxs)("div", { className: (0, react_components_1.mergeClasses)(s.count, n.nested && s.nested), "data-testid": "count", children: [(0, jsx_runtime_1.jsx)("span", { className: (0, react_components_1.mergeClasses)(s.marker, fills[n.tone]), "aria-hidden": true }), (0, jsx_runtime_1.jsx)("dt", { className: s.label, "data-testid": `count-label-${n.key}`, children: n.label }), (0, jsx_runtime_1.jsx)("dd", { className: s.value, "data-testid": `count-${n.key}`, children: n.value })] }, n.key))) }), (0, jsx_runtime_1.jsx)(react_components_1.Body1, { children: c.sentence })] }, c.section))) }));
}
