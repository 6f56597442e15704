/**
 * 标记滞后 and 清除标记, and whether highlights are on (a recompute on change re-applies them).
 */
import * as React from 'react';
import type { BuildOutcome } from '../../engine/runBuild';
import type { Settings } from '../../domain/settings';
import type { PaneHost } from '../host';

export interface MarksState {
  /** Highlights were applied and not cleared. */
  marked: boolean;
  mark: (outcome: BuildOutcome, settings: Settings) => void;
  clear: () => void;
}

/**
 * Highlight state over a host; both actions report through `run`.
 * @example const { mark } = useMarks(host, run); mark(outcome, settings);
 */
export function useMarks(host: PaneHost, run: (action: () => Promise<string | void>) => Promise<void>): MarksState {
  const [marked, setMarked] = React.useState(false);
  const mark = (outcome: BuildOutcome, settings: Settings): void => {
    void run(async () => { const msg = await host.mark(outcome, settings); setMarked(true); return msg; });
  };
  const clear = (): void => {
    void run(async () => { const msg = await host.clear(); setMarked(false); return msg; });
  };
  return { marked, mark, clear };
}
