/**
 * The 完成率与序时进度 chart's view: per section mean completion against mean expected progress (the
 * bulletin's own figures), lagging counts, gap bands — aggregates that stay the same size at 10,000
 * indicators.
 */
import { buildBulletinModel } from '../../src/domain/bulletinModel';
import { sectionProgress } from '../../src/domain/sectionProgress';
import { parseSettings } from '../../src/domain/settings';
import { BuildResult } from '../../src/domain/resultSchema';
import { chartView } from '../../src/taskpane/chartView';

type Ind = BuildResult['indicators'][number];

function indicator(id: number, section: number, completion: number | null, expected: number | null, status: Ind['status'], lag: Ind['lag'] = null): Ind {
  return {
    id, section: `s${section}`, sectionTitle: `板块${section}`, project: '项目', projectTitle: '项目', name: `指标${id}`, dept: '人社局', kind: 'count', unit: '人',
    target: 100, targetText: '100 人', done: completion, completion, reportedCompletion: null, expectedProgress: expected, status, lag,
    progressText: '', source: { file: 'a.xlsx', sheet: 'S', row: id + 1 },
  } as unknown as Ind;
}

function result(indicators: Ind[]): BuildResult {
  const sections = [...new Set(indicators.map((i) => i.section))];
  return {
    asOf: '2026-03-20', mode: 'day', timeProgress: 21.64, indicators, findings: [], skipped: [], files: [],
    summary: sections.map((s) => {
      const mine = indicators.filter((i) => i.section === s);
      const counts: Record<string, number> = {};
      for (const i of mine) counts[i.status] = (counts[i.status] ?? 0) + 1;
      return { section: s, title: mine[0]?.sectionTitle ?? s, projects: 1, indicators: mine.length, counts };
    }),
  } as unknown as BuildResult;
}

function view(indicators: Ind[]) {
  const r = result(indicators);
  const bulletin = buildBulletinModel(r, parseSettings({ asOf: '2026-03-20' }));
  return { r, bulletin, chart: chartView(r, bulletin) };
}

describe('chartView', () => {
  test('per section: the bulletin\'s mean completion and expected progress, the tone, the lagging counts', () => {
    const { bulletin, chart } = view([
      indicator(1, 1, 50, 21.64, 'on_schedule'),
      indicator(2, 1, 10, 21.64, 'behind', 'yellow'),
      indicator(3, 2, 0, 40, 'behind', 'red'),
      indicator(4, 2, 5, 40, 'behind', 'yellow'),
    ]);
    const p = sectionProgress(bulletin);
    expect(chart.sections.map((b) => [b.title, b.completion, b.expected])).toEqual(p.map((x) => [x.title, x.completion, x.expected]));
    const [a, b] = chart.sections;
    expect(a?.tone).toBe('success');
    expect(a?.lagging).toBe('2 个指标中 1 个滞后（红 0、黄 1）');
    expect(a?.laggingTone).toBe('warning');
    expect(b?.tone).toBe('warning');
    expect(b?.figures).toBe('平均完成 2.5%，平均序时 40%，落后 37.5 个百分点');
    expect(b?.laggingTone).toBe('danger');
    expect(chart.laggingSummary).toBe('3 个指标未达到序时进度：黄色（轻度滞后） 2 个、红色（严重滞后） 1 个');
  });

  test('gap bands: each lagging indicator in one band by its gap; a band with a red one is red', () => {
    const { chart } = view([
      indicator(1, 1, 15, 21.64, 'behind', 'yellow'), // gap 6.64
      indicator(2, 1, 0, 21.64, 'behind', 'yellow'), // 21.64
      indicator(3, 1, 0, 60, 'behind', 'red'), // 60
      indicator(4, 1, 90, 21.64, 'on_schedule'),
    ]);
    expect(chart.bands.map((b) => [b.label, b.count, b.tone])).toEqual([
      ['差 0–10 个百分点', 1, 'warning'],
      ['差 10–20 个百分点', 0, 'subtle'],
      ['差 20–30 个百分点', 1, 'warning'],
      ['差 30–50 个百分点', 0, 'subtle'],
      ['差 50 个百分点以上', 1, 'danger'],
    ]);
    expect(Math.max(...chart.bands.map((b) => b.length))).toBe(100);
  });

  test('over 100 % and no lagging: the bar stops at the axis end, no bands', () => {
    const { chart } = view([indicator(1, 1, 250, 21.64, 'completed')]);
    expect(chart.sections[0]?.completionAt).toBe(100);
    expect(chart.bands).toEqual([]);
    expect(chart.laggingSummary).toBe('没有未达到序时进度的指标');
  });

  test('indicators without completion or expected progress are not drawn; a section with none has no bar', () => {
    const { chart } = view([indicator(1, 1, null, null, 'no_data'), indicator(2, 2, 30, 21.64, 'on_schedule')]);
    expect(chart.sections.map((b) => b.title)).toEqual(['板块2']);
  });

  test('10,000 indicators: the same few bars and bands, counts adding up', () => {
    const many = Array.from({ length: 10_000 }, (_, k) => {
      const completion = (k * 7) % 100;
      const behind = completion < 21.64;
      return indicator(k, k % 4, completion, 21.64, behind ? 'behind' : 'on_schedule', behind ? 'yellow' : null);
    });
    const { chart } = view(many);
    expect(chart.sections).toHaveLength(4);
    expect(chart.bands).toHaveLength(5);
    expect(chart.bands.reduce((n, b) => n + b.count, 0)).toBe(many.filter((i) => i.status === 'behind').length);
  });
});
