/**
 * The writing part of a build: the laid-out sheets to the sink, then this issue's snapshot to the
 * history store. A module of its own, so the task pane's page can write what its worker computed
 * without bundling the engine.
 */
import type { Settings } from '../domain/settings';
import type { BulletinSink, SnapshotStore } from '../domain/workbookPort';
import type { BuildOutcome } from './runBuild';

/**
 * Writes a computed outcome.
 * @example await writeOutcome(outcome, settings, new ExcelBulletinSink(), new ExcelSnapshotStore())
 */
export async function writeOutcome(outcome: BuildOutcome, settings: Settings, sink: BulletinSink | null, history: SnapshotStore | undefined): Promise<void> {
  if (sink) await sink.writeSheets(outcome.sheets);
  if (history) await history.save(settings.issue, outcome.result);
}
