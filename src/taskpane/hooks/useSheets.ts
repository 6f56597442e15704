/**
 * The 跟踪表 tab's list: the workbook's sheets that look like trackers, refreshed on demand, and
 * binding, unbinding and importing departments' files (each re-lists the sheets).
 */
import * as React from 'react';
import type { SheetCandidate } from '../../excel/candidates';
import type { PaneHost } from '../host';

export interface SheetsState {
  sheets: SheetCandidate[];
  loading: boolean;
  /** Re-lists the sheets. */
  refresh: () => void;
  bind: (c: SheetCandidate) => void;
  unbind: (sheet: string) => void;
  importFiles: (files: File[]) => void;
}

/**
 * Sheet-list state over a host; every action reports through `run`.
 * @example const { sheets, refresh } = useSheets(host, run); refresh();
 */
export function useSheets(host: PaneHost, run: (action: () => Promise<string | void>) => Promise<void>): SheetsState {
  const [sheets, setSheets] = React.useState<SheetCandidate[]>([]);
  const [loading, setLoading] = React.useState(false);

  const refresh = (): void => {
    setLoading(true);
    void run(async () => { setSheets(await host.listSheets()); }).finally(() => setLoading(false));
  };
  const bind = (c: SheetCandidate): void => {
    void run(async () => { await host.bind(c); setSheets(await host.listSheets()); return `已绑定「${c.sheet}」。`; });
  };
  const unbind = (sheet: string): void => {
    void run(async () => { await host.unbind(sheet); setSheets(await host.listSheets()); return `已取消绑定「${sheet}」。`; });
  };
  const importFiles = (files: File[]): void => {
    void run(async () => {
      const data = await Promise.all(files.map(async (f) => ({ name: f.name, data: await f.arrayBuffer() })));
      const msg = await host.importFiles(data);
      setSheets(await host.listSheets());
      return msg;
    });
  };
  return { sheets, loading, refresh, bind, unbind, importFiles };
}
