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
exports.useDocxExport = useDocxExport;
/**
 * 下载 Word 版: the shown outcome as a .docx, the `docx` package loaded on first use.
 */
const React = __importStar(require("react"));
const download_1 = require("../download");
/**
 * Word export state.
 * @example const { exportDocx } = useDocxExport(outcome, builtWith, loadDocx, saveBytes, run);
 */
function useDocxExport(outcome, builtWith, loadDocx, download, run) {
    const [exporting, setExporting] = React.useState(false);
    const exportDocx = () => {
        if (!outcome || !builtWith)
            return;
        setExporting(true);
        void run(async () => {
            const { bulletinDocx } = await loadDocx();
            const bytes = await bulletinDocx(outcome.bulletin, { history: outcome.result.history ?? null, settings: builtWith });
            const name = (0, download_1.docxFileName)(builtWith.issue);
            download(bytes, name);
            return `已生成 Word 版：${name}。`;
        }).finally(() => setExporting(false));
    };
    return { exporting, exportDocx };
}
