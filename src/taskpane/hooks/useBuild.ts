/**
 * The one build path of the pane, shared by 生成专报 and the recompute on change: the host builds,
 * the outcome and the settings it was built with are kept, the stored snapshots are read for the
 * trends when the build compared with an earlier issue, and the progress shown is cleared again.
 * 取消 aborts the build in progress (the host stops its work and rejects with a BuildCancelled).
 */
import * as React from 'react';
import type { BuildOutcome } from '../../engine/runBuild';
import type { Settings } from '../../domain/settings';
import type { StoredSnapshot } from '../../domain/workbookPort';
import type { BuildProgress, PaneHost } from '../host';

export interface BuildState {
  /** The progress of the build running, or null. */
  progress: BuildProgress | null;
  building: boolean;
  /** The outcome shown (the last build that finished). */
  outcome: BuildOutcome | null;
  /** The settings the shown outcome was built with (期数 of the Word file). */
  builtWith: Settings | null;
  /** Stored snapshots (for the trends), read after each build that compared with an earlier issue. */
  snapshots: StoredSnapshot[];
  /** Builds with valid settings and shows the outcome; rejects with the host's error. */
  build: (settings: Settings) => Promise<BuildOutcome>;
  /** Stops the build running (nothing when none is). */
  cancel: () => void;
}

/**
 * Build state over a host.
 * @example const { build, outcome } = useBuild(host); await build(parsedSettings);
 */
export function useBuild(host: PaneHost): BuildState {
  const [progress, setProgress] = React.useState<BuildProgress | null>(null);
  const [outcome, setOutcome] = React.useState<BuildOutcome | null>(null);
  const [builtWith, setBuiltWith] = React.useState<Settings | null>(null);
  const [snapshots, setSnapshots] = React.useState<StoredSnapshot[]>([]);
  const running = React.useRef<AbortController | null>(null);

  /** The trends need the stored snapshots; a failure to read them only leaves the trends out. */
  const loadSnapshots = React.useCallback(async (o: BuildOutcome): Promise<void> => {
    if (!o.result.history) { setSnapshots([]); return; }
    try {
      setSnapshots(await host.listSnapshots());
    } catch {
      setSnapshots([]);
    }
  }, [host]);

  const build = React.useCallback(async (settings: Settings): Promise<BuildOutcome> => {
    const controller = new AbortController();
    running.current = controller;
    setProgress({ stage: 'reading' });
    try {
      const o = await host.build(settings, (p) => { if (!controller.signal.aborted) setProgress(p); }, controller.signal);
      setOutcome(o);
      setBuiltWith(settings);
      await loadSnapshots(o);
      return o;
    } finally {
      if (running.current === controller) running.current = null;
      setProgress(null);
    }
  }, [host, loadSnapshots]);

  const cancel = React.useCallback((): void => { running.current?.abort(); }, []);

  return { progress, building: progress !== null && progress.stage !== 'done', outcome, builtWith, snapshots, build, cancel };
}
