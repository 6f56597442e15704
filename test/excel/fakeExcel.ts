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

const NOT_LOADED = ['Error, property was not loaded', 'Error, context.sync() was not called'];
const isMockError = (v: unknown): boolean => typeof v === 'string' && NOT_LOADED.includes(v);

export interface FakeCell {
  v: string | number | boolean;
  type?: 'Error';
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
  /** Request bytes of each sync (payload.ts's measure: every call's arguments and property set's value). */
  requests: number[] = [];
  pendingBytes = 0;
  get largestRequest(): number {
    return this.requests.reduce((m, b) => Math.max(m, b), 0);
  }
  /** Make the n-th sync (1-based, counted over all runs) throw this error. */
  failSync: { at: number; error: Error } | null = null;
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

  /** `Excel.run` over this workbook. */
  run: ExcelRunner = async (batch) => {
    this.runCount++;
    const ctx = new Session(this);
    return batch(ctx.context as unknown as Excel.RequestContext);
  };

  /** An `Excel` global made with office-addin-mock, whose `run` is {@link run}. */
  excelGlobal(): unknown {
    return new OfficeMockObject({ run: (batch: (c: Excel.RequestContext) => Promise<unknown>) => this.run(batch) });
  }

  /** Fires the data-changed handlers of a binding, as Excel does when the clerk edits it. */
  async fireDataChanged(id: string): Promise<void> {
    const b = this.bindings.find((x) => x.id === id);
    for (const h of b?.handlers ?? []) await h({ binding: { id } });
  }

  newId(): string {
    return `{S${this.nextId++}}`;
  }
}

type Flush = () => void;

interface Tracked {
  obj: Record<string, unknown>;
  /** Property paths to watch for assignments, with what to do with the new value. */
  paths: [string[], (v: unknown) => void][];
  last: unknown[];
}

/** One Excel.run: the request context, the mocks it created, and what to do at sync. */
class Session {
  readonly context: OfficeMockObject & Record<string, unknown>;
  private readonly mocks: OfficeMockObject[] = [];
  private readonly tracked: Tracked[] = [];
  private readonly atSync: Flush[] = [];

  constructor(private readonly x: FakeExcel) {
    this.context = new OfficeMockObject({
      sync: async () => this.sync(),
    }) as OfficeMockObject & Record<string, unknown>;
    this.context['workbook'] = this.workbook();
  }

  private mock(data: Record<string, unknown>): OfficeMockObject & Record<string, unknown> {
    const m = new OfficeMockObject(this.counted(data) as Record<string, unknown>) as OfficeMockObject & Record<string, unknown>;
    this.mocks.push(m);
    return m;
  }

  /** The data with every method wrapped so each call adds its request bytes (payload.ts's measure). */
  private counted(data: unknown): unknown {
    if (typeof data === 'function') {
      const fn = data as (...args: unknown[]) => unknown;
      return (...args: unknown[]): unknown => {
        this.x.pendingBytes += actionBytes(args.map((a) => (a && typeof a === 'object' && '__rect' in a ? '$range' : a)));
        return fn(...args);
      };
    }
    if (!data || typeof data !== 'object' || Array.isArray(data) || data instanceof OfficeMockObject) return data;
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, this.counted(v)]));
  }

  private track(obj: Record<string, unknown>, paths: [string[], (v: unknown) => void][]): void {
    const read = (p: string[]): unknown => p.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
    this.tracked.push({ obj, paths, last: paths.map(([p]) => read(p)) });
  }

  private async sync(): Promise<void> {
    this.x.syncCount++;
    if (this.x.failSync && this.x.failSync.at === this.x.syncCount) {
      const err = this.x.failSync.error;
      this.x.failSync = null;
      throw err;
    }
    const read = (obj: Record<string, unknown>, p: string[]): unknown => p.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
    for (const t of this.tracked) {
      t.paths.forEach(([p, apply], i) => {
        const v = read(t.obj, p);
        if (v !== t.last[i] && !isMockError(v) && v !== undefined) {
          this.x.pendingBytes += actionBytes(v);
          apply(v);
        }
      });
    }
    this.x.requests.push(this.x.pendingBytes);
    this.x.pendingBytes = 0;
    const flushes = this.atSync.splice(0);
    for (const f of flushes) f();
    for (const m of [...this.mocks]) await m.sync();
    for (let i = 0; i < 8; i++) await Promise.resolve();
    for (const t of this.tracked) t.last = t.paths.map(([p]) => read(t.obj, p));
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
    // Like office.js, a null object accepts any load and reports isNullObject after sync.
    const m = this.mock({ load: () => m });
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
      // Applied at sync, after the batch's writes: Excel runs a batch in order.
      delete: () => { this.atSync.push(() => { x.sheets = x.sheets.filter((ss) => ss !== s); }); },
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
        // "unprotect, write, protect" queued in one batch.
        protect: () => { this.atSync.push(() => { s.protected = true; }); },
        unprotect: () => { s.protected = false; },
      },
      pageLayout: {
        orientation: '', paperSize: '',
        setPrintTitleRows: (rows: string) => { s.page['titleRows'] = rows; },
      },
      // Worksheet.horizontalPageBreaks (ExcelApi 1.9): add(range) breaks above the range's top-left cell.
      horizontalPageBreaks: {
        add: (range: string | { __rect: CellRange }) => {
          const rect = typeof range === 'string' ? parseRange(localAddress(range)) : range.__rect;
          if (!rect) throw new Error(`InvalidArgument: ${String(range)}`);
          const breaks = (s.page['breaksBefore'] as number[] | undefined) ?? [];
          breaks.push(rect.top);
          s.page['breaksBefore'] = breaks;
        },
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
        add: (h: (e: unknown) => Promise<unknown>) => {
          b.handlers.push(h);
          const ctx = this.context;
          return { context: ctx, remove: () => { b.handlers = b.handlers.filter((hh) => hh !== h); } };
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

  private styleTracking(apply: (style: Record<string, unknown>) => void, extra: [string[], (v: unknown) => void][] = []): [string[], (v: unknown) => void][] {
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
      getEntireColumn: () => this.rangeMock(s, { top: 1, bottom: 1048576, left: rect.left, right: rect.right }),
      getEntireRow: () => this.rangeMock(s, { top: rect.top, bottom: rect.bottom, left: 1, right: 16384 }),
      getMergedAreasOrNullObject: () => {
        const inside = s.merges.filter((mm) => mm.top >= rect.top && mm.bottom <= rect.bottom && mm.left >= rect.left && mm.right <= rect.right);
        if (!inside.length) return this.nullObject();
        const areas = this.mock({ address: inside.map((mm) => `'${s.name}'!${columnLetters(mm.left)}${mm.top}:${columnLetters(mm.right)}${mm.bottom}`).join(', ') });
        areas['isNullObject'] = false;
        return areas;
      },
    });
    m['isNullObject'] = false;
    m['__rect'] = rect;
    m['worksheet'] = this.sheetMock(s);
    m['conditionalFormats'] = this.cfCollection(s, [rect]);
    const applyStyle = (st: Record<string, unknown>): void => { if (!entireCol && !entireRow) each((c) => { c.style = { ...c.style, ...st }; }); };
    this.track(m, this.styleTracking(applyStyle, [
      [['values'], (v) => {
        const mv = v as unknown[][];
        each((c, r, col) => {
          const nv = mv[r - rect.top]?.[col - rect.left];
          if (nv === undefined) return;
          c.v = typeof nv === 'string' && nv.startsWith("'") ? nv.slice(1) : (nv as string | number | boolean);
          if (typeof nv === 'string' && /^#[A-Z/0!?]+/.test(nv) && nv.endsWith('!') || nv === '#N/A') c.type = 'Error'; else delete c.type;
        });
      }],
      [['numberFormat'], (v) => {
        const mv = v as string[][];
        // A one-value matrix is applied to every cell (as Excel does).
        const one = mv.length === 1 && mv[0]?.length === 1 ? mv[0][0] : undefined;
        each((c, r, col) => { const f = one ?? mv[r - rect.top]?.[col - rect.left]; if (f !== undefined) { if (f === 'General') delete c.fmt; else c.fmt = f; } });
      }],
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
