"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Cross-workbook rules: as-of date detection, duplicates, the summary adding up, and the checks on
 * target 0, negative values and completion over 300 %.
 */
const fast_check_1 = __importDefault(require("fast-check"));
const sectionNames_1 = require("../../src/domain/sectionNames");
const statusCodes_1 = require("../../src/domain/statusCodes");
const text_1 = require("../../src/domain/text");
const grid_1 = require("../builders/grid");
const tracker = (file, rows, title = '数据截至：2026年3月20日') => (0, grid_1.sheet)([[title], ['指标', '全年目标', '单位', '累计完成', '完成率', '进展情况'], ...rows], { file });
describe('as-of date', () => {
    test('taken from the workbooks when not set; a conflict is reported', () => {
        const r = (0, grid_1.report)([
            tracker('a局.xlsx', [['甲指标', 10, '个', 2]]),
            tracker('b局.xlsx', [['乙指标', 10, '个', 2]]),
            tracker('c局.xlsx', [['丙指标', 10, '个', 2]], '数据截至：2026年3月31日'),
        ], { asOf: undefined });
        expect(r.result.asOf).toBe('2026-03-20');
        expect(r.result.findings.map((f) => f.code)).toContain('as_of_conflict');
    });
    test('missing everywhere: the caller fallback is used and said', () => {
        const g = (0, grid_1.sheet)([['指标', '全年目标', '累计完成'], ['甲', 10, 1]]);
        const r = (0, grid_1.report)([g], { asOf: undefined });
        expect(r.result.findings.find((f) => f.code === 'as_of_missing')?.severity).toBe('error');
    });
});
describe('checks', () => {
    test('target 0, negative values and completion over 300 % are findings with cells', () => {
        const r = (0, grid_1.report)([tracker('a局.xlsx', [
                ['零目标', 0, '个', 3],
                ['负数', 10, '个', -2],
                ['单位错', 10, '万元', 50000],
            ])]);
        const byCode = Object.fromEntries(r.result.findings.map((f) => [f.code, f.cell]));
        expect(byCode).toMatchObject({ target_zero: 'B3', negative_value: 'D4', completion_over_300: 'D5' });
        expect(r.result.indicators.find((i) => i.name === '零目标')?.status).toBe('needs_review');
    });
    test('reported completion is compared at its own precision', () => {
        const r = (0, grid_1.report)([tracker('a局.xlsx', [
                ['家庭医生签约', 171400, '人次', 90701, '52.9%'],
                ['开展职业技能培训', 1660, '人次', 72, '4.36%'],
                ['提质升级中小学校食堂', 6, '所', 2, '30%'],
                ['残疾人托养服务', 168, '人', 46, '27%'],
            ])]);
        const mismatched = r.result.findings.filter((f) => f.code === 'completion_mismatch').map((f) => f.cell);
        expect(mismatched).toEqual(['E4', 'E5']);
    });
    test('the same indicator in two workbooks is flagged, both kept', () => {
        const r = (0, grid_1.report)([
            tracker('a局.xlsx', [['新增城镇就业', 6000, '人', 1386]]),
            tracker('b局.xlsx', [['新增 城镇就业', 6000, '人', 1386]]),
        ]);
        expect(r.result.indicators).toHaveLength(2);
        const dup = r.result.findings.filter((f) => f.code === 'duplicate_indicator');
        expect(dup).toHaveLength(1);
        expect(dup[0]?.message).toContain('a局.xlsx');
    });
    test('the summary adds up for every section: A + C + others = M, B ≤ A', () => {
        const r = (0, grid_1.report)([tracker('a局.xlsx', [
                ['甲', 10, '个', 10], ['乙', 10, '个', 3], ['丙', 10, '个', 0], ['丁', 10, '个', undefined, undefined, '上级任务未下达'],
                ['戊', undefined, undefined, undefined, undefined, '已完成'], ['己', undefined, '万元', '20万元'],
            ])]);
        for (const s of r.result.summary) {
            const total = statusCodes_1.STATUS_CODES.reduce((n, c) => n + (s.counts[c] ?? 0), 0);
            expect(total).toBe(s.indicators);
            expect(s.counts.completed).toBeLessThanOrEqual((s.counts.completed ?? 0) + (s.counts.on_schedule ?? 0));
        }
        expect(r.result.findings.filter((f) => f.code === 'summary_mismatch')).toHaveLength(0);
        expect(r.result.summary[0]?.counts).toMatchObject({ completed: 2, on_schedule: 1, behind: 1, not_issued: 1, no_target: 1 });
    });
});
describe('ordering', () => {
    test('sections and projects follow the configured order, others by first appearance', () => {
        const g = (0, grid_1.sheet)([
            ['层级', '项目', '指标', '全年目标', '累计完成'],
            ['岳阳市级', '提高粮食产能', '高标准农田建设', 5, 1],
            ['省级', '推动实现“劳有所得”', '新增城镇就业', 6000, 1386],
            ['省级', '推动实现“幼有所育”', '产前筛查', 1600, 548],
        ]);
        const r = (0, grid_1.report)([g]);
        expect(r.result.indicators.map((i) => i.name)).toEqual(['产前筛查', '新增城镇就业', '高标准农田建设']);
        expect(r.result.indicators.map((i) => i.id)).toEqual([1, 2, 3]);
    });
});
describe('very large sheets', () => {
    test('130,000 rows without an indicator are all listed as skipped (no stack overflow collecting them)', () => {
        const rows = [['序号', '指标名称', '全年目标', '累计完成']];
        for (let n = 1; n <= 130_000; n++)
            rows.push([n]);
        const r = (0, grid_1.report)([(0, grid_1.sheet)(rows)]);
        expect(r.result.skipped.filter((s) => s.reason === 'no_indicator')).toHaveLength(130_000);
    });
});
describe('ordering, against the plain definition', () => {
    /** The order as first written: every indicator placed, then all sorted by section, project and reading order. */
    function plainOrder(r, sectionOrder, projectOrder) {
        const raws = r.readings.flatMap((x) => x.indicators);
        const sectionFirst = new Map();
        const projectFirst = new Map();
        const placed = raws.map((raw, index) => {
            const section = raw.section ? (0, sectionNames_1.sectionKey)(raw.section) : '其他';
            const label = raw.project ?? raw.name;
            if (!sectionFirst.has(section))
                sectionFirst.set(section, index);
            const key = `${section}\u0000${(0, text_1.compareKey)(label)}`;
            let project = projectFirst.get(key);
            if (!project) {
                project = { index, label };
                projectFirst.set(key, project);
            }
            return { raw, section, project, index };
        });
        const orderIndex = (list, match) => {
            const i = list.findIndex(match);
            return i < 0 ? list.length : i;
        };
        const rank = (p) => [
            orderIndex(sectionOrder, (item) => p.section === item || p.section.endsWith(item)), sectionFirst.get(p.section) ?? 0,
            orderIndex(projectOrder, (item) => p.project.label.includes(item)), p.project.index,
            p.index,
        ];
        const sorted = [...placed].sort((a, b) => {
            const x = rank(a);
            const y = rank(b);
            for (let k = 0; k < x.length; k++)
                if ((x[k] ?? 0) !== (y[k] ?? 0))
                    return (x[k] ?? 0) - (y[k] ?? 0);
            return 0;
        });
        return sorted.map((p) => ({ file: p.raw.file, row: p.raw.row, section: p.section, project: p.project.label }));
    }
    const sections = ['省级', '市级', '岳阳市级', '县级民生实事', '其他板块', ''];
    const projects = ['甲项目', '甲项目 ', '“乙项目”', '"乙项目"', '丙', ''];
    const row = fast_check_1.default.tuple(fast_check_1.default.constantFrom(...sections), fast_check_1.default.constantFrom(...projects), fast_check_1.default.constantFrom('新增就业', '产前筛查', '培训', '改造'), fast_check_1.default.integer({ min: 1, max: 100 }), fast_check_1.default.integer({ min: 0, max: 100 }));
    test('projects listed in reading order, then sorted, give the order of sorting every indicator', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.array(fast_check_1.default.array(row, { maxLength: 12 }), { minLength: 1, maxLength: 3 }), fast_check_1.default.subarray(['省级', '市级', '岳阳市级', '县级']), fast_check_1.default.subarray(['乙', '甲', '丙']), (sheets, sectionOrder, projectOrder) => {
            const grids = sheets.map((rows, k) => (0, grid_1.sheet)([['层级', '项目', '指标', '全年目标', '累计完成'], ...rows], { file: `${k}局.xlsx` }));
            const r = (0, grid_1.report)(grids, { sectionOrder, projectOrder });
            expect(r.result.indicators.map((i) => ({ file: i.source.file, row: i.source.row, section: i.section, project: i.project }))).toEqual(plainOrder(r, sectionOrder, projectOrder));
            expect(r.result.indicators.map((i) => i.id)).toEqual(r.result.indicators.map((_, k) => k + 1));
            expect(r.evaluated.map((e) => `${e.raw.file}#${e.raw.row}`)).toEqual(r.result.indicators.map((i) => `${i.source.file}#${i.source.row}`));
        }), { numRuns: 300 });
    });
});
