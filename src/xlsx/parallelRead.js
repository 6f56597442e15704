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
exports.readFileReply = readFileReply;
exports.workerScript = workerScript;
exports.readThreads = readThreads;
exports.readFilesInParallel = readFilesInParallel;
/**
 * Reading many workbooks on several cores. A workbook is parsed on one thread; a province
 * sends hundreds, so the files are shared among worker threads and the main thread, and the grids
 * come back in file order. Used only from the compiled CLI (the worker is lib/xlsx/readWorker.js); elsewhere, and for
 * few files, {@link XlsxFileSource} reads them one after another on the main thread.
 */
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const node_worker_threads_1 = require("node:worker_threads");
const fsp = __importStar(require("node:fs/promises"));
const xlsxSource_1 = require("./xlsxSource");
/**
 * Reads one file into a reply (never throws). The same on the main thread and in a worker. A
 * failure of the file itself is named by the path given; files inside an archive by
 * `archive.zip/inner.xlsx`.
 * @param bytes the file's bytes when already being read (read here otherwise)
 */
async function readFileReply(index, file, bytes) {
    let data;
    try {
        data = await (bytes ?? fsp.readFile(file));
    }
    catch (err) {
        return { index, failure: (0, xlsxSource_1.describeReadError)(file, err) };
    }
    const name = (0, xlsxSource_1.baseName)(file);
    const reading = await (0, xlsxSource_1.readWorkbookBytes)(name, data);
    return { index, grids: reading.grids, failures: reading.failures.map((f) => (f.file === name ? { ...f, file } : f)) };
}
/** Where the compiled worker is, or null when running from sources (ts-jest, tsx). */
function workerScript() {
    if (!__filename.endsWith('.js'))
        return null;
    const file = path.join(__dirname, 'readWorker.js');
    return fs.existsSync(file) ? file : null;
}
/**
 * How many worker threads to read `files` workbooks with, besides the main thread, which reads too:
 * one per further core (at most 7), from 4 cores and 8 files. Below that a worker costs more than it
 * saves: it loads the readers and warms them up again (about 0.2 s here), and on 2 cores V8's own garbage
 * collection threads already use the second core — reading 200 department workbooks on the main
 * thread with one worker took 1.05 s, alone 0.86 s.
 * @example readThreads(200, 2) === 0; readThreads(200, 8) === 7; readThreads(5, 8) === 0
 */
function readThreads(files, cores = os.availableParallelism()) {
    if (files < 8 || cores < 4)
        return 0;
    return Math.min(cores - 1, 7);
}
/**
 * Reads the files on `threads` worker threads, and on this thread too when `readHere` is given
 * (all take the next unread file, so a worker still starting up takes none); returns one reply per
 * file, in file order. A worker that dies fails the files it had not answered, each with a message;
 * it never hangs the build.
 */
async function readFilesInParallel(files, threads, script, onDone, 
/** Node options for the workers (tests run the TypeScript worker with `['--import', 'tsx']`). */
execArgv, 
/** Reads one file on this thread (never throws: a failure is a reply). */
readHere) {
    const replies = new Array(files.length);
    let next = 0;
    const runHere = async () => {
        if (!readHere)
            return;
        while (next < files.length) {
            const index = next++;
            const file = files[index] ?? '';
            replies[index] = await readHere(index, file);
            onDone?.(file);
            // Let the workers' replies in, so they are given their next file without waiting for ours.
            await new Promise((resolve) => setImmediate(resolve));
        }
    };
    const runWorker = () => new Promise((resolve) => {
        let worker;
        try {
            worker = new node_worker_threads_1.Worker(script, execArgv ? { execArgv } : {});
        }
        catch {
            resolve(); // its files are taken by the other workers, or end as failures below
            return;
        }
        let current = null;
        let finished = false;
        const finish = () => {
            if (finished)
                return;
            finished = true;
            void worker.terminate();
            resolve();
        };
        const feed = () => {
            if (next >= files.length) {
                current = null;
                finish();
                return;
            }
            current = next++;
            worker.postMessage({ index: current, file: files[current] ?? '' });
        };
        worker.on('message', (reply) => {
            // Files go to a worker only once it has loaded: one that cannot start never holds a file.
            if ('ready' in reply) {
                feed();
                return;
            }
            replies[reply.index] = reply;
            onDone?.(files[reply.index] ?? '');
            feed();
        });
        const fail = (why) => {
            if (current !== null && !replies[current]) {
                replies[current] = { index: current, failure: `读取「${path.basename(files[current] ?? '')}」时读取线程中断（${why}），请单独重试该文件。` };
                onDone?.(files[current] ?? '');
            }
            finish();
        };
        worker.on('error', (err) => fail(err.message));
        worker.on('exit', (code) => { if (!finished)
            fail(`退出码 ${code}`); });
    });
    await Promise.all([runHere(), ...Array.from({ length: Math.min(threads, files.length) }, runWorker)]);
    // Files a dead worker never took are read by the remaining ones; any still missing are failures.
    return files.map((file, index) => replies[index] ?? { index, failure: `未能读取「${path.basename(file)}」：读取线程提前结束，请重试。` });
}
