"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Layouts the fixtures do not show: each scenario is a small sheet as a department might send it,
 * and what the engine must make of it.
 */
const sheetReading_1 = require("../../src/domain/sheetReading");
const grid_1 = require("../builders/grid");
const byName = (r, name) => {
    const i = r.result.indicators.find((x) => x.name === name);
    if (!i)
        throw new Error(`indicator ${name} not found in ${r.result.indicators.map((x) => x.name).join(',')}`);
    return i;
};
describe('header recognition anywhere on the sheet', () => {
    test('header on row 6 below title and notes, synonyms of every field', () => {
        const g = (0, grid_1.sheet)([
            ['某某县2026年民生实事进展表'],
            ['说明：本表按月报送'],
            [],
            ['数据截至：2026年3月20日'],
            [],
            ['编号', '板块', '民生项目', '指标名称', '年度目标', '计量单位', '截至目前完成数', '完成进度', '牵头单位', '工作进展'],
            [1, '省级', '推动实现“劳有所得”', '新增城镇就业', '6,000', '人', '１３８６', '23.1%', '人社局', '稳步推进'],
        ]);
        const r = (0, grid_1.report)([g], { asOf: undefined });
        expect(r.result.asOf).toBe('2026-03-20');
        const i = byName(r, '新增城镇就业');
        expect(i).toMatchObject({ section: '省级', project: '推动实现“劳有所得”', dept: '人社局', target: 6000, done: 1386, unit: '人', completion: 23.1, reportedCompletion: 23.1, status: 'on_schedule' });
        expect(i.source).toMatchObject({ row: 7, cells: { name: 'D7', target: 'E7', done: 'G7', completion: 'H7' } });
    });
    test('two-row merged header with the unit under the target and under done', () => {
        const g = (0, grid_1.sheet)([
            ['序号', '指标', '全年目标', undefined, '完成情况', undefined, '完成率'],
            [undefined, undefined, '数值', '单位', '数值', '单位', undefined],
            [1, '发放创业担保贷款', 0.95, '亿元', 460, '万元', { v: 0.0484, fmt: '0.00%' }],
        ], { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:G2'] });
        const r = (0, grid_1.report)([g]);
        const i = byName(r, '发放创业担保贷款');
        expect(i).toMatchObject({ target: 95_000_000, done: 4_600_000, unit: '元', completion: 4.84, reportedCompletion: 4.84 });
        expect(r.result.findings.filter((f) => f.code === 'completion_mismatch')).toHaveLength(0);
    });
    test('an Excel table bounds the rows read; text after it is not an indicator', () => {
        const g = (0, grid_1.sheet)([
            ['层级', '所属项目', '指标', '目标值', '目标单位', '完成值', '完成单位'],
            ['省级', '推动实现“病有所医”', '培训乡村医生', 30, '人', 6, '人'],
            [],
            ['附：本月工作亮点 5 项', undefined, '家庭医生签约服务扩面', undefined, undefined, 3],
        ], { tables: [{ name: 'T1', ref: 'A1:G2' }] });
        const r = (0, grid_1.report)([g]);
        expect(r.result.indicators.map((i) => i.name)).toEqual(['培训乡村医生']);
    });
});
describe('sections, projects and departments', () => {
    test('merged category cells and blank-below category cells apply to the rows they cover', () => {
        const g = (0, grid_1.sheet)([
            ['类别', '项目', '指标名称', '全年目标', '单位', '累计完成'],
            ['省级', '推动实现“幼有所育”', '产前筛查', 1600, '人', 548],
            [undefined, '推动实现“幼有所育”', '新生儿疾病筛查', 1600, '人', 654],
            ['岳阳市级', '出生缺陷免费筛查及诊断', '致畸基因筛查', 2270, '人', 437],
            [undefined, undefined, '产前诊断服务', 90, '人', 10],
        ], { merges: ['A2:A3'] });
        const r = (0, grid_1.report)([g]);
        expect(byName(r, '新生儿疾病筛查').section).toBe('省级');
        expect(byName(r, '产前诊断服务')).toMatchObject({ section: '岳阳市级', project: '出生缺陷免费筛查及诊断' });
    });
    test('heading rows numbered like the bulletin give section and project', () => {
        const g = (0, grid_1.sheet)([
            ['填报单位：民政局'],
            ['序号', '工作任务', '全年目标', '完成情况', '备注'],
            ['一、', '省级重点民生实事'],
            ['1.', '推动实现“老有所养”'],
            ['（1）', '建设“时光守护”床位', '100张', '20张', ''],
            ['二、岳阳市级重点民生实事'],
            ['1.', '街道综合养老服务中心'],
            ['（1）', '建设街道综合养老服务中心', '1个', '0个', '正在摸排'],
        ]);
        const r = (0, grid_1.report)([g]);
        expect(byName(r, '建设“时光守护”床位')).toMatchObject({ section: '省级', project: '推动实现“老有所养”', dept: '民政局', target: 100, done: 20, completion: 20 });
        expect(byName(r, '建设街道综合养老服务中心')).toMatchObject({ section: '岳阳市级', project: '街道综合养老服务中心' });
        expect(r.result.skipped.filter((s) => s.reason === 'heading')).toHaveLength(4);
    });
    test('section as a prefix with a colon; department from the file name', () => {
        const g = (0, grid_1.sheet)([
            ['项目名称', '具体指标', '年度任务', '已完成'],
            ['省级：推动实现“住有所居”', '实施切坡建房地质灾害隐患治理', '550户', '6户'],
        ], { file: '2026年3月-自然资源局.xlsx' });
        const i = byName((0, grid_1.report)([g]), '实施切坡建房地质灾害隐患治理');
        expect(i).toMatchObject({ section: '省级', project: '推动实现“住有所居”', dept: '自然资源局', target: 550, done: 6 });
    });
});
describe('free text and period columns', () => {
    test('free-text-only rows give name, target, done and the reported completion', () => {
        const g = (0, grid_1.sheet)([
            ['序号', '民生实事项目', '年度目标任务', '工作进展情况'],
            ['（1）', '省级：推动实现“劳有所得”', '完成新增城镇就业6000人', '已完成1386人，完成全年任务的23.1%。'],
            ['（2）', '省级：推动实现“学有所教”', '提质升级中小学校食堂两所', '已完成一所，完成全年任务的50%。'],
        ]);
        const r = (0, grid_1.report)([g]);
        expect(byName(r, '新增城镇就业')).toMatchObject({ target: 6000, done: 1386, completion: 23.1, reportedCompletion: 23.1 });
        expect(byName(r, '提质升级中小学校食堂')).toMatchObject({ target: 2, done: 1, completion: 50 });
    });
    test('a figure in the progress text counts when its unit converts to the target\'s (米 → 公里), not otherwise', () => {
        const g = (0, grid_1.sheet)([
            ['指标名称', '全年目标', '单位', '累计完成', '工作进展'],
            ['新建改造城市燃气管网', 10, '公里', '', '已敷设管道3500米'],
            ['新增公共停车泊位', 2000, '个', '', '已投入资金3500万元'],
        ]);
        const r = (0, grid_1.report)([g]);
        expect(byName(r, '新建改造城市燃气管网')).toMatchObject({ target: 10, done: 3.5, completion: 35 });
        expect(byName(r, '新增公共停车泊位').done).toBeNull();
    });
    test('monthly amounts (当月) are summed up to the as-of month', () => {
        const g = (0, grid_1.sheet)([
            ['指标', '全年目标', '单位', '1月当月', '2月当月', '3月当月', '4月当月'],
            ['开展职业技能培训', 1200, '人次', 100, 80, 120, 999],
        ]);
        const i = byName((0, grid_1.report)([g]), '开展职业技能培训');
        expect(i).toMatchObject({ done: 300, completion: 25, status: 'on_schedule' });
    });
    test('running totals by month take the latest value up to the as-of month', () => {
        const g = (0, grid_1.sheet)([
            ['指标', '全年目标', '单位', '1月', '2月', '3月', '4月'],
            ['家庭医生签约', 100000, '人次', 10000, 30000, 52000, undefined],
            ['培训乡村医生', 30, '人', 2, 4, 6, undefined],
        ]);
        const r = (0, grid_1.report)([g]);
        expect(byName(r, '家庭医生签约')).toMatchObject({ done: 52000, target: 100000, completion: 52 });
        expect(r.result.findings.some((f) => f.code === 'period_ambiguous')).toBe(true);
    });
    test('quarterly amounts: a decreasing series means per-quarter amounts', () => {
        const g = (0, grid_1.sheet)([
            ['指标', '全年目标', '单位', '一季度', '二季度', '三季度', '四季度'],
            ['送戏下乡', 60, '场', 7, 5, 20, 28],
        ]);
        const i = byName((0, grid_1.report)([g], { asOf: '2026-07-15' }), '送戏下乡');
        expect(i.done).toBe(32);
    });
});
describe('rows that are not indicators, and rows that cannot be read', () => {
    test('an error value in a cell merged over three rows is one finding, not one per row', () => {
        const g = (0, grid_1.sheet)([
            ['指标名称', '全年目标', '单位', '累计完成', '完成率'],
            ['新增城镇就业', 6000, '人', 1386, { error: '#DIV/0!' }],
            ['城镇调查失业率', 5.5, '%', 5.1, undefined],
            ['零就业家庭动态清零', 100, '户', 100, undefined],
        ], { merges: ['E2:E4'] });
        const errors = (0, grid_1.report)([g]).result.findings.filter((f) => f.code === 'cell_error');
        expect(errors.map((f) => f.cell)).toEqual(['E2']);
    });
    test('totals, footers and instruction sheets are skipped and listed', () => {
        const data = (0, grid_1.sheet)([
            ['指标', '全年目标', '累计完成'],
            ['新增城镇就业', 6000, 1386],
            ['合计', 6000, 1386],
            ['填表人：张三　联系电话：123'],
        ]);
        const help = (0, grid_1.sheet)([['请于每月20日前报送；数值请填阿拉伯数字。']], { sheet: '填报说明' });
        const r = (0, grid_1.report)([data, help]);
        expect(r.result.indicators).toHaveLength(1);
        expect(r.result.skipped.map((s) => s.reason).sort()).toEqual(['footer', 'instructions', 'total']);
    });
    test('error values and unreadable numbers become findings with the cell address', () => {
        const g = (0, grid_1.sheet)([
            ['指标', '全年目标', '累计完成', '完成率'],
            ['新增城镇就业', 6000, { error: '#REF!' }, { error: '#DIV/0!' }],
            [undefined, 100, 20],
        ], { file: '人社局.xlsx', sheet: '台账' });
        const r = (0, grid_1.report)([g]);
        const codes = r.result.findings.map((f) => `${f.file}|${f.sheet}|${f.cell}|${f.code}`);
        expect(codes).toEqual(expect.arrayContaining(['人社局.xlsx|台账|C2|cell_error', '人社局.xlsx|台账|D2|cell_error', '人社局.xlsx|台账|A3|row_no_name']));
        expect(byName(r, '新增城镇就业').status).toBe('no_data');
    });
    test('a sheet with content but no header is a finding, not a crash', () => {
        const g = (0, grid_1.sheet)([['随便写的'], ['一些', '内容'], [1, 2, 3], ['再来', '一行', '文字', '更多']], { sheet: '草稿' });
        const reading = (0, sheetReading_1.readSheet)(g);
        expect(reading.indicators).toHaveLength(0);
        expect(reading.findings.map((f) => f.code)).toEqual(['sheet_no_header']);
    });
});
describe('kinds and units', () => {
    test('reverse indicators: a ceiling in the target, a direction column, or a name lower-is-better by nature', () => {
        const g = (0, grid_1.sheet)([
            ['指标', '全年目标', '累计完成', '指标方向'],
            ['城镇调查失业率', '≤5.5%', '4.8%', ''],
            ['PM2.5年均浓度', '31μg/m³', '35μg/m³', ''],
            ['生产安全事故起数', 12, 3, '反向'],
        ]);
        const r = (0, grid_1.report)([g]);
        expect(byName(r, '城镇调查失业率')).toMatchObject({ kind: 'reverse', status: 'completed', completion: null });
        expect(byName(r, 'PM2.5年均浓度')).toMatchObject({ kind: 'reverse', status: 'behind' });
        expect(byName(r, '生产安全事故起数')).toMatchObject({ kind: 'reverse', status: 'completed' });
    });
    test('level indicators are judged against the full target', () => {
        const g = (0, grid_1.sheet)([
            ['指标', '全年目标', '累计完成'],
            ['城乡居民基础养老金', '171元/月', '171元/月'],
            ['住院费用报销比例', '75%', '70%'],
        ]);
        const r = (0, grid_1.report)([g]);
        expect(byName(r, '城乡居民基础养老金')).toMatchObject({ kind: 'level', status: 'completed', completion: 100, expectedProgress: 100 });
        expect(byName(r, '住院费用报销比例')).toMatchObject({ kind: 'level', status: 'behind', completion: 93.33 });
    });
    test('亿元 against 万元 converts; 万元 against 人 is a finding', () => {
        const g = (0, grid_1.sheet)([
            ['指标', '全年目标', '累计完成'],
            ['城乡电网改造投资', '0.8亿元', '8680万元'],
            ['创业担保贷款', '9500万元', '46人'],
        ]);
        const r = (0, grid_1.report)([g]);
        expect(byName(r, '城乡电网改造投资')).toMatchObject({ target: 80_000_000, done: 86_800_000, completion: 108.5, status: 'completed' });
        expect(byName(r, '创业担保贷款')).toMatchObject({ completion: null, status: 'needs_review' });
        expect(r.result.findings.some((f) => f.code === 'unit_mismatch' && f.cell === 'C3')).toBe(true);
    });
    test('a node schedule column overrides the calendar for that indicator', () => {
        const g = (0, grid_1.sheet)([
            ['指标', '全年目标', '单位', '累计完成', '节点目标'],
            ['机插机抛作业', 16.5, '万亩', 0, '3月底0%、4月底30%、6月底100%'],
            ['高标准农田建设', 5, '万亩', 1, ''],
        ]);
        const r = (0, grid_1.report)([g]);
        expect(byName(r, '机插机抛作业')).toMatchObject({ expectedProgress: 0, status: 'on_schedule' });
        expect(byName(r, '高标准农田建设')).toMatchObject({ expectedProgress: 21.64, status: 'behind', lag: 'yellow' });
    });
});
describe('more layouts', () => {
    test('a section given only by the sheet name; a 单位 column holding departments', () => {
        const g = (0, grid_1.sheet)([
            ['指标', '目标', '累计完成', '单位'],
            ['新增城镇就业', '6000人', '1386人', '人社局'],
        ], { sheet: '省级民生实事' });
        const i = byName((0, grid_1.report)([g]), '新增城镇就业');
        expect(i).toMatchObject({ section: '省级', dept: '人社局', unit: '人', target: 6000, done: 1386 });
    });
    test('本月完成 beside 累计完成: the running total is the done value', () => {
        const g = (0, grid_1.sheet)([
            ['指标', '全年目标', '本月完成', '累计完成'],
            ['培训乡村医生', 30, 2, 6],
        ]);
        expect(byName((0, grid_1.report)([g]), '培训乡村医生').done).toBe(6);
    });
    test('hidden sheets are skipped and listed', () => {
        const g = (0, grid_1.sheet)([['指标', '全年目标', '累计完成'], ['旧指标', 10, 1]], { sheet: '旧表', hidden: true });
        const r = (0, grid_1.report)([g]);
        expect(r.result.indicators).toHaveLength(0);
        expect(r.result.skipped[0]).toMatchObject({ reason: 'hidden_sheet', sheet: '旧表' });
    });
    test('a section column written with heading numbering', () => {
        const g = (0, grid_1.sheet)([
            ['板块', '指标', '全年目标', '累计完成'],
            ['一、省级重点民生实事', '产前筛查', 1600, 548],
        ]);
        expect(byName((0, grid_1.report)([g]), '产前筛查').section).toBe('省级');
    });
});
describe('numbers and headings written the clerk\'s way', () => {
    test('a bare numeral in the 序号 column numbers a section heading; 重点任务 names indicators; 三 is 3', () => {
        const g = (0, grid_1.sheet)([
            ['序号', '重点任务', '目标任务数', '计量单位', '累计完成', '牵头单位'],
            ['一', '市级十大重点民生实事'],
            [1, '新建公办幼儿园', '三', '所', '1', '教育局'],
            [2, '孕产妇系统管理率', 90, '%', 0.92, '卫健局'],
        ]);
        const r = (0, grid_1.report)([g]);
        expect(byName(r, '新建公办幼儿园')).toMatchObject({ section: '市级', target: 3, done: 1, completion: 33.33 });
        expect(byName(r, '孕产妇系统管理率')).toMatchObject({ kind: 'level', done: 92, status: 'completed' });
    });
});
