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
exports.useMarks = useMarks;
/**
 * 标记滞后 and 清除标记, and whether highlights are on (a recompute on change re-applies them).
 */
const React = __importStar(require("react"));
/**
 * Highlight state over a host; both actions report through `run`.
 * @example const { mark } = useMarks(host, run); mark(outcome, settings);
 */
function useMarks(host, run) {
    const [marked, setMarked] = React.useState(false);
    const mark = (outcome, settings) => {
        void run(async () => { const msg = await host.mark(outcome, settings); setMarked(true); return msg; });
    };
    const clear = () => {
        void run(async () => { const msg = await host.clear(); setMarked(false); return msg; });
    };
    return { marked, mark, clear };
}
