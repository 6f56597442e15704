/**
 * One build, host-agnostic: read the tracking sheets from a source, build the report, compare it
 * with the previous issue's snapshot (when a history store is given), chase the departments
 * (报送情况, 数据未更新, 督办清单, 排名), lay out the bulletin, the ledger and the 督办清单, write them to
 * a sink, and store this issue's snapshot. The CLI and the add-in both call this.
 */
import { buildBulletinSheet } from '../domain/bulletinSheet';
import { chaseDepartments, withChasing } from '../domain/chasing';
import { buildSupervisionSheet } from '../domain/supervisionSheet';
import { buildBulletinModel } from '../domain/bulletinModel';
import { Finding } from '../domain/findings';
import { diffResults, HistoryDiff, withHistory } from '../domain/historyDiff';
import { buildLedgerSheet } from '../domain/ledgerSheet';
import { buildReport } from '../domain/report';
import { BuildResult } from '../domain/resultSchema';
import { Settings } from '../domain/settings';
import { SheetModel } from '../domain/sheetModel';
import { BulletinSink, SnapshotStore, SourceReading, StoredSnapshot, TrackingSource } from '../domain/workbookPort';
import { BulletinModel } from '../domain/bulletinModel';
import { writeOutcome } from './writeOutcome';

export { writeOutcome } from './writeOutcome';

export interface BuildRequest {
  source: TrackingSource;
  settings: Settings;
  sink: BulletinSink | null;
  /** The caller's today (ISO), used only when no as-of date is set or found. */
  today?: string;
  /**
   * Snapshots of earlier issues: the build compares itself with the latest snapshot of an issue
   * before `settings.issue`, and after writing stores its own snapshot.
   */
  history?: SnapshotStore;
  /** Lay out the sheet models (bulletin, ledger, 督办清单). Default: only when there is a sink. */
  layout?: boolean;
}

export interface BuildOutcome {
  result: BuildResult;
  /** The bulletin model; with a history store, it carries the change since the previous issue. */
  bulletin: BulletinModel;
  /** The sheets laid out (empty when `layout` is false). */
  sheets: SheetModel[];
  /** What the history store gave (null without one). */
  history: {
    /** The snapshot compared with, or null when there was no earlier readable one. */
    previous: StoredSnapshot | null;
    diff: HistoryDiff | null;
    /** Unreadable snapshots (also added to result.findings). */
    findings: Finding[];
  } | null;
}

/**
 * The latest snapshot of an issue before `issue` (so rebuilding an issue compares with the one
 * before it, not with itself): highest issue, then latest as-of date.
 * @example previousSnapshot([{ issue: 1, … }, { issue: 3, … }], 3)?.issue === 1
 */
export function previousSnapshot(snapshots: StoredSnapshot[], issue: number): StoredSnapshot | null {
  let best: StoredSnapshot | null = null;
  for (const s of snapshots) {
    if (s.issue >= issue) continue;
    if (!best || s.issue > best.issue || (s.issue === best.issue && s.asOf >= best.asOf)) best = s;
  }
  return best;
}

/** What a history store listed: the snapshots, and the unreadable ones as findings. */
export type ListedSnapshots = Awaited<ReturnType<SnapshotStore['list']>>;

export interface ComputeRequest {
  /** The tracking sheets read. */
  reading: SourceReading;
  settings: Settings;
  /** The caller's today (ISO), used only when no as-of date is set or found. */
  today?: string;
  /** The earlier snapshots to compare with (null: no history). */
  listed: ListedSnapshots | null;
  /** Lay out the sheet models (bulletin, ledger). */
  layout: boolean;
}

/**
 * The pure part of a build, on sheets already read: the report, the change since the previous issue,
 * the bulletin model and (with `layout`) the bulletin and ledger sheets. No I/O: the task pane runs
 * it in a Web Worker, with the reading and the snapshots done where the workbook is.
 * @example computeOutcome({ reading: { grids, failures: [] }, settings, listed: null, layout: false }).result.indicators
 */
export function computeOutcome(req: ComputeRequest): BuildOutcome {
  const { result } = buildReport({ grids: req.reading.grids, failures: req.reading.failures, settings: req.settings, fallbackAsOf: req.today });
  return outcomeOfResult(result, req.settings, req.listed, req.layout);
}

/** After the report: history, bulletin model and the sheets laid out (the grids are no longer needed). */
function outcomeOfResult(report: BuildResult, settings: Settings, listed: ListedSnapshots | null, layout: boolean): BuildOutcome {
  let result = report;
  let bulletin: BulletinModel = buildBulletinModel(result, settings);
  let history: BuildOutcome['history'] = null;
  if (listed) {
    const previous = previousSnapshot(listed.snapshots, settings.issue);
    const diff = previous ? diffResults(previous.result, result, { file: previous.origin, issue: previous.issue }) : null;
    result = { ...result, findings: [...result.findings, ...listed.findings], ...(diff ? { history: diff } : {}) };
    bulletin = withHistory(bulletin, diff, listed.findings);
    history = { previous, diff, findings: listed.findings };
  }
  // 报送情况, 数据未更新, 督办清单 and 排名, against the issues before this one.
  const earlier = (listed?.snapshots ?? []).filter((s) => s.issue < settings.issue);
  const chased = withChasing(result, bulletin, chaseDepartments(result, earlier, bulletin.lagging, settings), settings);
  result = chased.result;
  bulletin = chased.model;
  const sheets = layout
    ? [buildBulletinSheet(bulletin, settings), buildLedgerSheet(result, settings), buildSupervisionSheet(result.supervision ?? [], bulletin, settings)]
    : [];
  return { result, bulletin, sheets, history };
}

/**
 * Reads the sources and builds the report. The grids are not returned, so they can be collected
 * before the bulletin is laid out and written (a quarter of the memory at 100,000 rows).
 */
async function readAndReport(req: BuildRequest): Promise<{ result: BuildResult; listed: ListedSnapshots | null }> {
  // The earlier snapshots are read while the tracking sheets are: in Excel each is a round trip.
  const [reading, listed] = await Promise.all([req.source.readSheets(), req.history ? req.history.list() : null]);
  return { result: buildReport({ grids: reading.grids, failures: reading.failures, settings: req.settings, fallbackAsOf: req.today }).result, listed };
}

/**
 * Runs a build end to end.
 * @example await runBuild({ source: new XlsxFileSource(['fixtures']), settings, sink: null })
 */
export async function runBuild(req: BuildRequest): Promise<BuildOutcome> {
  const { result, listed } = await readAndReport(req);
  const outcome = outcomeOfResult(result, req.settings, listed, req.layout ?? req.sink !== null);
  await writeOutcome(outcome, req.settings, req.sink, req.history);
  return outcome;
}
