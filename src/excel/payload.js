"use strict";
/**
 * One measure of request size for the office.js adapter, used by the sink's budget, the jest fake
 * and the benchmark's counting mock alike: every queued action (a property set or a method call) is
 * its payload serialised as JSON (the values, formats, addresses and arguments office.js sends),
 * in UTF-8 bytes, plus a fixed overhead for the action itself (object path, ids, action type).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.ACTION_OVERHEAD_BYTES = void 0;
exports.utf8Length = utf8Length;
exports.actionBytes = actionBytes;
exports.matrixBytes = matrixBytes;
/** Bytes of one action besides its payload. */
exports.ACTION_OVERHEAD_BYTES = 100;
/** UTF-8 length of a string, without allocating. */
function utf8Length(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80)
            n += 1;
        else if (c < 0x800)
            n += 2;
        else if (c >= 0xd800 && c <= 0xdbff) {
            n += 4;
            i++;
        }
        else
            n += 3;
    }
    return n;
}
/**
 * Request bytes of one action with this payload (a property's new value, or a call's arguments).
 * @example actionBytes([['a', 1]]) === ACTION_OVERHEAD_BYTES + 9
 */
function actionBytes(payload) {
    return exports.ACTION_OVERHEAD_BYTES + utf8Length(JSON.stringify(payload) ?? 'null');
}
/** Request bytes of setting `values` (or any matrix) to these rows: the same as actionBytes(rows), without one huge string. */
function matrixBytes(rows) {
    let n = exports.ACTION_OVERHEAD_BYTES + 2 + Math.max(0, rows.length - 1);
    for (const r of rows)
        n += utf8Length(JSON.stringify(r));
    return n;
}
