/**
 * The 跟踪表 tab's list: the workbook's sheets that look like trackers, refreshed on demand, and
 * binding, unbinding and importing departments' files (each re-lists the sheets).
 */
import * as React from 'react';
import type { SheetCandidate } from '../../excel/candidates';
import type { BuildProgress, PaneHost } from '../host';
import { isCancelled } from '../work/cancel';

export interface SheetsState {
  sheets: SheetCandidate[];
  loading: boolean;
  /** Re-lists the sheets. */
  refresh: () => void;
  bind: (c: SheetCandidate) => void;
  unbind: (sheet: string) => void;
  importFiles: (files: File[]) => void;
  /** Files and rows read while listing or importing, or null. */
  progress: BuildProgress | null;
  /** Stops the listing or import in progress. */
  cancel: () => void;
}

/**
 * Sheet-list state over a host; every action reports through `run`.
 * @example const { sheets, refresh } = useSheets(host, run); refresh();
 */
export function useSheets(host: PaneHost, run: (action: () => Promise<string | void>) => Promise<void>): SheetsState {
  const [sheets, setSheets] = React.useState<SheetCandidate[]>([]);
  const [loading, setLoading] = React.useState(false);
  const [progress, setProgress] = React.useState<BuildProgress | null>(null);
  const running = React.useRef<AbortController | null>(null);

  /** Runs a reading action with progress and 取消; a cancel is said as a notice, not an error. */
  const reading = (action: (onProgress: (p: BuildProgress) => void, signal: AbortSignal) => Promise<string | void>): void => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setLoading(true);
    const onProgress = (p: BuildProgress): void => { if (!controller.signal.aborted) setProgress(p); };
    void run(async () => {
      try {
        return await action(onProgress, controller.signal);
      } catch (e) {
        // Stopped by the clerk's 取消: said. Stopped because another reading took its place (an import
        // started while the sheet list was being read): nothing to say, the new one speaks.
        if (isCancelled(e)) return running.current === controller || running.current === null ? '已取消读取。' : undefined;
        throw e;
      }
    }).finally(() => {
      if (running.current !== controller) return;
      running.current = null;
      setLoading(false);
      setProgress(null);
    });
  };

  const refresh = (): void => {
    reading(async (onProgress, signal) => { setSheets(await host.listSheets(onProgress, signal)); });
  };
  const bind = (c: SheetCandidate): void => {
    void run(async () => { await host.bind(c); setSheets(await host.listSheets()); return `已绑定「${c.sheet}」。`; });
  };
  const unbind = (sheet: string): void => {
    void run(async () => { await host.unbind(sheet); setSheets(await host.listSheets()); return `已取消绑定「${sheet}」。`; });
  };
  const importFiles = (files: File[]): void => {
    reading(async (onProgress, signal) => {
      const data = await Promise.all(files.map(async (f) => ({ name: f.name, data: await f.arrayBuffer() })));
      const msg = await host.importFiles(data, onProgress, signal);
      setSheets(await host.listSheets(onProgress, signal));
      return msg;
    });
  };
  const cancel = (): void => { running.current?.abort(); };
  return { sheets, loading, refresh, bind, unbind, importFiles, progress, cancel };
}
