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
const fs = __importStar(require("node:fs/promises"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const fileSource_1 = require("../../src/xlsx/fileSource");
const parallelRead_1 = require("../../src/xlsx/parallelRead");
const xlsxSource_1 = require("../../src/xlsx/xlsxSource");
const samples = path.join(__dirname, '..', '..', 'samples', '2026-03');
// The TypeScript worker, run through tsx's require hook (the CLI runs the compiled lib/xlsx/readWorker.js).
const worker = path.join(__dirname, '..', 'support', 'readWorkerTs.js');
describe('readThreads', () => {
    it.each([[200, 2, 0], [200, 3, 0], [200, 4, 3], [200, 16, 7], [3, 8, 0], [7, 8, 0], [8, 8, 7], [9, 4, 3], [50, 1, 0]])('%p files on %p cores → %p threads', (files, cores, threads) => {
        expect((0, parallelRead_1.readThreads)(files, cores)).toBe(threads);
    });
});
describe('reading on worker threads', () => {
    jest.setTimeout(60_000);
    it('gives the same grids, in the same order, as reading on the main thread, and failures per file', async () => {
        const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zb-par-'));
        for (const f of await fs.readdir(samples))
            await fs.copyFile(path.join(samples, f), path.join(dir, f));
        await fs.writeFile(path.join(dir, '坏文件.xlsx'), 'PK\u0003\u0004 truncated');
        const { files } = await (0, fileSource_1.expandInputs)([dir]);
        const sequential = await new fileSource_1.XlsxFileSource([dir]).readSheets();
        const seen = [];
        const replies = await (0, parallelRead_1.readFilesInParallel)(files, 2, worker, (f) => seen.push(f));
        expect(replies.map((r) => r.index)).toEqual(files.map((_, i) => i));
        expect(seen.sort()).toEqual([...files].sort());
        const grids = replies.flatMap((r) => ('grids' in r ? r.grids : []));
        const failures = replies.flatMap((r) => ('failure' in r ? [{ file: files[r.index], message: r.failure }] : r.failures));
        expect(grids).toEqual(sequential.grids);
        expect(failures).toEqual(sequential.failures);
        expect(failures).toHaveLength(1);
        await fs.rm(dir, { recursive: true, force: true });
    });
    it('the main thread reads beside the workers: every file once, same grids, in file order', async () => {
        const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zb-par-'));
        for (const f of await fs.readdir(samples))
            await fs.copyFile(path.join(samples, f), path.join(dir, f));
        const { files } = await (0, fileSource_1.expandInputs)([dir]);
        const sequential = await new fileSource_1.XlsxFileSource([dir]).readSheets();
        const here = [];
        const readHere = async (index, file) => {
            here.push(index);
            return { index, grids: await (0, xlsxSource_1.readWorkbookGrids)(file, await fs.readFile(file)), failures: [] };
        };
        const replies = await (0, parallelRead_1.readFilesInParallel)(files, 1, worker, undefined, undefined, readHere);
        expect(here.length).toBeGreaterThan(0); // the main thread took files while the worker started
        expect(new Set(here).size).toBe(here.length);
        expect(replies.map((r) => r.index)).toEqual(files.map((_, i) => i));
        expect(replies.flatMap((r) => ('grids' in r ? r.grids : []))).toEqual(sequential.grids);
        await fs.rm(dir, { recursive: true, force: true });
    });
    it('with no worker able to start, the main thread reads every file', async () => {
        const replies = await (0, parallelRead_1.readFilesInParallel)(['a.xlsx', 'b.xlsx'], 2, path.join(os.tmpdir(), 'no-such-worker.js'), undefined, undefined, (index) => Promise.resolve({ index, grids: [], failures: [] }));
        expect(replies).toEqual([{ index: 0, grids: [], failures: [] }, { index: 1, grids: [], failures: [] }]);
    });
    it('a worker that cannot start fails its files with a message instead of hanging', async () => {
        const replies = await (0, parallelRead_1.readFilesInParallel)(['a.xlsx', 'b.xlsx'], 2, path.join(os.tmpdir(), 'no-such-worker.js'));
        expect(replies).toHaveLength(2);
        for (const r of replies)
            expect('failure' in r && r.failure).toMatch(/读取/);
    });
    it('from sources there is no compiled worker, so the source reads on the main thread', () => {
        expect((0, parallelRead_1.workerScript)()).toBeNull();
    });
});
