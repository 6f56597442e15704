/** The named parts the bulletin sheet is built from, each on its own. */
import { findingsBlock, highlightsBlock, laggingList, progressSentences, sectionsProse, titleBlock } from '../../src/domain/bulletinSheet';
import { BULLETIN_WIDTHS, indicatorTable, legendRow, tableRow, tableStyles, TABLE_HEADERS, unitFormat, writtenQuantity } from '../../src/domain/bulletinTable';
import { BulletinModel, LaggingItem } from '../../src/domain/bulletinModel';
import { sectionProgressBlock } from '../../src/domain/sectionProgress';
import { Indicator } from '../../src/domain/resultSchema';
import { parseSettings } from '../../src/domain/settings';
import { SheetRows } from '../../src/domain/sheetRows';

const settings = parseSettings({});
const text = (rows: SheetRows): unknown[] => rows.rows.map((r) => r.cells[0]?.value);

function indicator(over: Partial<Indicator> = {}): Indicator {
  return {
    id: 1, section: '省级', sectionTitle: '省级十大重点民生实事', project: '劳有所得', name: '新增城镇就业', dept: '人社局', kind: 'count',
    unit: '人', target: 10000, done: 1500, completion: 15, reportedCompletion: null, expectedProgress: 21.64, status: 'behind', statusLabel: '滞后',
    lag: 'yellow', targetText: '1 万人', doneText: '1500 人', progressText: '稳步推进', source: { file: 'a.xlsx', sheet: 'S', row: 2, cells: {}, span: { left: 1, right: 5 } },
    ...over,
  };
}

const section: BulletinModel['sections'][number] = {
  key: '省级', heading: '（一）省级十大重点民生实事', title: '省级十大重点民生实事', summary: '省级共 2 项。',
  projects: [
    { number: '1.', title: '劳有所得', single: true, lines: [{ number: '', text: '新增城镇就业……。', indicatorId: 1, status: 'behind', lag: 'yellow' }] },
    { number: '2.', title: '病有所医', single: false, lines: [{ number: '（1）', text: '甲。', indicatorId: 2, status: 'completed', lag: null }, { number: '（2）', text: '乙。', indicatorId: 3, status: 'completed', lag: null }] },
  ],
};

describe('titleBlock', () => {
  test('title, issue label, office left and date right on one row, a thin spacer', () => {
    const rows = new SheetRows(BULLETIN_WIDTHS);
    titleBlock(rows, { title: '专报', issueLabel: '第 3 期', office: '专班', dateText: '2026年3月20日' });
    expect(rows.rows).toHaveLength(4);
    expect(text(rows)).toEqual(['专报', '第 3 期', '专班', '']);
    expect(rows.rows[2]?.cells[5]?.value).toBe('2026年3月20日');
    expect(rows.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 10 }, { top: 2, left: 1, bottom: 2, right: 10 },
      { top: 3, left: 1, bottom: 3, right: 5 }, { top: 3, left: 6, bottom: 3, right: 10 }, { top: 4, left: 1, bottom: 4, right: 10 },
    ]);
  });
});

describe('progressSentences', () => {
  test('without an overview: the heading, the intro and one sentence per section', () => {
    const rows = new SheetRows(BULLETIN_WIDTHS);
    progressSentences(rows, { overview: [], progressIntro: '序时进度 21.64%。', sections: [section, { ...section, summary: '市级共 1 项。' }] });
    expect(text(rows)).toEqual(['【工作进度】', '序时进度 21.64%。', '省级共 2 项。', '市级共 1 项。']);
  });
  test('with an overview: 【工作概况】 first, each paragraph indented', () => {
    const rows = new SheetRows(BULLETIN_WIDTHS);
    progressSentences(rows, { overview: ['一段', '二段'], progressIntro: 'p', sections: [] });
    expect(text(rows)).toEqual(['【工作概况】', '　　一段', '　　二段', '【工作进度】', 'p']);
  });
});

describe('sectionsProse', () => {
  test('a single-indicator project is one line; others a bold title then a line per indicator', () => {
    const rows = new SheetRows(BULLETIN_WIDTHS);
    sectionsProse(rows, [section]);
    expect(text(rows)).toEqual(['（一）省级十大重点民生实事', '1. 新增城镇就业……。', '2. 病有所医。', '（1）甲。', '（2）乙。']);
    expect(rows.rows[2]?.cells[0]?.style?.bold).toBe(true);
  });
});

describe('highlightsBlock', () => {
  test('nothing when there are no highlights; else a centred bold first paragraph', () => {
    const none = new SheetRows(BULLETIN_WIDTHS);
    highlightsBlock(none, []);
    expect(none.rows).toHaveLength(0);
    const rows = new SheetRows(BULLETIN_WIDTHS);
    highlightsBlock(rows, ['标题', '一是']);
    expect(text(rows)).toEqual(['【工作亮点】', '标题', '　　一是']);
    expect(rows.rows[1]?.cells[0]?.style).toMatchObject({ bold: true, hAlign: 'center' });
  });
});

describe('indicatorTable', () => {
  test('header row number returned, a row per indicator, the legend merged in three', () => {
    const rows = new SheetRows(BULLETIN_WIDTHS);
    const header = indicatorTable(rows, { indicators: [indicator(), indicator({ id: 2, lag: null, status: 'completed', statusLabel: '已完成' })], timeProgress: 21.64, modeLabel: '按天计算' }, settings);
    expect(header).toBe(3);
    expect(rows.rows[2]?.cells.map((c) => c?.value)).toEqual([...TABLE_HEADERS]);
    expect(rows.rows[3]?.cells[7]?.value).toBe('滞后（黄）');
    expect(rows.rows[3]?.cells[4]).toMatchObject({ value: 1500, style: { numFmt: '#,##0" 人"' } });
    expect(rows.rows[4]?.cells[7]?.style?.color).toBe('#006100');
    expect(rows.rows[5]?.cells[0]?.value).toBe('图例');
    expect(rows.merges.slice(-3)).toEqual([{ top: 6, left: 2, bottom: 6, right: 3 }, { top: 6, left: 4, bottom: 6, right: 6 }, { top: 6, left: 7, bottom: 6, right: 10 }]);
  });
  test('rows of one look share one style object; missing numbers are a centred dash', () => {
    const styleOf = tableStyles();
    const a = tableRow(indicator(), settings, styleOf);
    const b = tableRow(indicator({ id: 2, completion: null, targetText: null }), settings, styleOf);
    expect(a.cells[1]?.style).toBe(b.cells[1]?.style);
    expect(b.cells[3]).toMatchObject({ value: '—', style: { hAlign: 'center' } });
    expect(b.cells[5]?.value).toBe('—');
    expect(a.cells[5]?.value).toBe(0.15);
  });
  test('unitFormat and writtenQuantity', () => {
    expect(unitFormat(9500, '万元')).toBe('#,##0" 万元"');
    expect(unitFormat(17.14, '万人次')).toBe('#,##0.00" 万人次"');
    expect(unitFormat(1.123456, null)).toBe('#,##0.0000');
    expect(unitFormat(3, 'a"b')).toBe('#,##0" ab"');
    expect(writtenQuantity('9500 万元')).toEqual({ value: 9500, unit: '万元' });
    expect(writtenQuantity('12')).toEqual({ value: 12, unit: null });
    expect(writtenQuantity('约九千')).toBeNull();
    expect(writtenQuantity(null)).toBeNull();
    expect(writtenQuantity('1.2.3')).toBeNull();
  });
  test('the legend names the red gap and the time progress', () => {
    const row = legendRow(21.64, '按天计算', parseSettings({ redGap: 20 }));
    expect(row.cells[1]?.value).toBe('黄色：未达到序时进度，差距小于 20 个百分点');
    expect(row.cells[6]?.value).toContain('序时进度 21.64%（按天计算）');
  });
});

describe('sectionProgressBlock', () => {
  test('no judged indicator: nothing added, no chart', () => {
    const rows = new SheetRows(BULLETIN_WIDTHS);
    expect(sectionProgressBlock(rows, { sections: [section], indicators: [indicator({ completion: null })] })).toBeNull();
    expect(rows.rows).toHaveLength(0);
  });
  test('a block B:E and a chart over its rows', () => {
    const rows = new SheetRows(BULLETIN_WIDTHS);
    rows.spacer(8);
    const chart = sectionProgressBlock(rows, { sections: [section], indicators: [indicator(), indicator({ id: 2, completion: 150 })] });
    expect(chart).toMatchObject({ dataRange: 'B3:D4', anchor: 'F3' });
    expect(rows.rows[3]?.cells.slice(1, 5).map((c) => c?.value)).toEqual(['省级十大重点民生实事', 0.575, 0.2164, 2]);
    expect(rows.merges.at(-1)).toEqual({ top: 5, left: 2, bottom: 5, right: 5 });
  });
});

describe('laggingList', () => {
  const item = (over: Partial<LaggingItem>): LaggingItem => ({ indicatorId: 1, section: '省级', project: 'p', name: 'n', dept: '人社局', completion: 10, expectedProgress: 21.64, gap: 11.64, lag: 'yellow', ...over });
  test('none: one sentence', () => {
    const rows = new SheetRows(BULLETIN_WIDTHS);
    laggingList(rows, [], settings);
    expect(text(rows)).toEqual(['', '【未达到序时进度的指标】（0 个）', '所有已下达任务的指标均达到序时进度。']);
  });
  test('a row per item in its grade colours, missing values a dash', () => {
    const rows = new SheetRows(BULLETIN_WIDTHS);
    laggingList(rows, [item({}), item({ lag: 'red', gap: null, completion: null, dept: null })], settings);
    expect(rows.rows[3]?.cells.map((c) => c?.value)).toEqual([1, '省级', 'p', 'n', 0.1, 0.2164, 11.64, '黄', '人社局']);
    expect(rows.rows[4]?.cells.map((c) => c?.value)).toEqual([2, '省级', 'p', 'n', '—', 0.2164, '—', '红', '']);
    expect(rows.rows[4]?.cells[0]?.style?.fill).toBe(settings.colours.redFill);
    expect(rows.rows[3]?.cells[0]?.style?.fill).toBe(settings.colours.yellowFill);
  });
});

describe('findingsBlock', () => {
  test('none: one sentence; some: a row each, errors in red, 说明 merged to the edge', () => {
    const none = new SheetRows(BULLETIN_WIDTHS);
    findingsBlock(none, [], settings);
    expect(text(none)).toEqual(['', '【数据核查】（0 条）', '未发现数据问题。']);
    const rows = new SheetRows(BULLETIN_WIDTHS);
    findingsBlock(rows, [
      { file: 'a.xlsx', sheet: 'S', cell: 'B2', code: 'cell_error', severity: 'error', message: '#REF!' },
      { file: 'b.xlsx', sheet: null, cell: null, code: 'as_of_missing', severity: 'info', message: 'm' },
    ], settings);
    expect(rows.rows[3]?.cells.map((c) => c?.value)).toEqual([1, 'a.xlsx', 'S', 'B2', '单元格为错误值', '#REF!']);
    expect(rows.rows[4]?.cells.map((c) => c?.value)).toEqual([2, 'b.xlsx', '', '', '未找到数据截至日期', 'm']);
    expect(rows.rows[3]?.cells[1]?.style?.color).toBe(settings.colours.redFont);
    expect(rows.rows[4]?.cells[1]?.style?.color).toBeUndefined();
    expect(rows.merges.slice(-3)).toEqual([{ top: 4, left: 6, bottom: 4, right: 10 }, { top: 5, left: 6, bottom: 5, right: 10 }, { top: 3, left: 6, bottom: 3, right: 10 }]);
  });
});
