/**
 * Importing departments' workbooks as sheets of the open workbook. Which sheets are imported (those
 * with a recognisable header) and their names (the project's sheet-name rule, unique) are decided from
 * the grids the pane read. Two ways in:
 *
 * - `.xlsx` files, where the host has ExcelApi 1.13: `Workbook.insertWorksheetsFromBase64` copies the
 *   sheets whole, with their styles, conditional formats and data validation ("Inserts the specified
 *   worksheets from a source workbook into the current workbook … supported for Office on Windows,
 *   Mac, and the web. In Excel on the web, this API doesn't support inserting charts, comments,
 *   PivotTables, or slicers", reference of the method). One request per file, so a file Excel refuses
 *   (or one whose Base64 would pass the 5 MB request limit of Excel on the web) falls back alone.
 * - Every other file, and the fallback: the grids written cell by cell (values, number formats,
 *   merged areas, tables, column widths), each sheet in row blocks so that no request passes the
 *   budget.
 */
import { GridView, SheetGrid, columnLetters, isCellDate, isCellError } from '../domain/grid';
import { detectLayout } from '../domain/sheetLayout';
import { importSheetName } from './candidates';
import { isoToSerial } from './officeValues';
import { actionBytes, utf8Length } from './payload';
import { ApiSupport, ExcelRunner, ownWrite } from './runner';
import { StoredImport, StoredState, queueLoadState, queueSaveState } from './storedState';
import { textEntry } from './textEntry';
import { REQUEST_BUDGET_BYTES, rangeAddress } from './writePlan';

export interface ImportOutcome {
  imported: StoredImport[];
  /** Sheets not imported, with the reason. */
  skipped: { file: string; sheet: string; reason: string }[];
  /** Files imported whole by insertWorksheetsFromBase64 (styles and validations kept). */
  native?: string[];
  /** Plain Chinese notes (a file that fell back to the cell-by-cell import, and why). */
  notes?: string[];
}

/** A department's file as the clerk chose it. */
export interface ImportFile {
  name: string;
  data: ArrayBuffer;
}

export interface ImportOptions {
  budget?: number;
  supports?: ApiSupport;
}

/**
 * The value office.js is given for a domain cell value: dates as serials, text kept as text.
 * @example officeValue({ v: '001' }) === "'001"; officeValue({ v: { date: '2026-03-20' } }) === 46101
 */
export function officeValue(cell: SheetGrid['rows'][number][number]): string | number | boolean {
  const x = cell?.v ?? null;
  if (x === null) return '';
  if (isCellDate(x)) return isoToSerial(x.date);
  if (isCellError(x)) return x.error;
  if (typeof x === 'string') return textEntry(x);
  return x;
}

/** The grids worth importing (a recognisable header), and the others with the reason. */
export function usefulGrids(grids: SheetGrid[]): { useful: SheetGrid[]; skipped: ImportOutcome['skipped'] } {
  const useful: SheetGrid[] = [];
  const skipped: ImportOutcome['skipped'] = [];
  for (const g of grids) {
    if (g.rows.length > 0 && detectLayout(new GridView(g)) !== null) useful.push(g);
    else skipped.push({ file: g.file, sheet: g.sheet, reason: '没有可识别的表头（可能是填报说明）' });
  }
  return { useful, skipped };
}

/** Names for the sheets to import, unique against `taken` (which is extended). */
export function importNames(useful: SheetGrid[], taken: Set<string>): string[] {
  const perFile = new Map<string, number>();
  for (const g of useful) perFile.set(g.file, (perFile.get(g.file) ?? 0) + 1);
  return useful.map((g) => {
    const name = importSheetName(g.file, g.sheet, taken, perFile.get(g.file) ?? 1);
    taken.add(name);
    return name;
  });
}

/** The state with these imports recorded (a sheet imported again replaces its record). */
function withImports(state: StoredState, imported: StoredImport[]): StoredState {
  return { ...state, imports: [...state.imports.filter((i) => !imported.some((n) => n.sheet === i.sheet)), ...imported] };
}

/**
 * Row blocks of a rows × cols sheet whose values and formats fit `budget` bytes each.
 * @example rowBlocks([10, 10, 10], 25) → [{ start: 0, count: 2 }, { start: 2, count: 1 }]
 */
export function rowBlocks(rowBytes: number[], budget: number): { start: number; count: number }[] {
  const blocks: { start: number; count: number }[] = [];
  let start = 0;
  let bytes = 0;
  rowBytes.forEach((b, r) => {
    if (r > start && bytes + b > budget) {
      blocks.push({ start, count: r - start });
      start = r;
      bytes = 0;
    }
    bytes += b;
  });
  if (rowBytes.length > start) blocks.push({ start, count: rowBytes.length - start });
  return blocks;
}

/** Queues one grid's sheet, syncing early whenever the request would pass the budget. */
async function queueGridSheet(context: Excel.RequestContext, g: SheetGrid, name: string, budget: { add: (n: number) => Promise<void>; room: number }): Promise<void> {
  const ws = context.workbook.worksheets.add(name);
  const view = new GridView(g);
  const rows = view.rowCount;
  const cols = Math.max(1, view.colCount);
  const values = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => officeValue(g.rows[r]?.[c])));
  const formats = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => g.rows[r]?.[c]?.fmt ?? 'General'));
  const rowBytes = values.map((v, r) => utf8Length(JSON.stringify(v)) + utf8Length(JSON.stringify(formats[r])) + 2);
  for (const b of rowBlocks(rowBytes, budget.room)) {
    await budget.add(rowBytes.slice(b.start, b.start + b.count).reduce((n, x) => n + x, 0) + 2 * actionBytes([b.start, 0, b.count, cols]));
    const block = ws.getRangeByIndexes(b.start, 0, b.count, cols);
    // Formats first: text formats ('@') then keep the values written after them as text.
    block.numberFormat = formats.slice(b.start, b.start + b.count);
    block.values = values.slice(b.start, b.start + b.count);
  }
  await budget.add((g.merges.length + g.tables.length + 1) * actionBytes(['A1:Z99', true]));
  for (const m of g.merges) ws.getRange(rangeAddress(m)).merge(false);
  for (const t of g.tables) ws.tables.add(rangeAddress(t.range), true);
  if (rows > 0) ws.getRange(`A1:${columnLetters(cols)}${rows}`).format.autofitColumns();
}

/**
 * Imports grids cell by cell: values, number formats, merged areas, tables, column widths. Two syncs,
 * more only past the request budget.
 */
export function importGrids(run: ExcelRunner, grids: SheetGrid[], budget = REQUEST_BUDGET_BYTES): Promise<ImportOutcome> {
  return ownWrite(run, async (context, done) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const load = queueLoadState(context);
    await context.sync();
    const { state } = load();
    const { useful, skipped } = usefulGrids(grids);
    const names = importNames(useful, new Set(sheets.items.map((s) => s.name)));
    let bytes = 0;
    const room = Math.max(10_000, budget - 100_000);
    const request = {
      room,
      add: async (n: number): Promise<void> => {
        if (bytes > 0 && bytes + n > room) { await context.sync(); bytes = 0; }
        bytes += n;
      },
    };
    const imported: StoredImport[] = [];
    for (const [i, g] of useful.entries()) {
      await queueGridSheet(context, g, names[i]!, request);
      imported.push({ sheet: names[i]!, file: g.file, sourceSheet: g.sheet });
    }
    queueSaveState(context, withImports(state, imported));
    done();
    await context.sync();
    return { imported, skipped };
  });
}

/** Base64 of bytes (btoa over chunks: no Buffer in the pane). */
export function toBase64(data: ArrayBuffer): string {
  const bytes = new Uint8Array(data);
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += btoa(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  return out;
}

/**
 * Imports the files: `.xlsx` whole with insertWorksheetsFromBase64 where ExcelApi 1.13 is supported
 * and the file fits one request, the rest (and any file Excel refuses to insert) from their grids.
 * Syncs: 1 + one per inserted file + 1, then importGrids's for the others.
 */
export async function importFiles(run: ExcelRunner, files: ImportFile[], grids: SheetGrid[], options: ImportOptions = {}): Promise<ImportOutcome> {
  const budget = options.budget ?? REQUEST_BUDGET_BYTES;
  const native = (options.supports?.('1.13') ?? false)
    ? files.filter((f) => /\.xlsx$/i.test(f.name) && Math.ceil(f.data.byteLength / 3) * 4 + 10_000 <= budget)
    : [];
  const outcome: ImportOutcome = { imported: [], skipped: [], native: [], notes: [] };
  const fallback = new Set(files.filter((f) => !native.includes(f)).map((f) => f.name));
  if (native.length) {
    const inserted = await insertFiles(run, native, grids);
    outcome.imported.push(...inserted.imported);
    outcome.skipped.push(...inserted.skipped);
    outcome.native!.push(...inserted.native);
    outcome.notes!.push(...inserted.notes);
    for (const f of inserted.failed) fallback.add(f);
  }
  const rest = grids.filter((g) => fallback.has(g.file) || !files.some((f) => f.name === g.file));
  if (rest.length) {
    const byGrid = await importGrids(run, rest, budget);
    outcome.imported.push(...byGrid.imported);
    outcome.skipped.push(...byGrid.skipped);
  }
  return outcome;
}

/** The insertWorksheetsFromBase64 half of importFiles. */
function insertFiles(run: ExcelRunner, files: ImportFile[], grids: SheetGrid[]): Promise<ImportOutcome & { native: string[]; notes: string[]; failed: string[] }> {
  return ownWrite(run, async (context, done) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/id');
    const load = queueLoadState(context);
    await context.sync();
    const { state } = load();
    const out = { imported: [] as StoredImport[], skipped: [] as ImportOutcome['skipped'], native: [] as string[], notes: [] as string[], failed: [] as string[] };
    const placed: { id: string; grid: SheetGrid }[] = [];
    // The sheets as last loaded by a request that went through (a refused one loads nothing).
    let known = sheets.items.map((s) => ({ id: s.id, name: s.name }));
    for (const f of files) {
      const { useful, skipped } = usefulGrids(grids.filter((g) => g.file === f.name));
      if (!useful.length) { out.skipped.push(...skipped); continue; }
      const ids = context.workbook.insertWorksheetsFromBase64(toBase64(f.data), { sheetNamesToInsert: useful.map((g) => g.sheet), positionType: 'End' });
      // Loaded after the insert in the same request: the names the inserted sheets came in with.
      sheets.load('items/name,items/id');
      try {
        await context.sync();
      } catch (err) {
        // Only this file's request failed (each file has its own): it is imported from its grids.
        out.failed.push(f.name);
        out.notes.push(`「${f.name}」未能整表插入（${err instanceof Error ? err.message : String(err)}），已改为逐格导入（样式、条件格式和数据验证不保留）。`);
        continue;
      }
      known = sheets.items.map((s) => ({ id: s.id, name: s.name }));
      out.native.push(f.name);
      out.skipped.push(...skipped);
      ids.value.forEach((id, i) => { const g = useful[i]; if (g) placed.push({ id, grid: g }); });
    }
    if (!placed.length) return out;
    // The inserted sheets are renamed by the project's rule; names are chosen against every sheet now there.
    const nameOf = new Map(known.map((s) => [s.id, s.name]));
    const taken = new Set(known.map((s) => s.name));
    const perFile = new Map<string, number>();
    for (const p of placed) perFile.set(p.grid.file, (perFile.get(p.grid.file) ?? 0) + 1);
    placed.forEach((p) => {
      // A sheet may keep the name it came in with; renames apply in order, so a name freed by an
      // earlier rename can be taken by a later one.
      const current = nameOf.get(p.id) ?? '';
      taken.delete(current);
      const name = importSheetName(p.grid.file, p.grid.sheet, taken, perFile.get(p.grid.file) ?? 1);
      taken.add(name);
      if (current !== name) sheets.getItem(p.id).name = name;
      out.imported.push({ sheet: name, file: p.grid.file, sourceSheet: p.grid.sheet });
    });
    queueSaveState(context, withImports(state, out.imported));
    done();
    await context.sync();
    return out;
  });
}
