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
exports.useBuild = useBuild;
/**
 * The one build path of the pane, shared by 生成专报 and the recompute on change: the host builds,
 * the outcome and the settings it was built with are kept, the stored snapshots are read for the
 * trends when the build compared with an earlier issue, and the progress shown is cleared again.
 * 取消 aborts the build in progress (the host stops its work and rejects with a BuildCancelled).
 */
const React = __importStar(require("react"));
/**
 * Build state over a host.
 * @example const { build, outcome } = useBuild(host); await build(parsedSettings);
 */
function useBuild(host) {
    const [progress, setProgress] = React.useState(null);
    const [outcome, setOutcome] = React.useState(null);
    const [builtWith, setBuiltWith] = React.useState(null);
    const [snapshots, setSnapshots] = React.useState([]);
    const running = React.useRef(null);
    /** The trends need the stored snapshots; a failure to read them only leaves the trends out. */
    const loadSnapshots = React.useCallback(async (o) => {
        if (!o.result.history) {
            setSnapshots([]);
            return;
        }
        try {
            setSnapshots(await host.listSnapshots());
        }
        catch {
            setSnapshots([]);
        }
    }, [host]);
    const build = React.useCallback(async (settings) => {
        const controller = new AbortController();
        running.current = controller;
        setProgress({ stage: 'reading' });
        try {
            const o = await host.build(settings, (p) => { if (!controller.signal.aborted)
                setProgress(p); }, controller.signal);
            setOutcome(o);
            setBuiltWith(settings);
            await loadSnapshots(o);
            return o;
        }
        finally {
            if (running.current === controller)
                running.current = null;
            setProgress(null);
        }
    }, [host, loadSnapshots]);
    const cancel = React.useCallback(() => { running.current?.abort(); }, []);
    return { progress, building: progress !== null && progress.stage !== 'done', outcome, builtWith, snapshots, build, cancel };
}
