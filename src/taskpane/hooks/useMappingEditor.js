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
exports.editing = editing;
exports.useMappingEditor = useMappingEditor;
/**
 * The column-mapping editor of one sheet: open it, change a role's column, re-read at another header
 * row, save the mappings (the settings are saved through the host) or return to automatic recognition.
 */
const React = __importStar(require("react"));
const settings_1 = require("../../domain/settings");
const layoutView_1 = require("../../domain/layoutView");
const viewModel_1 = require("../viewModel");
const useSettingsState_1 = require("./useSettingsState");
/**
 * The editor's state for a layout just read.
 * @example editing({ file: 'a.xlsx', sheet: '进展' }, view, []).headerRowText === '2'
 */
function editing(ref, view, initialKeys) {
    return { ref, view, edit: (0, layoutView_1.editOf)(view), headerRowText: String(view.headerRow ?? view.detectedHeaderRow ?? ''), initialKeys };
}
/**
 * Mapping editor state.
 * @example const editor = useMappingEditor({ host, settings, sheets, run, store, setError }); editor.open(candidate);
 */
function useMappingEditor({ host, settings, sheets, run, store, setError }) {
    const [mapping, setMapping] = React.useState(null);
    const [busy, setBusy] = React.useState(false);
    const busyWhile = (action) => {
        setBusy(true);
        void run(action).finally(() => setBusy(false));
    };
    const open = (c) => {
        const ref = { file: c.file, sheet: c.sheet };
        busyWhile(async () => {
            const v = await host.describeLayout(ref, settings.mappings);
            setMapping(editing(ref, v, v.detected ? [] : [v.baseKey]));
        });
    };
    const redetect = () => {
        if (!mapping)
            return;
        const row = Number(mapping.headerRowText);
        busyWhile(async () => {
            const v = await host.describeLayout(mapping.ref, settings.mappings, row);
            setMapping(editing(mapping.ref, v, mapping.initialKeys));
        });
    };
    const storeMappings = (current, mappings, done) => {
        const parsed = settings_1.SettingsSchema.safeParse({ ...settings, mappings });
        if (!parsed.success) {
            setError(`列映射有误：${(0, useSettingsState_1.issuesText)(parsed.error)}`);
            return;
        }
        busyWhile(async () => {
            await store(parsed.data);
            const v = await host.describeLayout(current.ref, parsed.data.mappings);
            setMapping(editing(current.ref, v, v.detected ? [] : [v.baseKey]));
            return done(v);
        });
    };
    const save = () => {
        if (!mapping)
            return;
        storeMappings(mapping, (0, layoutView_1.mappingsAfterEdit)(settings.mappings, mapping.view, mapping.edit, mapping.initialKeys), (v) => `已保存「${v.sheet}」的列映射：下次生成专报时按此读取（${v.indicators} 个指标）。`);
    };
    const reset = () => {
        if (!mapping)
            return;
        storeMappings(mapping, (0, layoutView_1.mappingsAfterReset)(settings.mappings, mapping.view, mapping.initialKeys), (v) => `「${v.sheet}」已恢复自动识别（${v.indicators} 个指标）。`);
    };
    const changeRole = (role, letter) => {
        setMapping((m) => (m ? { ...m, edit: (0, layoutView_1.assignRole)(m.edit, role, letter) } : m));
    };
    const changeHeaderRowText = (text) => {
        setMapping((m) => (m ? { ...m, headerRowText: text } : m));
    };
    const view = React.useMemo(() => {
        if (!mapping)
            return null;
        const same = sheets.filter((c) => c.layoutKey !== null && c.layoutKey === mapping.view.layoutKey).length;
        return (0, viewModel_1.mappingEditorView)(mapping.view, mapping.edit, same, mapping.headerRowText);
    }, [mapping, sheets]);
    return { view, busy, open, close: () => setMapping(null), changeRole, changeHeaderRowText, redetect, save, reset };
}
