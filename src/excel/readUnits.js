"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readUnits = readUnits;
const officeValues_1 = require("./officeValues");
const readSlices_1 = require("./readSlices");
/**
 * Step 3: loads the units in requests within the budget, the last one with the caller's final sync.
 * A request Excel still answers with ResponsePayloadSizeLimitExceeded is read again with its value
 * blocks halved.
 * @example await readUnits(context, units, READ_BUDGET_BYTES) // the units' grids now hold values, merges, visible areas
 */
async function readUnits(context, units, budget) {
    const requests = [];
    let cur = [];
    let bytes = 0;
    for (const u of units) {
        if (cur.length && bytes + u.bytes > budget) {
            requests.push(cur);
            cur = [];
            bytes = 0;
        }
        cur.push(u);
        bytes += u.bytes;
    }
    requests.push(cur);
    for (const req of requests)
        await readRequest(context, req, 0);
}
async function readRequest(context, req, depth) {
    const queued = req.map((u) => {
        const r = u.ws.getRangeByIndexes(u.row, u.col, u.rows, u.cols);
        if (u.kind === 'values') {
            r.load('values,numberFormat,valueTypes');
            return { u, r, areas: null };
        }
        const areas = u.kind === 'merges' ? r.getMergedAreasOrNullObject() : r.getSpecialCellsOrNullObject('Visible');
        areas.load('address');
        return { u, r, areas };
    });
    try {
        await context.sync();
    }
    catch (err) {
        const code = err && typeof err === 'object' && 'code' in err ? err.code : undefined;
        const splittable = req.some((u) => u.kind === 'values' && u.rows > 1);
        if (code !== 'ResponsePayloadSizeLimitExceeded' || !splittable || depth >= 8)
            throw err;
        // The estimate was too low: each value block is read again in halves, one per request (the
        // small merge and visibility asks ride with the first).
        const halves = req.filter((u) => u.kind === 'values').flatMap((u) => (u.rows > 1
            ? [{ ...u, rows: Math.ceil(u.rows / 2) }, { ...u, row: u.row + Math.ceil(u.rows / 2), rows: Math.floor(u.rows / 2) }]
            : [u]));
        const small = req.filter((u) => u.kind !== 'values');
        for (const [i, h] of halves.entries())
            await readRequest(context, i === 0 ? [h, ...small] : [h], depth + 1);
        return;
    }
    for (const { u, r, areas } of queued) {
        if (!areas)
            fillGrid(u.grid, u.row + 1, u.col + 1, r);
        else if (areas.isNullObject || !areas.address)
            continue;
        else if (u.kind === 'merges')
            u.grid.merges.push(...(0, readSlices_1.parseAreas)(areas.address));
        else
            u.visible?.areas.push(...(0, readSlices_1.parseAreas)(areas.address));
    }
}
/** One value block's values, formats and types onto its grid (1-based top-left). */
function fillGrid(grid, top, left, data) {
    const values = data.values;
    const formats = data.numberFormat;
    const types = data.valueTypes;
    for (let i = 0; i < values.length; i++) {
        const vrow = values[i] ?? [];
        let row;
        for (let j = 0; j < vrow.length; j++) {
            const cell = (0, officeValues_1.toGridCell)(vrow[j], types?.[i]?.[j], formats?.[i]?.[j]);
            if (!cell)
                continue;
            row ??= grid.rows[top + i - 1] ?? (grid.rows[top + i - 1] = []);
            row[left + j - 1] = cell;
        }
    }
}
