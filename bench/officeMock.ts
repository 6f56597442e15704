/**
 * A counting stand-in for office.js, for the benchmark only (test/excel/fakeExcel.ts needs jest).
 * Every object the adapter touches is a recording proxy: property assignments and method calls are
 * queued as operations, `context.sync()` closes the batch. For each batch it keeps the number of
 * operations and the bytes of the request they make, measured by serialising each operation
 * (`{path, set|call, value|args}`, JSON, UTF-8) — values, number formats, formats and every other
 * property sent in that sync. Loaded data the sink reads back (worksheet items, new sheet ids, the
 * stored-state setting) is answered from a tiny model.
 */
import type { ExcelRunner } from '../src/excel/runner';

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

  private record(op: unknown): void {
    this.ops++;
    this.bytes += Buffer.byteLength(JSON.stringify(op) ?? '', 'utf8');
  }

  private sync(): Promise<void> {
    this.syncs.push({ ops: this.ops, bytes: this.bytes });
    this.ops = 0;
    this.bytes = 0;
    return Promise.resolve();
  }

  /** A recording proxy for the object at `path`, with loaded data `data`. */
  private node(path: string, data: NodeData = {}): unknown {
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
        self.record({ p: path, set: prop, v: value });
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
        self.record({ p: parent, call: name, a: args });
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
