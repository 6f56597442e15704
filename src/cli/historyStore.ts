/**
 * The CLI's history folder (`--history DIR`), a SnapshotStore: one snapshot of the build result per
 * issue, named `issue-0001-2026-03-20.json` (issue number, data as-of date). runBuild compares the
 * build with the latest snapshot of an earlier issue and then saves its own.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Finding } from '../domain/findings';
import { parseSnapshot } from '../domain/historyDiff';
import { BuildResult, ResultSchema } from '../domain/resultSchema';
import { SnapshotStore, StoredSnapshot } from '../domain/workbookPort';

const NAME = /^issue-(\d{1,6})-(\d{4}-\d{2}-\d{2})\.json$/i;

export interface SnapshotEntry {
  file: string;
  issue: number;
  asOf: string;
}

/**
 * The snapshot file name of an issue.
 * @example snapshotName(1, '2026-03-20') === 'issue-0001-2026-03-20.json'
 */
export function snapshotName(issue: number, asOf: string): string {
  return `issue-${String(issue).padStart(4, '0')}-${asOf}.json`;
}

/** Snapshots in the folder by name, oldest first (by issue, then as-of date); none when the folder is missing. */
export async function listSnapshots(dir: string): Promise<SnapshotEntry[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const out: SnapshotEntry[] = [];
  for (const file of names) {
    const m = NAME.exec(file);
    if (m && m[1] && m[2]) out.push({ file, issue: Number(m[1]), asOf: m[2] });
  }
  return out.sort((a, b) => a.issue - b.issue || a.asOf.localeCompare(b.asOf) || a.file.localeCompare(b.file));
}

/** The snapshot folder of the CLI. */
export class DirSnapshotStore implements SnapshotStore {
  /** Path of the snapshot written by the last `save`. */
  lastSaved: string | null = null;

  constructor(readonly dir: string) {}

  /** The highest issue number among the snapshot files (by name, readable or not). */
  async latestIssue(): Promise<number | undefined> {
    const all = await listSnapshots(this.dir);
    return all[all.length - 1]?.issue;
  }

  /**
   * Every snapshot file, read and validated; an unreadable one is a `history_unreadable` finding.
   * Files not named like a snapshot are left alone.
   */
  async list(): Promise<{ snapshots: StoredSnapshot[]; findings: Finding[] }> {
    const snapshots: StoredSnapshot[] = [];
    const findings: Finding[] = [];
    for (const entry of await listSnapshots(this.dir)) {
      let text: string;
      try {
        text = await fs.readFile(path.join(this.dir, entry.file), 'utf8');
      } catch (err) {
        throw new Error(`读取快照文件「${entry.file}」时出错：${err instanceof Error ? err.message : String(err)}`, { cause: err });
      }
      const parsed = parseSnapshot(text, entry.file);
      if (parsed.ok) snapshots.push({ issue: entry.issue, asOf: entry.asOf, origin: entry.file, result: parsed.result });
      else findings.push(parsed.finding);
    }
    return { snapshots, findings };
  }

  /** Writes this issue's snapshot (validated), then removes other files of the same issue (another as-of date). */
  async save(issue: number, result: BuildResult): Promise<void> {
    const checked = ResultSchema.parse(result);
    await fs.mkdir(this.dir, { recursive: true });
    const name = snapshotName(issue, checked.asOf);
    const file = path.join(this.dir, name);
    await fs.writeFile(file, JSON.stringify(checked, null, 1), 'utf8');
    for (const old of await listSnapshots(this.dir)) {
      if (old.issue === issue && old.file !== name) await fs.rm(path.join(this.dir, old.file), { force: true });
    }
    this.lastSaved = file;
  }
}
