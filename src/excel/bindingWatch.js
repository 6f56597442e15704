"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fingerprintGrids = fingerprintGrids;
exports.watchBindings = watchBindings;
const errors_1 = require("./errors");
const storedState_1 = require("./storedState");
/**
 * A key of the grids' values (not formats): FNV-1a over their JSON.
 * @example fingerprintGrids([]) === fingerprintGrids([]) // and differs once any value differs
 */
function fingerprintGrids(grids) {
    let h = 0x811c9dc5;
    const feed = (s) => {
        for (let i = 0; i < s.length; i++) {
            h ^= s.charCodeAt(i);
            h = Math.imul(h, 0x01000193);
        }
    };
    for (const g of grids) {
        feed(`\u0001${g.file}\u0002${g.sheet}`);
        g.rows.forEach((row, r) => row?.forEach((cell, c) => { if (cell)
            feed(`\u0003${r},${c}=${JSON.stringify(cell.v)}`); }));
    }
    return `${grids.length}:${(h >>> 0).toString(16)}`;
}
/**
 * Calls `onChange` (debounced) when the values of a bound range change. Returns a function that
 * removes the handlers.
 */
async function watchBindings(run, onChange, options) {
    const debounceMs = options.debounceMs ?? 1500;
    const changed = new Set();
    let timer = null;
    let last = await options.fingerprint();
    const settle = async () => {
        timer = null;
        const ids = [...changed];
        changed.clear();
        let now;
        try {
            now = await options.fingerprint();
        }
        catch {
            // The data could not be read to compare: recompute anyway, and the rebuild reports the failure.
            onChange(ids);
            return;
        }
        if (now === last)
            return;
        last = now;
        onChange(ids);
    };
    const handler = async (e) => {
        changed.add(e.binding.id);
        if (timer)
            clearTimeout(timer);
        timer = setTimeout(() => { void settle(); }, debounceMs);
    };
    const results = await (0, errors_1.step)('监听绑定区域的变化', () => run(async (context) => {
        const load = (0, storedState_1.queueLoadState)(context);
        context.workbook.bindings.load('items/id');
        await context.sync();
        const ids = new Set(context.workbook.bindings.items.map((b) => b.id));
        const added = load().state.bindings.filter((b) => ids.has(b.id)).map((b) => context.workbook.bindings.getItem(b.id).onDataChanged.add(handler));
        await context.sync();
        return added;
    }));
    return async () => {
        if (timer)
            clearTimeout(timer);
        const first = results[0];
        if (!first)
            return;
        await (0, errors_1.step)('停止监听绑定区域', () => run(async (context) => {
            for (const r of results)
                r.remove();
            await context.sync();
        }, first.context));
    };
}
