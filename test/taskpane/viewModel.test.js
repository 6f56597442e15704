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
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const settings_1 = require("../../src/domain/settings");
const runBuild_1 = require("../../src/engine/runBuild");
const xlsxSource_1 = require("../../src/xlsx/xlsxSource");
const viewModel_1 = require("../../src/taskpane/viewModel");
const previewHost_1 = require("../../src/taskpane/previewHost");
const xlsxModule = __importStar(require("../../src/xlsx/xlsxSource"));
const dir = path.join(__dirname, '../../samples/2026-03');
describe('pane view model on the samples', () => {
    test('cards, chart, lagging and findings follow the engine’s result', async () => {
        const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).map((name) => ({ name, data: fs.readFileSync(path.join(dir, name)) }));
        const { result, bulletin } = await (0, runBuild_1.runBuild)({ source: new xlsxSource_1.XlsxBufferSource(files), settings: (0, settings_1.parseSettings)({}), sink: null, today: '2026-04-01' });
        const cards = (0, viewModel_1.sectionCards)(result, bulletin);
        expect(cards.map((c) => c.section)).toEqual(result.summary.map((s) => s.section));
        for (const [i, c] of cards.entries()) {
            const s = result.summary[i];
            const sum = c.counts.filter((n) => n.key !== 'completed').reduce((a, n) => a + n.value, 0);
            expect(sum).toBe(s.indicators);
            expect(c.sentence).toBe(bulletin.sections[i]?.summary);
        }
        const t = (0, viewModel_1.totals)(result);
        expect(t.indicators).toBe(result.indicators.length);
        const lag = (0, viewModel_1.laggingView)(bulletin);
        expect(lag).toHaveLength(t.behind);
        expect(lag.every((l) => l.source.sheet && /^[A-Z]+\d+$/.test(l.source.cell))).toBe(true);
        const chart = (0, viewModel_1.chartView)(result, bulletin);
        expect(chart.sections.map((b) => b.title)).toEqual(result.summary.map((s) => s.title));
        expect(chart.bands.reduce((n, b) => n + b.count, 0)).toBe(t.behind);
        for (const c of cards)
            for (const n of c.counts)
                expect(n.label).not.toBe('');
        expect((0, viewModel_1.findingsView)(result)).toHaveLength(result.findings.length);
        expect(viewModel_1.STATUS_BADGES.behind.color).toBe('danger');
    });
    test('preview host builds from fetched samples without a sink', async () => {
        const host = new previewHost_1.PreviewHost(async () => xlsxModule, 'x/', async (url) => {
            const name = decodeURIComponent(url.slice(2));
            const b = fs.readFileSync(path.join(dir, name));
            return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
        });
        const stages = [];
        const out = await host.build((0, settings_1.parseSettings)({}), (p) => stages.push(p.stage));
        expect(stages).toEqual(['reading', 'computing', 'done']);
        expect(out.result.indicators.length).toBeGreaterThan(30);
        expect((await host.listSheets()).filter((c) => c.confidence >= 0.5).length).toBeGreaterThanOrEqual(10);
    });
});
