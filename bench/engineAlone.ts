/**
 * The engine alone: grids are read first (timed apart), then buildReport runs on grids already in
 * memory (median of several runs), then the bulletin model and sheet models.
 * Usage: tsx bench/engineAlone.ts <folder or file>... (after npm run build:cli); prints one JSON line on stdout.
 */
import * as fs from 'node:fs';
import type { SheetGrid } from '../src/domain/grid';

// The compiled code the CLI runs (lib/, built by `npm run build:cli`, which bench/run.ts does first):
// tsx's transpiled sources wrap every function for its names and run ~15 % slower.
/* eslint-disable @typescript-eslint/no-require-imports */
const { buildBulletinModel } = require('../lib/domain/bulletinModel') as typeof import('../src/domain/bulletinModel');
const { buildBulletinSheet } = require('../lib/domain/bulletinSheet') as typeof import('../src/domain/bulletinSheet');
const { buildLedgerSheet } = require('../lib/domain/ledgerSheet') as typeof import('../src/domain/ledgerSheet');
const { buildReport } = require('../lib/domain/report') as typeof import('../src/domain/report');
const { parseSettings } = require('../lib/domain/settings') as typeof import('../src/domain/settings');
const { expandInputs } = require('../lib/xlsx/fileSource') as typeof import('../src/xlsx/fileSource');
const { readWorkbookGrids } = require('../lib/xlsx/xlsxSource') as typeof import('../src/xlsx/xlsxSource');
/* eslint-enable @typescript-eslint/no-require-imports */

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

async function run(): Promise<void> {
  const { files } = await expandInputs(process.argv.slice(2));
  const t0 = performance.now();
  const grids: SheetGrid[] = [];
  // As the CLI reads them: from the file's bytes (the direct reader first, ExcelJS for what it leaves).
  for (const f of files) grids.push(...(await readWorkbookGrids(f, fs.readFileSync(f))));
  const readMs = performance.now() - t0;
  const settings = parseSettings({ asOf: '2026-03-20' });
  const runs: number[] = [];
  let indicators = 0;
  let rows = 0;
  for (const g of grids) rows += g.rows.length;
  const sheetRuns: number[] = [];
  for (let i = 0; i < 5; i++) {
    const a = performance.now();
    const { result } = buildReport({ grids, settings });
    const b = performance.now();
    const bulletin = buildBulletinModel(result, settings);
    buildBulletinSheet(bulletin, settings);
    buildLedgerSheet(result, settings);
    sheetRuns.push(performance.now() - b);
    runs.push(b - a);
    indicators = result.indicators.length;
  }
  process.stdout.write(`${JSON.stringify({ files: files.length, sheets: grids.length, rows, indicators, readGridsMs: readMs, reportMs: median(runs), reportFirstMs: runs[0], bulletinSheetsMs: median(sheetRuns) })}\n`);
}
void run();
