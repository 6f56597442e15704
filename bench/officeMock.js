"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CountingExcel = void 0;
const payload_1 = require("../src/excel/payload");
/** The recorder: one per measured write. */
class CountingExcel {
    syncs = [];
    runs = 0;
    ops = 0;
    bytes = 0;
    nextId = 1;
    /** Sheets present before the write (name, id). */
    sheets = [{ name: 'Sheet1', id: '{S0}' }];
    get syncCount() {
        return this.syncs.length;
    }
    get largestBytes() {
        return this.syncs.reduce((m, s) => Math.max(m, s.bytes), 0);
    }
    /** One action: its payload measured as the adapter and the jest fake measure it (src/excel/payload.ts). */
    record(payload) {
        this.ops++;
        this.bytes += (0, payload_1.actionBytes)(payload);
    }
    sync() {
        this.syncs.push({ ops: this.ops, bytes: this.bytes });
        this.ops = 0;
        this.bytes = 0;
        return Promise.resolve();
    }
    /** A recording proxy for the object at `path`, with loaded data `data`. */
    node(path, data = {}) {
        // eslint-disable-next-line @typescript-eslint/no-this-alias -- the proxy traps need the recorder
        const self = this;
        const children = new Map();
        const target = function recorded() { };
        return new Proxy(target, {
            get(_t, prop) {
                if (typeof prop === 'symbol')
                    return undefined;
                if (prop === 'then')
                    return undefined;
                if (prop === 'toJSON')
                    return () => ({ $ref: path });
                if (Object.prototype.hasOwnProperty.call(data, prop))
                    return data[prop];
                let child = children.get(prop);
                if (!child) {
                    child = self.member(path, prop);
                    children.set(prop, child);
                }
                return child;
            },
            set(_t, prop, value) {
                if (typeof prop === 'symbol')
                    return false;
                self.record(value);
                data[prop] = value;
                return true;
            },
            apply() {
                throw new Error(`${path} is not a function`);
            },
        });
    }
    /** A member: callable (records the call) and navigable (sub-objects are recorded proxies). */
    member(parent, name) {
        // eslint-disable-next-line @typescript-eslint/no-this-alias -- the proxy traps need the recorder
        const self = this;
        const path = `${parent}.${name}`;
        const nav = this.node(path);
        return new Proxy(function member() { }, {
            get(_t, prop) {
                return nav[prop];
            },
            set(_t, prop, value) {
                nav[prop] = value;
                return true;
            },
            apply(_t, _this, args) {
                if (name === 'sync' && parent === 'context')
                    return self.sync();
                self.record(args);
                return self.callResult(parent, name, args);
            },
        });
    }
    /** What a queued call returns: a new proxy, with data for the few results the sink reads. */
    callResult(parent, name, args) {
        const path = `${parent}.${name}(${this.nextId++})`;
        if (name === 'add' && parent.endsWith('.worksheets')) {
            const id = `{S${this.nextId++}}`;
            return this.node(path, { id, name: String(args[0]) });
        }
        if (name === 'getItemOrNullObject' && parent.endsWith('.settings'))
            return this.node(path, { isNullObject: true, value: null });
        if (name === 'getItemOrNullObject' && parent.endsWith('.worksheets')) {
            const found = this.sheets.find((s) => s.name === args[0]);
            return this.node(path, { isNullObject: !found, ...(found ?? {}) });
        }
        return this.node(path);
    }
    /** `Excel.run` over the recorder: a fresh context per run. */
    run = async (batch) => {
        this.runs++;
        const items = this.sheets.map((s) => ({ ...s }));
        const worksheets = this.node('context.workbook.worksheets', { items });
        const workbook = this.node('context.workbook', { worksheets });
        const context = this.node('context', { workbook });
        return batch(context);
    };
}
exports.CountingExcel = CountingExcel;
