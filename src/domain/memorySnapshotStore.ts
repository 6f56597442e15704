/**
 * A SnapshotStore in memory: the pane's preview mode (and tests) keep one snapshot per issue for
 * the session, so building twice with a different 期数 shows the change since the last issue.
 */
import { BuildResult } from './resultSchema';
import { Finding } from './findings';
import { SnapshotStore, StoredSnapshot } from './workbookPort';

export class MemorySnapshotStore implements SnapshotStore {
  private readonly byIssue = new Map<number, StoredSnapshot>();

  /**
   * @param origin What the snapshots are called in messages ("预览会话").
   * @param copy Store a copy of each result (default). The pane's preview passes false: its results
   *   are already its own copies (they come from the worker by structured clone and are never
   *   changed), and copying 10,000 indicators as JSON held the page's thread for some 100 ms.
   */
  constructor(private readonly origin = '预览会话', private readonly copy = true) {}

  async list(): Promise<{ snapshots: StoredSnapshot[]; findings: Finding[] }> {
    const snapshots = [...this.byIssue.values()].sort((a, b) => a.issue - b.issue || a.asOf.localeCompare(b.asOf));
    return { snapshots, findings: [] };
  }

  async save(issue: number, result: BuildResult): Promise<void> {
    // A copy (the caller may change its result afterwards), as JSON like every stored snapshot.
    const stored = this.copy ? JSON.parse(JSON.stringify(result)) as BuildResult : result;
    this.byIssue.set(issue, { issue, asOf: result.asOf, origin: `${this.origin}第 ${issue} 期`, result: stored });
  }
}
