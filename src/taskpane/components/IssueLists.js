"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LaggingList = LaggingList;
exports.FindingsList = FindingsList;
const jsx_runtime_1 = require("react/jsx-runtime");
const react_components_1 = require("@fluentui/react-components");
const useStyles = (0, react_components_1.makeStyles)({
    list: { display: 'flex', flexDirection: 'column', rowGap: react_components_1.tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
    button: {
        display: 'flex', width: '100%', textAlign: 'left', alignItems: 'flex-start', columnGap: react_components_1.tokens.spacingHorizontalS,
        padding: react_components_1.tokens.spacingVerticalS, border: `${react_components_1.tokens.strokeWidthThin} solid ${react_components_1.tokens.colorNeutralStroke2}`,
        borderRadius: react_components_1.tokens.borderRadiusMedium, backgroundColor: react_components_1.tokens.colorNeutralBackground1, cursor: 'pointer',
        ':hover': { backgroundColor: react_components_1.tokens.colorNeutralBackground1Hover },
        ':disabled': { cursor: 'default' },
    },
    text: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, rowGap: react_components_1.tokens.spacingVerticalXXS },
    empty: { color: react_components_1.tokens.colorNeutralForeground3 },
    // "黄色（轻度滞后）" on one line inside its pill, never squeezed by the text beside it.
    badge: { flexShrink: 0, whiteSpace: 'nowrap' },
});
/** Lagging indicators, worst first; clicking one selects its source cell. */
function LaggingList({ items, onSelect }) {
    const s = useStyles();
    if (!items.length)
        return (0, jsx_runtime_1.jsx)(react_components_1.Text, { className: s.empty, children: "\u6CA1\u6709\u672A\u8FBE\u5230\u5E8F\u65F6\u8FDB\u5EA6\u7684\u6307\u6807\u3002" });
    return ((0, jsx_runtime_1.jsx)("ul", { className: s.list, "aria-label": "\u6EDE\u540E\u6307\u6807", children: items.map((i) => ((0, jsx_runtime_1.jsx)("li", { children: (0, jsx_runtime_1.jsxs)("button", { type: "button", className: s.button, "data-testid": "lagging-item", onClick: () => onSelect(i.source), title: `定位到 ${i.source.sheet}!${i.source.cell}`, children: [(0, jsx_runtime_1.jsx)(react_components_1.Badge, { className: s.badge, color: i.badge.color, appearance: i.badge.appearance, "data-testid": "lag-badge", children: i.badge.label }), (0, jsx_runtime_1.jsxs)("span", { className: s.text, children: [(0, jsx_runtime_1.jsx)(react_components_1.Text, { weight: "semibold", children: i.title }), (0, jsx_runtime_1.jsx)(react_components_1.Caption1, { children: i.detail })] })] }) }, i.id))) }));
}
/** Data-check findings; those with a cell select it when clicked. */
function FindingsList({ items, onSelect }) {
    const s = useStyles();
    if (!items.length)
        return (0, jsx_runtime_1.jsx)(react_components_1.Text, { className: s.empty, children: "\u6570\u636E\u6838\u67E5\u672A\u53D1\u73B0\u95EE\u9898\u3002" });
    return ((0, jsx_runtime_1.jsx)("ul", { className: s.list, "aria-label": "\u6570\u636E\u6838\u67E5", children: items.map((f) => ((0, jsx_runtime_1.jsx)("li", { children: (0, jsx_runtime_1.jsxs)("button", { type: "button", className: s.button, "data-testid": "finding-item", disabled: !f.source, onClick: () => f.source && onSelect(f.source), children: [(0, jsx_runtime_1.jsx)(react_components_1.Badge, { className: s.badge, color: f.badge.color, appearance: f.badge.appearance, children: f.badge.label }), (0, jsx_runtime_1.jsxs)("span", { className: s.text, children: [(0, jsx_runtime_1.jsx)(react_components_1.Text, { children: f.message }), f.where && (0, jsx_runtime_1.jsx)(react_components_1.Caption1, { children: f.where })] })] }) }, f.key))) }));
}
