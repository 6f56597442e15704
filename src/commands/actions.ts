/**
 * What the ribbon buttons and the task pane do in Excel, composed from the engine and the office.js
 * adapter: build the bulletin with the saved (or given) settings, mark lagging rows, clear marks.
 * No office.js here beyond the adapter.
 */
import { Settings } from '../domain/settings';
import { BuildOutcome, runBuild } from '../engine/runBuild';
import { ExcelBulletinSink } from '../excel/excelSink';
import { ExcelHighlighter, HighlightOutcome } from '../excel/excelHighlighter';
import { ExcelTrackingSource } from '../excel/excelSource';
import { highlightTargets } from '../excel/highlightTargets';
import { ExcelSnapshotStore } from '../excel/excelSnapshotStore';
import { ExcelRunner } from '../excel/runner';
import { ExcelWorkbook } from '../excel/workbookOps';

/** The local calendar date, ISO. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export interface WorkbookBuild {
  outcome: BuildOutcome;
  settings: Settings;
  /** Problems with the stored settings (defaults were used for them). */
  problems: string[];
  /** Read failures (broken bindings). */
  failures: string[];
}

/**
 * Builds from the open workbook; writes the bulletin and ledger sheets when `write`.
 * @example await buildInWorkbook({ write: true }) // the 生成专报 button
 */
export async function buildInWorkbook(opts: { write: boolean; settings?: Settings; runner?: ExcelRunner }): Promise<WorkbookBuild> {
  const problems: string[] = [];
  let settings = opts.settings;
  if (!settings) {
    const loaded = await new ExcelWorkbook(opts.runner).loadState();
    settings = loaded.settings;
    problems.push(...loaded.problems);
  }
  const source = new ExcelTrackingSource(opts.runner ? { runner: opts.runner } : {});
  const sink = opts.write ? new ExcelBulletinSink(opts.runner ? { runner: opts.runner } : {}) : null;
  // A written bulletin compares with the previous issue kept in the workbook and keeps this one.
  const history = opts.write ? new ExcelSnapshotStore(opts.runner ? { runner: opts.runner } : {}) : null;
  const outcome = await runBuild({ source, settings, sink, today: todayIso(), ...(history ? { history } : {}) });
  problems.push(...source.notes);
  return { outcome, settings, problems, failures: outcome.result.files.filter((f) => f.error).map((f) => f.error ?? '') };
}

/** Marks the lagging rows of a build (or of a fresh read) in the departments' sheets. */
export async function markLaggingInWorkbook(opts: { runner?: ExcelRunner; build?: WorkbookBuild } = {}): Promise<HighlightOutcome> {
  const build = opts.build ?? (await buildInWorkbook({ write: false, runner: opts.runner }));
  const h = new ExcelHighlighter(opts.runner);
  await h.highlight(highlightTargets(build.outcome.result), build.settings.colours);
  return h.last;
}

/** Removes Zhuanbao's marks. */
export async function clearMarksInWorkbook(opts: { runner?: ExcelRunner } = {}): Promise<HighlightOutcome> {
  const h = new ExcelHighlighter(opts.runner);
  await h.clearHighlights();
  return h.last;
}
