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
exports.DirSnapshotStore = void 0;
exports.snapshotName = snapshotName;
exports.listSnapshots = listSnapshots;
/**
 * The CLI's history folder (`--history DIR`), a SnapshotStore: one snapshot of the build result per
 * issue, named `issue-0001-2026-03-20.json` (issue number, data as-of date). runBuild compares the
 * build with the latest snapshot of an earlier issue and then saves its own.
 */
const fs = __importStar(require("node:fs/promises"));
const path = __importStar(require("node:path"));
const historyDiff_1 = require("../domain/historyDiff");
const resultSchema_1 = require("../domain/resultSchema");
const NAME = /^issue-(\d{1,6})-(\d{4}-\d{2}-\d{2})\.json$/i;
/**
 * The snapshot file name of an issue.
 * @example snapshotName(1, '2026-03-20') === 'issue-0001-2026-03-20.json'
 */
function snapshotName(issue, asOf) {
    return `issue-${String(issue).padStart(4, '0')}-${asOf}.json`;
}
/** Snapshots in the folder by name, oldest first (by issue, then as-of date); none when the folder is missing. */
async function listSnapshots(dir) {
    let names;
    try {
        names = await fs.readdir(dir);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return [];
        throw err;
    }
    const out = [];
    for (const file of names) {
        const m = NAME.exec(file);
        if (m && m[1] && m[2])
            out.push({ file, issue: Number(m[1]), asOf: m[2] });
    }
    return out.sort((a, b) => a.issue - b.issue || a.asOf.localeCompare(b.asOf) || a.file.localeCompare(b.file));
}
/** The snapshot folder of the CLI. */
class DirSnapshotStore {
    dir;
    /** Path of the snapshot written by the last `save`. */
    lastSaved = null;
    constructor(dir) {
        this.dir = dir;
    }
    /** The highest issue number among the snapshot files (by name, readable or not). */
    async latestIssue() {
        const all = await listSnapshots(this.dir);
        return all[all.length - 1]?.issue;
    }
    /**
     * Every snapshot file, read and validated; an unreadable one is a `history_unreadable` finding.
     * Files not named like a snapshot are left alone.
     */
    async list() {
        const snapshots = [];
        const findings = [];
        for (const entry of await listSnapshots(this.dir)) {
            let text;
            try {
                text = await fs.readFile(path.join(this.dir, entry.file), 'utf8');
            }
            catch (err) {
                throw new Error(`读取快照文件「${entry.file}」时出错：${err instanceof Error ? err.message : String(err)}`, { cause: err });
            }
            const parsed = (0, historyDiff_1.parseSnapshot)(text, entry.file);
            if (parsed.ok)
                snapshots.push({ issue: entry.issue, asOf: entry.asOf, origin: entry.file, result: parsed.result });
            else
                findings.push(parsed.finding);
        }
        return { snapshots, findings };
    }
    /** Writes this issue's snapshot (validated), then removes other files of the same issue (another as-of date). */
    async save(issue, result) {
        const checked = resultSchema_1.ResultSchema.parse(result);
        await fs.mkdir(this.dir, { recursive: true });
        const name = snapshotName(issue, checked.asOf);
        const file = path.join(this.dir, name);
        await fs.writeFile(file, JSON.stringify(checked, null, 1), 'utf8');
        for (const old of await listSnapshots(this.dir)) {
            if (old.issue === issue && old.file !== name)
                await fs.rm(path.join(this.dir, old.file), { force: true });
        }
        this.lastSaved = file;
    }
}
exports.DirSnapshotStore = DirSnapshotStore;
