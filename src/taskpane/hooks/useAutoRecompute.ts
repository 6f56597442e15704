/**
 * Recompute on change: while the switch is on, the host watches the bound sheets and each change
 * rebuilds through the pane's one build path (re-applying the highlights when they are on). Changes
 * that arrive during a rebuild are folded into one more rebuild after it.
 */
import * as React from 'react';
import type { BuildOutcome } from '../../engine/runBuild';
import { Settings, SettingsSchema } from '../../domain/settings';
import type { PaneHost } from '../host';
import { clockText } from '../download';
import { errorText } from './usePaneMessages';
import { isCancelled } from '../work/cancel';

export interface AutoRecomputeDeps {
  host: PaneHost;
  /** The switch. */
  enabled: boolean;
  /** The latest edited settings and whether highlights are on (read when a change arrives). */
  settings: Settings;
  marked: boolean;
  /** The pane's build path. */
  build: (settings: Settings) => Promise<BuildOutcome>;
  now: () => Date;
  setError: (message: string | null) => void;
  setNotice: (message: string | null) => void;
  /** Watching failed: the switch goes off. */
  onWatchFailed: () => void;
}

/**
 * Rebuilds once, reporting in the message bars; never rejects.
 * @example await recomputeOnce({ host, build, now, setError, setNotice }, settings, true);
 */
export async function recomputeOnce(deps: Pick<AutoRecomputeDeps, 'host' | 'build' | 'now' | 'setError' | 'setNotice'>, settings: Settings, remark: boolean): Promise<void> {
  const parsed = SettingsSchema.safeParse(settings);
  if (!parsed.success) { deps.setError('设置有误，未能自动重算：请在“设置”中修正。'); return; }
  try {
    const o = await deps.build(parsed.data);
    if (remark) await deps.host.mark(o, parsed.data);
    deps.setError(null);
    deps.setNotice(`已根据数据变化重新核算（${clockText(deps.now())}）${remark ? '，并更新了滞后标记' : ''}。`);
  } catch (e) {
    if (isCancelled(e)) deps.setNotice('已取消本次自动重算。');
    else deps.setError(`自动重算失败：${errorText(e)}`);
  }
}

/**
 * Subscribes while `enabled`, unsubscribes when it goes off or the pane closes.
 * @example useAutoRecompute({ host, enabled: autoRecompute, settings, marked, build, now, setError, setNotice, onWatchFailed });
 */
export function useAutoRecompute(deps: AutoRecomputeDeps): void {
  const { host, enabled, setError, onWatchFailed } = deps;
  const latest = React.useRef(deps);
  latest.current = deps;
  const state = React.useRef({ busy: false, again: false });

  const recompute = React.useCallback(async (): Promise<void> => {
    const s = state.current;
    if (s.busy) { s.again = true; return; }
    s.busy = true;
    try {
      do {
        s.again = false;
        const d = latest.current;
        await recomputeOnce(d, d.settings, d.marked);
      } while (s.again);
    } finally {
      s.busy = false;
    }
  }, []);

  React.useEffect(() => {
    if (!enabled) return undefined;
    let unsubscribe: (() => Promise<void>) | null = null;
    let stopped = false;
    host.watch(() => { void recompute(); }).then(
      (u) => { if (stopped) void u().catch(() => undefined); else unsubscribe = u; },
      (e) => { setError(errorText(e)); onWatchFailed(); },
    );
    return () => {
      stopped = true;
      if (unsubscribe) void unsubscribe().catch((e) => setError(errorText(e)));
    };
  }, [enabled, host, recompute, setError, onWatchFailed]);
}
