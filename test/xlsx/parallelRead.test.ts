import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { expandInputs, XlsxFileSource } from '../../src/xlsx/fileSource';
import { ReadReply, readFilesInParallel, readThreads, workerScript } from '../../src/xlsx/parallelRead';
import { readWorkbookGrids } from '../../src/xlsx/xlsxSource';

const samples = path.join(__dirname, '..', '..', 'samples', '2026-03');
// The TypeScript worker, run through tsx's require hook (the CLI runs the compiled lib/xlsx/readWorker.js).
const worker = path.join(__dirname, '..', 'support', 'readWorkerTs.js');

describe('readThreads', () => {
  it.each([[200, 2, 0], [200, 3, 0], [200, 4, 3], [200, 16, 7], [3, 8, 0], [7, 8, 0], [8, 8, 7], [9, 4, 3], [50, 1, 0]])('%p files on %p cores → %p threads', (files, cores, threads) => {
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
    const failures = replies.flatMap((r) => ('failure' in r ? [{ file: files[r.index], message: r.failure }] : r.failures));
    expect(grids).toEqual(sequential.grids);
    expect(failures).toEqual(sequential.failures);
    expect(failures).toHaveLength(1);
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('the main thread reads beside the workers: every file once, same grids, in file order', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zb-par-'));
    for (const f of await fs.readdir(samples)) await fs.copyFile(path.join(samples, f), path.join(dir, f));
    const { files } = await expandInputs([dir]);
    const sequential = await new XlsxFileSource([dir]).readSheets();
    const here: number[] = [];
    const readHere = async (index: number, file: string): Promise<ReadReply> => {
      here.push(index);
      return { index, grids: await readWorkbookGrids(file, await fs.readFile(file)), failures: [] };
    };
    const replies = await readFilesInParallel(files, 1, worker, undefined, undefined, readHere);
    expect(here.length).toBeGreaterThan(0); // the main thread took files while the worker started
    expect(new Set(here).size).toBe(here.length);
    expect(replies.map((r) => r.index)).toEqual(files.map((_, i) => i));
    expect(replies.flatMap((r) => ('grids' in r ? r.grids : []))).toEqual(sequential.grids);
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('with no worker able to start, the main thread reads every file', async () => {
    const replies = await readFilesInParallel(['a.xlsx', 'b.xlsx'], 2, path.join(os.tmpdir(), 'no-such-worker.js'), undefined, undefined, (index) => Promise.resolve({ index, grids: [], failures: [] }));
    expect(replies).toEqual([{ index: 0, grids: [], failures: [] }, { index: 1, grids: [], failures: [] }]);
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
