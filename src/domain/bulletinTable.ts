/**
 * The bulletin sheet's indicator table (【指标明细】): one row per indicator, lagging rows coloured
 * by grade, numbers written with their unit as a number format, and the legend under it.
 */
import { Indicator } from './resultSchema';
import { Settings } from './settings';
import { percentText } from './numberFormat';
import { CellStyle, SheetCell, SheetRow } from './sheetModel';
import { headerRow, SheetRows } from './sheetRows';
import { codePointCount } from './text';

export const TABLE_HEADERS = ['序号', '项目', '指标', '全年目标', '累计完成', '完成率', '序时进度', '状态', '责任单位', '进展情况'] as const;
/** Column widths of the bulletin sheet, one per table column. */
export const BULLETIN_WIDTHS = [6, 18, 28, 13, 13, 9, 9, 17, 12, 38];
const GREEN = '#006100';

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

/**
 * Splits "9500 万元" (as the department wrote it) into a number and a unit for the table.
 * @example writtenQuantity('9500 万元') → { value: 9500, unit: '万元' }; writtenQuantity('约九千') === null
 */
export function writtenQuantity(text: string | null): { value: number; unit: string | null } | null {
  if (!text) return null;
  const m = /^(-?[\d.]+(?:e[+-]?\d+)?)(?:\s*(.+))?$/.exec(text);
  if (!m) return null;
  const value = Number(m[1]);
  return Number.isFinite(value) ? { value, unit: m[2] ?? null } : null;
}

/**
 * Fill and font colours of a row by lag grade (none for a row that does not lag).
 * @example rowColours({ status: 'behind', lag: 'red' }, settings) → { fill: '#F8CBAD', color: '#9C0006' }
 */
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
export type TableStyles = (lag: Indicator['lag'], look: string, make: () => CellStyle) => CellStyle;

/**
 * A fresh cache of table looks.
 * @example const styleOf = tableStyles(); styleOf(null, 'base', make) === styleOf(null, 'base', make)
 */
export function tableStyles(): TableStyles {
  const byKey = new Map<string, CellStyle>();
  return (lag, look, make) => {
    const key = `${lag ?? ''}|${look}`;
    let st = byKey.get(key);
    if (!st) { st = make(); byKey.set(key, st); }
    return st;
  };
}

/**
 * One indicator's row of the table.
 * @example tableRow(indicator, settings).cells.length === TABLE_HEADERS.length
 */
export function tableRow(i: Indicator, settings: Settings, styleOf: TableStyles = tableStyles()): SheetRow {
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
  return {
    cells: [
      { value: i.id, style: centred },
      { value: i.project, style: base },
      { value: i.name, style: base },
      num(writtenQuantity(i.targetText)),
      num(writtenQuantity(i.doneText)),
      pct(i.completion),
      pct(i.expectedProgress),
      { value: i.statusLabel + (i.lag ? (i.lag === 'red' ? '（红）' : '（黄）') : ''), style: statusStyle },
      { value: i.dept ?? '', style: centred },
      { value: i.progressText, style: styleOf(i.lag, 'small', () => ({ ...base, size: 9 })) },
    ],
    height: Math.max(20, 14 * Math.ceil(codePointCount(i.progressText) / 22)),
  };
}

/**
 * The legend under the table: the two grades in their colours and how completion was computed.
 * @example legendRow(21.64, '按天计算', settings).cells[0]?.value === '图例'
 */
export function legendRow(timeProgress: number, modeLabel: string, settings: Settings): SheetRow {
  return {
    cells: [
      { value: '图例', style: { bold: true, hAlign: 'center' } },
      { value: `黄色：未达到序时进度，差距小于 ${settings.redGap} 个百分点`, style: { fill: settings.colours.yellowFill, color: settings.colours.yellowFont } },
      null,
      { value: `红色：未达到序时进度，差距 ${settings.redGap} 个百分点及以上`, style: { fill: settings.colours.redFill, color: settings.colours.redFont } },
      null, null,
      { value: `完成率为按累计完成 ÷ 全年目标重新核算；序时进度 ${percentText(timeProgress)}%（${modeLabel}）`, style: { size: 9, wrap: true } },
    ],
    height: 30,
  };
}

/**
 * Adds 【指标明细】: heading, header row, a row per indicator, the legend. Returns the header row's
 * number (repeated at the top of each printed page).
 * @example indicatorTable(rows, model, settings) === rows.rows.findIndex((r) => r.cells[0]?.value === '序号') + 1
 */
export function indicatorTable(rows: SheetRows, model: { indicators: Indicator[]; timeProgress: number; modeLabel: string }, settings: Settings): number {
  rows.spacer(8);
  rows.heading('【指标明细】');
  const tableHeader = rows.push(headerRow(TABLE_HEADERS));
  const styleOf = tableStyles();
  for (const i of model.indicators) rows.push(tableRow(i, settings, styleOf));
  const legend = rows.push(legendRow(model.timeProgress, model.modeLabel, settings));
  rows.merge(legend, 2, 3);
  rows.merge(legend, 4, 6);
  rows.merge(legend, 7, rows.cols);
  return tableHeader;
}
