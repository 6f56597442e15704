"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StoredStateSchema = exports.HistoryRowSchema = exports.HISTORY_SHEET = exports.OwnSheetSchema = exports.StoredImportSchema = exports.StoredBindingSchema = exports.STATE_KEY = void 0;
exports.emptyState = emptyState;
exports.parseStoredState = parseStoredState;
exports.ownSheetNames = ownSheetNames;
exports.queueLoadState = queueLoadState;
exports.queueSaveState = queueSaveState;
/**
 * What Zhuanbao keeps in the open workbook (`workbook.settings`, one JSON setting): the clerk's
 * settings (column mappings included), the bindings to departments' sheets, where imported sheets
 * came from, and which sheets Zhuanbao wrote itself. Validated with zod on every load; a bad or
 * foreign value gives the defaults and plain Chinese problems, never a crash.
 */
const zod_1 = require("zod");
const settings_1 = require("../domain/settings");
/** The workbook setting holding Zhuanbao's state. */
exports.STATE_KEY = 'zhuanbao.state';
exports.StoredBindingSchema = zod_1.z.object({
    /** The Excel binding id (`zb-…`). */
    id: zod_1.z.string().regex(/^zb-[A-Za-z0-9_-]{1,40}$/),
    sheet: zod_1.z.string().min(1),
    /** The worksheet's id, so a renamed sheet is told apart from a deleted one (absent in older workbooks). */
    sheetId: zod_1.z.string().min(1).optional(),
    kind: zod_1.z.enum(['range', 'table']),
    /** A1 address without the sheet (`A1:J40`), or the table's name for kind table. */
    address: zod_1.z.string().min(1),
});
exports.StoredImportSchema = zod_1.z.object({
    /** Sheet name in this workbook. */
    sheet: zod_1.z.string().min(1),
    /** The department's file it was imported from (`人社局.xlsx`). */
    file: zod_1.z.string().min(1),
    /** Its sheet name in that file. */
    sourceSheet: zod_1.z.string().min(1),
});
exports.OwnSheetSchema = zod_1.z.object({ name: zod_1.z.string().min(1), id: zod_1.z.string().min(1) });
/** The very hidden sheet keeping one build snapshot per issue (see excelSnapshotStore). */
exports.HISTORY_SHEET = '_zhuanbao_history';
/** Where one issue's snapshot sits in the history sheet, so it is read without scanning the sheet. */
exports.HistoryRowSchema = zod_1.z.object({
    issue: zod_1.z.number().int().positive(),
    /** 1-based row in the history sheet. */
    row: zod_1.z.number().int().min(2).max(1_048_576),
    /** Cells holding the JSON (columns E onwards). */
    cells: zod_1.z.number().int().min(0).max(16_380),
    /** UTF-8 bytes of the JSON, for the response budget. */
    bytes: zod_1.z.number().int().min(0),
});
exports.StoredStateSchema = zod_1.z.object({
    version: zod_1.z.literal(1).default(1),
    settings: zod_1.z.unknown().optional(),
    bindings: zod_1.z.array(exports.StoredBindingSchema).default([]),
    imports: zod_1.z.array(exports.StoredImportSchema).default([]),
    ownSheets: zod_1.z.array(exports.OwnSheetSchema).default([]),
    history: zod_1.z.array(exports.HistoryRowSchema).default([]),
});
function emptyState() {
    return exports.StoredStateSchema.parse({});
}
/**
 * Parses the stored setting's value (a JSON string, or an object if another tool wrote one).
 * @example parseStoredState(undefined).settings.mode === 'day'
 */
function parseStoredState(raw) {
    const problems = [];
    let data = raw;
    if (typeof raw === 'string') {
        try {
            data = JSON.parse(raw);
        }
        catch {
            problems.push('工作簿中保存的专报设置不是有效的 JSON，已改用默认设置。');
            data = {};
        }
    }
    if (data === null || data === undefined)
        data = {};
    const envelope = exports.StoredStateSchema.safeParse(data);
    let state;
    if (envelope.success)
        state = envelope.data;
    else {
        problems.push(...envelope.error.issues.map((i) => `保存的专报状态 ${i.path.join('.') || ''}：${i.message}，已忽略该部分。`));
        // Keep what is valid piece by piece.
        const obj = (typeof data === 'object' && data ? data : {});
        state = emptyState();
        state.settings = obj['settings'];
        for (const [key, schema] of [['bindings', exports.StoredBindingSchema], ['imports', exports.StoredImportSchema], ['ownSheets', exports.OwnSheetSchema], ['history', exports.HistoryRowSchema]]) {
            const list = Array.isArray(obj[key]) ? obj[key] : [];
            const ok = list.map((x) => schema.safeParse(x)).filter((r) => r.success).map((r) => r.data);
            state[key] = ok;
        }
    }
    const s = (0, settings_1.safeSettings)(state.settings ?? {});
    if (s.problems.length) {
        problems.push(`工作簿中保存的专报设置有误（${s.problems.join('；')}），已改用默认设置；绑定、导入记录和历史快照均保留。请在“设置”中检查后重新保存。`);
    }
    return { state, settings: s.settings, problems };
}
/**
 * The names of the sheets Zhuanbao wrote itself (bulletin, ledger, history, and those recorded in the
 * state), which are never read as trackers nor highlighted.
 */
function ownSheetNames(loaded) {
    return new Set([loaded.settings.bulletinSheet, loaded.settings.ledgerSheet, exports.HISTORY_SHEET, ...loaded.state.ownSheets.map((o) => o.name)]);
}
/** Queues loading the state; call the returned function after `context.sync()`. */
function queueLoadState(context) {
    const item = context.workbook.settings.getItemOrNullObject(exports.STATE_KEY);
    item.load('value');
    return () => parseStoredState(item.isNullObject ? undefined : item.value);
}
/** Queues saving the state (replaces the setting). */
function queueSaveState(context, state) {
    context.workbook.settings.add(exports.STATE_KEY, JSON.stringify(state));
}
