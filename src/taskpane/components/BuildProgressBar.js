"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BuildProgressBar = BuildProgressBar;
const jsx_runtime_1 = require("react/jsx-runtime");
const react_components_1 = require("@fluentui/react-components");
const progressView_1 = require("../progressView");
const useStyles = (0, react_components_1.makeStyles)({
    root: { display: 'flex', flexDirection: 'column', rowGap: react_components_1.tokens.spacingVerticalXS },
    line: { display: 'flex', alignItems: 'center', columnGap: react_components_1.tokens.spacingHorizontalS },
    text: { flexGrow: 1, minWidth: 0 },
});
/** The progress of a build or an import: a bar, what is being done, and 取消. */
function BuildProgressBar({ progress, onCancel }) {
    const s = useStyles();
    const v = (0, progressView_1.progressView)(progress);
    return ((0, jsx_runtime_1.jsxs)("div", { className: s.root, "data-testid": "progress", role: "status", children: [(0, jsx_runtime_1.jsx)(react_components_1.ProgressBar, { value: v.value }), (0, jsx_runtime_1.jsxs)("div", { className: s.line, children: [(0, jsx_runtime_1.jsx)(react_components_1.Text, { className: s.text, "data-testid": "progress-text", children: v.text }), onCancel && (0, jsx_runtime_1.jsx)(react_components_1.Button, { size: "small", onClick: onCancel, "data-testid": "cancel", children: "\u53D6\u6D88" })] })] }));
}
