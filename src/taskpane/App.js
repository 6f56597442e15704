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
exports.App = App;
const jsx_runtime_1 = require("react/jsx-runtime");
/**
 * The task pane: puts the components together. Its state and effects live in the hooks of
 * src/taskpane/hooks (one concept each); the handlers here only connect them.
 */
const React = __importStar(require("react"));
const react_components_1 = require("@fluentui/react-components");
const settings_1 = require("../domain/settings");
const outcomeView_1 = require("./outcomeView");
const download_1 = require("./download");
const cancel_1 = require("./work/cancel");
const usePaneMessages_1 = require("./hooks/usePaneMessages");
const useSettingsState_1 = require("./hooks/useSettingsState");
const useSheets_1 = require("./hooks/useSheets");
const useBuild_1 = require("./hooks/useBuild");
const useMarks_1 = require("./hooks/useMarks");
const useMappingEditor_1 = require("./hooks/useMappingEditor");
const useAutoRecompute_1 = require("./hooks/useAutoRecompute");
const useDocxExport_1 = require("./hooks/useDocxExport");
const PaneHeader_1 = require("./components/PaneHeader");
const BuildProgressBar_1 = require("./components/BuildProgressBar");
const MappingEditor_1 = require("./components/MappingEditor");
const SettingsForm_1 = require("./components/SettingsForm");
const SheetsTab_1 = require("./components/SheetsTab");
const OutcomePanel_1 = require("./components/OutcomePanel");
const useStyles = (0, react_components_1.makeStyles)({
    root: { display: 'flex', flexDirection: 'column', rowGap: react_components_1.tokens.spacingVerticalM, padding: react_components_1.tokens.spacingHorizontalM, boxSizing: 'border-box' },
    section: { display: 'flex', flexDirection: 'column', rowGap: react_components_1.tokens.spacingVerticalS },
    buttons: { display: 'flex', columnGap: react_components_1.tokens.spacingHorizontalS, flexWrap: 'wrap' },
});
const loadDocxDefault = () => import(/* webpackChunkName: "docx" */ '../docx/bulletinDocx.js');
/** The task pane. Composes the hooks' state into the components. */
function App({ host, loadDocx = loadDocxDefault, download = download_1.saveBytes, now = () => new Date() }) {
    const s = useStyles();
    const [tab, setTab] = React.useState('bulletin');
    const { error, notice, setError, setNotice, run } = (0, usePaneMessages_1.usePaneMessages)();
    const cfg = (0, useSettingsState_1.useSettingsState)(host, run, setError);
    const sheets = (0, useSheets_1.useSheets)(host, run);
    const builder = (0, useBuild_1.useBuild)(host);
    const marks = (0, useMarks_1.useMarks)(host, run);
    const editor = (0, useMappingEditor_1.useMappingEditor)({ host, settings: cfg.settings, sheets: sheets.sheets, run, store: cfg.store, setError });
    const docx = (0, useDocxExport_1.useDocxExport)(builder.outcome, builder.builtWith, loadDocx, download, run);
    (0, useAutoRecompute_1.useAutoRecompute)({
        host, enabled: cfg.autoRecompute, settings: cfg.settings, marked: marks.marked, build: builder.build,
        now, setError, setNotice, onWatchFailed: cfg.stopAutoRecompute,
    });
    const { outcome, builtWith, snapshots, building } = builder;
    const view = React.useMemo(() => (outcome ? (0, outcomeView_1.outcomeView)(outcome, snapshots, builtWith?.issue ?? 1) : null), [outcome, snapshots, builtWith]);
    const onBuild = () => {
        const parsed = settings_1.SettingsSchema.safeParse(cfg.settings);
        if (!parsed.success) {
            setError(`设置有误：${(0, useSettingsState_1.issuesText)(parsed.error)}`);
            return;
        }
        void run(async () => {
            try {
                await builder.build(parsed.data);
            }
            catch (e) {
                if ((0, cancel_1.isCancelled)(e))
                    return '已取消生成专报，显示的仍是上一次的结果。';
                throw e;
            }
            return host.mode === 'excel' ? `专报已写入工作表「${parsed.data.bulletinSheet}」和「${parsed.data.ledgerSheet}」。` : undefined;
        });
    };
    const onSelect = (src) => {
        void run(async () => {
            await host.select(src);
            return host.mode === 'preview' ? `已定位到「${src.sheet}」${src.cell}（${src.file}）。在 Excel 中会选中该单元格。` : undefined;
        });
    };
    const onMark = () => { if (outcome)
        marks.mark(outcome, cfg.settings); };
    const onTabSelect = (value) => {
        setTab(value);
        if (value === 'sheets' && !sheets.sheets.length)
            sheets.refresh();
    };
    return ((0, jsx_runtime_1.jsxs)("main", { className: s.root, children: [(0, jsx_runtime_1.jsx)(PaneHeader_1.PaneHeader, { preview: host.mode === 'preview', problems: cfg.problems, error: error, notice: notice }), (0, jsx_runtime_1.jsxs)(react_components_1.TabList, { selectedValue: tab, onTabSelect: (_, d) => onTabSelect(d.value), children: [(0, jsx_runtime_1.jsx)(react_components_1.Tab, { value: "bulletin", children: "\u4E13\u62A5" }), (0, jsx_runtime_1.jsx)(react_components_1.Tab, { value: "sheets", children: "\u8DDF\u8E2A\u8868" }), (0, jsx_runtime_1.jsx)(react_components_1.Tab, { value: "settings", children: "\u8BBE\u7F6E" })] }), tab === 'settings' && (0, jsx_runtime_1.jsx)(SettingsForm_1.SettingsForm, { value: cfg.settings, onChange: cfg.setSettings, onSave: cfg.save, saving: cfg.saving, error: cfg.settingsError }), tab === 'sheets' && editor.view && ((0, jsx_runtime_1.jsx)(MappingEditor_1.MappingEditor, { view: editor.view, busy: editor.busy, onRoleChange: editor.changeRole, onHeaderRowText: editor.changeHeaderRowText, onRedetect: editor.redetect, onSave: editor.save, onReset: editor.reset, onClose: editor.close })), tab === 'sheets' && !editor.view && ((0, jsx_runtime_1.jsx)(SheetsTab_1.SheetsTab, { excel: host.mode === 'excel', sheets: sheets, mappings: cfg.settings.mappings, autoRecompute: cfg.autoRecompute, onAutoRecompute: cfg.toggleAutoRecompute, onEditMapping: editor.open })), tab === 'bulletin' && ((0, jsx_runtime_1.jsxs)("div", { className: s.section, children: [(0, jsx_runtime_1.jsxs)("div", { className: s.buttons, children: [(0, jsx_runtime_1.jsx)(react_components_1.Button, { appearance: "primary", size: "large", onClick: onBuild, disabled: building, "data-testid": "build", children: "\u751F\u6210\u4E13\u62A5" }), (0, jsx_runtime_1.jsx)(react_components_1.Button, { onClick: onMark, disabled: !outcome || building, children: "\u6807\u8BB0\u6EDE\u540E" }), (0, jsx_runtime_1.jsx)(react_components_1.Button, { onClick: marks.clear, disabled: building, children: "\u6E05\u9664\u6807\u8BB0" }), (0, jsx_runtime_1.jsx)(react_components_1.Button, { onClick: docx.exportDocx, disabled: !outcome || building || docx.exporting, "data-testid": "download-docx", children: docx.exporting ? '正在生成 Word…' : '下载 Word 版' })] }), building && builder.progress && (0, jsx_runtime_1.jsx)(BuildProgressBar_1.BuildProgressBar, { progress: builder.progress, onCancel: builder.cancel }), view && outcome && (0, jsx_runtime_1.jsx)(OutcomePanel_1.OutcomePanel, { view: view, bulletin: outcome.bulletin, showPreview: host.mode === 'preview', onSelect: onSelect })] }))] }));
}
