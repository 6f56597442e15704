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
exports.NothingReadGuard = void 0;
exports.findInputFiles = findInputFiles;
/**
 * What the command will read, found before anything is written: every input folder must open, and
 * there must be at least one file to read. The files found are also what the outputs are checked
 * against (outputGuard.ts).
 */
const fs = __importStar(require("node:fs/promises"));
const fileSource_1 = require("../xlsx/fileSource");
const clerkError_1 = require("./clerkError");
/**
 * Lists the files the build will read.
 * @throws ClerkError when an input folder cannot be opened, or when there is nothing to read at all
 *   (an empty folder, a folder without any spreadsheet, paths that do not exist)
 * @example await findInputFiles(['samples/2026-03']) → { files: ['samples/2026-03/人社局.xlsx', …], folders: ['samples/2026-03'], failures: [] }
 */
async function findInputFiles(inputs) {
    const folders = [];
    for (const input of inputs) {
        const stat = await fs.stat(input).catch(() => null);
        if (!stat?.isDirectory())
            continue; // a missing path is a failure of expandInputs, named with the others
        try {
            // Opening it here gives the clerk a plain message (EACCES) before the build starts.
            await fs.readdir(input);
        }
        catch (err) {
            throw new clerkError_1.ClerkError((0, clerkError_1.fsProblem)(err, '文件夹', input) ?? `无法打开文件夹「${input}」。`, { cause: err });
        }
        folders.push(input);
    }
    let expanded;
    try {
        expanded = await (0, fileSource_1.expandInputs)(inputs);
    }
    catch (err) {
        const problem = (0, clerkError_1.fsProblem)(err, '文件夹');
        if (problem)
            throw new clerkError_1.ClerkError(problem, { cause: err });
        throw err;
    }
    if (!expanded.files.length)
        throw new clerkError_1.ClerkError(nothingToRead(inputs, folders, expanded.failures));
    return { files: expanded.files, folders, failures: expanded.failures };
}
/**
 * A source that refuses to go on when it read nothing that is a spreadsheet: every file found was
 * listed as no table (a Word document, a text), or did not exist. The content decides what a file
 * is, so this is known only once the files are read — before anything is written. A spreadsheet
 * that could not be read (damaged, encrypted) is not "nothing": it is named and the others written.
 * @example await new NothingReadGuard(source, ['报表']).readSheets() // throws ClerkError when 报表 holds only 通知.docx
 */
class NothingReadGuard {
    inner;
    inputs;
    folders;
    constructor(inner, inputs, folders = []) {
        this.inner = inner;
        this.inputs = inputs;
        this.folders = folders;
    }
    async readSheets() {
        const reading = await this.inner.readSheets();
        const spreadsheetFailure = reading.failures.some((f) => f.code !== 'file_not_spreadsheet' && !/^找不到文件或文件夹/.test(f.message));
        if (!reading.grids.length && !spreadsheetFailure) {
            throw new clerkError_1.ClerkError(nothingToRead(this.inputs, this.folders, reading.failures));
        }
        return reading;
    }
}
exports.NothingReadGuard = NothingReadGuard;
function nothingToRead(inputs, folders, failures) {
    const lines = ['没有可读取的跟踪表，未生成专报。'];
    for (const f of failures)
        lines.push(`  ${f.message}`);
    for (const d of folders)
        lines.push(`  文件夹「${d}」中没有表格文件（.xlsx、.xls、.csv 等）。`);
    if (!failures.length && !folders.length)
        lines.push(`  已指定：${inputs.join('、')}`);
    lines.push('请指定各单位报来的工作簿，或存放它们的文件夹。');
    return lines.join('\n');
}
