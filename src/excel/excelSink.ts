/**
 * The office.js BulletinSink: writes Zhuanbao's sheets (the bulletin 工作专报 and the ledger 汇总台账)
 * into the open workbook. Each sheet is written in full to a new temporary sheet first; only when
 * every sheet is complete are the old sheets Zhuanbao wrote deleted and the new ones renamed into
 * place, so a failure leaves no half-written sheet. A sheet of the same name that Zhuanbao did not
 * write is never replaced. Three `context.sync()` calls for the whole bulletin, whatever its size;
 * more only when one request would pass Excel on the web's 5 MB limit.
 */
import { SheetModel } from '../domain/sheetModel';
import { BulletinSink } from '../domain/workbookPort';
import { ExcelStepError, ZhuanbaoError, step } from './errors';
import { ExcelRunner, asOwnWrite, officeRunner } from './runner';
import { StoredState, queueLoadState, queueSaveState } from './storedState';
import {
  OP_OVERHEAD_BYTES, REQUEST_BUDGET_BYTES, SheetWritePlan, StyleGroup, formatAreaBytes, planSheet, rangeAddress, styleGroupBytes,
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
  constructor(private readonly context: Excel.RequestContext, private readonly budget: number) {}

  async add(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.budget) {
      await this.context.sync();
      this.bytes = 0;
    }
    this.bytes += bytes;
  }
}

function applyStyle(format: Excel.RangeFormat, g: StyleGroup): void {
  const s = g.style;
  if (s.bold) format.font.bold = true;
  if (s.size !== undefined) format.font.size = s.size;
  if (s.font) format.font.name = s.font;
  if (s.color) format.font.color = s.color;
  if (s.fill) format.fill.color = s.fill;
  if (s.hAlign) format.horizontalAlignment = H_ALIGN[s.hAlign];
  if (s.vAlign) format.verticalAlignment = V_ALIGN[s.vAlign];
  if (s.wrap) format.wrapText = true;
  if (s.border) {
    for (const edge of BORDER_EDGES) {
      const b = format.borders.getItem(edge);
      b.style = 'Continuous';
      b.color = '#808080';
    }
  }
}

async function writePlan(ws: Excel.Worksheet, model: SheetModel, plan: SheetWritePlan, budget: RequestBudget): Promise<void> {
  for (const block of plan.valueBlocks) {
    await budget.add(block.bytes);
    ws.getRangeByIndexes(block.start, 0, block.count, plan.colCount).values = plan.values.slice(block.start, block.start + block.count);
  }
  for (const g of plan.numberFormats) {
    for (const a of g.areas) {
      await budget.add(formatAreaBytes(g.numFmt, a));
      const rows = a.bottom - a.top + 1;
      const cols = a.right - a.left + 1;
      ws.getRange(rangeAddress(a)).numberFormat = Array.from({ length: rows }, () => new Array<string>(cols).fill(g.numFmt));
    }
  }
  for (const g of plan.styles) {
    await budget.add(styleGroupBytes(g));
    for (const list of g.addressLists) applyStyle(ws.getRanges(list).format, g);
  }
  for (const m of model.merges) {
    await budget.add(200);
    ws.getRange(rangeAddress(m)).merge(false);
  }
  model.columns.forEach((c, i) => {
    ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = columnWidthPoints(c.width);
  });
  for (const h of plan.rowHeights) ws.getRange(`${h.top}:${h.bottom}`).format.rowHeight = h.height;
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
    if (model.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1 };
  }
  if (model.table) {
    const t = ws.tables.add(rangeAddress(model.table.range), true);
    t.showBandedRows = false;
    t.style = 'TableStyleLight1';
  }
  if (model.tabColor) ws.tabColor = model.tabColor;
  for (const c of model.charts ?? []) {
    await budget.add(OP_OVERHEAD_BYTES * 8 + c.title.length * 3);
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
    await asOwnWrite(async () => {
      let written = false;
      try {
        await step('写入专报工作表', () => this.run(async (context) => {
          // 1. What is there, and which sheets did Zhuanbao write before.
          const sheets = context.workbook.worksheets;
          sheets.load('items/name,items/id');
          const loadState = queueLoadState(context);
          await context.sync();
          const { state } = loadState();
          const own = new Set(state.ownSheets.map((o) => o.id));
          const olds = models.map((m) => sheets.items.find((s) => sameName(s.name, m.name)) ?? null);
          models.forEach((m, i) => {
            const old = olds[i];
            if (old && !own.has(old.id)) {
              throw new ZhuanbaoError(`工作簿中已有名为「${m.name}」的工作表，但它不是专报助手生成的。为避免覆盖您的数据，未写入专报。请将该表改名，或在设置中更改专报工作表名称后重试。`);
            }
          });

          // 2. Write every sheet in full to a temporary sheet.
          const budget = new RequestBudget(context, this.budget);
          const created: Excel.Worksheet[] = [];
          for (const { model, temp } of temps) {
            const ws = sheets.add(temp);
            ws.load('id');
            created.push(ws);
            await writePlan(ws, model, planSheet(model, this.budget), budget);
          }
          await context.sync();
          written = true;

          // 3. Swap: delete the old sheets Zhuanbao wrote, rename the new ones into place.
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
          await context.sync();
        }));
      } catch (err) {
        await this.cleanUp(temps, written).catch((cleanupErr: unknown) => {
          // Both are reported: the original failure, and that cleaning up failed too.
          if (err instanceof Error) {
            err.message += `（另外，${cleanupErr instanceof Error ? cleanupErr.message : String(cleanupErr)}；请手动删除名称以 zb-tmp- 开头的工作表）`;
          }
        });
        throw err;
      }
    });
  }

  /**
   * After a failure: temporary sheets are deleted, except that a complete one whose old sheet is
   * already gone is renamed into place (so the clerk is never left with neither).
   */
  private async cleanUp(temps: { model: SheetModel; temp: string }[], complete: boolean): Promise<void> {
    await step('清理未完成的临时工作表', () => this.run(async (context) => {
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
        if (complete && o.isNullObject) t.name = model.name;
        else t.delete();
        changed = true;
      }
      if (changed) await context.sync();
    }));
  }
}

export { ExcelStepError };
