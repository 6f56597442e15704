"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.XlsxHighlighter = void 0;
const argb = (hex) => `FF${hex.replace('#', '').toUpperCase()}`;
/** Highlights over one ExcelJS workbook; `file` is the name the targets use for it. */
class XlsxHighlighter {
    workbook;
    file;
    saved = [];
    /** Targets of the last highlight whose sheet is not in this workbook. */
    missing = [];
    constructor(workbook, file) {
        this.workbook = workbook;
        this.file = file;
    }
    /** Number of cells currently marked. */
    get marked() {
        return this.saved.length;
    }
    async highlight(targets, colours) {
        await this.clearHighlights();
        this.missing = [];
        const seen = new Set();
        for (const t of targets) {
            if (t.file !== this.file)
                continue;
            const ws = this.workbook.getWorksheet(t.sheet);
            if (!ws) {
                this.missing.push(t);
                continue;
            }
            const fill = argb(t.grade === 'red' ? colours.redFill : colours.yellowFill);
            const font = argb(t.grade === 'red' ? colours.redFont : colours.yellowFont);
            for (let c = Math.max(1, t.left); c <= Math.max(t.left, t.right); c++) {
                const key = `${t.sheet}\u0000${t.row}\u0000${c}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                const cell = ws.getCell(t.row, c);
                if (cell.isMerged && cell.master !== cell)
                    continue; // the merge's own top-left cell carries it
                const style = cell.style;
                this.saved.push({ cell, style });
                cell.style = {
                    ...style,
                    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } },
                    font: { ...(style.font ?? {}), color: { argb: font } },
                };
            }
        }
    }
    async clearHighlights() {
        // Restore in reverse, so a cell marked twice ends with its very first style.
        for (let i = this.saved.length - 1; i >= 0; i--) {
            const s = this.saved[i];
            if (s)
                s.cell.style = s.style;
        }
        this.saved = [];
    }
}
exports.XlsxHighlighter = XlsxHighlighter;
