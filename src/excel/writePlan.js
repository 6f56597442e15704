"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_AREAS_ADDRESS = exports.REQUEST_BUDGET_BYTES = exports.utf8Length = void 0;
exports.writeValue = writeValue;
exports.rangeAddress = rangeAddress;
exports.rectangles = rectangles;
exports.addressLists = addressLists;
exports.layerBytes = layerBytes;
exports.mergeRuns = mergeRuns;
exports.mergeBytes = mergeBytes;
exports.planFormats = planFormats;
exports.planSheet = planSheet;
/**
 * Planning how a SheetModel is written through office.js, without office.js: the value matrix, the
 * cells grouped per style property and value into rectangles (a fill over the lagging rows, a font size
 * over the whole table, an alignment per column block — never a format per cell), number formats as
 * one broadcast value per rectangle, row heights per height, merges of consecutive full rows in one
 * call, and the request size of each part measured as payload.ts measures it, so the sink splits a
 * batch only when it would pass Excel on the web's 5 MB request limit.
 */
const grid_1 = require("../domain/grid");
const payload_1 = require("./payload");
const textEntry_1 = require("./textEntry");
var payload_2 = require("./payload");
Object.defineProperty(exports, "utf8Length", { enumerable: true, get: function () { return payload_2.utf8Length; } });
/** Bytes of one request Zhuanbao allows itself (Excel on the web refuses requests over 5 MB). */
exports.REQUEST_BUDGET_BYTES = 4_500_000;
/** Longest address list given to one `getRanges` call. */
exports.MAX_AREAS_ADDRESS = 2000;
const STYLE_PROPS = ['bold', 'size', 'font', 'color', 'fill', 'hAlign', 'vAlign', 'wrap', 'border'];
/**
 * A cell value as written: text that Excel would take for a formula, a number or a date is kept as
 * text (see textEntry).
 * @example writeValue('=A1') === "'=A1"; writeValue('-3天') === "'-3天"; writeValue(null) === ''
 */
function writeValue(v) {
    if (v === null)
        return '';
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : (0, textEntry_1.textEntry)(String(v));
    return (0, textEntry_1.textEntry)(v);
}
/** A1 address of a range (`A1` for one cell). */
function rangeAddress(r) {
    const a = (0, grid_1.cellAddress)(r.top, r.left);
    return r.top === r.bottom && r.left === r.right ? a : `${a}:${(0, grid_1.cellAddress)(r.bottom, r.right)}`;
}
/**
 * Groups the cells of a key matrix into rectangles: vertical runs per column, then runs of equal
 * extent merged across neighbouring columns.
 * @example rectangles([['a','a'],['a','a']]) → Map { 'a' → [{ top: 1, left: 1, bottom: 2, right: 2 }] }
 */
function rectangles(keys, colCount) {
    const out = new Map();
    let open = new Map();
    for (let c = 1; c <= colCount; c++) {
        const next = new Map();
        let r = 1;
        while (r <= keys.length) {
            const key = keys[r - 1]?.[c - 1] ?? null;
            if (key === null) {
                r++;
                continue;
            }
            let bottom = r;
            while (bottom < keys.length && (keys[bottom]?.[c - 1] ?? null) === key)
                bottom++;
            const id = `${r}:${bottom}:${key}`;
            const prev = open.get(id);
            if (prev) {
                prev.right = c;
                next.set(id, prev);
            }
            else {
                const rect = { top: r, left: c, bottom, right: c };
                const list = out.get(key) ?? [];
                list.push(rect);
                out.set(key, list);
                next.set(id, rect);
            }
            r = bottom + 1;
        }
        open = next;
    }
    return out;
}
/** Splits addresses into comma-joined lists no longer than `max` characters. */
function addressLists(areas, max = exports.MAX_AREAS_ADDRESS) {
    const lists = [];
    let cur = '';
    for (const a of areas) {
        const addr = typeof a === 'string' ? a : rangeAddress(a);
        if (cur && cur.length + 1 + addr.length > max) {
            lists.push(cur);
            cur = '';
        }
        cur = cur ? `${cur},${addr}` : addr;
    }
    if (cur)
        lists.push(cur);
    return lists;
}
/** Request bytes of a style layer: per address list, the getRanges call and the property set(s). */
function layerBytes(prop, value, lists) {
    // A border is six edges, each an item fetched and given a style and a colour.
    const sets = prop === 'border' ? 6 * ((0, payload_1.actionBytes)(['EdgeTop']) + (0, payload_1.actionBytes)('Continuous') + (0, payload_1.actionBytes)('#808080')) : (0, payload_1.actionBytes)(value);
    return lists.reduce((n, l) => n + (0, payload_1.actionBytes)([l]) + sets, 0);
}
/**
 * Merges as few calls: consecutive single-row merges with the same columns become one
 * `merge(true)` (each row merged on its own); others are merged one by one.
 */
function mergeRuns(merges) {
    const out = [];
    const single = merges.filter((m) => m.top === m.bottom).sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
    for (const m of merges)
        if (m.top !== m.bottom)
            out.push({ address: rangeAddress(m), across: false });
    let run = null;
    for (const m of single) {
        if (run && run.left === m.left && run.right === m.right && run.bottom + 1 === m.top) {
            run.bottom = m.top;
            continue;
        }
        if (run)
            out.push({ address: rangeAddress(run), across: run.bottom > run.top });
        run = { ...m };
    }
    if (run)
        out.push({ address: rangeAddress(run), across: run.bottom > run.top });
    return out;
}
/** Request bytes of the merges. */
function mergeBytes(runs) {
    return runs.reduce((n, m) => n + (0, payload_1.actionBytes)([m.address]) + (0, payload_1.actionBytes)([m.across]), 0);
}
function formatWrite(top, left, matrix) {
    const bottom = top + matrix.length - 1;
    const right = left + (matrix[0]?.length ?? 1) - 1;
    const address = rangeAddress({ top, left, bottom, right });
    return { address, matrix, bytes: (0, payload_1.actionBytes)([address]) + (0, payload_1.matrixBytes)(matrix) };
}
/**
 * Number formats as few bytes as possible: a column whose formats change often (a unit per row) is
 * written cell by cell over its extent in one matrix ('General' between), split within the budget;
 * the other formats as one broadcast value per rectangle.
 */
function planFormats(keys, colCount, budget = exports.REQUEST_BUDGET_BYTES) {
    const out = [];
    const rest = keys.map((r) => [...r]);
    for (let c = 0; c < colCount; c++) {
        let first = -1;
        let last = -1;
        let runs = 0;
        let runsCost = 0;
        let cellsCost = 0;
        for (let r = 0; r < keys.length; r++) {
            const k = keys[r]?.[c] ?? null;
            if (k === null)
                continue;
            if (first < 0)
                first = r;
            last = r;
            if ((keys[r - 1]?.[c] ?? null) !== k) {
                runs++;
                runsCost += 2 * payload_1.ACTION_OVERHEAD_BYTES + 20 + (0, payload_1.utf8Length)(k);
            }
        }
        if (runs < 3)
            continue;
        for (let r = first; r <= last; r++)
            cellsCost += (0, payload_1.utf8Length)(JSON.stringify(keys[r]?.[c] ?? 'General')) + 3;
        if (cellsCost * 2 > runsCost)
            continue;
        let top = first;
        let chunk = [];
        let bytes = 0;
        for (let r = first; r <= last; r++) {
            const f = keys[r]?.[c] ?? 'General';
            const b = (0, payload_1.utf8Length)(JSON.stringify(f)) + 3;
            if (chunk.length && bytes + b > budget / 4) {
                out.push(formatWrite(top + 1, c + 1, chunk));
                top = r;
                chunk = [];
                bytes = 0;
            }
            chunk.push([f]);
            bytes += b;
            const row = rest[r];
            if (row)
                row[c] = null;
        }
        if (chunk.length)
            out.push(formatWrite(top + 1, c + 1, chunk));
    }
    for (const [numFmt, areas] of rectangles(rest, colCount)) {
        for (const a of areas) {
            const address = rangeAddress(a);
            out.push({ address, matrix: [[numFmt]], bytes: (0, payload_1.actionBytes)([address]) + (0, payload_1.actionBytes)([[numFmt]]) });
        }
    }
    return out;
}
/**
 * Plans the writing of one sheet.
 * @example planSheet(model).styles — one layer per style property and value
 */
function planSheet(model, budget = exports.REQUEST_BUDGET_BYTES) {
    let colCount = model.columns.length;
    for (const row of model.rows)
        colCount = Math.max(colCount, row.cells.length);
    for (const m of model.merges)
        colCount = Math.max(colCount, m.right);
    colCount = Math.max(colCount, 1);
    const rowCount = Math.max(model.rows.length, 1);
    const values = [];
    const propKeys = new Map(STYLE_PROPS.map((p) => [p, []]));
    const fmtKeys = [];
    for (let r = 0; r < rowCount; r++) {
        const cells = model.rows[r]?.cells ?? [];
        const vrow = new Array(colCount).fill('');
        const prow = new Map(STYLE_PROPS.map((p) => [p, new Array(colCount).fill(null)]));
        const frow = new Array(colCount).fill(null);
        for (let c = 0; c < colCount; c++) {
            const cell = cells[c];
            if (!cell)
                continue;
            vrow[c] = writeValue(cell.value);
            const st = cell.style;
            if (!st)
                continue;
            for (const p of STYLE_PROPS) {
                const v = st[p];
                if (v !== undefined && v !== false)
                    prow.get(p)[c] = JSON.stringify(v);
            }
            if (st.numFmt && st.numFmt !== 'General')
                frow[c] = st.numFmt;
        }
        values.push(vrow);
        for (const p of STYLE_PROPS)
            propKeys.get(p).push(prow.get(p));
        fmtKeys.push(frow);
    }
    const valueBlocks = [];
    let start = 0;
    let bytes = 0;
    const address = (0, payload_1.actionBytes)([0, 0, 1, colCount]);
    for (let r = 0; r < values.length; r++) {
        const rb = (0, payload_1.utf8Length)(JSON.stringify(values[r])) + 1;
        if (bytes > 0 && bytes + rb > budget - address - 200) {
            valueBlocks.push({ start, count: r - start, bytes: bytes + address + 200 });
            start = r;
            bytes = 0;
        }
        bytes += rb;
    }
    valueBlocks.push({ start, count: values.length - start, bytes: (0, payload_1.matrixBytes)(values.slice(start)) + address });
    const styles = [];
    for (const p of STYLE_PROPS) {
        for (const [key, areas] of rectangles(propKeys.get(p), colCount)) {
            const value = JSON.parse(key);
            const lists = addressLists(areas);
            styles.push({ prop: p, value, areas, addressLists: lists, bytes: layerBytes(p, value, lists) });
        }
    }
    const numberFormats = planFormats(fmtKeys, colCount, budget);
    const byHeight = new Map();
    let run = null;
    const flush = () => {
        if (!run)
            return;
        const list = byHeight.get(run.height) ?? [];
        list.push(`${run.top}:${run.bottom}`);
        byHeight.set(run.height, list);
    };
    model.rows.forEach((row, i) => {
        if (row.height === undefined)
            return;
        if (run && run.bottom === i && run.height === row.height) {
            run.bottom = i + 1;
            return;
        }
        flush();
        run = { top: i + 1, bottom: i + 1, height: row.height };
    });
    flush();
    const rowHeights = [...byHeight].map(([height, rows]) => {
        const lists = addressLists(rows);
        return { height, addressLists: lists, bytes: lists.reduce((n, l) => n + (0, payload_1.actionBytes)([l]) + (0, payload_1.actionBytes)(height), 0) };
    });
    return { name: model.name, rowCount, colCount, values, valueBlocks, styles, numberFormats, rowHeights, merges: mergeRuns(model.merges) };
}
