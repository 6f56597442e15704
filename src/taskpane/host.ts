/**
 * What the pane needs from where it runs: inside Excel (the office.js adapter) or in a plain browser
 * (preview mode on the bundled sample workbooks). Components never see office.js; App gets a
 * PaneHost and passes data and callbacks down.
 */
import type { BuildOutcome } from '../engine/runBuild';
import type { ColumnMapping, Settings } from '../domain/settings';
import type { LayoutView } from '../domain/layoutView';
import type { StoredSnapshot } from '../domain/workbookPort';
import type { SheetCandidate } from '../excel/candidates';
import type { SourceRef } from './viewModel';

export type BuildStage = 'reading' | 'computing' | 'writing' | 'done';

/** How far a build (or an import) has come: the stage, and while reading, files and rows read. */
export interface BuildProgress {
  stage: BuildStage;
  filesRead?: number;
  filesTotal?: number;
  rowsRead?: number;
}

/** A sheet of the workbook (Excel) or of a sample file (preview). */
export interface SheetRef {
  file: string;
  sheet: string;
}

export interface PaneHost {
  mode: 'excel' | 'preview';
  loadSettings(): Promise<{ settings: Settings; problems: string[] }>;
  saveSettings(settings: Settings): Promise<void>;
  /** The sheets that may be tracking sheets; reading files reports its progress and stops on `signal`. */
  listSheets(onProgress?: (p: BuildProgress) => void, signal?: AbortSignal): Promise<SheetCandidate[]>;
  bind(candidate: SheetCandidate): Promise<void>;
  unbind(sheet: string): Promise<void>;
  /**
   * Imports departments' files; returns a plain summary line. Reports files and rows read; an
   * aborted `signal` stops the reading (rejects with a BuildCancelled).
   */
  importFiles(files: { name: string; data: ArrayBuffer }[], onProgress?: (p: BuildProgress) => void, signal?: AbortSignal): Promise<string>;
  /**
   * A sheet's layout for the column-mapping editor, with `mappings` applied; with `headerRow`, as
   * it would be read from that header row.
   */
  describeLayout(sheet: SheetRef, mappings: ColumnMapping[], headerRow?: number): Promise<LayoutView>;
  /**
   * Reads the tracking sheets, computes and (in Excel) writes the bulletin. Reports its progress; an
   * aborted `signal` stops the work and the promise rejects with a BuildCancelled (src/taskpane/work/cancel.ts).
   */
  build(settings: Settings, onProgress: (p: BuildProgress) => void, signal?: AbortSignal): Promise<BuildOutcome>;
  /**
   * Calls `onChange` (debounced, Zhuanbao's own writes ignored) when the data of a bound sheet
   * changes. Resolves to the unsubscriber.
   */
  watch(onChange: () => void): Promise<() => Promise<void>>;
  /** Stored snapshots of earlier builds (one per issue), oldest first. */
  listSnapshots(): Promise<StoredSnapshot[]>;
  select(source: SourceRef): Promise<void>;
  mark(outcome: BuildOutcome, settings: Settings): Promise<string>;
  clear(): Promise<string>;
}
