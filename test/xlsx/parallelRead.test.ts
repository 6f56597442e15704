import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { expandInputs, XlsxFileSource } from '../../src/xlsx/fileSource';
import { readFilesInParallel, readThreads, workerScript } from '../../src/xlsx/parallelRead';

const samples = path.join(__dirname, '..', '..', 'samples', '2026-03');
// The TypeScript worker, run through tsx's require hook (the CLI runs the compiled lib/xlsx/readWorker.js).
const worker = path.join(__dirname, '..', 'support', 'readWorkerTs.js');

describe('readThreads', () => {
  it.each([[200, 2, 0], [200, 3, 0], [200, 4, 4], [200, 16, 8], [3, 8, 0], [4, 8, 2], [9, 4, 4], [50, 1, 0]])('%p files on %p cores → %p threads', (files, cores, threads) => {
    expect(readThreads(files, cores)).toBe(threads);
  });
});

describe('reading on worker threads', () => {
  jest.setTimeout(60_000);

  it('gives the same grids, in the same order, as reading on the main thread, and failures per file', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zb-par-'));
    for (const f of await fs.readdir(samples)) await fs.copyFile(path.join(samples, f), path.join(dir, f));
    await fs.writeFile(path.join(dir, '坏文件.xlsx'), 'PK\u0003\u0004 truncated');
    const { files } = await expandInputs([dir]);
    const sequential = await new XlsxFileSource([dir]).readSheets();
    const seen: string[] = [];
    const replies = await readFilesInParallel(files, 2, worker, (f) => seen.push(f));
    expect(replies.map((r) => r.index)).toEqual(files.map((_, i) => i));
    expect(seen.sort()).toEqual([...files].sort());
    const grids = replies.flatMap((r) => ('grids' in r ? r.grids : []));
    const failures = replies.flatMap((r) => ('failure' in r ? [{ file: files[r.index], message: r.failure }] : []));
    expect(grids).toEqual(sequential.grids);
    expect(failures).toEqual(sequential.failures);
    expect(failures).toHaveLength(1);
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('a worker that cannot start fails its files with a message instead of hanging', async () => {
    const replies = await readFilesInParallel(['a.xlsx', 'b.xlsx'], 2, path.join(os.tmpdir(), 'no-such-worker.js'));
    expect(replies).toHaveLength(2);
    for (const r of replies) expect('failure' in r && r.failure).toMatch(/读取/);
  });

  it('from sources there is no compiled worker, so the source reads on the main thread', () => {
    expect(workerScript()).toBeNull();
  });
});
