/**
 * The pane's reading and computing as the hosts see it: the same calls whether the work runs in a
 * Web Worker ({@link WorkerPaneWork}, the pane in Excel and in preview) or in the page
 * ({@link InlinePaneWork}, where there are no workers: jsdom tests). Every call takes progress and
 * an AbortSignal; cancelling rejects with a BuildCancelled.
 */
import type { LayoutView } from '../../domain/layoutView';
import type { FileFailure } from '../../domain/report';
import type { ColumnMapping } from '../../domain/settings';
import type { SourceReading } from '../../domain/workbookPort';
import type { BuildOutcome } from '../../engine/runBuild';
import type { SheetCandidate } from '../../excel/candidates';
import type { BuildProgress, SheetRef } from '../host';
import type { BuildTask, NamedBytes, PaneTasks, WorkContext, WorkSource } from './paneTasks';
import { WorkReplySchema, WorkRequest } from './protocol';
import { BuildCancelled, throwIfCancelled } from './cancel';
import { Chunk, joinTransfer } from './chunkedTransfer';

export type OnProgress = (p: BuildProgress) => void;

export interface PaneWork {
  /** The source the next calls work on (read once, kept until replaced). */
  setSource(source: WorkSource): void;
  /** Reads files into grids without touching the source (Excel's import writes them into the workbook). */
  readFiles(files: NamedBytes[], onProgress?: OnProgress, signal?: AbortSignal): Promise<SourceReading>;
  listSheets(onProgress?: OnProgress, signal?: AbortSignal): Promise<{ candidates: SheetCandidate[]; failures: FileFailure[] }>;
  describeLayout(ref: SheetRef, mappings: ColumnMapping[], headerRow?: number): Promise<LayoutView>;
  build(task: BuildTask, onProgress?: OnProgress, signal?: AbortSignal): Promise<BuildOutcome>;
}

type WorkCall = WorkRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** What the client needs of a Worker (a DOM Worker, or a fake in tests). */
export interface WorkerLike {
  onmessage: ((e: { data: unknown }) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

interface Pending {
  /** The result's long arrays, as they come (chunkedTransfer.ts). */
  chunks: Chunk[];
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  onProgress?: OnProgress;
}

const HAS_CJK = /[\u3400-\u9fff]/;

/** The worker's error as the clerk reads it: its own Chinese message, or a plain line with the detail. */
function workError(name: string, message: string): Error {
  if (name === 'BuildCancelled') return new BuildCancelled();
  const e = new Error(HAS_CJK.test(message) ? message : `后台计算出错，未能完成。请重试；如仍出错，请把以下信息发给技术支持：${message}`);
  e.name = name;
  return e;
}

/**
 * The work in a Web Worker, started on first use. Cancelling terminates the worker (the only way to
 * stop a worker at once: https://developer.mozilla.org/docs/Web/API/Worker/terminate); the next
 * call starts a fresh one and hands it the source again.
 */
export class WorkerPaneWork implements PaneWork {
  private worker: WorkerLike | null = null;
  private sourceSent = false;
  private source: WorkSource | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly makeWorker: () => WorkerLike) {}

  setSource(source: WorkSource): void {
    this.source = source;
    this.sourceSent = false;
  }

  readFiles(files: NamedBytes[], onProgress?: OnProgress, signal?: AbortSignal): Promise<SourceReading> {
    return this.call({ kind: 'readFiles', files }, onProgress, signal, false) as Promise<SourceReading>;
  }

  listSheets(onProgress?: OnProgress, signal?: AbortSignal): Promise<{ candidates: SheetCandidate[]; failures: FileFailure[] }> {
    return this.call({ kind: 'listSheets' }, onProgress, signal) as Promise<{ candidates: SheetCandidate[]; failures: FileFailure[] }>;
  }

  describeLayout(ref: SheetRef, mappings: ColumnMapping[], headerRow?: number): Promise<LayoutView> {
    return this.call({ kind: 'describeLayout', ref, mappings, ...(headerRow !== undefined ? { headerRow } : {}) }) as Promise<LayoutView>;
  }

  build(task: BuildTask, onProgress?: OnProgress, signal?: AbortSignal): Promise<BuildOutcome> {
    return this.call({ kind: 'build', task }, onProgress, signal) as Promise<BuildOutcome>;
  }

  private started(): WorkerLike {
    if (this.worker) return this.worker;
    const w = this.makeWorker();
    // Only the current worker speaks: a terminated one can still deliver an event already queued (an
    // importScripts of a chunk aborted by terminate() fails with a NetworkError), which must not stop
    // the worker that took its place.
    w.onmessage = (e) => { if (this.worker === w) this.receive(e.data); };
    w.onerror = (e) => { if (this.worker === w) this.stop(workError('Error', e.message ?? 'worker error')); };
    this.worker = w;
    this.sourceSent = false;
    return w;
  }

  private call(req: WorkCall, onProgress?: OnProgress, signal?: AbortSignal, needsSource = true): Promise<unknown> {
    try {
      throwIfCancelled(signal);
    } catch (e) {
      return Promise.reject(e);
    }
    const w = this.started();
    if (needsSource && !this.sourceSent && this.source) {
      // Messages arrive in order and the worker serves them one at a time: no need to wait.
      w.postMessage({ id: this.nextId++, kind: 'setSource', source: this.source } satisfies WorkRequest);
      this.sourceSent = true;
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { chunks: [], resolve, reject, ...(onProgress ? { onProgress } : {}) });
      signal?.addEventListener('abort', () => { if (this.pending.has(id)) this.stop(new BuildCancelled()); }, { once: true });
      w.postMessage({ ...req, id } as WorkRequest);
    });
  }

  /** Terminates the worker; every call waiting on it rejects with `err`. */
  private stop(err: Error): void {
    if (this.worker) {
      this.worker.onmessage = null;
      this.worker.onerror = null;
      this.worker.terminate();
    }
    this.worker = null;
    this.sourceSent = false;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.reject(err);
  }

  private receive(data: unknown): void {
    const parsed = WorkReplySchema.safeParse(data);
    if (!parsed.success) return;
    const msg = parsed.data;
    const p = this.pending.get(msg.id);
    if (!p) return; // setSource's answer, or a call already cancelled
    if (msg.kind === 'progress') {
      p.onProgress?.(msg.progress as BuildProgress);
      return;
    }
    if (msg.kind === 'chunk') {
      p.chunks.push({ path: msg.path, items: msg.items });
      return;
    }
    this.pending.delete(msg.id);
    if (msg.kind === 'error') { p.reject(workError(msg.name, msg.message)); return; }
    try {
      p.resolve(joinTransfer(msg.value, p.chunks));
    } catch (e) {
      p.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }
}

/**
 * The same work in the page (no worker): stops between files when cancelled. The tasks' module
 * (reader and engine) is loaded on first use.
 */
export class InlinePaneWork implements PaneWork {
  private tasks: Promise<PaneTasks> | null = null;
  private readonly load: () => Promise<typeof import('./paneTasks')>;

  constructor(load?: () => Promise<typeof import('./paneTasks')>) {
    this.load = load ?? (() => import(/* webpackChunkName: "work" */ './paneTasks.js'));
  }

  private get ready(): Promise<PaneTasks> {
    this.tasks ??= this.load().then((m) => new m.PaneTasks());
    return this.tasks;
  }

  private source: WorkSource | null = null;

  setSource(source: WorkSource): void {
    this.source = source;
    void this.ready.then((t) => { if (this.source === source) t.setSource(source); });
  }

  private async withTasks<T>(signal: AbortSignal | undefined, onProgress: OnProgress | undefined, fn: (t: PaneTasks, ctx: WorkContext) => Promise<T>): Promise<T> {
    throwIfCancelled(signal);
    const t = await this.ready;
    const ctx: WorkContext = { onProgress: onProgress ?? (() => undefined), cancelled: () => signal?.aborted ?? false };
    const out = await fn(t, ctx);
    throwIfCancelled(signal);
    return out;
  }

  async readFiles(files: NamedBytes[], onProgress?: OnProgress, signal?: AbortSignal): Promise<SourceReading> {
    const m = await this.load();
    return this.withTasks(signal, onProgress, (_t, ctx) => m.readFiles(files, ctx));
  }

  listSheets(onProgress?: OnProgress, signal?: AbortSignal): Promise<{ candidates: SheetCandidate[]; failures: FileFailure[] }> {
    return this.withTasks(signal, onProgress, (t, ctx) => t.listSheets(ctx));
  }

  describeLayout(ref: SheetRef, mappings: ColumnMapping[], headerRow?: number): Promise<LayoutView> {
    return this.withTasks(undefined, undefined, (t, ctx) => t.describeLayout(ref, mappings, headerRow, ctx));
  }

  build(task: BuildTask, onProgress?: OnProgress, signal?: AbortSignal): Promise<BuildOutcome> {
    return this.withTasks(signal, onProgress, (t, ctx) => t.build(task, ctx));
  }
}
