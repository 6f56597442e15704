import * as path from 'node:path';
import { parseRange } from '../../src/domain/grid';
import { buildBulletinSheet, sectionProgress } from '../../src/domain/bulletinSheet';
import { parseSettings } from '../../src/domain/settings';
import { runBuild } from '../../src/engine/runBuild';
import { XlsxFileSource } from '../../src/xlsx/fileSource';

const samples = path.resolve(__dirname, '../../samples/2026-03');

describe('the bulletin sheet chart: mean completion against expected progress per section', () => {
  test('a data block (板块, 平均完成率, 平均序时进度, 指标数) and a clustered column chart reading it', async () => {
    const settings = parseSettings({ asOf: '2026-03-20' });
    const { bulletin } = await runBuild({ source: new XlsxFileSource([samples]), settings, sink: null });
    const progress = sectionProgress(bulletin);
    expect(progress.length).toBe(bulletin.sections.filter((s) => bulletin.indicators.some((i) => i.section === s.key && i.completion !== null && i.expectedProgress !== null)).length);
    for (const p of progress) {
      expect(p.completion).toBeGreaterThanOrEqual(0);
      expect(p.completion).toBeLessThanOrEqual(100);
    }
    const first = progress[0]!;
    const judged = bulletin.indicators.filter((i) => i.sectionTitle === first.title && i.completion !== null && i.expectedProgress !== null);
    expect(first.indicators).toBe(judged.length);
    expect(first.completion).toBeCloseTo(judged.reduce((n, i) => n + Math.min(100, i.completion!), 0) / judged.length, 2);

    const sheet = buildBulletinSheet(bulletin, settings);
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts![0]!;
    expect(chart).toMatchObject({ type: 'columnClustered', title: '各板块平均完成率与序时进度', seriesBy: 'columns', valueFormat: '0%' });
    const range = parseRange(chart.dataRange)!;
    expect([range.left, range.right, range.bottom - range.top]).toEqual([2, 4, progress.length]);
    const cell = (r: number, c: number) => sheet.rows[r - 1]?.cells[c - 1]?.value;
    expect([cell(range.top, 2), cell(range.top, 3), cell(range.top, 4)]).toEqual(['板块', '平均完成率', '平均序时进度']);
    progress.forEach((p, k) => {
      expect([cell(range.top + 1 + k, 2), cell(range.top + 1 + k, 3), cell(range.top + 1 + k, 4)]).toEqual([p.title, p.completion / 100, p.expected / 100]);
    });
    // The chart sits right of the block, over its rows (columns F on are empty there).
    const anchor = parseRange(chart.anchor)!;
    expect([anchor.top, anchor.left]).toEqual([range.top, 6]);
    const heights = sheet.rows.slice(range.top - 1).map((r) => r.height ?? 15);
    let below = 0;
    for (let k = 0; below < chart.size.height; k++) {
      const row = sheet.rows[range.top - 1 + k]!;
      expect(row.cells.slice(5).every((c) => c === null || c === undefined)).toBe(true);
      below += heights[k]!;
    }
  });

  test('no section with judged indicators: no block and no chart', () => {
    const settings = parseSettings({});
    const sheet = buildBulletinSheet({
      title: 't', issueLabel: '第 1 期', office: 'o', dateText: 'd', asOf: '2026-03-20', timeProgress: 21.64, modeLabel: '按天',
      overview: [], progressIntro: 'p', highlights: [], sections: [], indicators: [], lagging: [], findings: [], summary: [],
    }, settings);
    expect(sheet.charts).toBeUndefined();
    expect(sheet.rows.some((r) => r.cells.some((c) => c?.value === '平均完成率'))).toBe(false);
  });
});
