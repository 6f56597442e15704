/**
 * office-js path: the bulletin and ledger sheets for N indicator rows, written by the add-in's
 * ExcelBulletinSink over the counting mock. Prints one JSON line per size on stdout.
 * Usage: tsx bench/officeSyncs.ts <seed> <size>...
 */
import { buildBulletinModel } from '../src/domain/bulletinModel';
import { buildBulletinSheet } from '../src/domain/bulletinSheet';
import { buildLedgerSheet } from '../src/domain/ledgerSheet';
import { buildReport } from '../src/domain/report';
import { parseSettings } from '../src/domain/settings';
import { ExcelBulletinSink } from '../src/excel/excelSink';
import { bigSheetSpec, departmentSpecs, specToGrids } from './generate';
import { CountingExcel } from './officeMock';

async function measure(seed: number, size: number): Promise<Record<string, unknown>> {
  const specs = size >= 100_000 ? [bigSheetSpec(seed, size)] : departmentSpecs(seed, Math.max(1, Math.round(size / 50)), Math.min(size, 50));
  const grids = specs.flatMap(specToGrids);
  const settings = parseSettings({ asOf: '2026-03-20' });
  const { result } = buildReport({ grids, settings });
  const bulletin = buildBulletinModel(result, settings);
  const sheets = [buildBulletinSheet(bulletin, settings), buildLedgerSheet(result, settings)];
  const x = new CountingExcel();
  const t0 = performance.now();
  await new ExcelBulletinSink({ runner: x.run, activate: true }).writeSheets(sheets);
  const ms = performance.now() - t0;
  return {
    size, indicators: result.indicators.length, sheetRows: sheets.map((s) => s.rows.length),
    syncs: x.syncCount, runs: x.runs, largestBytes: x.largestBytes, perSync: x.syncs, sinkMs: Math.round(ms),
  };
}

async function run(): Promise<void> {
  const seed = Number(process.argv[2]);
  for (const a of process.argv.slice(3)) {
    process.stderr.write(`  office-js: ${a} rows…\n`);
    process.stdout.write(`${JSON.stringify(await measure(seed, Number(a)))}\n`);
  }
}
void run();
