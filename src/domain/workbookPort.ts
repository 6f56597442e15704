/**
 * The ports between the engine and a workbook host. The `.xlsx` adapter (ExcelJS, src/xlsx) and the
 * office.js adapter (src/excel) implement the same interfaces, so one contract suite runs the same
 * scenarios against both.
 */
import { SheetGrid } from './grid';
import { FileFailure } from './report';
import { SheetModel } from './sheetModel';

/** What a source of tracking sheets gives: the grids read, and the files it could not read. */
export interface SourceReading {
  grids: SheetGrid[];
  failures: FileFailure[];
}

/** Reads departments' tracking sheets. */
export interface TrackingSource {
  readSheets(): Promise<SourceReading>;
}

/** One row to highlight in a department's sheet. */
export interface HighlightTarget {
  file: string;
  sheet: string;
  row: number;
  left: number;
  right: number;
  grade: 'yellow' | 'red';
}

/** Writes Zhuanbao's own sheets (bulletin, ledger), replacing only what Zhuanbao wrote before. */
export interface BulletinSink {
  writeSheets(sheets: SheetModel[]): Promise<void>;
}

/** Highlights lagging rows in the departments' sheets and removes the highlights again. */
export interface Highlighter {
  highlight(targets: HighlightTarget[], colours: { yellowFill: string; yellowFont: string; redFill: string; redFont: string }): Promise<void>;
  clearHighlights(): Promise<void>;
}

/** One stored snapshot of a build result (one per issue). */
export interface StoredSnapshot {
  issue: number;
  asOf: string;
  /** Where it came from, for messages: a file name (CLI) or the workbook's history sheet cell (add-in). */
  origin: string;
  result: import('./resultSchema').BuildResult;
}

/**
 * Keeps one snapshot per issue so the next bulletin can say what changed: a folder beside the output
 * for the CLI, a hidden sheet in the workbook for the add-in, memory in the pane's preview mode.
 */
export interface SnapshotStore {
  /** Snapshots oldest first (by issue, then as-of date); unreadable ones become findings, never throw. */
  list(): Promise<{ snapshots: StoredSnapshot[]; findings: import('./findings').Finding[] }>;
  /** Stores this issue's snapshot, replacing an earlier one of the same issue. */
  save(issue: number, result: import('./resultSchema').BuildResult): Promise<void>;
}
