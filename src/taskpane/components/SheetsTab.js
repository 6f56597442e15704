"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SheetsTab = SheetsTab;
const jsx_runtime_1 = require("react/jsx-runtime");
const react_components_1 = require("@fluentui/react-components");
const viewModel_1 = require("../viewModel");
const SheetList_1 = require("./SheetList");
const useStyles = (0, react_components_1.makeStyles)({
    section: { display: 'flex', flexDirection: 'column', rowGap: react_components_1.tokens.spacingVerticalS },
});
/** The 跟踪表 tab: the auto-recompute switch and the sheet list (bind, import, column mappings). */
function SheetsTab({ excel, sheets, mappings, autoRecompute, onAutoRecompute, onEditMapping }) {
    const s = useStyles();
    return ((0, jsx_runtime_1.jsxs)("div", { className: s.section, children: [(0, jsx_runtime_1.jsx)(react_components_1.Switch, { checked: autoRecompute, onChange: (_, d) => onAutoRecompute(d.checked), "data-testid": "auto-recompute", label: excel ? '数据变化时自动重算并更新标记' : '数据变化时自动重算并更新标记（预览模式下数据不会变化）' }), (0, jsx_runtime_1.jsx)(SheetList_1.SheetList, { rows: (0, viewModel_1.sheetRows)(sheets.sheets, mappings), loading: sheets.loading, canBind: excel, onRefresh: sheets.refresh, onBind: sheets.bind, onUnbind: sheets.unbind, onImport: sheets.importFiles, onEditMapping: onEditMapping })] }));
}
