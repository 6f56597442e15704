/**
 * The 督办清单 sheet: a block per department with lagging indicators — the bulletin's title and
 * issue, the department, its summary sentence, a table of its lagging indicators (completion, 序时进度,
 * gap, 黄/红 in the grade's colours) and the clerk's request when the settings give one. Printed
 * portrait on A4, one department a page (a page break above each block after the first).
 */
import { BulletinModel } from './bulletinModel';
import { Supervision } from './chasingSchema';
import { chineseDate, percentText } from './numberFormat';
import { Settings } from './settings';
import { CellStyle, SheetModel } from './sheetModel';
import { BODY_FONT, headerRow, SheetRows } from './sheetRows';

export const SUPERVISION_HEADERS = ['序号', '项目', '指标', '完成率', '序时进度', '差距(百分点)', '等级'] as const;
/**
 * Widths that fit A4 portrait at 100 % (70 characters: LibreOffice draws a character wider than
 * Excel's 7 px, and 77 no longer fit its page). The sheet is not scaled to fit, since Excel ignores
 * manual page breaks under "Fit to" scaling.
 */
const WIDTHS = [5, 12, 21, 9, 9, 9, 5];

type Context = Pick<BulletinModel, 'title' | 'issueLabel' | 'asOf' | 'timeProgress' | 'modeLabel'>;

/**
 * Adds one department's block; returns its first row.
 * @example supervisionBlock(rows, list[0], model, settings) === 1
 */
export function supervisionBlock(rows: SheetRows, s: Supervision, model: Context, settings: Settings): number {
  const top = rows.full({ cells: [{ value: `${model.title}督办清单`, style: { bold: true, size: 16, color: '#C00000', hAlign: 'center', vAlign: 'middle', font: '方正小标宋简体', wrap: true } }], height: 36 });
  rows.full({ cells: [{ value: `${model.issueLabel}　数据截至 ${chineseDate(model.asOf)}　序时进度 ${percentText(model.timeProgress)}%（${model.modeLabel}）`, style: { size: 11, hAlign: 'center', font: BODY_FONT } }], height: 20 });
  rows.full({ cells: [{ value: `责任单位：${s.dept}`, style: { bold: true, size: 14, font: '黑体', vAlign: 'middle' } }], height: 26 });
  rows.paragraph(`　　${s.summary}`);
  rows.push(headerRow(SUPERVISION_HEADERS));
  const lookOf = (red: boolean): { st: CellStyle; centred: CellStyle; pct: CellStyle; gap: CellStyle } => {
    const colours = red ? { fill: settings.colours.redFill, color: settings.colours.redFont } : { fill: settings.colours.yellowFill, color: settings.colours.yellowFont };
    const st: CellStyle = { border: true, wrap: true, size: 10, vAlign: 'middle', ...colours };
    return { st, centred: { ...st, hAlign: 'center' }, pct: { ...st, hAlign: 'right', numFmt: '0.00%' }, gap: { ...st, hAlign: 'right', numFmt: '0.00' } };
  };
  const red = lookOf(true);
  const yellow = lookOf(false);
  s.items.forEach((i, k) => {
    const { st, centred, pct, gap } = i.lag === 'red' ? red : yellow;
    rows.push({
      cells: [
        { value: k + 1, style: centred },
        { value: i.project, style: st },
        { value: i.name, style: st },
        i.completion === null ? { value: '—', style: centred } : { value: i.completion / 100, style: pct },
        i.expectedProgress === null ? { value: '—', style: centred } : { value: i.expectedProgress / 100, style: pct },
        i.gap === null ? { value: '—', style: centred } : { value: i.gap, style: gap },
        { value: i.lag === 'red' ? '红' : '黄', style: centred },
      ],
      height: Math.max(20, 14 * Math.ceil([...i.name].length / 15)),
    });
  });
  if (s.request) rows.paragraph(`　　${s.request}`);
  rows.spacer(10);
  return top;
}

/**
 * Lays out the 督办清单 sheet (written on every build, so a re-run replaces the last one).
 * @example buildSupervisionSheet([], model, settings).rows[3]?.cells[0]?.value === '　　本期所有已下达任务的指标均达到序时进度，无需督办。'
 */
export function buildSupervisionSheet(list: Supervision[], model: Context, settings: Settings): SheetModel {
  const rows = new SheetRows(WIDTHS);
  const breaksBefore: number[] = [];
  if (!list.length) {
    rows.full({ cells: [{ value: `${model.title}督办清单`, style: { bold: true, size: 16, color: '#C00000', hAlign: 'center', font: '方正小标宋简体', wrap: true } }], height: 36 });
    rows.full({ cells: [{ value: `${model.issueLabel}　数据截至 ${chineseDate(model.asOf)}`, style: { size: 11, hAlign: 'center', font: BODY_FONT } }], height: 20 });
    rows.spacer(8);
    rows.paragraph('　　本期所有已下达任务的指标均达到序时进度，无需督办。');
  }
  for (const s of list) {
    const top = supervisionBlock(rows, s, model, settings);
    if (top > 1) breaksBefore.push(top);
  }
  return {
    name: settings.supervisionSheet,
    columns: WIDTHS.map((width) => ({ width })),
    rows: rows.rows,
    merges: rows.merges,
    print: { orientation: 'portrait', fitToWidth: false, ...(breaksBefore.length ? { breaksBefore } : {}) },
    tabColor: '#C00000',
  };
}
