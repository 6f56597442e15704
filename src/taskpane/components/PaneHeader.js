"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PaneHeader = PaneHeader;
const jsx_runtime_1 = require("react/jsx-runtime");
const react_components_1 = require("@fluentui/react-components");
const useStyles = (0, react_components_1.makeStyles)({
    header: { display: 'flex', flexDirection: 'column', rowGap: react_components_1.tokens.spacingVerticalXXS },
});
/** The pane's title and its message bars (preview mode, stored-settings warnings, error, notice). */
function PaneHeader({ preview, problems, error, notice }) {
    const s = useStyles();
    return ((0, jsx_runtime_1.jsxs)("header", { className: s.header, children: [(0, jsx_runtime_1.jsx)(react_components_1.Title3, { as: "h1", children: "\u5DE5\u4F5C\u4E13\u62A5" }), preview && ((0, jsx_runtime_1.jsx)(react_components_1.MessageBar, { intent: "info", children: (0, jsx_runtime_1.jsx)(react_components_1.MessageBarBody, { children: "\u9884\u89C8\u6A21\u5F0F\uFF1A\u672A\u5728 Excel \u4E2D\u6253\u5F00\uFF0C\u4F7F\u7528\u5185\u7F6E\u793A\u4F8B\u6570\u636E\uFF08samples/2026-03\uFF09\u3002" }) })), problems.map((p) => (0, jsx_runtime_1.jsx)(react_components_1.MessageBar, { intent: "warning", children: (0, jsx_runtime_1.jsx)(react_components_1.MessageBarBody, { children: p }) }, p)), error && (0, jsx_runtime_1.jsx)(react_components_1.MessageBar, { intent: "error", "data-testid": "error", children: (0, jsx_runtime_1.jsx)(react_components_1.MessageBarBody, { children: error }) }), notice && (0, jsx_runtime_1.jsx)(react_components_1.MessageBar, { intent: "success", "data-testid": "notice", children: (0, jsx_runtime_1.jsx)(react_components_1.MessageBarBody, { children: notice }) })] }));
}
