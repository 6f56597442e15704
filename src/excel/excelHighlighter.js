"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ExcelHighlighter = exports.HIGHLIGHT_MARKER = void 0;
exports.highlightFormula = highlightFormula;
const errors_1 = require("./errors");
const runner_1 = require("./runner");
const storedState_1 = require("./storedState");
const writePlan_1 = require("./writePlan");
/** The marker every Zhuanbao conditional format carries in its formula. */
exports.HIGHLIGHT_MARKER = 'zhuanbao-lag';
/** The formula of a highlight: always true, and recognisable. */
function highlightFormula(grade) {
    return `=N("${exports.HIGHLIGHT_MARKER}-${grade}")=0`;
}
/** The office.js Highlighter. */
class ExcelHighlighter {
    run;
    last = { marked: 0, missing: [], removed: 0, protectedSheets: [], messages: [] };
    constructor(runner) {
        this.run = runner ?? runner_1.officeRunner;
    }
    /**
     * Marks the targets (replacing earlier marks). If Excel fails midway, the marks already made are
     * removed again, so the workbook is left with no highlight rather than some, and the error is
     * rethrown.
     */
    async highlight(targets, colours) {
        try {
            this.last = await (0, errors_1.step)('标记滞后指标', () => this.apply(targets, colours));
        }
        catch (err) {
            await (0, errors_1.step)('撤销未完成的滞后标记', () => this.apply([], null)).catch((cleanupErr) => {
                if (err instanceof Error) {
                    err.message += `（另外，${cleanupErr instanceof Error ? cleanupErr.message : String(cleanupErr)}；请点击“清除标记”后重试）`;
                }
            });
            throw err;
        }
    }
    async clearHighlights() {
        this.last = await (0, errors_1.step)('清除滞后标记', () => this.apply([], null));
    }
    /** Removes Zhuanbao's conditional formats everywhere, then adds the new ones (if any). */
    apply(targets, colours) {
        return (0, runner_1.ownWrite)(this.run, async (context, done) => {
            const sheets = context.workbook.worksheets;
            sheets.load('items/name,items/protection/protected');
            const loadState = (0, storedState_1.queueLoadState)(context);
            await context.sync();
            const own = (0, storedState_1.ownSheetNames)(loadState());
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
                    if (cf.type !== 'Custom' || cf.customOrNullObject.isNullObject)
                        continue;
                    // A custom rule without a formula cannot be made in Excel: it is one of ours whose batch
                    // failed before its formula was set.
                    const formula = cf.customOrNullObject.rule.formula ?? '';
                    if (formula.includes(exports.HIGHLIGHT_MARKER) || formula === '') {
                        cf.delete();
                        removed++;
                    }
                }
            }
            const names = new Set(sheets.items.map((s) => s.name));
            const missing = targets.filter((t) => !names.has(t.sheet));
            const groups = new Map();
            const skipped = new Map();
            for (const t of targets) {
                if (!names.has(t.sheet))
                    continue;
                if (locked.has(t.sheet)) {
                    skipped.set(t.sheet, (skipped.get(t.sheet) ?? 0) + 1);
                    continue;
                }
                const key = `${t.sheet}\u0000${t.grade}`;
                const g = groups.get(key) ?? { sheet: t.sheet, grade: t.grade, ranges: [] };
                g.ranges.push({ top: t.row, bottom: t.row, left: t.left, right: t.right });
                groups.set(key, g);
            }
            let marked = 0;
            if (colours) {
                for (const g of groups.values()) {
                    const ws = sheets.getItem(g.sheet);
                    for (const list of (0, writePlan_1.addressLists)(g.ranges)) {
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
            if (!colours)
                for (const sheet of locked)
                    messages.push(`工作表「${sheet}」受保护，其中的滞后标记（如有）未清除。请先撤销该表的保护再清除。`);
            return { marked, missing, removed, protectedSheets: [...locked], messages };
        });
    }
}
exports.ExcelHighlighter = ExcelHighlighter;
