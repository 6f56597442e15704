"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProgressChart = ProgressChart;
const jsx_runtime_1 = require("react/jsx-runtime");
const React = __importStar(require("react"));
const react_components_1 = require("@fluentui/react-components");
const toneStyles_1 = require("./toneStyles");
const useStyles = (0, react_components_1.makeStyles)({
    figure: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: react_components_1.tokens.spacingVerticalM },
    sections: { display: 'flex', flexDirection: 'column', rowGap: react_components_1.tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
    section: { display: 'flex', flexDirection: 'column', rowGap: react_components_1.tokens.spacingVerticalXXS },
    track: { position: 'relative', height: '14px', borderRadius: react_components_1.tokens.borderRadiusSmall, backgroundColor: react_components_1.tokens.colorNeutralBackground3 },
    fill: { position: 'absolute', left: 0, top: 0, bottom: 0, borderRadius: react_components_1.tokens.borderRadiusSmall },
    expected: { position: 'absolute', top: '-3px', bottom: '-3px', width: '2px', marginLeft: '-1px', backgroundColor: react_components_1.tokens.colorNeutralForeground1 },
    scale: { display: 'flex', justifyContent: 'space-between', color: react_components_1.tokens.colorNeutralForeground3, fontSize: react_components_1.tokens.fontSizeBase100 },
    bands: { display: 'grid', gridTemplateColumns: 'auto 1fr auto', alignItems: 'center', columnGap: react_components_1.tokens.spacingHorizontalS, rowGap: react_components_1.tokens.spacingVerticalXS, margin: 0 },
    bandLabel: { margin: 0, fontSize: react_components_1.tokens.fontSizeBase200, color: react_components_1.tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
    bandTrack: { height: '10px', minWidth: 0 },
    bandBar: { height: '100%', minWidth: '2px', borderRadius: react_components_1.tokens.borderRadiusSmall },
    bandCount: { margin: 0, fontSize: react_components_1.tokens.fontSizeBase200, fontWeight: react_components_1.tokens.fontWeightSemibold, textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
    legend: { color: react_components_1.tokens.colorNeutralForeground3 },
});
/**
 * Per section, mean completion as a bar against a mark at mean expected progress (序时进度); then the
 * lagging indicators counted by how far behind. Aggregates only: legible whatever the number of indicators.
 */
function ProgressChart({ chart }) {
    const s = useStyles();
    const fills = (0, toneStyles_1.useToneFills)();
    const texts = (0, toneStyles_1.useToneTexts)();
    return ((0, jsx_runtime_1.jsxs)("figure", { className: s.figure, "aria-label": "\u5B8C\u6210\u7387\u4E0E\u5E8F\u65F6\u8FDB\u5EA6", "data-testid": "progress-chart", children: [(0, jsx_runtime_1.jsx)("ul", { className: s.sections, "aria-label": "\u5404\u677F\u5757\u5E73\u5747\u5B8C\u6210\u7387\u4E0E\u5E8F\u65F6\u8FDB\u5EA6", children: chart.sections.map((b) => ((0, jsx_runtime_1.jsxs)("li", { className: s.section, "data-testid": "chart-section", children: [(0, jsx_runtime_1.jsx)(react_components_1.Text, { weight: "semibold", size: 200, children: b.title }), (0, jsx_runtime_1.jsxs)("div", { className: s.track, role: "img", "aria-label": `${b.title}：${b.figures}`, children: [(0, jsx_runtime_1.jsx)("div", { className: (0, react_components_1.mergeClasses)(s.fill, fills[b.tone]), style: { width: `${b.completionAt}%` } }), (0, jsx_runtime_1.jsx)("div", { className: s.expected, style: { left: `${b.expectedAt}%` }, title: `平均序时进度 ${b.expected}%` })] }), (0, jsx_runtime_1.jsx)(react_components_1.Caption1, { children: b.figures }), (0, jsx_runtime_1.jsx)(react_components_1.Caption1, { className: texts[b.laggingTone], children: b.lagging })] }, b.title))) }), chart.sections.length > 0 && ((0, jsx_runtime_1.jsxs)("div", { className: s.scale, "aria-hidden": true, children: [(0, jsx_runtime_1.jsx)("span", { children: "0" }), (0, jsx_runtime_1.jsx)("span", { children: "50%" }), (0, jsx_runtime_1.jsx)("span", { children: "100%" })] })), (0, jsx_runtime_1.jsx)(react_components_1.Caption1, { className: s.legend, children: `条形为平均完成率（单项超过 100% 的按 100% 计），竖线为平均序时进度（本期序时进度 ${chart.timeProgress}%）。` }), (0, jsx_runtime_1.jsx)(react_components_1.Text, { weight: "semibold", size: 200, "data-testid": "chart-lagging-summary", children: chart.laggingSummary }), chart.bands.length > 0 && ((0, jsx_runtime_1.jsx)("dl", { className: s.bands, "aria-label": "\u6EDE\u540E\u6307\u6807\u4E0E\u5E8F\u65F6\u8FDB\u5EA6\u7684\u5DEE\u8DDD", children: chart.bands.map((g) => ((0, jsx_runtime_1.jsxs)(React.Fragment, { children: [(0, jsx_runtime_1.jsx)("dt", { className: s.bandLabel, children: g.label }), (0, jsx_runtime_1.jsx)("div", { className: s.bandTrack, "aria-hidden": true, children: g.count > 0 && (0, jsx_runtime_1.jsx)("div", { className: (0, react_components_1.mergeClasses)(s.bandBar, fills[g.tone]), style: { width: `${g.length}%` } }) }), (0, jsx_runtime_1.jsx)("dd", { className: s.bandCount, "data-testid": "chart-band-count", children: g.count })] }, g.label))) }))] }));
}
