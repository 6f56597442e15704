/**
 * The office.js BulletinSink: writes Zhuanbao's sheets (the bulletin 工作专报 and the ledger 汇总台账)
 * into the open workbook. Each sheet is written in full to a new temporary sheet first; only when
 * every sheet is complete are the old sheets Zhuanbao wrote deleted and the new ones renamed into
 * place, so a failure leaves no half-written sheet. A sheet of the same name that Zhuanbao did not
 * write is never replaced. Two `context.sync()` calls for the whole bulletin — the loads ride with
 * the first request of writes, the swap with the last — more only when the writes need more than
 * one request under Excel on the web's 5 MB limit (measured as payload.ts measures it).
 */
import { SheetModel } from '../domain/sheetModel';
import { BulletinSink } from '../domain/workbookPort';
import { ExcelStepError, ZhuanbaoError, step } from './errors';
import { ExcelRunner, officeRunner, ownWrite } from './runner';
import { STATE_KEY, StoredState, queueLoadState, queueSaveState } from './storedState';
import { actionBytes } from './payload';
import {
  REQUEST_BUDGET_BYTES, SheetWritePlan, StyleLayer, layerBytes, mergeBytes, planSheet, rangeAddress,
} from './writePlan';

const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;
const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const CHART_TYPES = { columnClustered: 'ColumnClustered' } as const;
const SERIES_BY = { columns: 'Columns' } as const;

/** Column width in points from ExcelJS-style character widths. */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Queues operations, syncing early only when the queued request would pass the budget. */
class RequestBudget {
  private bytes = 0;
  /** Syncs made so far. */
  syncs = 0;
  constructor(private readonly context: Excel.RequestContext, private readonly budget: number) {}

  async add(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.budget) {
      await this.context.sync();
      this.syncs++;
      this.bytes = 0;
    }
    this.bytes += bytes;
  }
}

function applyLayer(format: Excel.RangeFormat, l: StyleLayer): void {
  const v = l.value;
  switch (l.prop) {
    case 'bold': format.font.bold = v === true; break;
    case 'size': format.font.size = Number(v); break;
    case 'font': format.font.name = String(v); break;
    case 'color': format.font.color = String(v); break;
    case 'fill': format.fill.color = String(v); break;
    case 'hAlign': format.horizontalAlignment = H_ALIGN[v as keyof typeof H_ALIGN]; break;
    case 'vAlign': format.verticalAlignment = V_ALIGN[v as keyof typeof V_ALIGN]; break;
    case 'wrap': format.wrapText = v === true; break;
    case 'border':
      for (const edge of BORDER_EDGES) {
        const b = format.borders.getItem(edge);
        b.style = 'Continuous';
        b.color = '#808080';
      }
      break;
  }
}

/** Request bytes of the sheet-level settings (widths, freeze, print, table, tab colour, charts). */
function sheetSetupBytes(model: SheetModel): number {
  let n = model.columns.length * (actionBytes([0, 0, 1, 1]) + actionBytes([]) + actionBytes(100));
  n += 12 * actionBytes('Landscape');
  if (model.table) n += actionBytes([rangeAddress(model.table.range), true]) + 3 * actionBytes(model.table.name);
  for (const c of model.charts ?? []) n += actionBytes([CHART_TYPES[c.type], c.dataRange, SERIES_BY[c.seriesBy]]) + 6 * actionBytes(c.title);
  return n;
}

async function writePlan(ws: Excel.Worksheet, model: SheetModel, plan: SheetWritePlan, budget: RequestBudget): Promise<void> {
  for (const block of plan.valueBlocks) {
    await budget.add(block.bytes);
    ws.getRangeByIndexes(block.start, 0, block.count, plan.colCount).values = plan.values.slice(block.start, block.start + block.count);
  }
  for (const f of plan.numberFormats) {
    await budget.add(f.bytes);
    const range = ws.getRange(f.address);
    const one = f.matrix.length === 1 && f.matrix[0]?.length === 1 ? f.matrix[0][0] : undefined;
    // One value is applied to every cell of the range ("If the argument is a single value, it will be
    // applied to all cells in the range", reference of Range.numberFormat, ExcelApi 1.1); a matrix
    // must have the range's shape, so a 1×1 matrix would fail on a larger range.
    if (one !== undefined) (range as unknown as { numberFormat: string }).numberFormat = one;
    else range.numberFormat = f.matrix;
  }
  for (const l of plan.styles) {
    for (const list of l.addressLists) {
      await budget.add(layerBytes(l.prop, l.value, [list]));
      applyLayer(ws.getRanges(list).format, l);
    }
  }
  for (const h of plan.rowHeights) {
    for (const list of h.addressLists) {
      await budget.add(actionBytes([list]) + actionBytes(h.height));
      ws.getRanges(list).format.rowHeight = h.height;
    }
  }
  for (const m of plan.merges) {
    await budget.add(mergeBytes([m]));
    ws.getRange(m.address).merge(m.across);
  }
  await budget.add(sheetSetupBytes(model));
  model.columns.forEach((c, i) => {
    ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = columnWidthPoints(c.width);
  });
  if (model.freeze && (model.freeze.rows > 0 || model.freeze.cols > 0)) {
    const { rows, cols } = model.freeze;
    if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, cols));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else ws.freezePanes.freezeColumns(cols);
  }
  if (model.print) {
    ws.pageLayout.orientation = model.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    ws.pageLayout.paperSize = 'A4';
    if (model.print.repeatRows) ws.pageLayout.setPrintTitleRows(`$${model.print.repeatRows.top}:$${model.print.repeatRows.bottom}`);
    // Fit to one page wide, as many tall as needed: both dimensions are set, since Excel on Windows
    // does not apply horizontalFitToPages alone (OfficeDev/office-js#1860); 0 is "automatic", as
    // Excel's own fitToHeight="0".
    if (model.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  }
  if (model.table) {
    const t = ws.tables.add(rangeAddress(model.table.range), true);
    t.showBandedRows = false;
    t.style = 'TableStyleLight1';
  }
  if (model.tabColor) ws.tabColor = model.tabColor;
  for (const c of model.charts ?? []) {
    const chart = ws.charts.add(CHART_TYPES[c.type], ws.getRange(c.dataRange), SERIES_BY[c.seriesBy]);
    chart.title.text = c.title;
    chart.setPosition(c.anchor);
    chart.width = c.size.width;
    chart.height = c.size.height;
    chart.legend.position = 'Bottom';
    if (c.valueFormat) chart.axes.valueAxis.numberFormat = c.valueFormat;
  }
}

export interface ExcelSinkOptions {
  runner?: ExcelRunner;
  /** Request budget in bytes (tests lower it to exercise chunking). */
  budget?: number;
  /** Activate the first written sheet (default true). */
  activate?: boolean;
}

/** Excel sheet names compare without regard to case. */
function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/** The office.js BulletinSink over the open workbook. */
export class ExcelBulletinSink implements BulletinSink {
  private readonly run: ExcelRunner;
  private readonly budget: number;
  private readonly activate: boolean;

  constructor(options: ExcelSinkOptions = {}) {
    this.run = options.runner ?? officeRunner;
    this.budget = options.budget ?? REQUEST_BUDGET_BYTES;
    this.activate = options.activate ?? true;
  }

  async writeSheets(models: SheetModel[]): Promise<void> {
    if (!models.length) return;
    const stamp = Date.now().toString(36).slice(-6);
    const temps = models.map((m, i) => ({ model: m, temp: `zb-tmp-${stamp}-${i}` }));
    {
      // Which of the sheets existed (and were Zhuanbao's) before, once known.
      let existed: boolean[] | null = null;
      try {
        await step('写入专报工作表', () => ownWrite(this.run, async (context, done) => {
          // 1. What is there, and which sheets did Zhuanbao write before — loaded with the first
          //    request of writes, not in a sync of its own.
          const sheets = context.workbook.worksheets;
          sheets.load('items/name,items/id');
          const loadState = queueLoadState(context);
          const budget = new RequestBudget(context, this.budget);
          await budget.add(actionBytes('items/name,items/id') + actionBytes([STATE_KEY]) + actionBytes('value'));

          // 2. Write every sheet in full to a temporary sheet (new sheets: nothing of the clerk's
          //    is touched until the swap).
          const created: Excel.Worksheet[] = [];
          for (const { model, temp } of temps) {
            await budget.add(actionBytes([temp]) + actionBytes('id'));
            const ws = sheets.add(temp);
            ws.load('id');
            created.push(ws);
            // Value blocks leave room for the loads and the swap in their request.
            await writePlan(ws, model, planSheet(model, Math.max(1000, this.budget - 50_000)), budget);
          }
          // The loads are answered by the first sync; when all the writes fit one request, that
          // sync is this one.
          if (budget.syncs === 0) await context.sync();
          const { state } = loadState();
          const own = new Set(state.ownSheets.map((o) => o.id));
          const olds = models.map((m) => sheets.items.find((s) => sameName(s.name, m.name)) ?? null);
          existed = olds.map((o) => o !== null);
          models.forEach((m, i) => {
            const old = olds[i];
            if (old && !own.has(old.id)) {
              throw new ZhuanbaoError(`工作簿中已有名为「${m.name}」的工作表，但它不是专报助手生成的。为避免覆盖您的数据，未写入专报。请将该表改名，或在设置中更改专报工作表名称后重试。`);
            }
          });

          // 3. Swap, queued after the last writes: delete the old sheets Zhuanbao wrote, rename the
          //    new ones into place. Excel runs a batch in order, so if it fails midway the old
          //    sheets are still there unless every write before the swap went through.
          await budget.add(models.length * 8 * actionBytes(models[0]!.name) + actionBytes(JSON.stringify(state)));
          olds.forEach((old) => { if (old) sheets.getItem(old.id).delete(); });
          const ownSheets: StoredState['ownSheets'] = state.ownSheets.filter((o) => !models.some((m) => sameName(m.name, o.name)));
          temps.forEach(({ model }, i) => {
            const ws = created[i]!;
            ws.name = model.name;
            ws.position = i;
            if (model.table) ws.tables.getItemAt(0).name = model.table.name;
            ownSheets.push({ name: model.name, id: ws.id });
          });
          if (this.activate) created[0]!.activate();
          queueSaveState(context, { ...state, ownSheets });
          done();
          await context.sync();
        }));
      } catch (err) {
        await this.cleanUp(temps, existed).catch((cleanupErr: unknown) => {
          // Both are reported: the original failure, and that cleaning up failed too.
          if (err instanceof Error) {
            err.message += `（另外，${cleanupErr instanceof Error ? cleanupErr.message : String(cleanupErr)}；请手动删除名称以 zb-tmp- 开头的工作表）`;
          }
        });
        throw err;
      }
    }
  }

  /**
   * After a failure: temporary sheets are deleted, except where the old sheet existed and is gone:
   * the swap had started, so every write before it went through and the temporary sheet is
   * complete; it is renamed into place (so the clerk is never left with neither).
   */
  private async cleanUp(temps: { model: SheetModel; temp: string }[], existed: boolean[] | null): Promise<void> {
    await step('清理未完成的临时工作表', () => ownWrite(this.run, async (context, done) => {
      const found = temps.map(({ model, temp }) => {
        const t = context.workbook.worksheets.getItemOrNullObject(temp);
        const o = context.workbook.worksheets.getItemOrNullObject(model.name);
        t.load('name');
        o.load('name');
        return { t, o, model };
      });
      await context.sync();
      let changed = false;
      for (const { t, o, model } of found) {
        if (t.isNullObject) continue;
        if (existed?.[temps.findIndex((x) => x.model === model)] && o.isNullObject) t.name = model.name;
        else t.delete();
        changed = true;
      }
      if (changed) {
        done();
        await context.sync();
      }
    }));
  }
}

export { ExcelStepError };
