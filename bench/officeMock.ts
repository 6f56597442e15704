/**
 * A counting stand-in for office.js, for the benchmark only (test/excel/fakeExcel.ts needs jest).
 * Every object the adapter touches is a recording proxy: property assignments and method calls are
 * queued as operations, `context.sync()` closes the batch. For each batch it keeps the number of
 * operations and the bytes of the request they make, measured as src/excel/payload.ts measures
 * them (the sink's budget and the jest fake use the same measure): each action's payload — values,
 * number formats, formats, addresses and every other argument — as JSON in UTF-8, plus a fixed
 * overhead per action. Loaded data the sink reads back (worksheet items, new sheet ids, the
 * stored-state setting) is answered from a tiny model.
 */
import type { ExcelRunner } from '../src/excel/runner';
import { actionBytes } from '../src/excel/payload';

export interface SyncRecord {
  ops: number;
  bytes: number;
}

interface NodeData {
  [key: string]: unknown;
}

/** The recorder: one per measured write. */
export class CountingExcel {
  syncs: SyncRecord[] = [];
  runs = 0;
  private ops = 0;
  private bytes = 0;
  private nextId = 1;
  /** Sheets present before the write (name, id). */
  readonly sheets: { name: string; id: string }[] = [{ name: 'Sheet1', id: '{S0}' }];

  get syncCount(): number {
    return this.syncs.length;
  }

  get largestBytes(): number {
    return this.syncs.reduce((m, s) => Math.max(m, s.bytes), 0);
  }

  /** One action: its payload measured as the adapter and the jest fake measure it (src/excel/payload.ts). */
  private record(payload: unknown): void {
    this.ops++;
    this.bytes += actionBytes(payload);
  }

  private sync(): Promise<void> {
    this.syncs.push({ ops: this.ops, bytes: this.bytes });
    this.ops = 0;
    this.bytes = 0;
    return Promise.resolve();
  }

  /** A recording proxy for the object at `path`, with loaded data `data`. */
  private node(path: string, data: NodeData = {}): unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the proxy traps need the recorder
    const self = this;
    const children = new Map<string, unknown>();
    const target = function recorded(): void { /* callable target so methods can be proxies too */ };
    return new Proxy(target, {
      get(_t, prop) {
        if (typeof prop === 'symbol') return undefined;
        if (prop === 'then') return undefined;
        if (prop === 'toJSON') return () => ({ $ref: path });
        if (Object.prototype.hasOwnProperty.call(data, prop)) return data[prop];
        let child = children.get(prop);
        if (!child) {
          child = self.member(path, prop);
          children.set(prop, child);
        }
        return child;
      },
      set(_t, prop, value) {
        if (typeof prop === 'symbol') return false;
        self.record(value);
        data[prop] = value;
        return true;
      },
      apply() {
        throw new Error(`${path} is not a function`);
      },
    });
  }

  /** A member: callable (records the call) and navigable (sub-objects are recorded proxies). */
  private member(parent: string, name: string): unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the proxy traps need the recorder
    const self = this;
    const path = `${parent}.${name}`;
    const nav = this.node(path) as Record<string, unknown>;
    return new Proxy(function member(): void { /* callable */ }, {
      get(_t, prop) {
        return nav[prop as string];
      },
      set(_t, prop, value) {
        nav[prop as string] = value;
        return true;
      },
      apply(_t, _this, args: unknown[]) {
        if (name === 'sync' && parent === 'context') return self.sync();
        self.record(args);
        return self.callResult(parent, name, args);
      },
    });
  }

  /** What a queued call returns: a new proxy, with data for the few results the sink reads. */
  private callResult(parent: string, name: string, args: unknown[]): unknown {
    const path = `${parent}.${name}(${this.nextId++})`;
    if (name === 'add' && parent.endsWith('.worksheets')) {
      const id = `{S${this.nextId++}}`;
      return this.node(path, { id, name: String(args[0]) });
    }
    if (name === 'getItemOrNullObject' && parent.endsWith('.settings')) return this.node(path, { isNullObject: true, value: null });
    if (name === 'getItemOrNullObject' && parent.endsWith('.worksheets')) {
      const found = this.sheets.find((s) => s.name === args[0]);
      return this.node(path, { isNullObject: !found, ...(found ?? {}) });
    }
    return this.node(path);
  }

  /** `Excel.run` over the recorder: a fresh context per run. */
  run: ExcelRunner = async (batch) => {
    this.runs++;
    const items = this.sheets.map((s) => ({ ...s }));
    const worksheets = this.node('context.workbook.worksheets', { items });
    const workbook = this.node('context.workbook', { worksheets });
    const context = this.node('context', { workbook }) as Record<string, unknown>;
    return batch(context as unknown as Excel.RequestContext);
  };
}
