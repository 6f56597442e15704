/**
 * What Zhuanbao keeps in the open workbook (`workbook.settings`, one JSON setting): the clerk's
 * settings (column mappings included), the bindings to departments' sheets, where imported sheets
 * came from, and which sheets Zhuanbao wrote itself. Validated with zod on every load; a bad or
 * foreign value gives the defaults and plain Chinese problems, never a crash.
 */
import { z } from 'zod';
import { Settings, safeSettings } from '../domain/settings';

/** The workbook setting holding Zhuanbao's state. */
export const STATE_KEY = 'zhuanbao.state';

export const StoredBindingSchema = z.object({
  /** The Excel binding id (`zb-…`). */
  id: z.string().regex(/^zb-[A-Za-z0-9_-]{1,40}$/),
  sheet: z.string().min(1),
  /** The worksheet's id, so a renamed sheet is told apart from a deleted one (absent in older workbooks). */
  sheetId: z.string().min(1).optional(),
  kind: z.enum(['range', 'table']),
  /** A1 address without the sheet (`A1:J40`), or the table's name for kind table. */
  address: z.string().min(1),
});
export type StoredBinding = z.infer<typeof StoredBindingSchema>;

export const StoredImportSchema = z.object({
  /** Sheet name in this workbook. */
  sheet: z.string().min(1),
  /** The department's file it was imported from (`人社局.xlsx`). */
  file: z.string().min(1),
  /** Its sheet name in that file. */
  sourceSheet: z.string().min(1),
});
export type StoredImport = z.infer<typeof StoredImportSchema>;

export const OwnSheetSchema = z.object({ name: z.string().min(1), id: z.string().min(1) });

/** The very hidden sheet keeping one build snapshot per issue (see excelSnapshotStore). */
export const HISTORY_SHEET = '_zhuanbao_history';

/** Where one issue's snapshot sits in the history sheet, so it is read without scanning the sheet. */
export const HistoryRowSchema = z.object({
  issue: z.number().int().positive(),
  /** 1-based row in the history sheet. */
  row: z.number().int().min(2).max(1_048_576),
  /** Cells holding the JSON (columns E onwards). */
  cells: z.number().int().min(0).max(16_380),
  /** UTF-8 bytes of the JSON, for the response budget. */
  bytes: z.number().int().min(0),
});
export type HistoryRow = z.infer<typeof HistoryRowSchema>;

export const StoredStateSchema = z.object({
  version: z.literal(1).default(1),
  settings: z.unknown().optional(),
  bindings: z.array(StoredBindingSchema).default([]),
  imports: z.array(StoredImportSchema).default([]),
  ownSheets: z.array(OwnSheetSchema).default([]),
  history: z.array(HistoryRowSchema).default([]),
});
export type StoredState = z.infer<typeof StoredStateSchema>;

/** The state as loaded: validated settings, and any problems found (Chinese). */
export interface LoadedState {
  state: StoredState;
  settings: Settings;
  problems: string[];
}

export function emptyState(): StoredState {
  return StoredStateSchema.parse({});
}

/**
 * Parses the stored setting's value (a JSON string, or an object if another tool wrote one).
 * @example parseStoredState(undefined).settings.mode === 'day'
 */
export function parseStoredState(raw: unknown): LoadedState {
  const problems: string[] = [];
  let data: unknown = raw;
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw);
    } catch {
      problems.push('工作簿中保存的专报设置不是有效的 JSON，已改用默认设置。');
      data = {};
    }
  }
  if (data === null || data === undefined) data = {};
  const envelope = StoredStateSchema.safeParse(data);
  let state: StoredState;
  if (envelope.success) state = envelope.data;
  else {
    problems.push(...envelope.error.issues.map((i) => `保存的专报状态 ${i.path.join('.') || ''}：${i.message}，已忽略该部分。`));
    // Keep what is valid piece by piece.
    const obj = (typeof data === 'object' && data ? data : {}) as Record<string, unknown>;
    state = emptyState();
    state.settings = obj['settings'];
    for (const [key, schema] of [['bindings', StoredBindingSchema], ['imports', StoredImportSchema], ['ownSheets', OwnSheetSchema], ['history', HistoryRowSchema]] as const) {
      const list = Array.isArray(obj[key]) ? (obj[key] as unknown[]) : [];
      const ok = list.map((x) => schema.safeParse(x)).filter((r) => r.success).map((r) => r.data);
      (state as Record<string, unknown>)[key] = ok;
    }
  }
  const s = safeSettings(state.settings ?? {});
  if (s.problems.length) {
    problems.push(`工作簿中保存的专报设置有误（${s.problems.join('；')}），已改用默认设置；绑定、导入记录和历史快照均保留。请在“设置”中检查后重新保存。`);
  }
  return { state, settings: s.settings, problems };
}

/**
 * The names of the sheets Zhuanbao wrote itself (bulletin, ledger, history, and those recorded in the
 * state), which are never read as trackers nor highlighted.
 */
export function ownSheetNames(loaded: Pick<LoadedState, 'state' | 'settings'>): Set<string> {
  return new Set([loaded.settings.bulletinSheet, loaded.settings.ledgerSheet, loaded.settings.supervisionSheet, HISTORY_SHEET, ...loaded.state.ownSheets.map((o) => o.name)]);
}

/** Queues loading the state; call the returned function after `context.sync()`. */
export function queueLoadState(context: Excel.RequestContext): () => LoadedState {
  const item = context.workbook.settings.getItemOrNullObject(STATE_KEY);
  item.load('value');
  return () => parseStoredState(item.isNullObject ? undefined : item.value);
}

/** Queues saving the state (replaces the setting). */
export function queueSaveState(context: Excel.RequestContext, state: StoredState): void {
  context.workbook.settings.add(STATE_KEY, JSON.stringify(state));
}
