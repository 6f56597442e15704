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
exports.recomputeOnce = recomputeOnce;
exports.useAutoRecompute = useAutoRecompute;
/**
 * Recompute on change: while the switch is on, the host watches the bound sheets and each change
 * rebuilds through the pane's one build path (re-applying the highlights when they are on). Changes
 * that arrive during a rebuild are folded into one more rebuild after it.
 */
const React = __importStar(require("react"));
const settings_1 = require("../../domain/settings");
const download_1 = require("../download");
const usePaneMessages_1 = require("./usePaneMessages");
const cancel_1 = require("../work/cancel");
/**
 * Rebuilds once, reporting in the message bars; never rejects.
 * @example await recomputeOnce({ host, build, now, setError, setNotice }, settings, true);
 */
async function recomputeOnce(deps, settings, remark) {
    const parsed = settings_1.SettingsSchema.safeParse(settings);
    if (!parsed.success) {
        deps.setError('设置有误，未能自动重算：请在“设置”中修正。');
        return;
    }
    try {
        const o = await deps.build(parsed.data);
        if (remark)
            await deps.host.mark(o, parsed.data);
        deps.setError(null);
        deps.setNotice(`已根据数据变化重新核算（${(0, download_1.clockText)(deps.now())}）${remark ? '，并更新了滞后标记' : ''}。`);
    }
    catch (e) {
        if ((0, cancel_1.isCancelled)(e))
            deps.setNotice('已取消本次自动重算。');
        else
            deps.setError(`自动重算失败：${(0, usePaneMessages_1.errorText)(e)}`);
    }
}
/**
 * Subscribes while `enabled`, unsubscribes when it goes off or the pane closes.
 * @example useAutoRecompute({ host, enabled: autoRecompute, settings, marked, build, now, setError, setNotice, onWatchFailed });
 */
function useAutoRecompute(deps) {
    const { host, enabled, setError, onWatchFailed } = deps;
    const latest = React.useRef(deps);
    latest.current = deps;
    const state = React.useRef({ busy: false, again: false });
    const recompute = React.useCallback(async () => {
        const s = state.current;
        if (s.busy) {
            s.again = true;
            return;
        }
        s.busy = true;
        try {
            do {
                s.again = false;
                const d = latest.current;
                await recomputeOnce(d, d.settings, d.marked);
            } while (s.again);
        }
        finally {
            s.busy = false;
        }
    }, []);
    React.useEffect(() => {
        if (!enabled)
            return undefined;
        let unsubscribe = null;
        let stopped = false;
        host.watch(() => { void recompute(); }).then((u) => { if (stopped)
            void u().catch(() => undefined);
        else
            unsubscribe = u; }, (e) => { setError((0, usePaneMessages_1.errorText)(e)); onWatchFailed(); });
        return () => {
            stopped = true;
            if (unsubscribe)
                void unsubscribe().catch((e) => setError((0, usePaneMessages_1.errorText)(e)));
        };
    }, [enabled, host, recompute, setError, onWatchFailed]);
}
