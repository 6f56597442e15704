/**
 * The CLI's history folder (`--history DIR`): one snapshot of the build result per issue, named
 * `issue-0001-2026-03-20.json` (issue number, data as-of date). The next build compares itself with
 * the latest snapshot of an earlier issue and then writes its own.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Finding } from '../domain/findings';
import { parseSnapshot, SnapshotMeta } from '../domain/historyDiff';
import { BuildResult } from '../domain/resultSchema';

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

/** Snapshots in the folder, oldest first (by issue, then as-of date); none when the folder is missing. */
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

export type PreviousSnapshot =
  | { kind: 'none' }
  | { kind: 'ok'; result: BuildResult; meta: SnapshotMeta }
  | { kind: 'bad'; finding: Finding; meta: SnapshotMeta };

/**
 * The latest snapshot of an issue before `issue` (so rebuilding an issue compares with the one
 * before it, not with itself), read and validated.
 */
export async function loadPrevious(dir: string, issue: number): Promise<PreviousSnapshot> {
  const earlier = (await listSnapshots(dir)).filter((s) => s.issue < issue);
  const latest = earlier[earlier.length - 1];
  if (!latest) return { kind: 'none' };
  const meta: SnapshotMeta = { file: latest.file, issue: latest.issue };
  const text = await fs.readFile(path.join(dir, latest.file), 'utf8');
  const parsed = parseSnapshot(text, latest.file);
  return parsed.ok ? { kind: 'ok', result: parsed.result, meta } : { kind: 'bad', finding: parsed.finding, meta };
}

/** Writes this issue's snapshot; returns its path. */
export async function writeSnapshot(dir: string, issue: number, result: BuildResult): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, snapshotName(issue, result.asOf));
  await fs.writeFile(file, JSON.stringify(result, null, 1), 'utf8');
  return file;
}
