/**
 * The 完成率与序时进度 chart's view model: per section, mean completion against mean expected
 * progress (the bulletin's 【各板块完成率与序时进度】 figures) with its lagging counts; then how far
 * the lagging indicators are behind, in bands of percentage points. Aggregates only, so it reads the
 * same at 45 indicators and at 10,000.
 */
import { BulletinModel } from '../domain/bulletinModel';
import { sectionProgress } from '../domain/sectionProgress';
import { BuildResult } from '../domain/resultSchema';
import { LAG_LABELS } from '../domain/statusCodes';
import { Tone } from './tone';

export interface SectionBarView {
  title: string;
  /** Mean completion, percent (each indicator at most 100). */
  completion: number;
  /** Mean expected progress, percent. */
  expected: number;
  /** Completion on the bar's 0–100 axis. */
  completionAt: number;
  /** Expected progress on the bar's 0–100 axis. */
  expectedAt: number;
  tone: Tone;
  /** "平均完成 27.39%，平均序时 21.64%，相差 +5.75 个百分点" */
  figures: string;
  /** "18 个指标中 8 个滞后（红 0、黄 8）" */
  lagging: string;
  laggingTone: Tone;
}

export interface GapBandView {
  label: string;
  count: number;
  /** Share of the largest band, 0–100, for the bar's length. */
  length: number;
  tone: Tone;
}

export interface ChartView {
  timeProgress: number;
  sections: SectionBarView[];
  /** Lagging indicators by how far behind; empty when none lags. */
  bands: GapBandView[];
  /** "14 个指标未达到序时进度：黄色（轻度滞后）14 个、红色（严重滞后）0 个" */
  laggingSummary: string;
}

/** Lower edges of the gap bands, percentage points. */
const BAND_EDGES = [0, 10, 20, 30, 50];

const pct = (n: number): string => `${Math.round(n * 100) / 100}%`;
const clamp = (n: number): number => Math.max(0, Math.min(100, n));

function bandLabel(k: number): string {
  const lo = BAND_EDGES[k] ?? 0;
  const hi = BAND_EDGES[k + 1];
  return hi === undefined ? `差 ${lo} 个百分点以上` : `差 ${lo}–${hi} 个百分点`;
}

/** The gap bands of the lagging indicators (those with a gap). A band holding a red one is red. */
function gapBands(lagging: BulletinModel['lagging']): GapBandView[] {
  const counts = BAND_EDGES.map(() => ({ n: 0, red: false }));
  for (const l of lagging) {
    if (l.gap === null) continue;
    let k = BAND_EDGES.length - 1;
    while (k > 0 && l.gap < (BAND_EDGES[k] ?? 0)) k--;
    const band = counts[k];
    if (!band) continue;
    band.n++;
    if (l.lag === 'red') band.red = true;
  }
  const max = Math.max(1, ...counts.map((c) => c.n));
  return counts.map((c, k) => ({ label: bandLabel(k), count: c.n, length: (c.n / max) * 100, tone: c.n === 0 ? 'subtle' : c.red ? 'danger' : 'warning' }));
}

/**
 * The chart's view of a build.
 * @example chartView(result, bulletin).sections[0] → { title: '省级十大重点民生实事', completion: 27.39, expected: 21.64, tone: 'success', … }
 */
export function chartView(result: BuildResult, bulletin: BulletinModel): ChartView {
  const sections = sectionProgress(bulletin).map((p): SectionBarView => {
    const lag = bulletin.lagging.filter((l) => l.section === p.title); // a lagging item names its section by title
    const red = lag.filter((l) => l.lag === 'red').length;
    const diff = Math.round((p.completion - p.expected) * 100) / 100;
    return {
      title: p.title,
      completion: p.completion,
      expected: p.expected,
      completionAt: clamp(p.completion),
      expectedAt: clamp(p.expected),
      tone: diff >= 0 ? 'success' : 'warning',
      figures: `平均完成 ${pct(p.completion)}，平均序时 ${pct(p.expected)}，${diff >= 0 ? `高出 ${diff}` : `落后 ${-diff}`} 个百分点`,
      lagging: lag.length ? `${p.indicators} 个指标中 ${lag.length} 个滞后（红 ${red}、黄 ${lag.length - red}）` : `${p.indicators} 个指标均未滞后`,
      laggingTone: red ? 'danger' : lag.length ? 'warning' : 'success',
    };
  });
  const red = bulletin.lagging.filter((l) => l.lag === 'red').length;
  const behind = bulletin.lagging.length;
  return {
    timeProgress: result.timeProgress,
    sections,
    bands: behind ? gapBands(bulletin.lagging) : [],
    laggingSummary: behind
      ? `${behind} 个指标未达到序时进度：${LAG_LABELS.yellow} ${behind - red} 个、${LAG_LABELS.red} ${red} 个`
      : '没有未达到序时进度的指标',
  };
}
