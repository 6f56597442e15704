/**
 * The office.js Highlighter: marks lagging rows in the departments' own sheets with conditional
 * formats (fill and font colour by grade), never touching the cells' values or own formats, so
 * 清除标记 restores exactly what the clerk had. Zhuanbao's conditional formats are recognised by a
 * marker in their formula and are the only ones removed. Three `context.sync()` calls each way.
 */
import { HighlightTarget, Highlighter } from '../domain/workbookPort';
import { step } from './errors';
import { ExcelRunner, officeRunner, ownWrite } from './runner';
import { ownSheetNames, queueLoadState } from './storedState';
import { addressLists } from './writePlan';

/** The marker every Zhuanbao conditional format carries in its formula. */
export const HIGHLIGHT_MARKER = 'zhuanbao-lag';

/** The formula of a highlight: always true, and recognisable. */
export function highlightFormula(grade: 'yellow' | 'red'): string {
  return `=N("${HIGHLIGHT_MARKER}-${grade}")=0`;
}

export type HighlightColours = Parameters<Highlighter['highlight']>[1];

export interface HighlightOutcome {
  /** Rows marked. */
  marked: number;
  /** Targets whose sheet is not in this workbook. */
  missing: HighlightTarget[];
  /** Zhuanbao conditional formats removed. */
  removed: number;
  /** Protected sheets left untouched (neither marked nor cleared). */
  protectedSheets: string[];
  /** Plain Chinese notes for the clerk (protected sheets). */
  messages: string[];
}

/** The office.js Highlighter. */
export class ExcelHighlighter implements Highlighter {
  private readonly run: ExcelRunner;
  last: HighlightOutcome = { marked: 0, missing: [], removed: 0, protectedSheets: [], messages: [] };

  constructor(runner?: ExcelRunner) {
    this.run = runner ?? officeRunner;
  }

  /**
   * Marks the targets (replacing earlier marks). If Excel fails midway, the marks already made are
   * removed again, so the workbook is left with no highlight rather than some, and the error is
   * rethrown.
   */
  async highlight(targets: HighlightTarget[], colours: HighlightColours): Promise<void> {
    try {
      this.last = await step('标记滞后指标', () => this.apply(targets, colours));
    } catch (err) {
      await step('撤销未完成的滞后标记', () => this.apply([], null)).catch((cleanupErr: unknown) => {
        if (err instanceof Error) {
          err.message += `（另外，${cleanupErr instanceof Error ? cleanupErr.message : String(cleanupErr)}；请点击“清除标记”后重试）`;
        }
      });
      throw err;
    }
  }

  async clearHighlights(): Promise<void> {
    this.last = await step('清除滞后标记', () => this.apply([], null));
  }

  /** Removes Zhuanbao's conditional formats everywhere, then adds the new ones (if any). */
  private apply(targets: HighlightTarget[], colours: HighlightColours | null): Promise<HighlightOutcome> {
    return ownWrite(this.run, async (context, done) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/protection/protected');
      const loadState = queueLoadState(context);
      await context.sync();
      const own = ownSheetNames(loadState());
      const locked = new Set(sheets.items.filter((s) => !own.has(s.name) && s.protection.protected).map((s) => s.name));
      const scanned = sheets.items
        .filter((s) => !own.has(s.name) && !locked.has(s.name))
        .map((s) => {
          const cfs = s.getRange().conditionalFormats;
          cfs.load('items/type,items/customOrNullObject/rule/formula');
          return { sheet: s, cfs };
        });
      await context.sync();

      let removed = 0;
      for (const { cfs } of scanned) {
        for (const cf of cfs.items) {
          if (cf.type !== 'Custom' || cf.customOrNullObject.isNullObject) continue;
          // A custom rule without a formula cannot be made in Excel: it is one of ours whose batch
          // failed before its formula was set.
          const formula = cf.customOrNullObject.rule.formula ?? '';
          if (formula.includes(HIGHLIGHT_MARKER) || formula === '') {
            cf.delete();
            removed++;
          }
        }
      }
      const names = new Set(sheets.items.map((s) => s.name));
      const missing = targets.filter((t) => !names.has(t.sheet));
      const groups = new Map<string, { sheet: string; grade: 'yellow' | 'red'; ranges: { top: number; left: number; bottom: number; right: number }[] }>();
      const skipped = new Map<string, number>();
      for (const t of targets) {
        if (!names.has(t.sheet)) continue;
        if (locked.has(t.sheet)) { skipped.set(t.sheet, (skipped.get(t.sheet) ?? 0) + 1); continue; }
        const key = `${t.sheet}\u0000${t.grade}`;
        const g = groups.get(key) ?? { sheet: t.sheet, grade: t.grade, ranges: [] };
        g.ranges.push({ top: t.row, bottom: t.row, left: t.left, right: t.right });
        groups.set(key, g);
      }
      let marked = 0;
      if (colours) {
        for (const g of groups.values()) {
          const ws = sheets.getItem(g.sheet);
          for (const list of addressLists(g.ranges)) {
            const cf = ws.getRanges(list).conditionalFormats.add('Custom');
            cf.custom.rule.formula = highlightFormula(g.grade);
            cf.custom.format.fill.color = g.grade === 'red' ? colours.redFill : colours.yellowFill;
            cf.custom.format.font.color = g.grade === 'red' ? colours.redFont : colours.yellowFont;
          }
          marked += g.ranges.length;
        }
      }
      done();
      await context.sync();
      const messages = [...skipped].map(([sheet, n]) => `工作表「${sheet}」受保护，其中 ${n} 行滞后指标未标记。请先撤销该表的保护（审阅 → 撤销工作表保护）再重新标记。`);
      if (!colours) for (const sheet of locked) messages.push(`工作表「${sheet}」受保护，其中的滞后标记（如有）未清除。请先撤销该表的保护再清除。`);
      return { marked, missing, removed, protectedSheets: [...locked], messages };
    });
  }
}

