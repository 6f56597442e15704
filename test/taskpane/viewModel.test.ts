import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSettings } from '../../src/domain/settings';
import { runBuild } from '../../src/engine/runBuild';
import { XlsxBufferSource } from '../../src/xlsx/xlsxSource';
import { STATUS_BADGES, chartView, findingsView, laggingView, sectionCards, totals } from '../../src/taskpane/viewModel';
import { PreviewHost } from '../../src/taskpane/previewHost';
import * as paneTasks from '../../src/taskpane/work/paneTasks';
import { InlinePaneWork } from '../../src/taskpane/work/paneWork';

const dir = path.join(__dirname, '../../samples/2026-03');

describe('pane view model on the samples', () => {
  test('cards, chart, lagging and findings follow the engine’s result', async () => {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).map((name) => ({ name, data: fs.readFileSync(path.join(dir, name)) }));
    const { result, bulletin } = await runBuild({ source: new XlsxBufferSource(files), settings: parseSettings({}), sink: null, today: '2026-04-01' });
    const cards = sectionCards(result, bulletin);
    expect(cards.map((c) => c.section)).toEqual(result.summary.map((s) => s.section));
    for (const [i, c] of cards.entries()) {
      const s = result.summary[i]!;
      const sum = c.counts.filter((n) => n.key !== 'completed').reduce((a, n) => a + n.value, 0);
      expect(sum).toBe(s.indicators);
      expect(c.sentence).toBe(bulletin.sections[i]?.summary);
    }
    const t = totals(result);
    expect(t.indicators).toBe(result.indicators.length);
    const lag = laggingView(bulletin);
    expect(lag).toHaveLength(t.behind);
    expect(lag.every((l) => l.source.sheet && /^[A-Z]+\d+$/.test(l.source.cell))).toBe(true);
    const chart = chartView(result, bulletin);
    expect(chart.sections.map((b) => b.title)).toEqual(result.summary.map((s) => s.title));
    expect(chart.bands.reduce((n, b) => n + b.count, 0)).toBe(t.behind);
    for (const c of cards) for (const n of c.counts) expect(n.label).not.toBe('');
    expect(findingsView(result)).toHaveLength(result.findings.length);
    expect(STATUS_BADGES.behind.color).toBe('danger');
  });

  test('preview host builds from fetched samples without a sink', async () => {
    const host = new PreviewHost(new InlinePaneWork(async () => paneTasks), 'x/', async (url) => {
      const name = decodeURIComponent(url.slice(2));
      const b = fs.readFileSync(path.join(dir, name));
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    });
    const stages: string[] = [];
    // The stages in order (reading reports each file read).
    const out = await host.build(parseSettings({}), (p) => { if (stages[stages.length - 1] !== p.stage) stages.push(p.stage); });
    expect(stages).toEqual(['reading', 'computing', 'done']);
    expect(out.result.indicators.length).toBeGreaterThan(30);
    expect((await host.listSheets()).filter((c) => c.confidence >= 0.5).length).toBeGreaterThanOrEqual(10);
  });
});
