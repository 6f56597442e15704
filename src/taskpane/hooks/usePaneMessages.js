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
exports.errorText = errorText;
exports.usePaneMessages = usePaneMessages;
/**
 * The pane's two message bars (error, notice) and the one way actions report through them.
 */
const React = __importStar(require("react"));
/** An error's message, for the clerk (the hosts throw plain Chinese messages). */
function errorText(err) {
    return err instanceof Error ? err.message : String(err);
}
/**
 * Error and notice state with {@link PaneMessages.run}.
 * @example const { run } = usePaneMessages(); void run(async () => '设置已保存到本工作簿。');
 */
function usePaneMessages() {
    const [error, setError] = React.useState(null);
    const [notice, setNotice] = React.useState(null);
    const run = React.useCallback(async (action) => {
        setError(null);
        setNotice(null);
        try {
            const msg = await action();
            if (msg)
                setNotice(msg);
        }
        catch (e) {
            setError(errorText(e));
        }
    }, []);
    return { error, notice, setError, setNotice, run };
}
