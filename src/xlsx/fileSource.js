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
exports.XlsxFileSource = void 0;
exports.expandInputs = expandInputs;
/**
 * The file adapter's source over files and folders on disk (Node only: the CLI and tests).
 */
const fs = __importStar(require("node:fs/promises"));
const path = __importStar(require("node:path"));
const parallelRead_1 = require("./parallelRead");
const formatDetection_1 = require("./formatDetection");
const archiveRead_1 = require("./archiveRead");
/** A file in a folder whose name is no table's and that is larger than this is listed, not read. */
const MAX_UNNAMED_BYTES = 64 * 1024 * 1024;
/**
 * Expands files and folders into the list of files to read. A folder gives every file in it
 * (sorted), whatever its name — the content decides what it is, and a file that is no table is
 * listed as such; lock files (`~$…`) and hidden files are listed as skipped, and so are its
 * subfolders (not read: an output folder inside the input folder must not be read as a department's).
 */
async function expandInputs(inputs) {
    const files = [];
    const failures = [];
    for (const input of inputs) {
        let stat;
        try {
            stat = await fs.stat(input);
        }
        catch {
            failures.push({ file: input, message: `找不到文件或文件夹「${input}」。` });
            continue;
        }
        if (!stat.isDirectory()) {
            files.push(input);
            continue;
        }
        const entries = (await fs.readdir(input, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
        for (const e of entries) {
            const full = path.join(input, e.name);
            if ((0, archiveRead_1.isSkippedName)(e.name))
                failures.push((0, archiveRead_1.skippedFailure)(full));
            else if (e.isDirectory()) {
                failures.push({ file: full, message: `「${e.name}」是子文件夹，其中的文件未读取。如需读取，请把该文件夹也作为输入。`, code: 'file_not_spreadsheet', severity: 'info' });
            }
            else if (!(0, formatDetection_1.hasSpreadsheetName)(e.name) && ((await fs.stat(full).catch(() => null))?.size ?? 0) > MAX_UNNAMED_BYTES) {
                failures.push({ file: full, message: `「${e.name}」不是表格文件（文件名和大小都不像报送的跟踪表），未读取。`, code: 'file_not_spreadsheet', severity: 'info' });
            }
            else
                files.push(full);
        }
    }
    return { files, failures };
}
/** Reads the files one after another on this thread, each file's bytes read while the one before is parsed. */
async function readInTurn(files, done) {
    const bytes = (i) => {
        const f = files[i];
        if (f === undefined)
            return undefined;
        const p = fs.readFile(f);
        p.catch(() => undefined); // its failure is reported when its turn comes
        return p;
    };
    const replies = [];
    let next = bytes(0);
    for (const [i, file] of files.entries()) {
        const data = next;
        next = bytes(i + 1);
        replies.push(await (0, parallelRead_1.readFileReply)(i, file, data));
        done(file);
    }
    return replies;
}
/** The source over files and folders on disk: every format the reading path reads. */
class XlsxFileSource {
    inputs;
    onProgress;
    threads;
    /**
     * @param threads worker threads to read with besides the main thread; 'auto' picks by the number
     *   of files and cores (see readThreads); 0 reads on the main thread alone. Only the compiled CLI can start workers; from
     *   sources the files are read on the main thread.
     */
    constructor(inputs, onProgress, threads = 0) {
        this.inputs = inputs;
        this.onProgress = onProgress;
        this.threads = threads;
    }
    async readSheets() {
        const { files, failures } = await expandInputs(this.inputs);
        const grids = [];
        let n = 0;
        const done = (file) => { n++; this.onProgress?.(n, files.length, file); };
        const threads = this.threads === 'auto' ? (0, parallelRead_1.readThreads)(files.length) : this.threads;
        const script = threads > 0 && files.length > 1 ? (0, parallelRead_1.workerScript)() : null;
        const replies = script
            ? await (0, parallelRead_1.readFilesInParallel)(files, threads, script, done, undefined, (index, file) => (0, parallelRead_1.readFileReply)(index, file))
            : await readInTurn(files, done);
        for (const reply of replies) {
            if ('grids' in reply) {
                for (const g of reply.grids)
                    grids.push(g);
                for (const f of reply.failures)
                    failures.push(f);
            }
            else
                failures.push({ file: files[reply.index] ?? '', message: reply.failure });
        }
        return { grids, failures };
    }
}
exports.XlsxFileSource = XlsxFileSource;
