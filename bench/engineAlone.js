"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The engine alone: grids are read first (timed apart), then buildReport runs on grids already in
 * memory (median of several runs), then the bulletin model and sheet models.
 * Usage: tsx bench/engineAlone.ts <folder or file>... (after npm run build:cli); prints one JSON line on stdout.
 */
const fs = __importStar(require("node:fs"));
// The compiled code the CLI runs (lib/, built by `npm run build:cli`, which bench/run.ts does first):
// tsx's transpiled sources wrap every function for its names and run ~15 % slower.
/* eslint-disable @typescript-eslint/no-require-imports */
const { buildBulletinModel } = require('../lib/domain/bulletinModel');
const { buildBulletinSheet } = require('../lib/domain/bulletinSheet');
const { buildLedgerSheet } = require('../lib/domain/ledgerSheet');
const { buildReport } = require('../lib/domain/report');
const { parseSettings } = require('../lib/domain/settings');
const { expandInputs } = require('../lib/xlsx/fileSource');
const { readWorkbookGrids } = require('../lib/xlsx/xlsxSource');
/* eslint-enable @typescript-eslint/no-require-imports */
function median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)] ?? NaN;
}
async function run() {
    const { files } = await expandInputs(process.argv.slice(2));
    const t0 = performance.now();
    const grids = [];
    // As the CLI reads them: from the file's bytes (the direct reader first, ExcelJS for what it leaves).
    for (const f of files)
        grids.push(...(await readWorkbookGrids(f, fs.readFileSync(f))));
    const readMs = performance.now() - t0;
    const settings = parseSettings({ asOf: '2026-03-20' });
    const runs = [];
    let indicators = 0;
    let rows = 0;
    for (const g of grids)
        rows += g.rows.length;
    const sheetRuns = [];
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
