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
exports.XlsxFileSink = exports.withoutContent = void 0;
/**
 * Writing the bulletin workbook to disk (Node only). When the file exists, its own sheets are kept
 * and only Zhuanbao's sheets are replaced; the file is written to a temporary name and renamed, so
 * a failure never leaves a half-written workbook.
 */
const fs = __importStar(require("node:fs/promises"));
const path = __importStar(require("node:path"));
const excelWorkbook_1 = require("./excelWorkbook");
const xlsxSink_1 = require("./xlsxSink");
const mergeLoading_1 = require("./mergeLoading");
const fastUnzip_1 = require("./fastUnzip");
const directWriter_1 = require("./directWriter");
const xlsxPackage_1 = require("./xlsxPackage");
var xlsxPackage_2 = require("./xlsxPackage");
Object.defineProperty(exports, "withoutContent", { enumerable: true, get: function () { return xlsxPackage_2.withoutContent; } });
(0, excelWorkbook_1.onExcelJsLoad)(mergeLoading_1.useLinearMergeLoading); // an earlier output is loaded to keep the clerk's sheets
(0, excelWorkbook_1.onExcelJsLoad)(fastUnzip_1.useFastUnzip);
class XlsxFileSink {
    file;
    constructor(file) {
        this.file = file;
    }
    /**
     * How the last write went: 'direct' for a new workbook of Zhuanbao's sheets only (directWriter.ts),
     * 'model' for ExcelJS, which keeps the clerk's own sheets of an earlier output.
     */
    lastWriter = null;
    async writeSheets(sheets) {
        let existing = null;
        try {
            existing = await fs.readFile(this.file);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // Whether the file exists is not known here (a folder without permission, a path through a file).
                throw new Error(`无法打开输出文件「${this.file}」：${err.message}`, { cause: err });
            }
        }
        const ours = new Set(sheets.map((s) => s.name));
        // The earlier output's package is read once: which sheets it holds, then emptied of ours.
        const pkg = existing ? await (0, xlsxPackage_1.readPackage)(existing) : null;
        const othersKept = existing ? pkg?.sheets.some((sh) => !ours.has(sh.name)) ?? true : false;
        await fs.mkdir(path.dirname(path.resolve(this.file)), { recursive: true });
        const tmp = `${this.file}.${process.pid}.tmp`;
        try {
            if (!othersKept) {
                this.lastWriter = 'direct';
                await (0, directWriter_1.writeDirect)(tmp, sheets);
            }
            else {
                this.lastWriter = 'model';
                const wb = new ((0, excelWorkbook_1.excelJsWorkbook)())();
                wb.creator = 'Zhuanbao 工作专报';
                if (existing) {
                    try {
                        await wb.xlsx.load((pkg ? await (0, xlsxPackage_1.emptySheets)(pkg, existing, [...ours]) : existing));
                    }
                    catch (err) {
                        throw new Error(`无法打开已有的输出文件「${this.file}」以更新专报：${err.message}`, { cause: err });
                    }
                }
                await new xlsxSink_1.XlsxWorkbookSink(wb).writeSheets(sheets);
                // Fast deflate: the bulletin's XML is repetitive, level 1 compresses it nearly as well, in a fraction of the time.
                await wb.xlsx.writeFile(tmp, { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } });
            }
            await fs.rename(tmp, this.file);
        }
        catch (err) {
            await fs.rm(tmp, { force: true });
            if (/^无法打开(已有的)?输出文件/.test(err.message))
                throw err;
            throw new Error(`写入专报文件「${this.file}」失败：${err.message}`, { cause: err });
        }
    }
}
exports.XlsxFileSink = XlsxFileSink;
