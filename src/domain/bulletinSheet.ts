/**
 * The bulletin sheet (工作专报) as a SheetModel: title block, 【工作进度】 with each section's summary
 * sentence, the sections in prose, the indicator table (lagging rows coloured by grade, with a
 * legend), the lagging list and the data-check findings; A4 print setup with the table header
 * repeated, frozen title rows, widths and number formats.
 */
import { BulletinModel } from './bulletinModel';
import { FINDING_CODES } from './findings';
import { Indicator } from './resultSchema';
import { Settings } from './settings';
import { CellStyle, SheetCell, SheetChart, SheetModel, SheetRow } from './sheetModel';
import { cellAddress } from './grid';
import { percentText } from './numberFormat';
import { codePointCount } from './text';

export const TABLE_HEADERS = ['序号', '项目', '指标', '全年目标', '累计完成', '完成率', '序时进度', '状态', '责任单位', '进展情况'] as const;
const WIDTHS = [6, 18, 28, 13, 13, 9, 9, 17, 12, 38];
const COLS = TABLE_HEADERS.length;
/** Roughly how many CJK characters fit on one line across the whole width. */
const CHARS_PER_LINE = Math.floor(WIDTHS.reduce((a, b) => a + b, 0) / 2.1);
const BODY_FONT = '仿宋';
const GREEN = '#006100';
const HEADER_FILL = '#D9E1F2';

/**
 * Number format for a value written with a unit: right-aligned digits, unit after.
 * @example unitFormat(9500, '万元') === '#,##0" 万元"'; unitFormat(17.14, '万人次') === '#,##0.00" 万人次"'
 */
export function unitFormat(value: number, unit: string | null): string {
  const decimals = Math.min(4, (String(value).split('.')[1] ?? '').length);
  const num = decimals ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  const u = unit ? unit.replace(/"/g, '') : '';
  return u ? `${num}" ${u}"` : num;
}

/** Splits "9500 万元" (as the department wrote it) into a number and a unit for the table. */
export function writtenQuantity(text: string | null): { value: number; unit: string | null } | null {
  if (!text) return null;
  const m = /^(-?[\d.]+(?:e[+-]?\d+)?)(?:\s*(.+))?$/.exec(text);
  if (!m) return null;
  const value = Number(m[1]);
  return Number.isFinite(value) ? { value, unit: m[2] ?? null } : null;
}

function prose(text: string, style: CellStyle = {}): SheetRow {
  const lines = Math.max(1, Math.ceil(codePointCount(text) / CHARS_PER_LINE));
  return { cells: [{ value: text, style: { wrap: true, vAlign: 'top', font: BODY_FONT, size: 12, ...style } }], height: 20 * lines };
}

/** Fill and font colours of a row by status and lag grade. */
export function rowColours(i: Pick<Indicator, 'status' | 'lag'>, settings: Settings): { fill?: string; color?: string } {
  if (i.lag === 'red') return { fill: settings.colours.redFill, color: settings.colours.redFont };
  if (i.lag === 'yellow') return { fill: settings.colours.yellowFill, color: settings.colours.yellowFont };
  return {};
}

/**
 * Cell styles of the indicator table, one object per distinct look (grade × alignment × number
 * format), shared by the rows that have it: a 10,000-row table has a few dozen looks, and hosts
 * write a shared style once.
 */
type TableStyles = (lag: Indicator['lag'], look: string, make: () => CellStyle) => CellStyle;

function tableStyles(): TableStyles {
  const byKey = new Map<string, CellStyle>();
  return (lag, look, make) => {
    const key = `${lag ?? ''}|${look}`;
    let st = byKey.get(key);
    if (!st) { st = make(); byKey.set(key, st); }
    return st;
  };
}

function tableRow(i: Indicator, settings: Settings, styleOf: TableStyles = tableStyles()): SheetRow {
  const colours = rowColours(i, settings);
  const base: CellStyle = styleOf(i.lag, 'base', () => ({ border: true, vAlign: 'middle', wrap: true, size: 10, ...colours }));
  const centred = styleOf(i.lag, 'center', () => ({ ...base, hAlign: 'center' }));
  const num = (q: { value: number; unit: string | null } | null): SheetCell => {
    if (!q) return { value: '—', style: centred };
    const numFmt = unitFormat(q.value, q.unit);
    return { value: q.value, style: styleOf(i.lag, `num:${numFmt}`, () => ({ ...base, hAlign: 'right', numFmt })) };
  };
  const pct = (v: number | null): SheetCell =>
    v === null ? { value: '—', style: centred } : { value: Math.round(v * 100) / 10000, style: styleOf(i.lag, 'pct', () => ({ ...base, hAlign: 'right', numFmt: '0.00%' })) };
  const good = i.status === 'completed' || i.status === 'on_schedule';
  const statusStyle = styleOf(i.lag, good ? 'status:good' : 'status', () => ({ ...base, hAlign: 'center', ...(good ? { color: colours.color ?? GREEN } : {}) }));
  const doneQ = writtenQuantity(i.doneText);
  return {
    cells: [
      { value: i.id, style: centred },
      { value: i.project, style: base },
      { value: i.name, style: base },
      num(writtenQuantity(i.targetText)),
      num(doneQ),
      pct(i.completion),
      pct(i.expectedProgress),
      { value: i.statusLabel + (i.lag ? (i.lag === 'red' ? '（红）' : '（黄）') : ''), style: statusStyle },
      { value: i.dept ?? '', style: centred },
      { value: i.progressText, style: styleOf(i.lag, 'small', () => ({ ...base, size: 9 })) },
    ],
    height: Math.max(20, 14 * Math.ceil(codePointCount(i.progressText) / 22)),
  };
}

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

/** Points per row the chart beside the data block needs at least. */
/** The chart's least height (points); with many sections it grows with the block. */
const CHART_MIN_HEIGHT = 170;
const CHART_WIDTH = 460;

function headerRow(headers: readonly string[]): SheetRow {
  return { cells: headers.map((h) => ({ value: h, style: { bold: true, border: true, hAlign: 'center', vAlign: 'middle', fill: HEADER_FILL, wrap: true } })), height: 22 };
}

/**
 * Lays out the bulletin sheet.
 * @example buildBulletinSheet(model, settings).name === '工作专报'
 */
export function buildBulletinSheet(model: BulletinModel, settings: Settings): SheetModel {
  const rows: SheetRow[] = [];
  const merges: SheetModel['merges'] = [];
  const full = (row: SheetRow): number => {
    rows.push(row);
    const r = rows.length;
    merges.push({ top: r, left: 1, bottom: r, right: COLS });
    return r;
  };
  const heading = (text: string, size = 14): void => {
    full({ cells: [{ value: text, style: { bold: true, size, font: '黑体', vAlign: 'middle' } }], height: 24 });
  };

  full({ cells: [{ value: model.title, style: { bold: true, size: 20, color: '#C00000', hAlign: 'center', vAlign: 'middle', font: '方正小标宋简体' } }], height: 40 });
  full({ cells: [{ value: model.issueLabel, style: { size: 14, hAlign: 'center', font: BODY_FONT } }], height: 22 });
  rows.push({
    cells: [{ value: model.office, style: { size: 12, font: BODY_FONT } }, null, null, null, null, { value: model.dateText, style: { size: 12, hAlign: 'right', font: BODY_FONT } }],
    height: 22,
  });
  merges.push({ top: rows.length, left: 1, bottom: rows.length, right: 5 }, { top: rows.length, left: 6, bottom: rows.length, right: COLS });
  full({ cells: [{ value: '', style: { border: false } }], height: 6 });

  if (model.overview.length) {
    heading('【工作概况】');
    for (const para of model.overview) full(prose(`　　${para}`));
  }
  heading('【工作进度】');
  full(prose(model.progressIntro));
  for (const s of model.sections) full(prose(s.summary));

  // Mean completion against expected progress per section: a data block in B:E, and a chart beside
  // it (F onwards) drawn by hosts that can.
  const charts: SheetChart[] = [];
  const progress = sectionProgress(model);
  if (progress.length) {
    heading('【各板块完成率与序时进度】', 13);
    const top = rows.length + 1;
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
    rows.push({ cells: [null, { value: '注：平均完成率按有完成率和序时进度的指标计算，单项超过 100% 的按 100% 计。', style: { size: 9, wrap: true, vAlign: 'top' } }], height: 28 });
    merges.push({ top: rows.length, left: 2, bottom: rows.length, right: 5 });
    charts.push({
      type: 'columnClustered',
      title: '各板块平均完成率与序时进度',
      dataRange: `${cellAddress(top, 2)}:${cellAddress(top + progress.length, 4)}`,
      seriesBy: 'columns',
      anchor: cellAddress(top, 6),
      size: { width: CHART_WIDTH, height: chartHeight },
      valueFormat: '0%',
    });
  }

  for (const s of model.sections) {
    heading(s.heading, 13);
    for (const p of s.projects) {
      if (p.single) {
        const line = p.lines[0];
        if (line) full(prose(`${p.number} ${line.text}`));
        continue;
      }
      full(prose(`${p.number} ${p.title}。`, { bold: true }));
      for (const line of p.lines) full(prose(`${line.number}${line.text}`));
    }
  }

  if (model.highlights.length) {
    heading('【工作亮点】');
    model.highlights.forEach((para, k) => full(prose(k === 0 ? para : `　　${para}`, k === 0 ? { bold: true, hAlign: 'center' } : {})));
  }

  // Indicator table
  full({ cells: [{ value: '' }], height: 8 });
  heading('【指标明细】');
  rows.push(headerRow(TABLE_HEADERS));
  const tableHeader = rows.length;
  const styleOf = tableStyles();
  for (const i of model.indicators) rows.push(tableRow(i, settings, styleOf));
  const legendRow = rows.length + 1;
  rows.push({
    cells: [
      { value: '图例', style: { bold: true, hAlign: 'center' } },
      { value: `黄色：未达到序时进度，差距小于 ${settings.redGap} 个百分点`, style: { fill: settings.colours.yellowFill, color: settings.colours.yellowFont } },
      null,
      { value: `红色：未达到序时进度，差距 ${settings.redGap} 个百分点及以上`, style: { fill: settings.colours.redFill, color: settings.colours.redFont } },
      null, null,
      { value: `完成率为按累计完成 ÷ 全年目标重新核算；序时进度 ${percentText(model.timeProgress)}%（${model.modeLabel}）`, style: { size: 9, wrap: true } },
    ],
    height: 30,
  });
  merges.push({ top: legendRow, left: 2, bottom: legendRow, right: 3 }, { top: legendRow, left: 4, bottom: legendRow, right: 6 }, { top: legendRow, left: 7, bottom: legendRow, right: COLS });

  // Lagging list
  full({ cells: [{ value: '' }], height: 8 });
  heading(`【未达到序时进度的指标】（${model.lagging.length} 个）`);
  if (model.lagging.length === 0) full(prose('所有已下达任务的指标均达到序时进度。'));
  else {
    rows.push(headerRow(['序号', '板块', '项目', '指标', '完成率', '序时进度', '差距(百分点)', '等级', '责任单位']));
    // One look per grade, shared by the rows of that grade.
    const lookOf = (red: boolean): { st: CellStyle; centred: CellStyle; pct: CellStyle; gap: CellStyle } => {
      const colours = red ? { fill: settings.colours.redFill, color: settings.colours.redFont } : { fill: settings.colours.yellowFill, color: settings.colours.yellowFont };
      const st: CellStyle = { border: true, wrap: true, size: 10, vAlign: 'middle', ...colours };
      return { st, centred: { ...st, hAlign: 'center' }, pct: { ...st, hAlign: 'right', numFmt: '0.00%' }, gap: { ...st, hAlign: 'right', numFmt: '0.00' } };
    };
    const redLook = lookOf(true);
    const yellowLook = lookOf(false);
    model.lagging.forEach((l, k) => {
      const { st, centred, pct, gap } = l.lag === 'red' ? redLook : yellowLook;
      rows.push({
        cells: [
          { value: k + 1, style: centred },
          { value: l.section, style: st },
          { value: l.project, style: st },
          { value: l.name, style: st },
          l.completion === null ? { value: '—', style: centred } : { value: l.completion / 100, style: pct },
          l.expectedProgress === null ? { value: '—', style: centred } : { value: l.expectedProgress / 100, style: pct },
          l.gap === null ? { value: '—', style: centred } : { value: l.gap, style: gap },
          { value: l.lag === 'red' ? '红' : '黄', style: centred },
          { value: l.dept ?? '', style: centred },
        ],
        height: 20,
      });
    });
  }

  // Findings
  full({ cells: [{ value: '' }], height: 8 });
  const shown = model.findings;
  heading(`【数据核查】（${shown.length} 条）`);
  if (shown.length === 0) full(prose('未发现数据问题。'));
  else {
    rows.push(headerRow(['序号', '文件', '工作表', '单元格', '问题', '说明']));
    const r0 = rows.length;
    // Two looks (errors in red, the rest), each shared by the rows that have it.
    const lookOf = (error: boolean): { st: CellStyle; centred: CellStyle } => {
      const st: CellStyle = { border: true, wrap: true, size: 10, vAlign: 'middle', ...(error ? { color: settings.colours.redFont } : {}) };
      return { st, centred: { ...st, hAlign: 'center' } };
    };
    const plainLook = lookOf(false);
    const errorLook = lookOf(true);
    shown.forEach((f, k) => {
      const { st, centred } = f.severity === 'error' ? errorLook : plainLook;
      rows.push({
        cells: [
          { value: k + 1, style: centred },
          { value: f.file, style: st },
          { value: f.sheet ?? '', style: st },
          { value: f.cell ?? '', style: centred },
          { value: FINDING_CODES[f.code], style: st },
          { value: f.message, style: st },
        ],
        height: Math.max(20, 14 * Math.ceil(codePointCount(f.message) / 40)),
      });
      merges.push({ top: r0 + k + 1, left: 6, bottom: r0 + k + 1, right: COLS });
    });
    merges.push({ top: r0, left: 6, bottom: r0, right: COLS });
  }

  return {
    name: settings.bulletinSheet,
    columns: WIDTHS.map((width) => ({ width })),
    rows,
    merges,
    freeze: { rows: 3, cols: 0 },
    print: { orientation: 'landscape', repeatRows: { top: tableHeader, bottom: tableHeader }, fitToWidth: true },
    tabColor: '#C00000',
    ...(charts.length ? { charts } : {}),
  };
}
