/**
 * Which sheets of the open workbook look like tracking sheets: the detected layout (header rows,
 * column roles) and a confidence, for the pane's sheet list. Pure: works on grids.
 */
import { GridView, SheetGrid, columnLetters } from '../domain/grid';
import type { ColumnChoice } from '../domain/columnChoice';
import { FieldRole } from '../domain/headerRecognition';
import { detectLayout } from '../domain/sheetLayout';
import { sheetNameFrom, stripSheetNameText } from '../domain/sheetName';
import { StoredBinding } from './storedState';

export interface SheetCandidate {
  sheet: string;
  file: string;
  /** 0..1; 0 when no header was found. */
  confidence: number;
  headerRow: number | null;
  /** Layout key, for column mappings the clerk corrects. */
  layoutKey: string | null;
  columns: { letter: string; role: FieldRole; header: string }[];
  /** The used area (A1-style), for binding. */
  address: string | null;
  /** Tables on the sheet, bound as tables when there are any. */
  tables: string[];
  bound: boolean;
  rows: number;
  /** Where two columns could fill one role: which the engine reads and why (shown beside the sheet). */
  choices?: ColumnChoice[];
}

/** Minimum confidence for a sheet to count as a tracker. */
export const TRACKER_CONFIDENCE = 0.5;

/**
 * Describes every grid as a candidate, best first.
 * @example describeCandidates(grids, [])[0] → { sheet: '人社局', confidence: 1, headerRow: 3, … }
 */
export function describeCandidates(grids: SheetGrid[], bindings: StoredBinding[]): SheetCandidate[] {
  return grids
    .map((grid) => {
      const view = new GridView(grid);
      const layout = view.rowCount ? detectLayout(view) : null;
      const address = view.rowCount && view.colCount ? `A1:${columnLetters(view.colCount)}${view.rowCount}` : null;
      return {
        sheet: grid.sheet,
        file: grid.file,
        confidence: layout ? Math.round(layout.confidence * 100) / 100 : 0,
        headerRow: layout?.headerTop ?? null,
        layoutKey: layout?.key ?? null,
        columns: (layout?.columns ?? []).map((c) => ({ letter: columnLetters(c.col), role: c.role, header: c.header })),
        address,
        tables: grid.tables.map((t) => t.name),
        bound: bindings.some((b) => b.sheet === grid.sheet),
        rows: view.rowCount,
        choices: layout?.choices ?? [],
      };
    })
    .sort((a, b) => b.confidence - a.confidence);
}

/**
 * A sheet name for an imported sheet: the sheet's own name when it names a department or is free,
 * else `file-sheet`; made valid by the project's one sheet-name rule (sheetNameFrom: no character
 * Excel refuses, at most 31 characters without cutting a surrogate pair, no apostrophe at either end,
 * never the reserved "History"), and unique (case-insensitive) with a "(2)"-style suffix.
 * @example importSheetName('人社局.xlsx', '2026年民生实事', new Set(['2026年民生实事'])) === '人社局-2026年民生实事'
 */
export function importSheetName(file: string, sheet: string, taken: Set<string>, sheetsInFile = 1): string {
  const base = stripSheetNameText(file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
  const own = stripSheetNameText(sheet);
  const lower = new Set([...taken].map((t) => t.toLocaleLowerCase()));
  let wanted = sheetsInFile === 1 && base ? base : `${base}-${own}`;
  if (sheetsInFile > 1 && own && !lower.has(own.toLocaleLowerCase()) && /(局|委|办|厅|院|会|社|中心|公司|部)$/.test(own)) wanted = own;
  const name = sheetNameFrom(wanted);
  let candidate = name;
  for (let n = 2; lower.has(candidate.toLocaleLowerCase()); n++) candidate = sheetNameFrom(wanted, `(${n})`);
  return candidate;
}
