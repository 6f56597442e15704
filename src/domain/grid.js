"use strict";
/**
 * The cell grid: how the domain sees one worksheet, whatever it was read from (ExcelJS or office.js).
 * Values are plain data; formulas have already been replaced by their cached results at the edge.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.GridView = void 0;
exports.isCellError = isCellError;
exports.isCellDate = isCellDate;
exports.columnLetters = columnLetters;
exports.cellAddress = cellAddress;
exports.parseRange = parseRange;
/** True for `{ error: '#N/A' }` and the like. */
function isCellError(v) {
    return typeof v === 'object' && v !== null && 'error' in v;
}
/** True for `{ date: '2026-03-20' }`. */
function isCellDate(v) {
    return typeof v === 'object' && v !== null && 'date' in v;
}
/**
 * Column letters for a 1-based column number.
 * @example columnLetters(1) === 'A'; columnLetters(28) === 'AB'
 */
function columnLetters(col) {
    const known = LETTERS[col];
    if (known !== undefined)
        return known;
    let n = col;
    let s = '';
    while (n > 0) {
        const m = (n - 1) % 26;
        s = String.fromCharCode(65 + m) + s;
        n = Math.floor((n - 1) / 26);
    }
    if (Number.isInteger(col) && col >= 0 && col < 1024)
        LETTERS[col] = s;
    return s;
}
/** Letters of the first columns, remembered: every cell address read row by row names one. */
const LETTERS = [];
/**
 * A1-style address of a 1-based row and column.
 * @example cellAddress(5, 3) === 'C5'
 */
function cellAddress(row, col) {
    return `${columnLetters(col)}${row}`;
}
/**
 * Parses an A1 range such as `B3:D10` (or a single cell `B3`) into a CellRange.
 * @example parseRange('A1:B2') → { top: 1, left: 1, bottom: 2, right: 2 }
 */
function parseRange(ref) {
    const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
    if (!m)
        return null;
    const col = (letters) => [...letters.toUpperCase()].reduce((acc, ch) => acc * 26 + (ch.charCodeAt(0) - 64), 0);
    const top = Number(m[2]);
    const left = col(m[1] ?? 'A');
    const bottom = m[4] ? Number(m[4]) : top;
    const right = m[3] ? col(m[3]) : left;
    return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}
/**
 * A read view over a grid that resolves merged areas: every cell of a merge reads the merge's
 * top-left value, and reports the top-left address as its source.
 */
class GridView {
    grid;
    rowCount;
    colCount;
    /**
     * The merges covering each row, indexed by row number. (Not one map entry per merged cell keyed
     * by r × 16384 + c: past row 65,535 such keys leave the small-integer range, and every lookup of
     * a long sheet then hashes a heap number.)
     */
    mergesByRow = [];
    constructor(grid) {
        this.grid = grid;
        this.rowCount = grid.rows.length;
        let cols = 0;
        const rows = grid.rows;
        for (let r = 0; r < rows.length; r++) {
            const row = rows[r];
            if (row && row.length > cols)
                cols = row.length;
        }
        this.colCount = cols;
        for (const m of grid.merges) {
            if (m.top === m.bottom && m.left === m.right)
                continue; // covers no cell but its own top-left
            for (let r = m.top; r <= m.bottom; r++) {
                const list = this.mergesByRow[r];
                if (list)
                    list.push(m);
                else
                    this.mergesByRow[r] = [m];
            }
        }
    }
    /**
     * The merge covering (r, c), if (r, c) is not its top-left cell. Where merges overlap, the one
     * listed last wins.
     */
    mergeAt(r, c) {
        const list = this.mergesByRow[r];
        if (!list)
            return undefined;
        for (let i = list.length - 1; i >= 0; i--) {
            const m = list[i];
            if (c >= m.left && c <= m.right && (r !== m.top || c !== m.left))
                return m;
        }
        return undefined;
    }
    /**
     * Whether some merge covers a cell of row r other than its top-left (when not, mergeAt gives
     * undefined for every column of the row).
     * @example if (!view.hasMergesOn(r)) for (let c = 1; c <= view.colCount; c++) view.own(r, c) // as view.at(r, c).cell
     */
    hasMergesOn(r) {
        return this.mergesByRow[r] !== undefined;
    }
    /** The cell at (r, c) itself, ignoring merges. */
    own(r, c) {
        return this.grid.rows[r - 1]?.[c - 1];
    }
    /** The cell that (r, c) shows: its own, or the top-left of its merge. */
    at(r, c) {
        const m = this.mergeAt(r, c);
        if (m)
            return { cell: this.own(m.top, m.left), row: m.top, col: m.left };
        return { cell: this.own(r, c), row: r, col: c };
    }
    value(r, c) {
        return this.at(r, c).cell?.v ?? null;
    }
}
exports.GridView = GridView;
