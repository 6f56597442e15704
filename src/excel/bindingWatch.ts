/**
 * Watching the bound ranges for the clerk's edits (auto-recompute). Excel raises a binding's
 * data-changed event "when data or formatting within the binding is changed" (reference of
 * Binding.onDataChanged, ExcelApi 1.2), from any source. Zhuanbao's own writes in the pane raise none
 * (runner.ownWrite turns events off while they run); the ribbon's commands run in a runtime of their own,
 * and a format change (a highlight) is an event too, so after the debounce the bound data is read and
 * `onChange` is called only when its values actually changed since the last call. The handlers are
 * removed through the context they were added with — `Excel.run(eventResult.context, …)`, as
 * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#remove-an-event-handler shows.
 */
import { SheetGrid } from '../domain/grid';
import { step } from './errors';
import { ExcelRunner } from './runner';
import { queueLoadState } from './storedState';

/** What the bound data holds, as a short key: equal keys, equal values. */
export type DataFingerprint = () => Promise<string>;

/**
 * A key of the grids' values (not formats): FNV-1a over their JSON.
 * @example fingerprintGrids([]) === fingerprintGrids([]) // and differs once any value differs
 */
export function fingerprintGrids(grids: SheetGrid[]): string {
  let h = 0x811c9dc5;
  const feed = (s: string): void => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  };
  for (const g of grids) {
    feed(`\u0001${g.file}\u0002${g.sheet}`);
    g.rows.forEach((row, r) => row?.forEach((cell, c) => { if (cell) feed(`\u0003${r},${c}=${JSON.stringify(cell.v)}`); }));
  }
  return `${grids.length}:${(h >>> 0).toString(16)}`;
}

export interface WatchOptions {
  debounceMs?: number;
  /** Reads the bound data's key (the source's read, hashed). */
  fingerprint: DataFingerprint;
}

/**
 * Calls `onChange` (debounced) when the values of a bound range change. Returns a function that
 * removes the handlers.
 */
export async function watchBindings(run: ExcelRunner, onChange: (bindingIds: string[]) => void, options: WatchOptions): Promise<() => Promise<void>> {
  const debounceMs = options.debounceMs ?? 1500;
  const changed = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = await options.fingerprint();
  const settle = async (): Promise<void> => {
    timer = null;
    const ids = [...changed];
    changed.clear();
    let now: string;
    try {
      now = await options.fingerprint();
    } catch {
      // The data could not be read to compare: recompute anyway, and the rebuild reports the failure.
      onChange(ids);
      return;
    }
    if (now === last) return;
    last = now;
    onChange(ids);
  };
  const handler = async (e: Excel.BindingDataChangedEventArgs): Promise<void> => {
    changed.add(e.binding.id);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => { void settle(); }, debounceMs);
  };
  const results = await step('监听绑定区域的变化', () => run(async (context) => {
    const load = queueLoadState(context);
    context.workbook.bindings.load('items/id');
    await context.sync();
    const ids = new Set(context.workbook.bindings.items.map((b) => b.id));
    const added = load().state.bindings.filter((b) => ids.has(b.id)).map((b) => context.workbook.bindings.getItem(b.id).onDataChanged.add(handler));
    await context.sync();
    return added;
  }));
  return async () => {
    if (timer) clearTimeout(timer);
    const first = results[0];
    if (!first) return;
    await step('停止监听绑定区域', () => run(async (context) => {
      for (const r of results) r.remove();
      await context.sync();
    }, first.context as Excel.RequestContext));
  };
}
