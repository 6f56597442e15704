/**
 * 【各板块完成率与序时进度】: per section, mean completion against mean expected progress, as a data
 * block in B:E of the bulletin sheet and a clustered column chart beside it (drawn by hosts that can).
 */
import { BulletinModel } from './bulletinModel';
import { cellAddress } from './grid';
import { Indicator } from './resultSchema';
import { CellStyle, SheetChart } from './sheetModel';
import { HEADER_FILL, SheetRows } from './sheetRows';

export interface SectionProgress {
  title: string;
  /** Indicators with both a completion and an expected progress. */
  indicators: number;
  /** Mean completion, percent, each indicator counted at most 100 %. */
  completion: number;
  /** Mean expected progress (time progress or node schedule), percent. */
  expected: number;
}

/**
 * Per section, mean completion against mean expected progress over the indicators that have both
 * (an indicator over 100 % counts as 100 %, so one finished task does not hide the lagging ones).
 * @example sectionProgress(model)[0] → { title: '省级十大重点民生实事', indicators: 23, completion: 41.2, expected: 21.64 }
 */
export function sectionProgress(model: Pick<BulletinModel, 'sections' | 'indicators'>): SectionProgress[] {
  const out: SectionProgress[] = [];
  for (const s of model.sections) {
    const judged = model.indicators.filter((i) => i.section === s.key && i.completion !== null && i.expectedProgress !== null);
    if (!judged.length) continue;
    const mean = (f: (i: Indicator) => number): number => Math.round((judged.reduce((n, i) => n + f(i), 0) / judged.length) * 100) / 100;
    out.push({
      title: s.title,
      indicators: judged.length,
      completion: mean((i) => Math.min(100, i.completion ?? 0)),
      expected: mean((i) => i.expectedProgress ?? 0),
    });
  }
  return out;
}

/** The chart's least height (points); with many sections it grows with the block. */
const CHART_MIN_HEIGHT = 170;
const CHART_WIDTH = 460;

/**
 * Adds the data block (heading, header, a row per section, a note) and returns the chart reading
 * it, or adds nothing and returns null when no section has a judged indicator.
 * @example sectionProgressBlock(rows, model)?.dataRange === 'B12:D14'
 */
export function sectionProgressBlock(rows: SheetRows, model: Pick<BulletinModel, 'sections' | 'indicators'>): SheetChart | null {
  const progress = sectionProgress(model);
  if (!progress.length) return null;
  rows.heading('【各板块完成率与序时进度】', 13);
  const top = rows.next;
  const st: CellStyle = { border: true, size: 10, vAlign: 'middle', wrap: true };
  rows.push({ cells: [null, ...['板块', '平均完成率', '平均序时进度', '指标数'].map((h) => ({ value: h, style: { ...st, bold: true, hAlign: 'center' as const, fill: HEADER_FILL } }))], height: 22 });
  // The chart sits beside the block and is as tall as it: the block's rows grow to give it room
  // (rather than blank rows, which the .xlsx output, having no chart, would show as a gap).
  const chartHeight = Math.max(CHART_MIN_HEIGHT, 50 + 32 * progress.length);
  const blockRow = Math.max(32, Math.ceil((chartHeight - 50) / progress.length));
  for (const p of progress) {
    rows.push({
      cells: [
        null,
        { value: p.title, style: st },
        { value: p.completion / 100, style: { ...st, hAlign: 'right', numFmt: '0.00%' } },
        { value: p.expected / 100, style: { ...st, hAlign: 'right', numFmt: '0.00%' } },
        { value: p.indicators, style: { ...st, hAlign: 'right' } },
      ],
      height: blockRow,
    });
  }
  const note = rows.push({ cells: [null, { value: '注：平均完成率按有完成率和序时进度的指标计算，单项超过 100% 的按 100% 计。', style: { size: 9, wrap: true, vAlign: 'top' } }], height: 28 });
  rows.merge(note, 2, 5);
  return {
    type: 'columnClustered',
    title: '各板块平均完成率与序时进度',
    dataRange: `${cellAddress(top, 2)}:${cellAddress(top + progress.length, 4)}`,
    seriesBy: 'columns',
    anchor: cellAddress(top, 6),
    size: { width: CHART_WIDTH, height: chartHeight },
    valueFormat: '0%',
  };
}
