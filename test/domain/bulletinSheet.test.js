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
const path = __importStar(require("node:path"));
const grid_1 = require("../../src/domain/grid");
const bulletinSheet_1 = require("../../src/domain/bulletinSheet");
const settings_1 = require("../../src/domain/settings");
const runBuild_1 = require("../../src/engine/runBuild");
const fileSource_1 = require("../../src/xlsx/fileSource");
const samples = path.resolve(__dirname, '../../samples/2026-03');
describe('the bulletin sheet chart: mean completion against expected progress per section', () => {
    test('a data block (板块, 平均完成率, 平均序时进度, 指标数) and a clustered column chart reading it', async () => {
        const settings = (0, settings_1.parseSettings)({ asOf: '2026-03-20' });
        const { bulletin } = await (0, runBuild_1.runBuild)({ source: new fileSource_1.XlsxFileSource([samples]), settings, sink: null });
        const progress = (0, bulletinSheet_1.sectionProgress)(bulletin);
        expect(progress.length).toBe(bulletin.sections.filter((s) => bulletin.indicators.some((i) => i.section === s.key && i.completion !== null && i.expectedProgress !== null)).length);
        for (const p of progress) {
            expect(p.completion).toBeGreaterThanOrEqual(0);
            expect(p.completion).toBeLessThanOrEqual(100);
        }
        const first = progress[0];
        const judged = bulletin.indicators.filter((i) => i.sectionTitle === first.title && i.completion !== null && i.expectedProgress !== null);
        expect(first.indicators).toBe(judged.length);
        expect(first.completion).toBeCloseTo(judged.reduce((n, i) => n + Math.min(100, i.completion), 0) / judged.length, 2);
        const sheet = (0, bulletinSheet_1.buildBulletinSheet)(bulletin, settings);
        expect(sheet.charts).toHaveLength(1);
        const chart = sheet.charts[0];
        expect(chart).toMatchObject({ type: 'columnClustered', title: '各板块平均完成率与序时进度', seriesBy: 'columns', valueFormat: '0%' });
        const range = (0, grid_1.parseRange)(chart.dataRange);
        expect([range.left, range.right, range.bottom - range.top]).toEqual([2, 4, progress.length]);
        const cell = (r, c) => sheet.rows[r - 1]?.cells[c - 1]?.value;
        expect([cell(range.top, 2), cell(range.top, 3), cell(range.top, 4)]).toEqual(['板块', '平均完成率', '平均序时进度']);
        progress.forEach((p, k) => {
            expect([cell(range.top + 1 + k, 2), cell(range.top + 1 + k, 3), cell(range.top + 1 + k, 4)]).toEqual([p.title, p.completion / 100, p.expected / 100]);
        });
        // The chart sits right of the block, over its rows (columns F on are empty there).
        const anchor = (0, grid_1.parseRange)(chart.anchor);
        expect([anchor.top, anchor.left]).toEqual([range.top, 6]);
        const heights = sheet.rows.slice(range.top - 1).map((r) => r.height ?? 15);
        let below = 0;
        for (let k = 0; below < chart.size.height; k++) {
            const row = sheet.rows[range.top - 1 + k];
            expect(row.cells.slice(5).every((c) => c === null || c === undefined)).toBe(true);
            below += heights[k];
        }
    });
    test('no section with judged indicators: no block and no chart', () => {
        const settings = (0, settings_1.parseSettings)({});
        const sheet = (0, bulletinSheet_1.buildBulletinSheet)({
            title: 't', issueLabel: '第 1 期', office: 'o', dateText: 'd', asOf: '2026-03-20', timeProgress: 21.64, modeLabel: '按天',
            overview: [], progressIntro: 'p', highlights: [], sections: [], indicators: [], lagging: [], findings: [], summary: [],
        }, settings);
        expect(sheet.charts).toBeUndefined();
        expect(sheet.rows.some((r) => r.cells.some((c) => c?.value === '平均完成率'))).toBe(false);
    });
});
