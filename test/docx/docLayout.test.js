"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The document layout model (pure): GB/T 9704 page geometry in twips, the style of each part of the
 * bulletin, the table's widths filling the text block, shading colours from the settings, the change
 * column's wording.
 */
const docLayout_1 = require("../../src/docx/docLayout");
const bulletinModel_1 = require("../../src/domain/bulletinModel");
const historyDiff_1 = require("../../src/domain/historyDiff");
const settings_1 = require("../../src/domain/settings");
const grid_1 = require("../builders/grid");
const settings = (0, settings_1.parseSettings)({ asOf: '2026-03-20', issue: 2, colours: { yellowFill: '#ffee00', yellowFont: '#111111', redFill: '#ff0000', redFont: '#222222' } });
const grid = (done) => (0, grid_1.sheet)([
    ['板块', '项目', '指标', '全年目标', '单位', '累计完成', '责任单位'],
    ['省级', '推动实现“劳有所得”', '新增城镇就业', 6000, '人', done, '人社局'],
    ['省级', '推动实现“劳有所得”', '开展职业技能培训', 1660, '人次', 72, '人社局'],
    ['省级', '推动实现“病有所医”', '培训乡村医生', 30, '人', 6, '卫健局'],
]);
const current = (0, grid_1.report)([grid(1386)], settings).result;
const model = (0, bulletinModel_1.buildBulletinModel)(current, settings);
test('page geometry: A4 and the GB/T 9704 margins in twips; text block 15.6 cm', () => {
    expect(docLayout_1.PAGE).toMatchObject({ width: 11906, height: 16838, margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } });
    expect(docLayout_1.TEXT_WIDTH).toBe(8845);
});
test('styles: title 22 pt 方正小标宋简体; body 16 pt 仿宋_GB2312 at 28 pt exact with a two-character indent; headings by level', () => {
    expect(docLayout_1.DOC_STYLES.title).toMatchObject({ font: '方正小标宋简体', size: 22, align: 'center' });
    expect(docLayout_1.DOC_STYLES.body).toMatchObject({ font: '仿宋_GB2312', size: 16, lineExact: 28, indentChars: 2 });
    expect([docLayout_1.DOC_STYLES.h1.font, docLayout_1.DOC_STYLES.h2.font, docLayout_1.DOC_STYLES.h3.font]).toEqual(['黑体', '楷体_GB2312', '仿宋_GB2312']);
    expect(docLayout_1.DOC_STYLES.pageNumber).toMatchObject({ font: '宋体', latin: '宋体', size: 14 });
});
test('blocks follow the bulletin: title block, 【工作进度】, sections, table, lagging list, findings', () => {
    const layout = (0, docLayout_1.layoutBulletinDoc)(model, settings.colours, settings.redGap);
    const texts = layout.blocks.filter((b) => b.kind === 'text');
    expect(texts.slice(0, 3).map((b) => [b.style, b.text])).toEqual([['title', model.title], ['issue', '第 2 期'], ['officeDate', model.office]]);
    expect(texts[2]?.right).toBe(model.dateText);
    const h1 = texts.filter((b) => b.style === 'h1').map((b) => b.text);
    expect(h1).toEqual(['【工作进度】', '【指标明细】', '【未达到序时进度的指标】（2 个）', `【数据核查】（${model.findings.length} 条）`]);
    expect(texts.filter((b) => b.style === 'h2').map((b) => b.text)).toEqual(['（一）省级十大重点民生实事']);
    expect(texts.filter((b) => b.style === 'h3').map((b) => b.text)).toEqual(['1. 推动实现“劳有所得”。', '2. 推动实现“病有所医”。']);
    expect(texts.filter((b) => b.style === 'body' && /^（\d）/.test(b.text)).map((b) => b.text.slice(0, 9))).toEqual(['（1）新增城镇就业', '（2）开展职业技能', '（1）培训乡村医生']);
    expect(layout.pageNumber).toMatchObject({ before: '— ', after: ' —', oddAlign: 'right', evenAlign: 'left' });
});
test('the indicator table fills the text block; lagging rows carry their grade and the settings colours', () => {
    const layout = (0, docLayout_1.layoutBulletinDoc)(model, settings.colours, settings.redGap);
    const table = layout.blocks.find((b) => b.kind === 'table');
    expect(table?.columns.map((c) => c.header)).toEqual([...docLayout_1.INDICATOR_TABLE_HEADERS]);
    expect(table?.columns.reduce((a, c) => a + c.width, 0)).toBe(docLayout_1.TEXT_WIDTH);
    expect(table?.rows.map((r) => [r.cells[2], r.lag])).toEqual([['新增城镇就业', null], ['开展职业技能培训', 'yellow'], ['培训乡村医生', 'yellow']]);
    expect(table?.shading).toEqual({ yellow: { fill: 'FFEE00', color: '111111' }, red: { fill: 'FF0000', color: '222222' } });
});
test('with history: a 较上期 column, the 【较上期变化】 part, widths still fill the block', () => {
    const previous = (0, grid_1.report)([grid(600)], { ...settings, asOf: '2026-02-28' }).result;
    const layout = (0, docLayout_1.layoutBulletinDoc)((0, historyDiff_1.withHistory)(model, (0, historyDiff_1.diffResults)(previous, current)), settings.colours);
    const table = layout.blocks.find((b) => b.kind === 'table');
    expect(table?.columns[7]?.header).toBe('较上期');
    expect(table?.columns.reduce((a, c) => a + c.width, 0)).toBe(docLayout_1.TEXT_WIDTH);
    expect(table?.rows[0]?.cells[7]).toBe('+13.1');
    const texts = layout.blocks.filter((b) => b.kind === 'text').map((b) => b.text);
    expect(texts).toContain('【较上期变化】');
    expect(texts.find((t) => t.startsWith('（1）新增城镇就业'))).toMatch(/较上期提高 13\.1 个百分点。$/);
});
test('deltaCell', () => {
    expect([(0, docLayout_1.deltaCell)(3.2), (0, docLayout_1.deltaCell)(-1.25), (0, docLayout_1.deltaCell)(0), (0, docLayout_1.deltaCell)(null)]).toEqual(['+3.2', '-1.25', '持平', '—']);
});
