/**
 * The task pane at scale, measured in Chromium (issue 16): the built pane (preview mode) imports a
 * set of department workbooks through its file input and builds the bulletin, as a clerk would.
 * For each set, in a fresh headless Chromium (playwright-core, /usr/bin/chromium, fresh profile):
 *   - import: from the file input's change event until the sheet list is shown (the notice 已加入);
 *   - build (生成专报): from the click until the totals are shown;
 *   - the longest main-thread task during import and build (PerformanceObserver 'longtask': tasks
 *     over 50 ms, from the change event on; none means the longest was under 50 ms);
 *   - memory after the build: the page's JS heap (CDP Performance.getMetrics JSHeapUsedSize) and the
 *     worker's (CDP Runtime.getHeapUsage on the worker target), and their sum, the tab's.
 * A set is a label and a list of files (the pane's samples are part of every set: preview mode
 * starts with them); another set (e.g. the same workbooks as .xls) is one more entry in `sets`.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Files imported into the pane (besides its bundled samples). */
export interface PaneSet {
  label: string;
  files: string[];
}

export interface PaneFigures {
  label: string;
  files: number;
  indicators: number | null;
  importS: number | null;
  buildS: number | null;
  /** Longest main-thread task (ms) during import and during build; 0 when none was over 50 ms. */
  longestTaskMs: { import: number; build: number };
  longTasks: number;
  /** The task that took the files from the automation's file chooser, when it ran into the change event (not the pane's). */
  fileChooserTaskMs: number;
  /** The long tasks during import and build: start (ms after the import's start) and duration. */
  longTaskList: { atMs: number; ms: number }[];
  memoryMb: { page: number | null; worker: number | null; tab: number | null };
  error: string | null;
}

const MIME: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '.xml': 'application/xml' };

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Collects long tasks from the start (before the pane's scripts run). */
const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  window.__marks = {};
  document.addEventListener('change', (e) => { if (e.target && e.target.type === 'file') window.__marks.importStart = performance.now(); }, true);
  document.addEventListener('click', (e) => { const b = e.target && e.target.closest && e.target.closest('[data-testid="build"]'); if (b) window.__marks.buildStart = performance.now(); }, true);
`;

/** Waits (polling every frame) for `selector`'s text to contain `text`, and marks the time in the page. */
async function markWhen(page: Page, selector: string, text: string, mark: string, timeout: number): Promise<void> {
  await page.waitForFunction(([sel, t, m]) => {
    const el = document.querySelector(sel as string);
    if (!el || !(el.textContent ?? '').includes(t as string)) return false;
    (window as unknown as { __marks: Record<string, number> }).__marks[m as string] = performance.now();
    return true;
  }, [selector, text, mark], { polling: 'raf', timeout });
}

/** The JS heap of the worker target(s), through the page's CDP session (non-flat target messages). */
async function workerHeapBytes(session: CDPSession): Promise<number | null> {
  const { targetInfos } = await session.send('Target.getTargets') as { targetInfos: { targetId: string; type: string }[] };
  const workers = targetInfos.filter((t) => t.type === 'worker');
  if (!workers.length) return null;
  let total = 0;
  for (const w of workers) {
    const { sessionId } = await session.send('Target.attachToTarget', { targetId: w.targetId, flatten: false }) as { sessionId: string };
    const used = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer from the worker target')), 10_000);
      const onMessage = (e: { sessionId: string; message: string }): void => {
        if (e.sessionId !== sessionId) return;
        const msg = JSON.parse(e.message) as { id?: number; result?: { usedSize: number } };
        if (msg.id !== 1) return;
        clearTimeout(timer);
        session.off('Target.receivedMessageFromTarget', onMessage);
        resolve(msg.result?.usedSize ?? 0);
      };
      session.on('Target.receivedMessageFromTarget', onMessage);
      void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }) });
    });
    total += used;
    await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
  return total;
}

async function measureSet(dist: string, set: PaneSet, log: (s: string) => void): Promise<PaneFigures> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require('playwright-core') as typeof import('playwright-core');
  const server = await serve(dist);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhuanbao-bench-chromium-'));
  const figures: PaneFigures = { label: set.label, files: set.files.length, indicators: null, importS: null, buildS: null, longestTaskMs: { import: 0, build: 0 }, longTasks: 0, fileChooserTaskMs: 0, longTaskList: [], memoryMb: { page: null, worker: null, tab: null }, error: null };
  let context: BrowserContext | null = null;
  try {
    context = await chromium.launchPersistentContext(userDir, { executablePath: CHROMIUM, args: FLAGS, headless: true, viewport: { width: 420, height: 1000 } });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(OBSERVE_LONG_TASKS);
    await page.goto(`${origin}/taskpane.html`);
    await page.waitForSelector('html[data-mode="preview"]', { timeout: 60_000 });
    // The sheet list of the samples first (not measured): the import is then the set's own work.
    await page.getByRole('tab', { name: '跟踪表' }).click();
    await page.getByTestId('sheet-row').first().waitFor({ timeout: 120_000 });
    await page.locator('input[type=file]').setInputFiles(set.files);
    await markWhen(page, '[data-testid="notice"]', '已加入', 'importEnd', 600_000);
    await page.getByRole('tab', { name: '专报' }).click();
    await page.getByTestId('build').click();
    await markWhen(page, '[data-testid="totals"]', '共 ', 'buildEnd', 600_000);
    const totals = (await page.getByTestId('totals').textContent()) ?? '';
    figures.indicators = Number(/共 (\d+) 个指标/.exec(totals)?.[1] ?? NaN);
    const { marks, tasks } = await page.evaluate(() => {
      const w = window as unknown as { __marks: Record<string, number>; __longTasks: { start: number; ms: number }[] };
      return { marks: w.__marks, tasks: w.__longTasks };
    });
    const { importStart = NaN, importEnd = NaN, buildStart = NaN, buildEnd = NaN } = marks;
    figures.importS = (importEnd - importStart) / 1000;
    figures.buildS = (buildEnd - buildStart) / 1000;
    // From the change event on: a task that began before it is the browser taking the files from the
    // automation's file chooser (reported apart, as fileChooserTaskMs).
    const longest = (from: number, to: number): number => Math.max(0, ...tasks.filter((t) => t.start >= from && t.start <= to).map((t) => t.ms));
    figures.fileChooserTaskMs = Math.round(Math.max(0, ...tasks.filter((t) => t.start < importStart && t.start + t.ms >= importStart).map((t) => t.ms)));
    figures.longestTaskMs = { import: Math.round(longest(importStart, importEnd)), build: Math.round(longest(buildStart, buildEnd)) };
    const during = tasks.filter((t) => t.start >= importStart && t.start <= buildEnd);
    figures.longTasks = during.length;
    figures.longTaskList = during.map((t) => ({ atMs: Math.round(t.start - importStart), ms: Math.round(t.ms) }));
    log(`  long tasks (ms after the import's start: duration): ${figures.longTaskList.map((t) => `${t.atMs}: ${t.ms}`).join(', ') || 'none'}${figures.fileChooserTaskMs ? ` (and the file chooser's task, ${figures.fileChooserTaskMs} ms, before the change event)` : ''}; import ${Math.round(importEnd - importStart)} ms, build from ${Math.round(buildStart - importStart)} to ${Math.round(buildEnd - importStart)}`);
    const session = await context.newCDPSession(page);
    await session.send('HeapProfiler.collectGarbage').catch(() => undefined);
    await session.send('Performance.enable');
    const { metrics } = await session.send('Performance.getMetrics') as { metrics: { name: string; value: number }[] };
    const pageHeap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
    const workerHeap = await workerHeapBytes(session).catch((e: unknown) => { log(`  worker heap not measured: ${e instanceof Error ? e.message : String(e)}`); return null; });
    const mb = (b: number | null): number | null => (b === null ? null : Math.round(b / 1e5) / 10);
    figures.memoryMb = { page: mb(pageHeap), worker: mb(workerHeap), tab: mb(pageHeap === null ? null : pageHeap + (workerHeap ?? 0)) };
  } catch (e) {
    figures.error = e instanceof Error ? e.message.split('\n')[0] ?? e.message : String(e);
  } finally {
    await context?.close().catch(() => undefined);
    await new Promise((r) => server.close(r));
    fs.rmSync(userDir, { recursive: true, force: true });
  }
  return figures;
}

/**
 * Measures each set in the pane built in `dist` (a build with office.js served locally, so preview
 * mode starts without a network).
 * @example await benchPane('bench/out/dist', [{ label: '19 workbooks', files }], log)
 */
export async function benchPane(dist: string, sets: PaneSet[], log: (s: string) => void): Promise<PaneFigures[]> {
  const out: PaneFigures[] = [];
  if (!fs.existsSync(CHROMIUM)) {
    log(`task pane in Chromium: not measured (${CHROMIUM} not found)`);
    return out;
  }
  for (const set of sets) {
    log(`task pane in Chromium: ${set.label} (${set.files.length} files imported)`);
    const f = await measureSet(dist, set, log);
    if (f.error) log(`  failed: ${f.error}`);
    else log(`  import ${f.importS?.toFixed(2)} s, build ${f.buildS?.toFixed(2)} s, ${f.indicators} indicators; longest task ${f.longestTaskMs.import} ms (import) / ${f.longestTaskMs.build} ms (build); tab heap ${f.memoryMb.tab} MB (page ${f.memoryMb.page}, worker ${f.memoryMb.worker})`);
    out.push(f);
  }
  return out;
}

export interface PaneVsCli extends PaneFigures {
  /** The CLI's `zhuanbao build --json` of the same files (samples included), fastest of its runs. */
  cliS: number | null;
  /** (pane import + pane build) ÷ CLI build. */
  ratio: number | null;
}

/**
 * A folder holding the pane's samples and the set's files (links), for the CLI to build the same files.
 * @example sameFilesDir('bench/out/pane-sets', set, 'samples/2026-03')
 */
export function sameFilesDir(root: string, set: PaneSet, samplesDir: string): string {
  const dir = path.join(root, set.label.replace(/[^\w.-]+/g, '-'));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const samples = fs.readdirSync(samplesDir).filter((f) => /\.xlsx$/i.test(f)).map((f) => path.join(samplesDir, f));
  for (const f of [...samples, ...set.files]) {
    const to = path.join(dir, path.basename(f));
    if (fs.existsSync(to)) throw new Error(`two files named ${path.basename(f)} in the set ${set.label}`);
    fs.symlinkSync(path.resolve(f), to);
  }
  return dir;
}

/**
 * Each set in the pane, and the CLI on the same files; `cliBuild` returns the CLI's wall seconds.
 * @example await paneVsCli({ dist, sets, samplesDir, workDir, cliBuild, log })
 */
export async function paneVsCli(opts: { dist: string; sets: PaneSet[]; samplesDir: string; workDir: string; cliBuild: (dir: string, label: string) => number | null; log: (s: string) => void }): Promise<PaneVsCli[]> {
  const pane = await benchPane(opts.dist, opts.sets, opts.log);
  return pane.map((f, i) => {
    const set = opts.sets[i] as PaneSet;
    const dir = sameFilesDir(opts.workDir, set, opts.samplesDir);
    const cliS = opts.cliBuild(dir, set.label);
    const paneS = f.importS !== null && f.buildS !== null ? f.importS + f.buildS : null;
    const ratio = paneS !== null && cliS ? Math.round((paneS / cliS) * 100) / 100 : null;
    opts.log(`  ${set.label}: CLI build ${cliS?.toFixed(2) ?? '?'} s; pane import + build ${paneS?.toFixed(2) ?? '?'} s; ratio ${ratio ?? '?'}`);
    return { ...f, cliS, ratio };
  });
}
