"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MappingEditor = MappingEditor;
const jsx_runtime_1 = require("react/jsx-runtime");
const react_components_1 = require("@fluentui/react-components");
const useStyles = (0, react_components_1.makeStyles)({
    root: { display: 'flex', flexDirection: 'column', rowGap: react_components_1.tokens.spacingVerticalS },
    head: { display: 'flex', alignItems: 'center', columnGap: react_components_1.tokens.spacingHorizontalS },
    title: { flexGrow: 1, minWidth: 0 },
    headerRow: { display: 'flex', alignItems: 'flex-end', columnGap: react_components_1.tokens.spacingHorizontalS },
    rowInput: { width: '96px' },
    roles: { display: 'flex', flexDirection: 'column', rowGap: react_components_1.tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
    role: { display: 'flex', flexDirection: 'column', rowGap: react_components_1.tokens.spacingVerticalXXS },
    roleHead: { display: 'flex', alignItems: 'center', columnGap: react_components_1.tokens.spacingHorizontalXS },
    buttons: { display: 'flex', columnGap: react_components_1.tokens.spacingHorizontalS, flexWrap: 'wrap' },
});
/** One sheet's column mapping: the header row and, per field, the column (or 不使用). */
function MappingEditor({ view, busy, onRoleChange, onHeaderRowText, onRedetect, onSave, onReset, onClose }) {
    const s = useStyles();
    return ((0, jsx_runtime_1.jsxs)("section", { className: s.root, "aria-label": "\u5217\u6620\u5C04", "data-testid": "mapping-editor", children: [(0, jsx_runtime_1.jsxs)("div", { className: s.head, children: [(0, jsx_runtime_1.jsx)(react_components_1.Text, { weight: "semibold", className: s.title, children: `列映射：${view.title}` }), (0, jsx_runtime_1.jsx)(react_components_1.Badge, { color: view.badge.color, appearance: view.badge.appearance, children: view.badge.label })] }), (0, jsx_runtime_1.jsx)(react_components_1.Caption1, { "data-testid": "mapping-summary", children: view.summary }), (0, jsx_runtime_1.jsxs)("div", { className: s.headerRow, children: [(0, jsx_runtime_1.jsx)(react_components_1.Field, { label: "\u8868\u5934\u6240\u5728\u884C", children: (0, jsx_runtime_1.jsx)(react_components_1.Input, { className: s.rowInput, type: "number", min: 1, value: view.headerRow, onChange: (_, d) => onHeaderRowText(d.value), "data-testid": "mapping-header-row" }) }), (0, jsx_runtime_1.jsx)(react_components_1.Button, { onClick: onRedetect, disabled: busy, children: "\u6309\u6B64\u884C\u8BC6\u522B" })] }), (0, jsx_runtime_1.jsx)("ul", { className: s.roles, children: view.rows.map((r) => ((0, jsx_runtime_1.jsx)("li", { className: s.role, children: (0, jsx_runtime_1.jsx)(react_components_1.Field, { label: (0, jsx_runtime_1.jsxs)("span", { className: s.roleHead, children: [r.label, r.badge && (0, jsx_runtime_1.jsx)(react_components_1.Badge, { size: "small", color: r.badge.color, appearance: r.badge.appearance, children: r.badge.label })] }), hint: r.detected, children: (0, jsx_runtime_1.jsx)(react_components_1.Select, { value: r.value, onChange: (_, d) => onRoleChange(r.role, d.value || null), "data-testid": `mapping-role-${r.role}`, disabled: busy, children: view.options.map((o) => (0, jsx_runtime_1.jsx)("option", { value: o.value, children: o.label }, o.value)) }) }) }, r.role))) }), view.saveHint && (0, jsx_runtime_1.jsx)(react_components_1.Caption1, { children: view.saveHint }), busy && (0, jsx_runtime_1.jsx)(react_components_1.Spinner, { size: "tiny", label: "\u6B63\u5728\u8BFB\u53D6\u5DE5\u4F5C\u8868\u2026" }), (0, jsx_runtime_1.jsxs)("div", { className: s.buttons, children: [(0, jsx_runtime_1.jsx)(react_components_1.Button, { appearance: "primary", onClick: onSave, disabled: busy || !view.canSave, "data-testid": "mapping-save", children: "\u4FDD\u5B58\u5217\u6620\u5C04" }), (0, jsx_runtime_1.jsx)(react_components_1.Button, { onClick: onReset, disabled: busy, children: "\u6062\u590D\u81EA\u52A8\u8BC6\u522B" }), (0, jsx_runtime_1.jsx)(react_components_1.Button, { onClick: onClose, children: "\u8FD4\u56DE" })] })] }));
}
