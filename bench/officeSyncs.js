"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * office-js path: the bulletin and ledger sheets for N indicator rows, written by the add-in's
 * ExcelBulletinSink over the counting mock. Prints one JSON line per size on stdout.
 * Usage: tsx bench/officeSyncs.ts <seed> <size>...
 */
const bulletinModel_1 = require("../src/domain/bulletinModel");
const bulletinSheet_1 = require("../src/domain/bulletinSheet");
const ledgerSheet_1 = require("../src/domain/ledgerSheet");
const report_1 = require("../src/domain/report");
const settings_1 = require("../src/domain/settings");
const excelSink_1 = require("../src/excel/excelSink");
const generate_1 = require("./generate");
const officeMock_1 = require("./officeMock");
async function measure(seed, size) {
    const specs = size >= 100_000 ? [(0, generate_1.bigSheetSpec)(seed, size)] : (0, generate_1.departmentSpecs)(seed, Math.max(1, Math.round(size / 50)), Math.min(size, 50));
    const grids = specs.flatMap(generate_1.specToGrids);
    const settings = (0, settings_1.parseSettings)({ asOf: '2026-03-20' });
    const { result } = (0, report_1.buildReport)({ grids, settings });
    const bulletin = (0, bulletinModel_1.buildBulletinModel)(result, settings);
    const sheets = [(0, bulletinSheet_1.buildBulletinSheet)(bulletin, settings), (0, ledgerSheet_1.buildLedgerSheet)(result, settings)];
    const x = new officeMock_1.CountingExcel();
    const t0 = performance.now();
    await new excelSink_1.ExcelBulletinSink({ runner: x.run, activate: true }).writeSheets(sheets);
    const ms = performance.now() - t0;
    return {
        size, indicators: result.indicators.length, sheetRows: sheets.map((s) => s.rows.length),
        syncs: x.syncCount, runs: x.runs, largestBytes: x.largestBytes, perSync: x.syncs, sinkMs: Math.round(ms),
    };
}
async function run() {
    const seed = Number(process.argv[2]);
    for (const a of process.argv.slice(3)) {
        process.stderr.write(`  office-js: ${a} rows…\n`);
        process.stdout.write(`${JSON.stringify(await measure(seed, Number(a)))}\n`);
    }
}
void run();
