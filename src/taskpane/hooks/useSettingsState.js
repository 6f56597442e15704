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
exports.issuesText = issuesText;
exports.useSettingsState = useSettingsState;
/**
 * The clerk's settings in the pane: loaded from the host once, edited in the form, saved on 保存,
 * and the auto-recompute switch, which is saved on its own as soon as it is flipped.
 */
const React = __importStar(require("react"));
const settings_1 = require("../../domain/settings");
const usePaneMessages_1 = require("./usePaneMessages");
/** A settings validation failure in one line: each field and what is wrong with it. */
function issuesText(error) {
    return error.issues.map((i) => `${i.path.map(String).join('.')}：${i.message}`).join('；');
}
/**
 * Settings state over a host.
 * @example const { settings, save } = useSettingsState(host, run, setError);
 */
function useSettingsState(host, run, setError) {
    const [settings, setSettings] = React.useState(() => settings_1.SettingsSchema.parse({}));
    const [problems, setProblems] = React.useState([]);
    const [saving, setSaving] = React.useState(false);
    const [settingsError, setSettingsError] = React.useState(null);
    const [autoRecompute, setAutoRecompute] = React.useState(false);
    /** The settings as stored in the workbook: the switch saves only itself, not unsaved edits. */
    const saved = React.useRef(null);
    const reportError = React.useRef(setError);
    reportError.current = setError;
    // Loaded once per host (a new error callback does not load again over the clerk's edits).
    React.useEffect(() => {
        host.loadSettings().then(({ settings: loaded, problems: p }) => {
            saved.current = loaded;
            setSettings(loaded);
            setAutoRecompute(loaded.autoRecompute);
            setProblems(p);
        }, (e) => reportError.current((0, usePaneMessages_1.errorText)(e)));
    }, [host]);
    const save = () => {
        const parsed = settings_1.SettingsSchema.safeParse(settings);
        if (!parsed.success) {
            setSettingsError(issuesText(parsed.error));
            return;
        }
        setSettingsError(null);
        setSaving(true);
        void run(async () => {
            await host.saveSettings(parsed.data);
            saved.current = parsed.data;
            return '设置已保存到本工作簿。';
        }).finally(() => setSaving(false));
    };
    const store = async (next) => {
        await host.saveSettings(next);
        saved.current = next;
        setSettings(next);
    };
    const toggleAutoRecompute = (on) => {
        setAutoRecompute(on);
        setSettings((st) => ({ ...st, autoRecompute: on }));
        const next = { ...(saved.current ?? settings_1.SettingsSchema.parse({})), autoRecompute: on };
        void host.saveSettings(next).then(() => { saved.current = next; }, (e) => setError(`无法保存自动重算设置：${(0, usePaneMessages_1.errorText)(e)}`));
    };
    const stopAutoRecompute = React.useCallback(() => setAutoRecompute(false), []);
    return { settings, setSettings, problems, saving, settingsError, save, store, autoRecompute, toggleAutoRecompute, stopAutoRecompute };
}
