/**
 * The pane's reading and computing, the same code whether it runs in the Web Worker
 * (pane.worker.ts) or in the page (the fallback without workers, and jsdom tests): departments'
 * files read with the same reading path as the command line (`readWorkbookBytes`: bytes in, grids
 * out, the fast .xlsx reader first and SheetJS for the other formats),
 * the sheet list, a sheet's layout, and the build's pure part (computeOutcome). No office.js here:
 * in Excel the sheets are read by office.js on the main thread and handed over as grids.
 */
import { describeLayout } from '../../domain/layoutView';
import type { LayoutView } from '../../domain/layoutView';
import type { SheetGrid } from '../../domain/grid';
import type { FileFailure } from '../../domain/report';
import type { SourceReading } from '../../domain/workbookPort';
import { computeOutcome } from '../../engine/runBuild';
import type { BuildOutcome, ComputeRequest } from '../../engine/runBuild';
import { describeCandidates } from '../../excel/candidates';
import type { SheetCandidate } from '../../excel/candidates';
import { baseName, readWorkbookBytes } from '../../xlsx/xlsxSource';
import type { BuildProgress, SheetRef } from '../host';
import type { ColumnMapping } from '../../domain/settings';
import { BuildCancelled } from './cancel';

/** A file as the pane has it: its name and bytes. */
export interface NamedBytes {
  name: string;
  data: ArrayBuffer | Uint8Array;
}

/** Where the sheets come from: files (read here, then kept) or grids read elsewhere (office.js). */
export type WorkSource = { files: NamedBytes[] } | { reading: SourceReading };

/** What the work needs from its caller besides the request: progress, and whether to stop. */
export interface WorkContext {
  onProgress: (p: BuildProgress) => void;
  /** True once the caller cancelled (the in-page fallback stops between files). */
  cancelled: () => boolean;
}

/** A build on the current source: everything of {@link ComputeRequest} but the reading. */
export type BuildTask = Omit<ComputeRequest, 'reading'>;

/**
 * Reads files one by one with the command line's reading path, reporting files and rows read after
 * each; a file that cannot be read is a failure with its plain message (the others are still read).
 * @example (await readFiles([{ name: '人社局.xlsx', data }], ctx)).grids[0]?.sheet
 */
export async function readFiles(files: readonly NamedBytes[], ctx: WorkContext): Promise<SourceReading> {
  const grids: SheetGrid[] = [];
  const failures: FileFailure[] = [];
  let rowsRead = 0;
  ctx.onProgress({ stage: 'reading', filesRead: 0, filesTotal: files.length, rowsRead });
  for (const [i, f] of files.entries()) {
    if (ctx.cancelled()) throw new BuildCancelled();
    const read = await readWorkbookBytes(baseName(f.name), f.data);
    for (const g of read.grids) { rowsRead += g.rows.length; grids.push(g); }
    for (const x of read.failures) failures.push(x);
    ctx.onProgress({ stage: 'reading', filesRead: i + 1, filesTotal: files.length, rowsRead });
  }
  return { grids, failures };
}

/**
 * The pane's work on one source at a time: the source is read once and kept until it is replaced,
 * so listing the sheets, opening a layout and building again do not read the files again.
 */
export class PaneTasks {
  private source: WorkSource = { reading: { grids: [], failures: [] } };
  private reading: Promise<SourceReading> | null = null;

  /** Replaces the source (the next call reads it). */
  setSource(source: WorkSource): void {
    this.source = source;
    this.reading = 'reading' in source ? Promise.resolve(source.reading) : null;
  }

  private read(ctx: WorkContext): Promise<SourceReading> {
    const source = this.source;
    if (!this.reading && 'files' in source) {
      const r = readFiles(source.files, ctx);
      this.reading = r;
      // A failed or cancelled read is not kept: the next call reads again.
      r.catch(() => { if (this.reading === r) this.reading = null; });
    }
    return this.reading ?? Promise.resolve({ grids: [], failures: [] });
  }

  /** The source's sheets, best candidates first, and the files that could not be read. */
  async listSheets(ctx: WorkContext): Promise<{ candidates: SheetCandidate[]; failures: FileFailure[] }> {
    const { grids, failures } = await this.read(ctx);
    return { candidates: describeCandidates(grids, []), failures };
  }

  /** One sheet's layout with `mappings` applied (optionally read from `headerRow`). */
  async describeLayout(ref: SheetRef, mappings: ColumnMapping[], headerRow: number | undefined, ctx: WorkContext): Promise<LayoutView> {
    const { grids } = await this.read(ctx);
    const grid = grids.find((g) => g.file === ref.file && g.sheet === ref.sheet);
    if (!grid) throw new Error(`找不到工作表「${ref.sheet}」（${ref.file}）。`);
    return describeLayout(grid, mappings, headerRow);
  }

  /** Reads the source (when not read yet) and computes the outcome. */
  async build(task: BuildTask, ctx: WorkContext): Promise<BuildOutcome> {
    const reading = await this.read(ctx);
    if (ctx.cancelled()) throw new BuildCancelled();
    ctx.onProgress({ stage: 'computing' });
    return computeOutcome({ ...task, reading });
  }
}
