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
exports.useSheets = useSheets;
/**
 * The 跟踪表 tab's list: the workbook's sheets that look like trackers, refreshed on demand, and
 * binding, unbinding and importing departments' files (each re-lists the sheets).
 */
const React = __importStar(require("react"));
/**
 * Sheet-list state over a host; every action reports through `run`.
 * @example const { sheets, refresh } = useSheets(host, run); refresh();
 */
function useSheets(host, run) {
    const [sheets, setSheets] = React.useState([]);
    const [loading, setLoading] = React.useState(false);
    const refresh = () => {
        setLoading(true);
        void run(async () => { setSheets(await host.listSheets()); }).finally(() => setLoading(false));
    };
    const bind = (c) => {
        void run(async () => { await host.bind(c); setSheets(await host.listSheets()); return `已绑定「${c.sheet}」。`; });
    };
    const unbind = (sheet) => {
        void run(async () => { await host.unbind(sheet); setSheets(await host.listSheets()); return `已取消绑定「${sheet}」。`; });
    };
    const importFiles = (files) => {
        void run(async () => {
            const data = await Promise.all(files.map(async (f) => ({ name: f.name, data: await f.arrayBuffer() })));
            const msg = await host.importFiles(data);
            setSheets(await host.listSheets());
            return msg;
        });
    };
    return { sheets, loading, refresh, bind, unbind, importFiles };
}
