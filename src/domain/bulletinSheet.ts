/**
 * The bulletin sheet (工作专报) as a SheetModel, put together from named parts: the title block,
 * 【工作概况】, 【工作进度】 with each section's summary sentence, the per-section progress block and
 * chart, the sections in prose, 【工作亮点】, the indicator table (lagging rows coloured by grade,
 * with a legend), the lagging list and the data-check findings; A4 print setup with the table
 * header repeated, frozen title rows, widths and number formats.
 */
import { BulletinModel } from './bulletinModel';
import { BULLETIN_WIDTHS, indicatorTable } from './bulletinTable';
import { FINDING_CODES } from './findings';
import { Settings } from './settings';
import { CellStyle, SheetChart, SheetModel } from './sheetModel';
import { sectionProgressBlock } from './sectionProgress';
import { BODY_FONT, headerRow, SheetRows } from './sheetRows';
import { codePointCount } from './text';

export { TABLE_HEADERS, rowColours, unitFormat, writtenQuantity } from './bulletinTable';
export { sectionProgress } from './sectionProgress';
export type { SectionProgress } from './sectionProgress';

/**
 * Title, issue label, office and date: the first three rows (frozen), and a thin spacer.
 * @example titleBlock(rows, model); rows.rows[0]?.cells[0]?.value === model.title
 */
export function titleBlock(rows: SheetRows, model: Pick<BulletinModel, 'title' | 'issueLabel' | 'office' | 'dateText'>): void {
  rows.full({ cells: [{ value: model.title, style: { bold: true, size: 20, color: '#C00000', hAlign: 'center', vAlign: 'middle', font: '方正小标宋简体' } }], height: 40 });
  rows.full({ cells: [{ value: model.issueLabel, style: { size: 14, hAlign: 'center', font: BODY_FONT } }], height: 22 });
  const r = rows.push({
    cells: [{ value: model.office, style: { size: 12, font: BODY_FONT } }, null, null, null, null, { value: model.dateText, style: { size: 12, hAlign: 'right', font: BODY_FONT } }],
    height: 22,
  });
  rows.merge(r, 1, 5);
  rows.merge(r, 6, rows.cols);
  rows.full({ cells: [{ value: '', style: { border: false } }], height: 6 });
}

/**
 * 【工作概况】 (when the clerk wrote one), then 【工作进度】: the time-progress sentence and each
 * section's summary sentence.
 * @example progressSentences(rows, model); rows.rows.some((r) => r.cells[0]?.value === '【工作进度】')
 */
export function progressSentences(rows: SheetRows, model: Pick<BulletinModel, 'overview' | 'progressIntro' | 'sections'>): void {
  if (model.overview.length) {
    rows.heading('【工作概况】');
    for (const para of model.overview) rows.paragraph(`　　${para}`);
  }
  rows.heading('【工作进度】');
  rows.paragraph(model.progressIntro);
  for (const s of model.sections) rows.paragraph(s.summary);
}

/**
 * Each section under its heading, project by project, an indicator a line.
 * @example sectionsProse(rows, model.sections)
 */
export function sectionsProse(rows: SheetRows, sections: BulletinModel['sections']): void {
  for (const s of sections) {
    rows.heading(s.heading, 13);
    for (const p of s.projects) {
      if (p.single) {
        const line = p.lines[0];
        if (line) rows.paragraph(`${p.number} ${line.text}`);
        continue;
      }
      rows.paragraph(`${p.number} ${p.title}。`, { bold: true });
      for (const line of p.lines) rows.paragraph(`${line.number}${line.text}`);
    }
  }
}

/**
 * 【工作亮点】, when the clerk wrote some: the first paragraph is its centred bold heading.
 * @example highlightsBlock(rows, ['亮点', '一是……'])
 */
export function highlightsBlock(rows: SheetRows, highlights: string[]): void {
  if (!highlights.length) return;
  rows.heading('【工作亮点】');
  highlights.forEach((para, k) => rows.paragraph(k === 0 ? para : `　　${para}`, k === 0 ? { bold: true, hAlign: 'center' } : {}));
}

/**
 * 【未达到序时进度的指标】: a row per lagging indicator in its grade's colours, or a sentence when none.
 * @example laggingList(rows, [], settings); rows.rows.at(-1)?.cells[0]?.value === '所有已下达任务的指标均达到序时进度。'
 */
export function laggingList(rows: SheetRows, lagging: BulletinModel['lagging'], settings: Settings): void {
  rows.spacer(8);
  rows.heading(`【未达到序时进度的指标】（${lagging.length} 个）`);
  if (lagging.length === 0) {
    rows.paragraph('所有已下达任务的指标均达到序时进度。');
    return;
  }
  rows.push(headerRow(['序号', '板块', '项目', '指标', '完成率', '序时进度', '差距(百分点)', '等级', '责任单位']));
  // One look per grade, shared by the rows of that grade.
  const lookOf = (red: boolean): { st: CellStyle; centred: CellStyle; pct: CellStyle; gap: CellStyle } => {
    const colours = red ? { fill: settings.colours.redFill, color: settings.colours.redFont } : { fill: settings.colours.yellowFill, color: settings.colours.yellowFont };
    const st: CellStyle = { border: true, wrap: true, size: 10, vAlign: 'middle', ...colours };
    return { st, centred: { ...st, hAlign: 'center' }, pct: { ...st, hAlign: 'right', numFmt: '0.00%' }, gap: { ...st, hAlign: 'right', numFmt: '0.00' } };
  };
  const redLook = lookOf(true);
  const yellowLook = lookOf(false);
  lagging.forEach((l, k) => {
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

/**
 * 【数据核查】: a row per finding (errors in red), or a sentence when there are none.
 * @example findingsBlock(rows, [], settings); rows.rows.at(-1)?.cells[0]?.value === '未发现数据问题。'
 */
export function findingsBlock(rows: SheetRows, findings: BulletinModel['findings'], settings: Settings): void {
  rows.spacer(8);
  rows.heading(`【数据核查】（${findings.length} 条）`);
  if (findings.length === 0) {
    rows.paragraph('未发现数据问题。');
    return;
  }
  const r0 = rows.push(headerRow(['序号', '文件', '工作表', '单元格', '问题', '说明']));
  // Two looks (errors in red, the rest), each shared by the rows that have it.
  const lookOf = (error: boolean): { st: CellStyle; centred: CellStyle } => {
    const st: CellStyle = { border: true, wrap: true, size: 10, vAlign: 'middle', ...(error ? { color: settings.colours.redFont } : {}) };
    return { st, centred: { ...st, hAlign: 'center' } };
  };
  const plainLook = lookOf(false);
  const errorLook = lookOf(true);
  findings.forEach((f, k) => {
    const { st, centred } = f.severity === 'error' ? errorLook : plainLook;
    const r = rows.push({
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
    rows.merge(r, 6, rows.cols);
  });
  rows.merge(r0, 6, rows.cols);
}

/**
 * Lays out the bulletin sheet.
 * @example buildBulletinSheet(model, settings).name === '工作专报'
 */
export function buildBulletinSheet(model: BulletinModel, settings: Settings): SheetModel {
  const rows = new SheetRows(BULLETIN_WIDTHS);
  titleBlock(rows, model);
  progressSentences(rows, model);
  const chart: SheetChart | null = sectionProgressBlock(rows, model);
  sectionsProse(rows, model.sections);
  highlightsBlock(rows, model.highlights);
  const tableHeader = indicatorTable(rows, model, settings);
  laggingList(rows, model.lagging, settings);
  findingsBlock(rows, model.findings, settings);
  return {
    name: settings.bulletinSheet,
    columns: BULLETIN_WIDTHS.map((width) => ({ width })),
    rows: rows.rows,
    merges: rows.merges,
    freeze: { rows: 3, cols: 0 },
    print: { orientation: 'landscape', repeatRows: { top: tableHeader, bottom: tableHeader }, fitToWidth: true },
    tabColor: '#C00000',
    ...(chart ? { charts: [chart] } : {}),
  };
}
