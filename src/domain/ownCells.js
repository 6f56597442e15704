"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OwnCells = void 0;
exports.ownCells = ownCells;
/**
 * The cells of row r that hold something of their own, left to right: a merge's covered cells are
 * left out, and so are cells whose text is empty once trimmed. Numbers and TRUE/FALSE read as
 * `String` writes them, errors and dates as their text.
 * @example ownCells(view, 4) → [{ col: 1, text: '1' }, { col: 2, text: '省级' }, { col: 4, text: '新增城镇就业' }]
 */
function ownCells(view, r) {
    const out = [];
    for (let c = 1; c <= view.colCount; c++) {
        const m = view.mergeAt(r, c);
        if (m)
            continue;
        const cell = view.own(r, c);
        if (!cell || cell.v === null)
            continue;
        const text = typeof cell.v === 'object' ? ('error' in cell.v ? cell.v.error : cell.v.date) : String(cell.v).trim();
        if (text)
            out.push({ col: c, text });
    }
    return out;
}
/**
 * {@link ownCells} as one buffer refilled row after row (a sheet reader keeps one per sheet), so
 * that a row costs no record per cell, and a number is turned into text only when its text is
 * asked for: most rows are indicator rows, whose own cells are only counted and placed in columns.
 * @example const own = new OwnCells(); own.read(view, 4).length === 3; own.text(0) === '1'; own.written(0) === null
 */
class OwnCells {
    /** How many cells of its own the row holds. */
    length = 0;
    cols = [];
    /** Per cell: its text when it holds text (trimmed, never empty), else its number or TRUE/FALSE. */
    values = [];
    /** Refills the buffer with row r of the view. */
    read(view, r) {
        let n = 0;
        const merged = view.hasMergesOn(r);
        const row = view.grid.rows[r - 1]; // view.own(r, c) is row?.[c - 1]
        for (let c = 1; c <= view.colCount; c++) {
            if (merged && view.mergeAt(r, c))
                continue;
            const cell = row?.[c - 1];
            if (!cell)
                continue;
            const v = cell.v; // a value left undefined reads 'undefined', as String writes it
            if (v === null)
                continue;
            let value;
            if (typeof v === 'object')
                value = 'error' in v ? v.error : v.date;
            else if (typeof v === 'string')
                value = v.trim();
            else if (v === undefined)
                value = 'undefined';
            else
                value = v; // String(v) is never empty, nor has white space to trim
            if (value === '')
                continue;
            this.cols[n] = c;
            this.values[n] = value;
            n++;
        }
        this.length = n;
        return this;
    }
    /** The column of the k-th cell. */
    col(k) {
        return this.cols[k] ?? 0;
    }
    /** The text of the k-th cell, as {@link ownCells} gives it. */
    text(k) {
        const v = this.values[k];
        return typeof v === 'string' ? v : String(v);
    }
    /**
     * The text of the k-th cell when it holds text (an error or a date included), null for a number
     * or TRUE/FALSE: their texts are ASCII letters, digits, signs and dots, which no pattern needing
     * a Chinese character can match.
     */
    written(k) {
        const v = this.values[k];
        return typeof v === 'string' ? v : null;
    }
    /** The texts of the row's cells, as {@link ownCells} gives them. */
    texts() {
        const out = [];
        for (let k = 0; k < this.length; k++)
            out.push(this.text(k));
        return out;
    }
}
exports.OwnCells = OwnCells;
