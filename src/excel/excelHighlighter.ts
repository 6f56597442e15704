/**
 * The office.js Highlighter: marks lagging rows in the departments' own sheets with conditional
 * formats (fill and font colour by grade), never touching the cells' values or own formats, so
 * 清除标记 restores exactly what the clerk had. Zhuanbao's conditional formats are recognised by a
 * marker in their formula and are the only ones removed. Three `context.sync()` calls each way.
 */
import { HighlightTarget, Highlighter } from '../domain/workbookPort';
import { step } from './errors';
import { ExcelRunner, asOwnWrite, officeRunner } from './runner';
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
}

/** The office.js Highlighter. */
export class ExcelHighlighter implements Highlighter {
  private readonly run: ExcelRunner;
  last: HighlightOutcome = { marked: 0, missing: [], removed: 0 };

  constructor(runner?: ExcelRunner) {
    this.run = runner ?? officeRunner;
  }

  async highlight(targets: HighlightTarget[], colours: HighlightColours): Promise<void> {
    this.last = await asOwnWrite(() => step('标记滞后指标', () => this.apply(targets, colours)));
  }

  async clearHighlights(): Promise<void> {
    this.last = await asOwnWrite(() => step('清除滞后标记', () => this.apply([], null)));
  }

  /** Removes Zhuanbao's conditional formats everywhere, then adds the new ones (if any). */
  private apply(targets: HighlightTarget[], colours: HighlightColours | null): Promise<HighlightOutcome> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const loadState = queueLoadState(context);
      await context.sync();
      const own = ownSheetNames(loadState());
      const scanned = sheets.items
        .filter((s) => !own.has(s.name))
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
          if (cf.customOrNullObject.rule.formula?.includes(HIGHLIGHT_MARKER)) {
            cf.delete();
            removed++;
          }
        }
      }
      const names = new Set(sheets.items.map((s) => s.name));
      const missing = targets.filter((t) => !names.has(t.sheet));
      const groups = new Map<string, { sheet: string; grade: 'yellow' | 'red'; ranges: { top: number; left: number; bottom: number; right: number }[] }>();
      for (const t of targets) {
        if (!names.has(t.sheet)) continue;
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
      await context.sync();
      return { marked, missing, removed };
    });
  }
}

