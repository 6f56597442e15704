/**
 * The add-in's SnapshotStore: one build snapshot per issue, kept in the open workbook in a very
 * hidden, protected sheet (`_zhuanbao_history`) so the clerk neither sees nor edits it by accident,
 * and so it travels with the workbook. Row 1 holds headers; each issue has one row: issue, as-of
 * date, saved-at time, number of JSON cells, then the snapshot's JSON split into cells of at most
 * 32,000 characters (each prefixed with `|`, so Excel never takes a piece for a number, a date or a
 * formula). Where each issue's row is, and its size, is also kept in Zhuanbao's state
 * (`history` in workbook.settings), so reading loads exactly those cells within the response budget.
 *
 * The snapshot keeps what the next comparison needs: the result without its findings, skipped rows
 * and own change-since-last-issue (those would only make the workbook larger).
 *
 * Syncs: list — 1 when there is no history sheet, else 2 (state and sheet; the rows), more only past
 * the response budget; save — 2 (state and sheet; write), 3 the first time (the new sheet's id is
 * recorded as Zhuanbao's own), more only past the request budget. Unreadable rows become
 * `history_unreadable` findings, never a throw.
 */
import { Finding, finding } from '../domain/findings';
import { parseSnapshot } from '../domain/historyDiff';
import { BuildResult, ResultSchema } from '../domain/resultSchema';
import { SnapshotStore, StoredSnapshot } from '../domain/workbookPort';
import { step } from './errors';
import { ExcelRunner, officeRunner, ownWrite } from './runner';
import { HISTORY_SHEET, HistoryRow, LoadedState, StoredState, queueLoadState, queueSaveState } from './storedState';
import { REQUEST_BUDGET_BYTES, utf8Length } from './writePlan';

/** Longest text of one history cell (Excel's limit is 32,767). */
export const HISTORY_CELL_CHARS = 32_000;
/** Prefix of every JSON piece. */
const PIECE = '|';
/** Columns before the JSON: issue, as-of, saved at, number of pieces. */
const META_COLS = 4;
const HEADERS = ['期数', '数据截至', '保存时间', '分段数', '快照（JSON，分段）'];

export interface ExcelSnapshotStoreOptions {
  runner?: ExcelRunner;
  /** Request/response budget in bytes (tests lower it to exercise chunking). */
  budget?: number;
  /** The clock for the saved-at column (tests fix it). */
  now?: () => Date;
}

/**
 * Splits text into pieces of at most `max` characters, never between the two halves of a
 * surrogate pair.
 * @example splitText('abcde', 2) → ['ab', 'cd', 'e']
 */
export function splitText(text: string, max: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(text.length, i + max);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

/** What a snapshot keeps of a result (see the module comment). */
export function snapshotOf(result: BuildResult): BuildResult {
  const { history: _history, ...rest } = ResultSchema.parse(result);
  void _history;
  return { ...rest, findings: [], skipped: [] };
}

function origin(row: number, issue: number): string {
  return `${HISTORY_SHEET}!A${row}（第 ${issue} 期快照）`;
}

/** The office.js SnapshotStore over the open workbook. */
export class ExcelSnapshotStore implements SnapshotStore {
  private readonly run: ExcelRunner;
  private readonly budget: number;
  private readonly now: () => Date;

  constructor(options: ExcelSnapshotStoreOptions = {}) {
    this.run = options.runner ?? officeRunner;
    this.budget = options.budget ?? REQUEST_BUDGET_BYTES;
    this.now = options.now ?? (() => new Date());
  }

  list(): Promise<{ snapshots: StoredSnapshot[]; findings: Finding[] }> {
    return step('读取历史快照', () => this.run(async (context) => {
      const load = queueLoadState(context);
      const ws = context.workbook.worksheets.getItemOrNullObject(HISTORY_SHEET);
      ws.load('id');
      await context.sync();
      const { state } = load();
      const findings: Finding[] = [];
      if (ws.isNullObject) {
        if (state.history.length) {
          findings.push(finding(HISTORY_SHEET, null, null, 'history_unreadable', `工作簿中保存历史快照的工作表「${HISTORY_SHEET}」已不存在，本期未与上期比较。`));
        }
        return { snapshots: [], findings };
      }
      const rows = [...state.history].sort((a, b) => a.row - b.row);
      // Each row in column blocks within the response budget (a big snapshot spans many syncs).
      const ranges: { entry: HistoryRow; blocks: Excel.Range[] }[] = [];
      let bytes = 0;
      const queue = async (cost: number): Promise<void> => {
        if (bytes > 0 && bytes + cost > this.budget) {
          await context.sync();
          bytes = 0;
        }
        bytes += cost;
      };
      for (const entry of rows) {
        const perCell = entry.cells ? entry.bytes / entry.cells + 8 : 0;
        const step = Math.max(1, Math.floor(this.budget / Math.max(1, perCell)));
        const blocks: Excel.Range[] = [];
        await queue(200);
        const meta = ws.getRangeByIndexes(entry.row - 1, 0, 1, META_COLS);
        meta.load('values');
        blocks.push(meta);
        for (let c = 0; c < entry.cells; c += step) {
          const n = Math.min(step, entry.cells - c);
          await queue(Math.ceil(n * perCell));
          const block = ws.getRangeByIndexes(entry.row - 1, META_COLS + c, 1, n);
          block.load('values');
          blocks.push(block);
        }
        ranges.push({ entry, blocks });
      }
      if (ranges.length) await context.sync();
      const snapshots: StoredSnapshot[] = [];
      for (const { entry, blocks } of ranges) {
        const read = readRow(entry, blocks.flatMap((b) => b.values[0] ?? []));
        if ('finding' in read) findings.push(read.finding);
        else snapshots.push(read.snapshot);
      }
      snapshots.sort((a, b) => a.issue - b.issue || a.asOf.localeCompare(b.asOf));
      return { snapshots, findings };
    }));
  }

  save(issue: number, result: BuildResult): Promise<void> {
    const snapshot = snapshotOf(result);
    const pieces = splitText(JSON.stringify(snapshot), HISTORY_CELL_CHARS - PIECE.length).map((p) => PIECE + p);
    const bytes = pieces.reduce((n, p) => n + utf8Length(p), 0);
    const savedAt = this.now().toISOString();
    return step(`保存第 ${issue} 期历史快照`, () => ownWrite(this.run, async (context, done) => {
      const load = queueLoadState(context);
      const sheets = context.workbook.worksheets;
      const existing = sheets.getItemOrNullObject(HISTORY_SHEET);
      existing.load('id,protection/protected');
      await context.sync();
      const loaded: LoadedState = load();
      const { state } = loaded;
      const isNew = existing.isNullObject;
      const ws = isNew ? sheets.add(HISTORY_SHEET) : existing;
      if (isNew) {
        ws.load('id');
        ws.getRangeByIndexes(0, 0, 1, HEADERS.length).values = [HEADERS];
      } else if (existing.protection.protected) {
        // Unprotecting an unprotected sheet (or protecting a protected one) fails with AccessDenied
        // (OfficeDev/office-js#6784): only a protected sheet is unprotected.
        ws.protection.unprotect();
      }
      const old = isNew ? undefined : state.history.find((h) => h.issue === issue);
      const row = old?.row ?? (isNew ? 2 : Math.max(1, ...state.history.map((h) => h.row)) + 1);
      // The row in column blocks within the request budget: metadata first, then the pieces.
      ws.getRangeByIndexes(row - 1, 0, 1, META_COLS).values = [[issue, `'${snapshot.asOf}`, `'${savedAt}`, pieces.length]];
      let queued = 0;
      let from = 0;
      for (let i = 0; i <= pieces.length; i++) {
        const size = i < pieces.length ? utf8Length(pieces[i]!) + 8 : 0;
        if (i === pieces.length || (queued > 0 && queued + size > this.budget)) {
          if (i > from) ws.getRangeByIndexes(row - 1, META_COLS + from, 1, i - from).values = [pieces.slice(from, i)];
          if (i === pieces.length) break;
          await context.sync();
          queued = 0;
          from = i;
        }
        queued += size;
      }
      if (old && old.cells > pieces.length) ws.getRangeByIndexes(row - 1, META_COLS + pieces.length, 1, old.cells - pieces.length).clear('Contents');
      ws.visibility = 'VeryHidden';
      ws.protection.protect({ allowFormatCells: false, allowInsertRows: false, allowDeleteRows: false });
      const history = [...(isNew ? [] : state.history.filter((h) => h.issue !== issue)), { issue, row, cells: pieces.length, bytes }];
      const register = (id: string): StoredState => ({
        ...state,
        history: history.sort((a, b) => a.row - b.row),
        ownSheets: [...state.ownSheets.filter((o) => o.name !== HISTORY_SHEET), { name: HISTORY_SHEET, id }],
      });
      if (!isNew) {
        queueSaveState(context, register(existing.id));
        done();
      }
      await context.sync();
      if (isNew) {
        queueSaveState(context, register(ws.id));
        done();
        await context.sync();
      }
    }));
  }
}

/** One history row back to a snapshot, or a finding saying why it cannot be used. */
function readRow(entry: HistoryRow, values: unknown[]): { snapshot: StoredSnapshot } | { finding: Finding } {
  const where = origin(entry.row, entry.issue);
  const bad = (why: string): { finding: Finding } => ({
    finding: finding(HISTORY_SHEET, HISTORY_SHEET, `A${entry.row}`, 'history_unreadable', `上期快照「${where}」${why}，本期未与该期比较。重新生成该期专报即可重写这份快照。`),
  });
  const [issue, , , count] = values;
  if (Number(issue) !== entry.issue) return bad(`的期数与记录不符（表中为「${String(issue ?? '')}」）`);
  if (Number(count) !== entry.cells) return bad('的分段数与记录不符，可能被改动过');
  const parts: string[] = [];
  for (let i = 0; i < entry.cells; i++) {
    const v = values[META_COLS + i];
    if (typeof v !== 'string' || !v.startsWith(PIECE)) return bad(`的第 ${i + 1} 段缺失或被改动过`);
    parts.push(v.slice(PIECE.length));
  }
  const parsed = parseSnapshot(parts.join(''), where);
  if (!parsed.ok) {
    const message = parsed.finding.message.replace(/，本期未与上期比较。.*$/, '，本期未与该期比较。重新生成该期专报即可重写这份快照。');
    return { finding: { ...parsed.finding, file: HISTORY_SHEET, sheet: HISTORY_SHEET, cell: `A${entry.row}`, message } };
  }
  return { snapshot: { issue: entry.issue, asOf: parsed.result.asOf, origin: where, result: parsed.result } };
}
