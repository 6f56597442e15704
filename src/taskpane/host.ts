/**
 * What the pane needs from where it runs: inside Excel (the office.js adapter) or in a plain browser
 * (preview mode on the bundled sample workbooks). Components never see office.js; App gets a
 * PaneHost and passes data and callbacks down.
 */
import type { BuildOutcome } from '../engine/runBuild';
import type { Settings } from '../domain/settings';
import type { SheetCandidate } from '../excel/candidates';
import type { SourceRef } from './viewModel';

export type BuildStage = 'reading' | 'computing' | 'writing' | 'done';

export interface PaneHost {
  mode: 'excel' | 'preview';
  loadSettings(): Promise<{ settings: Settings; problems: string[] }>;
  saveSettings(settings: Settings): Promise<void>;
  listSheets(): Promise<SheetCandidate[]>;
  bind(candidate: SheetCandidate): Promise<void>;
  unbind(sheet: string): Promise<void>;
  /** Imports departments' files; returns a plain summary line. */
  importFiles(files: { name: string; data: ArrayBuffer }[]): Promise<string>;
  build(settings: Settings, onStage: (stage: BuildStage) => void): Promise<BuildOutcome>;
  select(source: SourceRef): Promise<void>;
  mark(outcome: BuildOutcome, settings: Settings): Promise<string>;
  clear(): Promise<string>;
}
