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
exports.SheetList = SheetList;
const jsx_runtime_1 = require("react/jsx-runtime");
const React = __importStar(require("react"));
const react_components_1 = require("@fluentui/react-components");
const spreadsheetNames_1 = require("../../xlsx/spreadsheetNames");
const useStyles = (0, react_components_1.makeStyles)({
    list: { display: 'flex', flexDirection: 'column', rowGap: react_components_1.tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
    item: {
        display: 'flex', alignItems: 'center', columnGap: react_components_1.tokens.spacingHorizontalS, padding: react_components_1.tokens.spacingVerticalS,
        borderRadius: react_components_1.tokens.borderRadiusMedium, backgroundColor: react_components_1.tokens.colorNeutralBackground2,
    },
    text: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
    choice: { color: react_components_1.tokens.colorNeutralForeground3 },
    actions: { display: 'flex', columnGap: react_components_1.tokens.spacingHorizontalS, marginBottom: react_components_1.tokens.spacingVerticalS, flexWrap: 'wrap' },
});
/** The workbook's sheets that look like trackers, with their detected layout, and bind/unbind. */
function SheetList({ rows, loading, canBind, onRefresh, onBind, onUnbind, onImport, onEditMapping }) {
    const s = useStyles();
    const input = React.useRef(null);
    return ((0, jsx_runtime_1.jsxs)("section", { "aria-label": "\u8DDF\u8E2A\u8868", children: [(0, jsx_runtime_1.jsxs)("div", { className: s.actions, children: [(0, jsx_runtime_1.jsx)(react_components_1.Button, { onClick: onRefresh, disabled: loading, children: "\u8BC6\u522B\u5DE5\u4F5C\u8868" }), (0, jsx_runtime_1.jsx)(react_components_1.Button, { onClick: () => input.current?.click(), children: "\u5BFC\u5165\u5404\u5355\u4F4D\u6587\u4EF6\u2026" }), (0, jsx_runtime_1.jsx)("input", { ref: input, type: "file", accept: spreadsheetNames_1.SPREADSHEET_ACCEPT, multiple: true, hidden: true, "aria-label": "\u9009\u62E9\u8981\u5BFC\u5165\u7684\u5404\u5355\u4F4D\u6587\u4EF6\uFF08Excel\u3001WPS\u3001CSV\u3001\u538B\u7F29\u5305\u7B49\uFF09", onChange: (e) => { const files = [...(e.target.files ?? [])]; e.target.value = ''; if (files.length)
                            onImport(files); } })] }), loading && (0, jsx_runtime_1.jsx)(react_components_1.Spinner, { size: "tiny", label: "\u6B63\u5728\u8BC6\u522B\u2026" }), (0, jsx_runtime_1.jsx)("ul", { className: s.list, children: rows.map((r) => ((0, jsx_runtime_1.jsxs)("li", { className: s.item, "data-testid": "sheet-row", children: [(0, jsx_runtime_1.jsxs)("div", { className: s.text, children: [(0, jsx_runtime_1.jsx)(react_components_1.Text, { weight: "semibold", truncate: true, wrap: false, children: r.title }), (0, jsx_runtime_1.jsx)(react_components_1.Caption1, { children: r.layout }), r.choices.map((note) => (0, jsx_runtime_1.jsx)(react_components_1.Caption1, { className: s.choice, "data-testid": "sheet-choice", children: note }, note))] }), (0, jsx_runtime_1.jsx)(react_components_1.Badge, { color: r.badge.color, appearance: r.badge.appearance, children: r.badge.label }), (0, jsx_runtime_1.jsx)(react_components_1.Button, { size: "small", onClick: () => onEditMapping(r.candidate), "data-testid": "edit-mapping", children: "\u5217\u6620\u5C04" }), canBind && (r.candidate.bound
                            ? (0, jsx_runtime_1.jsx)(react_components_1.Button, { size: "small", onClick: () => onUnbind(r.candidate.sheet), children: "\u53D6\u6D88\u7ED1\u5B9A" })
                            : (0, jsx_runtime_1.jsx)(react_components_1.Button, { size: "small", appearance: "primary", disabled: !r.candidate.address, onClick: () => onBind(r.candidate), children: "\u7ED1\u5B9A" }))] }, r.key))) })] }));
}
