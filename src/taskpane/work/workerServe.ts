/**
 * The worker's side of the protocol: runs each request on the PaneTasks, one at a time in arrival
 * order, posting its progress and then its result or its error. pane.worker.ts wires it to the
 * worker's messages; tests call it directly.
 */
import { PaneTasks, readFiles } from './paneTasks';
import type { NamedBytes, WorkContext, WorkSource } from './paneTasks';
import { splitForTransfer } from './chunkedTransfer';
import { WorkReply, WorkRequest, WorkRequestSchema } from './protocol';
import type { ColumnMapping } from '../../domain/settings';
import type { BuildTask } from './paneTasks';

/** Serves requests on one PaneTasks. */
export class WorkServer {
  private readonly tasks = new PaneTasks();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly post: (reply: WorkReply) => void) {}

  /** Takes one message (checked); its work starts when the ones before it are done. */
  receive(data: unknown): void {
    const parsed = WorkRequestSchema.safeParse(data);
    if (!parsed.success) {
      const id = typeof (data as { id?: unknown })?.id === 'number' ? (data as { id: number }).id : -1;
      this.post({ id, kind: 'error', name: 'Error', message: `后台计算收到无法识别的请求：${parsed.error.issues.map((i) => i.path.join('.')).join('、')}` });
      return;
    }
    const req = parsed.data as unknown as WorkRequest;
    this.queue = this.queue.then(() => this.serve(req));
  }

  private async serve(req: WorkRequest): Promise<void> {
    // The page stops a worker by terminating it: nothing here is cancelled cooperatively.
    const ctx: WorkContext = { onProgress: (progress) => this.post({ id: req.id, kind: 'progress', progress }), cancelled: () => false };
    try {
      const { skeleton, chunks } = splitForTransfer(await this.run(req, ctx));
      for (const c of chunks) this.post({ id: req.id, kind: 'chunk', path: c.path, items: c.items });
      this.post({ id: req.id, kind: 'result', value: skeleton });
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      this.post({ id: req.id, kind: 'error', name: e.name, message: e.message });
    }
  }

  private run(req: WorkRequest, ctx: WorkContext): Promise<unknown> {
    switch (req.kind) {
      case 'setSource':
        this.tasks.setSource(req.source as WorkSource);
        return Promise.resolve(null);
      case 'readFiles':
        return readFiles(req.files as NamedBytes[], ctx);
      case 'listSheets':
        return this.tasks.listSheets(ctx);
      case 'describeLayout':
        return this.tasks.describeLayout(req.ref, req.mappings as ColumnMapping[], req.headerRow, ctx);
      case 'build':
        return this.tasks.build(req.task as BuildTask, ctx);
    }
  }
}
