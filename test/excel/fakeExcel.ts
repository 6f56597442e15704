/**
 * A fake Excel host for the office.js adapter's tests, built from office-addin-mock objects: every
 * worksheet, range, collection and format the adapter touches is an OfficeMockObject, so a property
 * read before `load()` + `context.sync()` gives the mock's "not loaded" error instead of data. Behind
 * them sits a small workbook model (cells with value, type, number format and style; merges; tables;
 * conditional formats; bindings; settings) that tests seed and inspect.
 *
 * How writes reach the model: methods (add, delete, merge, activate …) apply at once; property
 * assignments (`range.values = …`, `format.fill.color = …`, `ws.name = …`) are collected at the next
 * `context.sync()`, in the order the objects were created. `syncCount` counts every sync;
 * `failSync` makes a given sync throw (before its property writes apply), like a rejected batch.
 *
 * Strict as Excel (each rule and its source in fakeLimits.ts): a value or format matrix whose shape
 * does not match its range fails with InvalidArgument; more than 512 merged areas in one
 * getMergedAreasOrNullObject fail; a request or a response over 5 MB fails; protect() on a protected
 * sheet and unprotect() on an unprotected one fail with AccessDenied; delete() of a very hidden sheet
 * fails with InvalidOperation; an object used after its Excel.run ended fails with InvalidObjectPath
 * (unless the run is resumed with `Excel.run(context, …)`); a string starting with = + - is stored as a
 * formula, and numbers, ISO dates and TRUE/FALSE written as text become numbers, dates and booleans,
 * unless quoted with an apostrophe; an event handler is removed only through the context it was added
 * with; members above `apiVersion` fail with ApiNotFound. Writes that change a bound range's values
 * raise its data-changed event (after the sync, as Excel delivers events late) unless
 * `context.runtime.enableEvents` was false when they ran.
 *
 * office-addin-mock uses only the OfficeApp enum of office-addin-manifest, whose main module pulls
 * in ESM-only packages (strip-bom) that jest cannot load untransformed; the enum is given from its
 * own file.
 */
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));
import { OfficeMockObject } from 'office-addin-mock';
import { CellRange, SheetGrid, isCellDate, isCellError, parseRange, columnLetters } from '../../src/domain/grid';
import { isoToSerial, localAddress } from '../../src/excel/officeValues';
import type { ExcelRunner } from '../../src/excel/runner';
import { actionBytes } from '../../src/excel/payload';
import { MERGED_AREAS_LIMIT, PAYLOAD_LIMIT_BYTES, officeError, parseEntry, shapeProblem, versionAtLeast } from './fakeLimits';

const NOT_LOADED = ['Error, property was not loaded', 'Error, context.sync() was not called'];
const isMockError = (v: unknown): boolean => typeof v === 'string' && NOT_LOADED.includes(v);

export interface FakeCell {
  v: string | number | boolean;
  type?: 'Error';
  /** A formula Excel made of a written string (a value starting with = + -). */
  formula?: string;
  fmt?: string;
  style?: Record<string, unknown>;
}

export interface FakeCf {
  formula: string;
  fill?: string;
  font?: string;
  areas: CellRange[];
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Sheet protection: writing values, formats or conditional formats then fails with AccessDenied. */
  protected?: boolean;
  /** protect() queued in the running batch. */
  protectQueued?: boolean;
  /** Hidden rows and columns (1-based): getSpecialCellsOrNullObject('Visible') leaves them out. */
  hiddenRows?: Set<number>;
  hiddenCols?: Set<number>;
  tabColor?: string;
  cells: Map<string, FakeCell>;
  merges: CellRange[];
  tables: { name: string; range: CellRange; style?: string }[];
  cfs: FakeCf[];
  colWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  freeze?: { rows: number; cols: number };
  page: Record<string, unknown>;
  selected?: string;
  charts: FakeChart[];
}

export interface FakeChart {
  type: string;
  source: CellRange;
  seriesBy: string;
  title?: string;
  anchor?: string;
  width?: number;
  height?: number;
  legend?: string;
  valueFormat?: string;
}

export interface FakeBinding {
  id: string;
  type: 'Range' | 'Table';
  /** The sheet's name (kept up to date when the sheet is renamed: bindings follow their sheet). */
  sheet: string;
  sheetId?: string;
  range?: CellRange;
  table?: string;
  handlers: ((e: unknown) => Promise<unknown>)[];
}

const key = (r: number, c: number): string => `${r},${c}`;
const MAX_POPULATED_CELLS = 300_000;

/** The workbook model plus the office-addin-mock façade. */
export class FakeExcel {
  name = '专报汇总.xlsx';
  sheets: FakeSheet[] = [];
  settings = new Map<string, unknown>();
  bindings: FakeBinding[] = [];
  active: FakeSheet | null = null;
  /** Name of the active sheet. */
  get activeSheet(): string | null {
    return this.active?.name ?? null;
  }
  syncCount = 0;
  runCount = 0;
  /** getMergedAreasOrNullObject calls queued (over all runs). */
  mergedAreaCalls = 0;
  /** Request bytes of each sync (payload.ts's measure: every call's arguments and property set's value). */
  requests: number[] = [];
  pendingBytes = 0;
  get largestRequest(): number {
    return this.requests.reduce((m, b) => Math.max(m, b), 0);
  }
  /** Response bytes of each sync (every loaded range's values, formats, types and addresses as JSON). */
  responses: number[] = [];
  /** Make the n-th sync (1-based, counted over all runs) throw this error. */
  failSync: { at: number; error: Error } | null = null;
  /** The ExcelApi version this "Excel" supports (members of later sets fail with ApiNotFound). */
  apiVersion = '1.14';
  /** `context.runtime.enableEvents` of the add-in's runtime. */
  eventsEnabled = true;
  /** Data-changed events raised (binding ids), in order, whether or not a handler was there. */
  raisedEvents: string[] = [];
  /** Workbooks `insertWorksheetsFromBase64` can insert: base64 → the sheets of that file. */
  base64Books = new Map<string, { name: string; grid: SheetGrid }[]>();
  private nextId = 1;

  // ---- seeding and inspecting -------------------------------------------------------------

  addSheet(name: string): FakeSheet {
    const s: FakeSheet = {
      id: `{S${this.nextId++}}`, name, visibility: 'Visible', cells: new Map(), merges: [], tables: [], cfs: [],
      colWidths: new Map(), rowHeights: new Map(), page: {}, charts: [],
    };
    this.sheets.push(s);
    return s;
  }

  /** A sheet holding a domain grid as Excel would: dates as serials, errors as error values. */
  addSheetFromGrid(name: string, grid: SheetGrid): FakeSheet {
    const s = this.addSheet(name);
    grid.rows.forEach((row, r) => row?.forEach((cell, c) => {
      if (!cell) return;
      const v = cell.v;
      if (v === null) return;
      const fc: FakeCell = isCellDate(v) ? { v: isoToSerial(v.date) } : isCellError(v) ? { v: v.error, type: 'Error' } : { v };
      if (cell.fmt) fc.fmt = cell.fmt;
      s.cells.set(key(r + 1, c + 1), fc);
    }));
    s.merges = grid.merges.map((m) => ({ ...m }));
    grid.tables.forEach((t, i) => s.tables.push({ name: `${t.name}_${this.nextId++}${i}`, range: { ...t.range } }));
    if (grid.hidden) s.visibility = 'Hidden';
    if (grid.hiddenRows?.length) s.hiddenRows = new Set(grid.hiddenRows);
    if (grid.hiddenCols?.length) s.hiddenCols = new Set(grid.hiddenCols);
    return s;
  }

  /** Renames a sheet as the clerk does in Excel: bindings follow it. */
  renameSheet(from: string, to: string): void {
    const s = this.sheet(from);
    s.name = to;
    for (const b of this.bindings) if (b.sheetId === s.id) b.sheet = to;
  }

  /** Deletes a sheet as the clerk does: its bindings stay behind, invalid. */
  deleteSheet(name: string): void {
    const s = this.sheet(name);
    this.sheets = this.sheets.filter((x) => x !== s);
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    const r = parseRange(address);
    if (!r) throw new Error(address);
    return this.sheet(sheet).cells.get(key(r.top, r.left));
  }

  /** The sheet's values as a matrix (for comparisons). */
  matrix(sheet: string): (string | number | boolean | null)[][] {
    const s = this.sheet(sheet);
    let rows = 0;
    let cols = 0;
    for (const k of s.cells.keys()) {
      const [r, c] = k.split(',').map(Number) as [number, number];
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    }
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => {
      const v = s.cells.get(key(r + 1, c + 1))?.v;
      return v === undefined || v === '' ? null : v;
    }));
  }

  // ---- the office.js façade ---------------------------------------------------------------

  /** True when this Excel supports ExcelApi `version` (as `isSetSupported('ExcelApi', version)`). */
  supports = (version: string): boolean => versionAtLeast(this.apiVersion, version);

  /**
   * `Excel.run` over this workbook; with `resume`, `Excel.run(context, batch)`: the batch runs on that
   * context again, so objects made in an earlier run can be used. It answers `supports` too.
   */
  run: ExcelRunner = Object.assign(
    async <T,>(batch: (context: Excel.RequestContext) => Promise<T>, resume?: Excel.RequestContext): Promise<T> => {
      this.runCount++;
      const session = resume ? Session.of(resume) : new Session(this);
      session.ended = false;
      try {
        return await batch(session.context as unknown as Excel.RequestContext);
      } finally {
        session.ended = true;
      }
    },
    { supports: (version: string) => this.supports(version) },
  );

  /** An `Excel` global made with office-addin-mock, whose `run` is {@link run}. */
  excelGlobal(): unknown {
    return new OfficeMockObject({ run: (batch: (c: Excel.RequestContext) => Promise<unknown>) => this.run(batch) });
  }

  /** Fires the data-changed handlers of a binding, as Excel does when the clerk edits it. */
  async fireDataChanged(id: string): Promise<void> {
    this.raisedEvents.push(id);
    const b = this.bindings.find((x) => x.id === id);
    for (const h of b?.handlers ?? []) await h({ binding: { id } });
  }

  /** The clerk types values into a sheet (not through the add-in): cells change, bound ranges' events fire. */
  async edit(sheet: string, address: string, v: string | number): Promise<void> {
    const r = parseRange(address);
    if (!r) throw new Error(address);
    const s = this.sheet(sheet);
    s.cells.set(key(r.top, r.left), { v });
    for (const id of this.boundIdsAt(s, r.top, r.left)) await this.fireDataChanged(id);
  }

  /** Ids of the bindings whose range holds the cell. */
  boundIdsAt(s: FakeSheet, row: number, col: number): string[] {
    return this.bindings.filter((b) => {
      if (b.sheetId ? b.sheetId !== s.id : b.sheet !== s.name) return false;
      const rect = b.table ? s.tables.find((t) => t.name === b.table)?.range : b.range;
      return !!rect && row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
    }).map((b) => b.id);
  }

  newId(): string {
    return `{S${this.nextId++}}`;
  }
}

type Flush = () => void;

interface Tracked {
  obj: Record<string, unknown>;
  /** Property paths to watch for assignments, with what to do with the new value (and how to check it first). */
  paths: TrackedPath[];
  last: unknown[];
}

type TrackedPath = [string[], (v: unknown) => void, ((v: unknown) => void)?];

const sessions = new WeakMap<object, Session>();

/** One Excel.run: the request context, the mocks it created, and what to do at sync. */
class Session {
  readonly context: OfficeMockObject & Record<string, unknown>;
  /** True once its Excel.run returned (until resumed with Excel.run(context, …)). */
  ended = false;
  private readonly mocks: OfficeMockObject[] = [];
  private readonly tracked: Tracked[] = [];
  private readonly atSync: Flush[] = [];
  /** Checks queued with the batch, run at sync before anything applies (a failing one rejects the batch). */
  private readonly checks: Flush[] = [];
  /** Response bytes of what the batch loads, measured at sync. */
  private readonly loads: (() => number)[] = [];
  /** Bindings whose values the batch changed. */
  readonly touched = new Set<string>();
  /** enableEvents was false at some point of this batch's request. */
  private eventsOffInRequest = false;
  /** Sheets whose protect() is queued in this request. */
  private readonly queuedProtects: FakeSheet[] = [];

  /** The session of a request context (for Excel.run(context, …)). */
  static of(context: Excel.RequestContext): Session {
    const s = sessions.get(context as object);
    if (!s) throw officeError('InvalidArgument', 'Excel.run(context, …) needs a RequestContext made by Excel.run.');
    return s;
  }

  constructor(private readonly x: FakeExcel) {
    this.context = new OfficeMockObject({
      sync: async () => this.sync(),
    }) as OfficeMockObject & Record<string, unknown>;
    this.context['workbook'] = this.workbook();
    this.context['runtime'] = this.runtime();
    sessions.set(this.context, this);
  }

  /** `context.runtime` (ExcelApi 1.5; enableEvents 1.8): turning events off holds for the request it is in. */
  private runtime(): Record<string, unknown> {
    const x = this.x;
    const rt: Record<string, unknown> = {};
    Object.defineProperty(rt, 'enableEvents', {
      get: () => x.eventsEnabled,
      set: (v: boolean) => {
        this.alive('Runtime.enableEvents');
        if (!x.supports('1.8')) throw officeError('ApiNotFound', 'Runtime.enableEvents needs ExcelApi 1.8.');
        if (!v) this.eventsOffInRequest = true;
        x.pendingBytes += actionBytes(v);
        x.eventsEnabled = v;
      },
    });
    return rt;
  }

  /** Like office.js, an object whose Excel.run has ended cannot queue anything. */
  alive(what: string): void {
    if (this.ended) {
      throw officeError('InvalidObjectPath', `The object path '${what}' isn't working for what you're trying to do. The object was used after its Excel.run ended; use Excel.run(object.context, …) to go on with it.`);
    }
  }

  private mock(data: Record<string, unknown>): OfficeMockObject & Record<string, unknown> {
    const m = new OfficeMockObject(this.counted(data) as Record<string, unknown>) as OfficeMockObject & Record<string, unknown>;
    // Every office.js object knows its request context (for Excel.run(object.context, …)).
    m['context'] = this.context;
    this.mocks.push(m);
    return m;
  }

  /** The data with every method wrapped so each call adds its request bytes (payload.ts's measure). */
  private counted(data: unknown, name = 'object'): unknown {
    if (typeof data === 'function') {
      const fn = data as (...args: unknown[]) => unknown;
      return (...args: unknown[]): unknown => {
        this.alive(name);
        this.x.pendingBytes += actionBytes(args.map((a) => (a && typeof a === 'object' && '__rect' in a ? '$range' : a)));
        return fn(...args);
      };
    }
    if (!data || typeof data !== 'object' || Array.isArray(data) || data instanceof OfficeMockObject) return data;
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, this.counted(v, k)]));
  }

  private track(obj: Record<string, unknown>, paths: TrackedPath[]): void {
    const read = (p: string[]): unknown => p.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
    this.tracked.push({ obj, paths, last: paths.map(([p]) => read(p)) });
  }

  /** Queues a check that runs at the next sync, before anything of the batch applies. */
  check(fn: Flush): void {
    this.checks.push(fn);
  }

  /** Counts a load's response at the next sync. */
  loaded(bytes: () => number): void {
    this.loads.push(bytes);
  }

  private async sync(): Promise<void> {
    this.alive('RequestContext.sync');
    this.x.syncCount++;
    const offAtStart = !this.x.eventsEnabled;
    try {
      if (this.x.failSync && this.x.failSync.at === this.x.syncCount) {
        const err = this.x.failSync.error;
        this.x.failSync = null;
        throw err;
      }
      const read = (obj: Record<string, unknown>, p: string[]): unknown => p.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
      const changes: [(v: unknown) => void, unknown][] = [];
      for (const t of this.tracked) {
        t.paths.forEach(([p, apply, validate], i) => {
          const v = read(t.obj, p);
          if (v !== t.last[i] && !isMockError(v) && v !== undefined) {
            this.x.pendingBytes += actionBytes(v);
            validate?.(v);
            changes.push([apply, v]);
          }
        });
      }
      const request = this.x.pendingBytes;
      this.x.pendingBytes = 0;
      if (request > PAYLOAD_LIMIT_BYTES) {
        throw officeError('RequestPayloadSizeLimitExceeded', `The request payload size (${request} bytes) has exceeded the limit (5 MB).`);
      }
      for (const c of this.checks.splice(0)) c();
      const response = this.loads.splice(0).reduce((n, b) => n + b(), 0);
      if (response > PAYLOAD_LIMIT_BYTES) {
        throw officeError('ResponsePayloadSizeLimitExceeded', `The response payload size (${response} bytes) has exceeded the limit (5 MB).`);
      }
      this.x.requests.push(request);
      this.x.responses.push(response);
      for (const [apply, v] of changes) apply(v);
      const flushes = this.atSync.splice(0);
      for (const f of flushes) f();
      for (const m of [...this.mocks]) await m.sync();
      for (let i = 0; i < 8; i++) await Promise.resolve();
      // Excel raises the events of this request's value changes later, unless events were off.
      const raised = offAtStart || this.eventsOffInRequest ? [] : [...this.touched];
      this.touched.clear();
      if (raised.length) setTimeout(() => { for (const id of raised) void this.x.fireDataChanged(id); }, 0);
    } finally {
      // A rejected batch is discarded whole: its property sets are not sent again with the next one.
      const read = (obj: Record<string, unknown>, p: string[]): unknown => p.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
      for (const t of this.tracked) t.last = t.paths.map(([p]) => read(t.obj, p));
      this.checks.length = 0;
      this.loads.length = 0;
      this.atSync.length = 0;
      this.eventsOffInRequest = false;
      for (const p of this.queuedProtects.splice(0)) p.protectQueued = false;
    }
  }

  // ---- workbook ------------------------------------------------------------------------------

  private workbook(): Record<string, unknown> {
    const x = this.x;
    const wb = this.mock({ name: x.name });
    // Collections are replaced by objects with their own load (office-addin-mock cannot load items/…).
    wb['worksheets'] = this.collection(() => x.sheets.map((s) => this.sheetMock(s)), {
      getItem: (nameOrId: string) => this.sheetMock(this.findSheet(nameOrId, true)!),
      getItemOrNullObject: (nameOrId: string) => {
        const s = this.findSheet(nameOrId, false);
        return s ? this.sheetMock(s) : this.nullObject();
      },
      add: (name: string) => {
        if (x.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
        return this.sheetMock(x.addSheet(name));
      },
    });
    wb['tables'] = this.collection(
      () => x.sheets.flatMap((s) => s.tables.map((t) => this.tableMock(s, t))),
      {
        getItem: (name: string) => {
          for (const s of x.sheets) { const t = s.tables.find((tt) => tt.name === name); if (t) return this.tableMock(s, t); }
          throw new Error(`ItemNotFound: table ${name}`);
        },
      },
    );
    wb['bindings'] = this.collection(() => x.bindings.map((b) => this.bindingMock(b)), {
      add: (range: string, type: 'Range' | 'Table', id: string) => {
        const i = range.lastIndexOf('!');
        const sheet = range.slice(0, i).replace(/^'|'$/g, '').replace(/''/g, "'");
        x.bindings = x.bindings.filter((b) => b.id !== id);
        const b: FakeBinding = { id, type, sheet, sheetId: this.findSheet(sheet, false)?.id, range: parseRange(range.slice(i + 1))!, handlers: [] };
        x.bindings.push(b);
        return this.bindingMock(b);
      },
      addFromNamedItem: (name: string, type: 'Range' | 'Table', id: string) => {
        const s = x.sheets.find((ss) => ss.tables.some((t) => t.name === name));
        if (!s) throw new Error(`ItemNotFound: ${name}`);
        const b: FakeBinding = { id, type, sheet: s.name, sheetId: s.id, table: name, handlers: [] };
        x.bindings.push(b);
        return this.bindingMock(b);
      },
      getItem: (id: string) => {
        const b = x.bindings.find((bb) => bb.id === id);
        if (!b) throw new Error(`ItemNotFound: binding ${id}`);
        return this.bindingMock(b);
      },
    });
    wb['insertWorksheetsFromBase64'] = (base64: string, options?: { sheetNamesToInsert?: string[] }) => {
      this.alive('Workbook.insertWorksheetsFromBase64');
      x.pendingBytes += actionBytes([base64, options ?? null]);
      const result: { value: string[] | string } = { value: 'Error, context.sync() was not called' };
      this.check(() => {
        if (!x.supports('1.13')) throw officeError('ApiNotFound', 'Workbook.insertWorksheetsFromBase64 needs ExcelApi 1.13.');
        if (!x.base64Books.has(base64)) throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      });
      this.atSync.push(() => {
        const book = x.base64Books.get(base64)!;
        const wanted = options?.sheetNamesToInsert?.length ? options.sheetNamesToInsert : book.map((b) => b.name);
        result.value = wanted.map((name) => {
          const src = book.find((b) => b.name === name);
          if (!src) throw officeError('ItemNotFound', `The sheet ${name} is not in the inserted workbook.`);
          // Excel names a copy whose name is taken "Name (2)".
          let target = name;
          for (let n = 2; x.sheets.some((ss) => ss.name.toLowerCase() === target.toLowerCase()); n++) target = `${name.slice(0, 31 - ` (${n})`.length)} (${n})`;
          return x.addSheetFromGrid(target, src.grid).id;
        });
      });
      return result;
    };
    wb['settings'] = this.mock({
      getItemOrNullObject: (k: string) => {
        if (!x.settings.has(k)) return this.nullObject();
        const m = this.mock({ value: x.settings.get(k) as string });
        m['isNullObject'] = false;
        return m;
      },
      // Applied at sync, in order with the batch's other writes.
      add: (k: string, v: unknown) => { this.atSync.push(() => { x.settings.set(k, v); }); return this.mock({ value: v as string }); },
    });
    return wb;
  }

  private nullObject(): Record<string, unknown> {
    // Like office.js, a null object accepts any load and reports isNullObject after sync; what is
    // asked of it is null too.
    const m = this.mock({ load: () => m, getIntersectionOrNullObject: () => this.nullObject() });
    m['isNullObject'] = true;
    return m;
  }

  /** A collection with `load('items/…')`: items are built at sync and their own props loaded. */
  private collection(build: () => OfficeMockObject[], methods: Record<string, unknown>): Record<string, unknown> {
    const coll = this.mock({ ...methods, load: (props: string) => {
      const itemProps = props.split(',').map((p) => p.trim()).filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
      coll['items'] = 'Error, context.sync() was not called';
      this.atSync.push(() => {
        const items = build();
        for (const it of items) if (itemProps.length) it.load(itemProps.join(','));
        coll['items'] = items;
      });
      return coll;
    } });
    return coll;
  }

  private findSheet(nameOrId: string, required: boolean): FakeSheet | undefined {
    const s = this.x.sheets.find((ss) => ss.id === nameOrId || ss.name.toLowerCase() === nameOrId.toLowerCase());
    if (!s && required) throw new Error(`ItemNotFound: worksheet ${nameOrId}`);
    return s;
  }

  // ---- worksheet -----------------------------------------------------------------------------

  private sheetMock(s: FakeSheet): OfficeMockObject & Record<string, unknown> {
    const x = this.x;
    const m = this.mock({
      name: s.name, id: s.id, visibility: s.visibility, position: x.sheets.indexOf(s), tabColor: s.tabColor ?? '',
      // Applied at sync, after the batch's writes: Excel runs a batch in order. A very hidden sheet
      // cannot be deleted (reference of Worksheet.delete: "the delete operation will fail with an
      // InvalidOperation exception").
      delete: () => {
        this.atSync.push(() => {
          if (s.visibility === 'VeryHidden') throw officeError('InvalidOperation', `The sheet ${s.name} is very hidden and cannot be deleted.`);
          x.sheets = x.sheets.filter((ss) => ss !== s);
        });
      },
      activate: () => { x.active = s; },
      getRange: (address?: string) => this.rangeMock(s, address ? parseRange(localAddress(address)) ?? wholeRows(address) : { top: 1, left: 1, bottom: 1048576, right: 16384 }),
      getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => this.rangeMock(s, { top: r + 1, left: c + 1, bottom: r + rows, right: c + cols }),
      getRanges: (list: string) => this.areasMock(s, list.split(',').map((a) => parseRange(localAddress(a.trim())) ?? wholeRows(localAddress(a.trim())))),
      getUsedRangeOrNullObject: () => {
        const used = usedRect(s);
        if (!used) return this.nullObject();
        return this.rangeMock(s, used);
      },
      freezePanes: {
        freezeAt: (r: { rowCount: number; columnCount: number; __rect: CellRange }) => { s.freeze = { rows: r.__rect.bottom, cols: r.__rect.right }; },
        freezeRows: (n: number) => { s.freeze = { rows: n, cols: 0 }; },
        freezeColumns: (n: number) => { s.freeze = { rows: 0, cols: n }; },
      },
      protection: {
        protected: s.protected ?? false,
        // Unprotecting applies at once, protecting after the batch's writes: together they model
        // "unprotect, write, protect" queued in one batch. Protecting a protected sheet, or
        // unprotecting an unprotected one, fails with AccessDenied (OfficeDev/office-js#6784).
        protect: () => {
          if (s.protected || s.protectQueued) throw officeError('AccessDenied', `You cannot perform the requested operation (${s.name} is already protected).`);
          s.protectQueued = true;
          this.queuedProtects.push(s);
          this.atSync.push(() => { s.protected = true; });
        },
        unprotect: () => {
          if (!s.protected) throw officeError('AccessDenied', `You cannot perform the requested operation (${s.name} is not protected).`);
          s.protected = false;
        },
      },
      pageLayout: {
        orientation: '', paperSize: '',
        setPrintTitleRows: (rows: string) => { s.page['titleRows'] = rows; },
      },
    });
    m['charts'] = this.mock({
      add: (type: string, source: { __rect: CellRange }, seriesBy: string) => {
        const c: FakeChart = { type, source: { ...source.__rect }, seriesBy };
        s.charts.push(c);
        const cm = this.mock({
          title: { text: '' }, width: 0, height: 0, legend: { position: '' }, axes: { valueAxis: { numberFormat: '' } },
          setPosition: (start: string) => { c.anchor = start; },
        });
        this.track(cm, [
          [['title', 'text'], (v) => { c.title = v as string; }],
          [['width'], (v) => { c.width = v as number; }],
          [['height'], (v) => { c.height = v as number; }],
          [['legend', 'position'], (v) => { c.legend = v as string; }],
          [['axes', 'valueAxis', 'numberFormat'], (v) => { c.valueFormat = v as string; }],
        ]);
        return cm;
      },
    });
    m['tables'] = this.mock({
      add: (address: string, hasHeaders: boolean) => {
        const t = { name: `Table${x.newId().replace(/\D/g, '')}`, range: parseRange(localAddress(address))! };
        if (!hasHeaders) throw new Error('tables without headers are not modelled');
        s.tables.push(t);
        return this.tableMock(s, t);
      },
      getItemAt: (i: number) => this.tableMock(s, s.tables[i]!),
    });
    m['isNullObject'] = false;
    this.track(m, [
      [['name'], (v) => { s.name = v as string; for (const b of x.bindings) if (b.sheetId === s.id) b.sheet = s.name; }],
      [['position'], (v) => { x.sheets = x.sheets.filter((ss) => ss !== s); x.sheets.splice(v as number, 0, s); }],
      [['tabColor'], (v) => { s.tabColor = v as string; }],
      [['visibility'], (v) => { s.visibility = v as FakeSheet['visibility']; }],
      [['pageLayout', 'orientation'], (v) => { s.page['orientation'] = v; }],
      [['pageLayout', 'paperSize'], (v) => { s.page['paperSize'] = v; }],
      [['pageLayout', 'zoom'], (v) => { s.page['zoom'] = v; }],
    ]);
    return m;
  }

  private tableMock(s: FakeSheet, t: FakeSheet['tables'][number]): OfficeMockObject & Record<string, unknown> {
    const m = this.mock({
      name: t.name, style: t.style ?? '', showBandedRows: true,
      worksheet: { name: s.name },
      getRange: () => this.rangeMock(s, t.range),
    });
    this.track(m, [
      [['name'], (v) => { t.name = v as string; }],
      [['style'], (v) => { t.style = v as string; }],
    ]);
    return m;
  }

  private bindingMock(b: FakeBinding): OfficeMockObject & Record<string, unknown> {
    const x = this.x;
    return this.mock({
      id: b.id, type: b.type,
      getRange: () => {
        const s = b.sheetId ? x.sheets.find((ss) => ss.id === b.sheetId) : this.findSheet(b.sheet, false);
        if (!s) throw Object.assign(new Error(`The binding ${b.id} is no longer valid`), { code: 'InvalidBinding' });
        const rect = b.table ? s.tables.find((t) => t.name === b.table)!.range : b.range!;
        return this.rangeMock(s, rect);
      },
      delete: () => { x.bindings = x.bindings.filter((bb) => bb !== b); },
      onDataChanged: {
        // Registered with the batch; removed only through the context it was added with
        // (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#remove-an-event-handler:
        // `Excel.run(eventResult.context, …)`): from any other run the old context has ended.
        add: (h: (e: unknown) => Promise<unknown>) => {
          this.atSync.push(() => { b.handlers.push(h); });
          const ctx = this.context;
          return {
            context: ctx,
            remove: () => {
              this.alive('EventHandlerResult.remove (remove a handler inside Excel.run(result.context, …))');
              this.atSync.push(() => { b.handlers = b.handlers.filter((hh) => hh !== h); });
            },
          };
        },
      },
    });
  }

  // ---- ranges --------------------------------------------------------------------------------

  private formatData(onBorder: () => void): Record<string, unknown> {
    return {
      font: { bold: false, color: '', size: 11, name: '' },
      fill: { color: '' },
      horizontalAlignment: '', verticalAlignment: '', wrapText: false, columnWidth: 0, rowHeight: 0,
      borders: { getItem: () => {
        const b = this.mock({ style: '', color: '' });
        this.track(b, [[['style'], () => onBorder()]]);
        return b;
      } },
      autofitColumns: () => undefined,
    };
  }

  private styleTracking(apply: (style: Record<string, unknown>) => void, extra: TrackedPath[] = []): TrackedPath[] {
    const prop = (name: string) => (v: unknown): void => apply({ [name]: v });
    return [
      [['format', 'font', 'bold'], prop('bold')],
      [['format', 'font', 'color'], prop('color')],
      [['format', 'font', 'size'], prop('size')],
      [['format', 'font', 'name'], prop('font')],
      [['format', 'fill', 'color'], prop('fill')],
      [['format', 'horizontalAlignment'], prop('hAlign')],
      [['format', 'verticalAlignment'], prop('vAlign')],
      [['format', 'wrapText'], prop('wrap')],
      ...extra,
    ];
  }

  private rangeMock(s: FakeSheet, rect: CellRange): OfficeMockObject & Record<string, unknown> {
    const x = this.x;
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    const small = rows * cols <= MAX_POPULATED_CELLS;
    const values: unknown[][] = [];
    const formats: unknown[][] = [];
    const types: unknown[][] = [];
    if (small) {
      for (let r = 0; r < rows; r++) {
        const vr: unknown[] = [];
        const fr: unknown[] = [];
        const tr: unknown[] = [];
        for (let c = 0; c < cols; c++) {
          const cell = s.cells.get(key(rect.top + r, rect.left + c));
          vr.push(cell?.v ?? '');
          fr.push(cell?.fmt ?? 'General');
          tr.push(cell === undefined || cell.v === '' ? 'Empty' : cell.type ?? (typeof cell.v === 'number' ? 'Double' : typeof cell.v === 'boolean' ? 'Boolean' : 'String'));
        }
        values.push(vr);
        formats.push(fr);
        types.push(tr);
      }
    }
    const each = (fn: (c: FakeCell, r: number, col: number) => void): void => {
      denyIfProtected(s);
      for (let r = rect.top; r <= Math.min(rect.bottom, 200000); r++) {
        for (let c = rect.left; c <= Math.min(rect.right, 200); c++) {
          const k = key(r, c);
          const cell = s.cells.get(k) ?? { v: '' };
          fn(cell, r, c);
          s.cells.set(k, cell);
        }
      }
    };
    const entireCol = rect.top === 1 && rect.bottom === 1048576;
    const entireRow = rect.left === 1 && rect.right === 16384;
    const m = this.mock({
      address: `'${s.name}'!${columnLetters(rect.left)}${rect.top}:${columnLetters(rect.right)}${rect.bottom}`,
      rowIndex: rect.top - 1, columnIndex: rect.left - 1, rowCount: rows, columnCount: cols,
      values, numberFormat: formats, valueTypes: types,
      format: this.formatData(() => { if (!entireCol && !entireRow) each((c) => { c.style = { ...c.style, border: true }; }); }),
      merge: (across?: boolean) => {
        if (across) for (let r = rect.top; r <= rect.bottom; r++) s.merges.push({ top: r, left: rect.left, bottom: r, right: rect.right });
        else s.merges.push({ ...rect });
      },
      clear: () => { this.atSync.push(() => each((c) => { c.v = ''; delete c.type; })); },
      select: () => { x.active = s; s.selected = `${columnLetters(rect.left)}${rect.top}${rows * cols > 1 ? `:${columnLetters(rect.right)}${rect.bottom}` : ''}`; },
      // The visible cells as areas: runs of visible rows × runs of visible columns (ExcelApi 1.9).
      getSpecialCellsOrNullObject: (type: string) => {
        if (type !== 'Visible') throw new Error(`special cells ${type} not modelled`);
        const runs = (from: number, to: number, hidden?: Set<number>): [number, number][] => {
          const out: [number, number][] = [];
          for (let i = from; i <= to; i++) {
            if (hidden?.has(i)) continue;
            const last = out[out.length - 1];
            if (last && last[1] === i - 1) last[1] = i; else out.push([i, i]);
          }
          return out;
        };
        const areas = runs(rect.top, rect.bottom, s.hiddenRows).flatMap(([t, b]) => runs(rect.left, rect.right, s.hiddenCols).map(([l, r]) => `'${s.name}'!${columnLetters(l)}${t}:${columnLetters(r)}${b}`));
        if (!areas.length) return this.nullObject();
        const m2 = this.mock({ address: areas.join(',') });
        m2['isNullObject'] = false;
        this.loaded(() => actionBytes(areas.join(',')));
        return m2;
      },
      getIntersectionOrNullObject: (other: { __rect: CellRange }) => {
        const o = other.__rect;
        const i = { top: Math.max(rect.top, o.top), left: Math.max(rect.left, o.left), bottom: Math.min(rect.bottom, o.bottom), right: Math.min(rect.right, o.right) };
        return i.top <= i.bottom && i.left <= i.right ? this.rangeMock(s, i) : this.nullObject();
      },
      getEntireColumn: () => this.rangeMock(s, { top: 1, bottom: 1048576, left: rect.left, right: rect.right }),
      getEntireRow: () => this.rangeMock(s, { top: rect.top, bottom: rect.bottom, left: 1, right: 16384 }),
      // The merged areas whose top-left cell is in the range, each whole (OfficeDev/office-js#3611);
      // more than 512 fail (reference of the method); ExcelApi 1.13.
      getMergedAreasOrNullObject: () => {
        const inside = s.merges.filter((mm) => mm.top >= rect.top && mm.top <= rect.bottom && mm.left >= rect.left && mm.left <= rect.right);
        x.mergedAreaCalls++;
        this.check(() => {
          if (!x.supports('1.13')) throw officeError('ApiNotFound', 'Range.getMergedAreasOrNullObject needs ExcelApi 1.13.');
          if (inside.length > MERGED_AREAS_LIMIT) throw officeError('GeneralException', `The range holds ${inside.length} merged areas; getMergedAreasOrNullObject returns at most ${MERGED_AREAS_LIMIT}.`);
        });
        if (!inside.length) return this.nullObject();
        const address = inside.map((mm) => `'${s.name}'!${columnLetters(mm.left)}${mm.top}:${columnLetters(mm.right)}${mm.bottom}`).join(', ');
        const areas = this.mock({ address });
        areas['isNullObject'] = false;
        this.loaded(() => actionBytes(address));
        return areas;
      },
    });
    m['isNullObject'] = false;
    m['__rect'] = rect;
    // What a load of the range's data answers (the response Excel on the web limits to 5 MB).
    const load = m.load.bind(m);
    m['load'] = (props: Parameters<OfficeMockObject['load']>[0]) => {
      this.alive('Range.load');
      const names = (Array.isArray(props) ? props.join(',') : typeof props === 'string' ? props : '').split(',').map((p) => p.trim());
      this.loaded(() => names.reduce((n, p) => n + (p === 'values' ? actionBytes(values) : p === 'numberFormat' ? actionBytes(formats) : p === 'valueTypes' ? actionBytes(types) : p ? actionBytes(m[p] ?? null) : 0), 0));
      return load(props);
    };
    m['worksheet'] = this.sheetMock(s);
    m['conditionalFormats'] = this.cfCollection(s, [rect]);
    const applyStyle = (st: Record<string, unknown>): void => { if (!entireCol && !entireRow) each((c) => { c.style = { ...c.style, ...st }; }); };
    this.track(m, this.styleTracking(applyStyle, [
      // Number formats apply before values, as the adapter queues them (a text format keeps text).
      [['numberFormat'], (v) => {
        each((c, r, col) => {
          const f = Array.isArray(v) ? (v as unknown[][])[r - rect.top]?.[col - rect.left] : v;
          if (f === undefined || f === null) return;
          if (f === 'General' || f === '') delete c.fmt; else c.fmt = String(f);
        });
      }, (v: unknown) => { const p = shapeProblem(v, rows, cols); if (p) throw officeError('InvalidArgument', p); }],
      [['values'], (v) => {
        each((c, r, col) => {
          const nv = Array.isArray(v) ? (v as unknown[][])[r - rect.top]?.[col - rect.left] : v;
          if (nv === undefined || nv === null) return;
          const before = c.v;
          writeEntry(c, nv as string | number | boolean);
          if (c.v !== before) for (const id of x.boundIdsAt(s, r, col)) this.touched.add(id);
        });
      }, (v: unknown) => { const p = shapeProblem(v, rows, cols); if (p) throw officeError('InvalidArgument', p); }],
      [['format', 'columnWidth'], (v) => { for (let c = rect.left; c <= rect.right; c++) s.colWidths.set(c, v as number); }],
      [['format', 'rowHeight'], (v) => { for (let r = rect.top; r <= Math.min(rect.bottom, 1048576); r++) s.rowHeights.set(r, v as number); }],
    ]));
    return m;
  }

  private areasMock(s: FakeSheet, areas: CellRange[]): OfficeMockObject & Record<string, unknown> {
    const cellsOf = (fn: (c: FakeCell) => void): void => {
      denyIfProtected(s);
      for (const a of areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= Math.min(a.right, 200); c++) {
        const k = key(r, c);
        const cell = s.cells.get(k) ?? { v: '' };
        fn(cell);
        s.cells.set(k, cell);
      }
    };
    const m = this.mock({
      address: areas.map((a) => `'${s.name}'!${columnLetters(a.left)}${a.top}:${columnLetters(a.right)}${a.bottom}`).join(','),
      format: this.formatData(() => cellsOf((c) => { c.style = { ...c.style, border: true }; })),
    });
    m['conditionalFormats'] = this.cfCollection(s, areas);
    this.track(m, this.styleTracking((st) => cellsOf((c) => { c.style = { ...c.style, ...st }; }), [
      [['format', 'rowHeight'], (v) => { for (const a of areas) for (let r = a.top; r <= a.bottom; r++) s.rowHeights.set(r, v as number); }],
    ]));
    return m;
  }

  private cfCollection(s: FakeSheet, areas: CellRange[]): Record<string, unknown> {
    const overlaps = (a: CellRange, b: CellRange): boolean => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
    return this.collection(
      () => s.cfs
        .filter((cf) => cf.areas.some((a) => areas.some((b) => overlaps(a, b))))
        .map((cf) => {
          const item = this.mock({
            type: 'Custom',
            customOrNullObject: { rule: { formula: cf.formula } },
            delete: () => { s.cfs = s.cfs.filter((c) => c !== cf); },
          });
          (item['customOrNullObject'] as Record<string, unknown>)['isNullObject'] = false;
          return item;
        }),
      {
        add: (type: string) => {
          if (type !== 'Custom') throw new Error(`conditional format ${type} not modelled`);
          denyIfProtected(s);
          const cf: FakeCf = { formula: '', areas: areas.map((a) => ({ ...a })) };
          s.cfs.push(cf);
          const m = this.mock({ priority: 0, custom: { rule: { formula: '' }, format: { fill: { color: '' }, font: { color: '' } } } });
          this.track(m, [
            [['custom', 'rule', 'formula'], (v) => { cf.formula = v as string; }],
            [['custom', 'format', 'fill', 'color'], (v) => { cf.fill = v as string; }],
            [['custom', 'format', 'font', 'color'], (v) => { cf.font = v as string; }],
          ]);
          return m;
        },
      },
    );
  }
}

const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)$/;

/** A value written through Range.values, as Excel stores it (see parseEntry). */
function writeEntry(c: FakeCell, nv: string | number | boolean): void {
  delete c.type;
  delete c.formula;
  if (typeof nv !== 'string' || nv === '') { c.v = nv; return; }
  // A cell formatted as text keeps what is written as text.
  if (c.fmt === '@') { c.v = nv; return; }
  if (ERROR_VALUE.test(nv)) { c.v = nv; c.type = 'Error'; return; }
  const e = parseEntry(nv);
  if (e.kind === 'text') c.v = e.text;
  else if (e.kind === 'number') { c.v = e.value; if (e.fmt && !c.fmt) c.fmt = e.fmt; }
  else if (e.kind === 'boolean') c.v = e.value;
  else { c.formula = e.formula; c.v = '#NAME?'; c.type = 'Error'; }
}

/** Like Excel, a protected sheet refuses writes. */
function denyIfProtected(s: FakeSheet): void {
  if (s.protected) throw Object.assign(new Error(`The cell or chart you're trying to change is on a protected sheet (${s.name}).`), { code: 'AccessDenied' });
}

function usedRect(s: FakeSheet): CellRange | null {
  let top = Infinity, left = Infinity, bottom = 0, right = 0;
  for (const [k, c] of s.cells) {
    if (c.v === '' || c.v === null) continue;
    const [r, col] = k.split(',').map(Number) as [number, number];
    top = Math.min(top, r); left = Math.min(left, col); bottom = Math.max(bottom, r); right = Math.max(right, col);
  }
  return bottom ? { top, left, bottom, right } : null;
}

function wholeRows(address: string): CellRange {
  const m = /^(\d+):(\d+)$/.exec(address);
  if (!m) throw new Error(`InvalidArgument: address ${address}`);
  return { top: Number(m[1]), bottom: Number(m[2]), left: 1, right: 16384 };
}
