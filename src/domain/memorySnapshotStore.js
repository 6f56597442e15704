"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MemorySnapshotStore = void 0;
class MemorySnapshotStore {
    origin;
    byIssue = new Map();
    /** @param origin What the snapshots are called in messages ("预览会话"). */
    constructor(origin = '预览会话') {
        this.origin = origin;
    }
    async list() {
        const snapshots = [...this.byIssue.values()].sort((a, b) => a.issue - b.issue || a.asOf.localeCompare(b.asOf));
        return { snapshots, findings: [] };
    }
    async save(issue, result) {
        // A copy (the caller may change its result afterwards), as JSON like every stored snapshot.
        this.byIssue.set(issue, { issue, asOf: result.asOf, origin: `${this.origin}第 ${issue} 期`, result: JSON.parse(JSON.stringify(result)) });
    }
}
exports.MemorySnapshotStore = MemorySnapshotStore;
