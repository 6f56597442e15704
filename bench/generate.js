"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.GENERATOR_VERSION = void 0;
exports.departmentSpecs = departmentSpecs;
exports.bigSheetSpec = bigSheetSpec;
exports.writeWorkbook = writeWorkbook;
exports.ensureWritten = ensureWritten;
exports.specToGrids = specToGrids;
/**
 * Deterministic generator of departments' tracking workbooks for the benchmark, in the layouts of
 * /work/shared/fixtures/2026-03 (title rows, 填报单位/数据截至 rows, two-row merged headers
 * 年度任务→数量|单位, merged category cells, heading rows 一、/1./（1）, an Excel table, free-text-only
 * rows) with their mess (units inside cells "460万元", other units of the same kind "90701人次",
 * full-width digits, thousands separators, numbers as text, "52.9%" text vs 0.529 formatted as %,
 * formulas with cached results, #DIV/0!, blank rows, 合计 rows, footers, an instruction sheet).
 *
 * A workbook is first built as a plain spec (so the office-js part can turn it into grids without
 * ExcelJS), then written with ExcelJS. Files are cached in bench/out keyed by seed and size.
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const exceljs_1 = __importDefault(require("exceljs"));
const grid_1 = require("../src/domain/grid");
const prng_1 = require("./prng");
/** Bump when the generated content changes, so cached files are rebuilt. */
exports.GENERATOR_VERSION = 3;
// ---- vocabulary ---------------------------------------------------------------------------------
const SECTIONS = ['省级', '岳阳市级', '保障重点群体就业', '兜牢基本生活底线'];
const PROJECTS = {
    省级: ['推动实现“劳有所得”', '推动实现“老有所养”', '推动实现“病有所医”', '推动实现“学有所教”', '推动实现“住有所居”', '推动实现“弱有所扶”', '推动实现“幼有所育”', '推动实现“急有所助”', '推动实现“难有所帮”', '推动实现“愁有所解”'],
    岳阳市级: ['城乡电网提质改造', '提高粮食产能', '出生缺陷免费筛查及诊断', '文化惠民升级服务', '街道综合养老服务中心', '实施地下管网改新建', '县域普通高中办学条件提质改造'],
    保障重点群体就业: ['高校毕业生就业', '农民工返乡创业', '就业困难人员帮扶'],
    兜牢基本生活底线: ['城乡低保提标', '特困人员供养', '临时救助'],
};
const TEMPLATES = [
    { name: '新增城镇就业', unit: '人', lo: 800, hi: 9000 },
    { name: '发放创业担保贷款', unit: '万元', lo: 2000, hi: 20000, alt: { unit: '亿元', factor: 10000 } },
    { name: '开展职业技能培训', unit: '人次', lo: 500, hi: 5000 },
    { name: '家庭医生签约', unit: '万人次', lo: 5, hi: 40, alt: { unit: '人次', factor: 0.0001 } },
    { name: '产前筛查', unit: '人', lo: 600, hi: 4000 },
    { name: '新生儿疾病筛查', unit: '人', lo: 600, hi: 4000 },
    { name: '培训乡村医生', unit: '人', lo: 20, hi: 200 },
    { name: '建设“时光守护”床位', unit: '张', lo: 50, hi: 600 },
    { name: '新建“爱心驿站”', unit: '家', lo: 3, hi: 30 },
    { name: '高标准农田建设', unit: '万亩', lo: 2, hi: 20 },
    { name: '机插机抛作业', unit: '万亩', lo: 5, hi: 30 },
    { name: '新建农村4G、5G基站', unit: '个', lo: 10, hi: 120 },
    { name: '建设流动供销服务乡村网点', unit: '个', lo: 5, hi: 40 },
    { name: '实施切坡建房地质灾害隐患治理', unit: '户', lo: 100, hi: 900 },
    { name: '农村村民自建桥梁安全隐患排查', unit: '座', lo: 30, hi: 200 },
    { name: '更新住宅老旧电梯', unit: '台', lo: 5, hi: 80 },
    { name: '“送戏下乡”演艺', unit: '场', lo: 20, hi: 120 },
    { name: '康复救助残疾儿童', unit: '人', lo: 50, hi: 400 },
    { name: '提供残疾人就业服务', unit: '人次', lo: 100, hi: 900 },
    { name: '新建污水管网', unit: '公里', lo: 2, hi: 60 },
    { name: '巩固提升农村配电网', unit: '万元', lo: 1000, hi: 12000, alt: { unit: '亿元', factor: 10000 } },
    { name: '城镇调查失业率', unit: '%', lo: 4, hi: 6, kind: 'reverse' },
    { name: 'PM2.5年均浓度', unit: 'μg/m³', lo: 28, hi: 40, kind: 'reverse' },
    { name: '特困人员基本生活保障率', unit: '%', lo: 100, hi: 100, kind: 'level' },
    { name: '城乡居民基础养老金', unit: '元/月', lo: 150, hi: 200, kind: 'level' },
    { name: '提高困难群体救助标准', unit: '', lo: 0, hi: 0, kind: 'qualitative' },
    { name: '定点医院分娩个人“零自付”', unit: '', lo: 0, hi: 0, kind: 'qualitative' },
    { name: '“以旧换新”提振消费行动', unit: '万元', lo: 0, hi: 0, kind: 'info' },
];
const COUNTIES = ['岳阳楼区', '云溪区', '君山区', '岳阳县', '华容县', '湘阴县', '平江县', '汨罗市', '临湘市', '屈原区'];
const DEPTS = ['人社局', '住建局', '卫健局', '教育局', '民政局', '农业农村局', '文旅局', '残联', '供电公司', '医保局',
    '总工会', '自然资源局', '公安局', '商务局', '水利局', '工信局', '交通局', '政务服务中心', '供销社', '生态环境局'];
const NOT_ISSUED = ['上级任务未下达，暂未启动', '暂未收到上级工作任务', '待岳阳市正式文件下达后提交市政府研究', '属于省级统筹，由省人社厅负责', '待各省厅、市级推出方案后落实执行'];
const NO_DATA = ['暂无数据，第一批项目已全部开工', '需8月底才有数据', '暂无工作数据，项目已经全部开工'];
const PROGRESS = ['项目前期手续办理中', '正在施工中', '已完成招标', '做好资金筹措、优化设计预算、施工前期准备', '正按计划推进'];
const AS_OF = '数据截至：2026年3月20日';
/** Full-width digits for part of the mess. */
function fullWidth(s) {
    return s.replace(/[0-9.]/g, (ch) => (ch === '.' ? '．' : String.fromCharCode(ch.charCodeAt(0) + 0xfee0)));
}
function thousands(n) {
    return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
function round(n, d) {
    const f = 10 ** d;
    return Math.round(n * f) / f;
}
function makeIndicator(rng, section, project, seq) {
    const t = rng.pick(TEMPLATES);
    const name = rng.chance(0.15) ? t.name : `${t.name}（${seq}）`;
    const base = { section, project, name, unit: t.unit };
    if (t.kind === 'qualitative') {
        const done = rng.chance(0.6);
        return { ...base, target: null, done: null, state: done ? 'qualDone' : 'qualOpen', note: done ? '3家医院已开始执行（已完成）' : '正在研究制定方案', pct: null };
    }
    if (t.kind === 'info') {
        const v = round(rng.int(1000, 90000) / 10, 1);
        return { ...base, target: null, done: v, state: 'info', note: `截止2月底销售${rng.int(2000, 20000)}单，销售额${v}万元`, pct: null };
    }
    if (t.kind === 'reverse') {
        const target = round(t.lo + rng.next() * (t.hi - t.lo), 1);
        const done = round(target * (0.8 + rng.next() * 0.3), 1);
        return { ...base, target, done, state: 'reverse', note: `当前${done}${t.unit}`, pct: null };
    }
    if (t.kind === 'level') {
        const target = rng.int(t.lo, t.hi);
        const done = rng.chance(0.7) ? target : round(target * (0.8 + rng.next() * 0.19), 0);
        return { ...base, target, done, state: 'level', note: `已达${done}${t.unit}`, pct: round((done / target) * 100, 2) };
    }
    const r = rng.next();
    const target = t.hi >= 100 ? rng.int(t.lo, t.hi) : round(t.lo + rng.next() * (t.hi - t.lo), 1);
    if (r < 0.06)
        return { ...base, target, done: null, state: 'notIssued', note: rng.pick(NOT_ISSUED), pct: null };
    if (r < 0.1)
        return { ...base, target, done: null, state: 'noData', note: rng.pick(NO_DATA), pct: null };
    const share = rng.chance(0.08) ? 1 + rng.next() * 0.2 : rng.next() * 0.6;
    const done = t.hi >= 100 ? Math.round(target * share) : round(target * share, 2);
    const ind = { ...base, target, done, state: 'count', note: `已完成${done}${t.unit}`, pct: round((done / target) * 100, 2) };
    if (t.alt && rng.chance(0.3)) {
        const v = round(done / t.alt.factor, t.alt.factor > 1 ? 4 : 0);
        ind.doneAlt = { unit: t.alt.unit, value: v };
        ind.note = `已完成${v}${t.alt.unit}`;
    }
    if (rng.chance(0.15))
        ind.note = rng.pick(PROGRESS);
    return ind;
}
function makeIndicators(rng, n) {
    const out = [];
    let section = rng.pick(SECTIONS);
    let project = rng.pick(PROJECTS[section] ?? ['']);
    for (let i = 0; i < n; i++) {
        if (i === 0 || rng.chance(0.12))
            section = rng.pick(SECTIONS);
        if (i === 0 || rng.chance(0.3))
            project = rng.pick(PROJECTS[section] ?? ['']);
        out.push(makeIndicator(rng, section, project, i + 1));
    }
    // Keep sections in blocks, as departments do.
    out.sort((a, b) => SECTIONS.indexOf(a.section) - SECTIONS.indexOf(b.section));
    return out;
}
// ---- messy value rendering ----------------------------------------------------------------------
function messyNumber(rng, n) {
    const r = rng.next();
    if (r < 0.7)
        return { v: n, style: 'body' };
    if (r < 0.8)
        return { v: String(n), style: 'body' };
    if (r < 0.88 && Math.abs(n) >= 1000)
        return { v: thousands(n), style: 'body' };
    if (r < 0.94)
        return { v: fullWidth(String(n)), style: 'body' };
    return { v: n, style: 'body' };
}
/** The done cell (unit column separate): plain, text, with its unit inside, other unit, formula. */
function doneCell(rng, ind, sameRowTargetRef) {
    if (ind.done === null)
        return rng.chance(0.5) ? { v: null, style: 'body' } : { v: '', style: 'body' };
    if (ind.doneAlt)
        return { v: `${ind.doneAlt.value}${ind.doneAlt.unit}`, style: 'body' };
    const r = rng.next();
    if (r < 0.12 && ind.unit)
        return { v: `${ind.done}${ind.unit}`, style: 'body' };
    if (r < 0.18 && sameRowTargetRef)
        return { v: { formula: `ROUND(${sameRowTargetRef}*${round(ind.done / (ind.target || 1), 4)},2)`, result: ind.done }, style: 'body' };
    return messyNumber(rng, ind.done);
}
/** The completion cell: fraction formatted as %, "52.9%" text, formula, or #DIV/0!. */
function pctCell(rng, ind, doneRef, targetRef) {
    if (ind.pct === null)
        return ind.done === null && ind.target !== null && rng.chance(0.2) ? { v: { error: '#DIV/0!' }, style: 'body' } : { v: '', style: 'body' };
    const r = rng.next();
    if (r < 0.45)
        return { v: round(ind.pct / 100, 4), fmt: '0.00%', style: 'body' };
    if (r < 0.8)
        return { v: `${round(ind.pct, rng.pick([1, 2]))}%`, style: 'body' };
    if (!ind.doneAlt && typeof ind.done === 'number')
        return { v: { formula: `${doneRef}/${targetRef}`, result: round(ind.pct / 100, 6) }, fmt: '0.00%', style: 'body' };
    return { v: round(ind.pct / 100, 4), fmt: '0.0%', style: 'body' };
}
function targetValue(ind) {
    if (ind.target === null)
        return '';
    if (ind.state === 'reverse')
        return `≤${ind.target}`;
    return ind.target;
}
const b = (v) => ({ v, style: 'body' });
const h = (v) => ({ v, style: 'header' });
const col = (c) => String.fromCharCode(64 + c);
function titleRows(dept, width, merges) {
    merges.push(`A1:${col(width)}1`, `A2:${col(width)}2`);
    return [[{ v: '2026年重点民生实事项目推进情况统计表', style: 'title' }], [{ v: `填报单位（盖章）：${dept}　　　${AS_OF}`, style: 'plain' }]];
}
function instructionSheet() {
    return { name: '填报说明', rows: [[{ v: '请于每月20日前报送；数值请填阿拉伯数字。', style: 'plain' }]], merges: [], widths: [60] };
}
/** Layout A (人社局): two-row merged header, section·project prefix, 合计 row. */
function layoutTwoRowHeader(rng, dept, inds) {
    const merges = [];
    const rows = titleRows(dept, 9, merges);
    rows.push([h('序号'), h('项目名称'), h('具体指标'), h('年度任务'), null, h('完成情况'), null, h('责任单位'), h('情况说明')]);
    rows.push([null, null, null, h('数量'), h('单位'), h('累计完成'), h('占全年任务比例'), null, null]);
    merges.push('D3:E3', 'F3:G3', 'A3:A4', 'B3:B4', 'C3:C4', 'H3:H4', 'I3:I4');
    inds.forEach((ind, i) => {
        if (rng.chance(0.03))
            rows.push([]);
        const r = rows.length + 1;
        rows.push([b(i + 1), b(`${ind.section}·${ind.project}`), b(ind.name), ind.target === null ? b(null) : messyNumber(rng, ind.target),
            b(ind.unit || null), doneCell(rng, ind, `D${r}`), pctCell(rng, ind, `F${r}`, `D${r}`), b(dept), b(ind.note)]);
    });
    rows.push([]);
    rows.push([b('合计'), b(''), b(''), b(''), b(''), b(''), b(''), b(''), b(`共${inds.length}项`)]);
    return { name: '2026年民生实事', rows, merges, widths: [6, 28, 30, 10, 8, 12, 12, 12, 40] };
}
/** Layout B (卫健局): category column merged over its rows, units column, "34.25%" text, footer. */
function layoutCategory(rng, dept, inds, name = '2026年民生实事') {
    const merges = [];
    const rows = titleRows(dept, 10, merges);
    rows.push(['序号', '类别', '项目', '指标名称', '全年目标', '单位', '累计完成', '完成率', '进展情况', '备注'].map(h));
    let start = -1;
    let last = '';
    const close = (end) => { if (start > 0 && end > start)
        merges.push(`B${start}:B${end}`); };
    inds.forEach((ind, i) => {
        const r = rows.length + 1;
        const first = ind.section !== last || r - start >= rng.int(8, 40);
        if (first) {
            close(r - 1);
            start = r;
            last = ind.section;
        }
        const target = targetValue(ind);
        rows.push([b(i + 1), first ? b(ind.section) : null, b(ind.project), b(ind.name),
            typeof target === 'number' ? messyNumber(rng, target) : b(target), b(ind.unit), doneCell(rng, ind, `E${r}`), pctCell(rng, ind, `G${r}`, `E${r}`), b(ind.note), b('')]);
    });
    close(rows.length);
    rows.push([]);
    rows.push([b(''), b('填表说明：完成率=累计完成/全年目标；“待下达”表示上级任务尚未下达。')]);
    rows.push([b(''), b('填表人：　　　　　审核人：　　　　　联系电话：')]);
    return { name, rows, merges, widths: [6, 10, 24, 30, 10, 8, 12, 10, 40, 8] };
}
/** Layout C (文旅局): an Excel table with target and done units in their own columns. */
function layoutTable(rng, dept, inds, tableNo) {
    const rows = [[{ v: `${dept} 民生实事台账`, style: 'title' }], []];
    rows.push(['层级', '所属项目', '指标', '目标值', '目标单位', '完成值', '完成单位', '完成率(%)', '状态说明'].map(h));
    for (const ind of inds) {
        const done = ind.doneAlt ? ind.doneAlt.value : ind.done;
        const doneUnit = ind.doneAlt ? ind.doneAlt.unit : ind.unit;
        rows.push([b(ind.section), b(ind.project), b(ind.name), b(targetValue(ind)), b(ind.unit), b(done ?? ''), b(done === null ? '' : doneUnit),
            b(ind.pct === null ? '' : round(ind.pct, rng.pick([0, 1, 2]))), b(ind.note)]);
    }
    return { name: '2026年民生实事', rows, merges: [], widths: [10, 24, 30, 10, 8, 10, 8, 10, 40], table: { name: `T_${tableNo}`, headerRow: 3, lastRow: rows.length } };
}
/** Layout D (民政局): heading rows 一、section / 1. project / （1） indicator, "100张" cells. */
function layoutHeadings(rng, dept, inds) {
    const merges = [];
    const rows = titleRows(dept, 6, merges);
    rows.push(['序号', '工作任务', '全年目标', '完成情况', '完成率', '备注'].map(h));
    const NUM = ['一', '二', '三', '四', '五', '六'];
    let s = 0;
    let p = 0;
    let item = 0;
    let lastS = '';
    let lastP = '';
    for (const ind of inds) {
        if (ind.section !== lastS) {
            rows.push([b(`${NUM[s++] ?? '七'}、`), b(/级$/.test(ind.section) ? `${ind.section}重点民生实事` : ind.section)]);
            lastS = ind.section;
            lastP = '';
            p = 0;
        }
        if (ind.project !== lastP) {
            rows.push([b(`${++p}.`), b(ind.project)]);
            lastP = ind.project;
            item = 0;
        }
        const u = ind.unit === '%' ? '%' : ind.unit;
        const target = ind.target === null ? '' : ind.state === 'reverse' ? `不高于${ind.target}${u}` : `${ind.target}${u}`;
        const doneText = ind.doneAlt ? `${ind.doneAlt.value}${ind.doneAlt.unit}` : ind.done === null ? (ind.state === 'qualDone' || ind.state === 'qualOpen' ? ind.note : '') : `${ind.done}${u}`;
        rows.push([b(`（${++item}）`), b(ind.name), b(target), b(doneText), ind.pct === null ? b('') : b(`${round(ind.pct, 1)}%`), b(ind.done === null ? ind.note : rng.pick(PROGRESS))]);
    }
    return { name: '2026年民生实事', rows, merges, widths: [8, 36, 14, 20, 10, 40] };
}
/** Layout E (教育局): free-text-only rows, section：project prefix. */
function layoutFreeText(rng, dept, inds) {
    const merges = [];
    const rows = titleRows(dept, 4, merges);
    rows.push(['序号', '民生实事项目', '年度目标任务', '工作进展情况'].map(h));
    inds.forEach((ind, i) => {
        const target = ind.target === null ? ind.name : ind.state === 'reverse' ? `${ind.name}控制在${ind.target}${ind.unit}以内` : `${ind.name}${ind.target}${ind.unit}`;
        let progress;
        if (ind.done === null)
            progress = ind.note;
        else if (ind.pct !== null)
            progress = `已完成${ind.doneAlt ? `${ind.doneAlt.value}${ind.doneAlt.unit}` : `${ind.done}${ind.unit}`}，完成全年任务的${round(ind.pct, 1)}%。`;
        else
            progress = `目前为${ind.done}${ind.unit}。`;
        rows.push([b(`（${i + 1}）`), b(`${ind.section}：${ind.project}`), b(target), b(rng.chance(0.1) ? `${rng.pick(PROGRESS)}，${progress}` : progress)]);
    });
    return { name: '2026年民生实事', rows, merges, widths: [8, 30, 40, 60] };
}
/** The departments' workbooks: `books` files of `per` indicators each. */
function departmentSpecs(seed, books, per) {
    const rng = new prng_1.Rng(seed);
    const out = [];
    for (let i = 0; i < books; i++) {
        const r = rng.fork(i + 1);
        const dept = `${COUNTIES[Math.floor(i / DEPTS.length) % COUNTIES.length]}${DEPTS[i % DEPTS.length]}`;
        const inds = makeIndicators(r, per);
        const layout = i % 10;
        let sheet;
        if (layout < 3)
            sheet = layoutTwoRowHeader(r, dept, inds);
        else if (layout < 6)
            sheet = layoutCategory(r, dept, inds);
        else if (layout < 7)
            sheet = layoutTable(r, dept, inds, i + 1);
        else if (layout < 9)
            sheet = layoutHeadings(r, dept, inds);
        else
            sheet = layoutFreeText(r, dept, inds);
        const sheets = [sheet];
        if (r.chance(0.7))
            sheets.push(instructionSheet());
        out.push({ file: `${String(i + 1).padStart(3, '0')}-${dept}.xlsx`, sheets });
    }
    return out;
}
/** One workbook with one sheet of `rows` indicator rows (a province's consolidated ledger). */
function bigSheetSpec(seed, rows) {
    const rng = new prng_1.Rng(seed ^ 0x5bd1e995);
    const inds = makeIndicators(rng, rows);
    return { file: `全省汇总-${rows}行.xlsx`, sheets: [layoutCategory(rng, '省民生实事专班', inds, '全省台账')] };
}
// ---- writing and caching ------------------------------------------------------------------------
const THIN = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT_BODY = { name: '仿宋_GB2312', size: 11 };
const FONT_HEADER = { name: '黑体', size: 11, bold: true };
const FONT_TITLE = { name: '方正小标宋简体', size: 18 };
const FILL_HEADER = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const ALIGN_WRAP = { vertical: 'middle', wrapText: true };
function excelValue(v) {
    if (v === null)
        return null;
    if (typeof v === 'object' && 'formula' in v)
        return { formula: v.formula, result: v.result };
    if (typeof v === 'object' && 'error' in v)
        return { error: v.error };
    return v;
}
function styleCell(cell, c) {
    if (c.style === 'body') {
        cell.border = BORDER;
        cell.font = FONT_BODY;
        cell.alignment = ALIGN_WRAP;
    }
    else if (c.style === 'header') {
        cell.border = BORDER;
        cell.font = FONT_HEADER;
        cell.fill = FILL_HEADER;
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
    else if (c.style === 'title') {
        cell.font = FONT_TITLE;
        cell.alignment = { horizontal: 'center' };
    }
    if (c.fmt)
        cell.numFmt = c.fmt;
}
function fillRow(row, cells) {
    cells.forEach((c, ci) => {
        if (!c)
            return;
        const cell = row.getCell(ci + 1);
        cell.value = excelValue(c.v);
        styleCell(cell, c);
    });
}
function fillSheet(ws, s) {
    s.widths.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
    const tableStart = s.table ? s.table.headerRow : Infinity;
    s.rows.forEach((cells, ri) => {
        if (ri + 1 >= tableStart)
            return;
        if (!cells.length)
            return;
        fillRow(ws.getRow(ri + 1), cells);
    });
    if (s.table) {
        const header = s.rows[s.table.headerRow - 1] ?? [];
        ws.addTable({
            name: s.table.name,
            ref: `A${s.table.headerRow}`,
            headerRow: true,
            style: { theme: 'TableStyleMedium2', showRowStripes: true },
            columns: header.map((c) => ({ name: String(c?.v ?? '') })),
            rows: s.rows.slice(s.table.headerRow, s.table.lastRow).map((cells) => header.map((_, i) => excelValue(cells[i]?.v ?? null))),
        });
    }
    for (const m of s.merges)
        ws.mergeCells(m);
}
/** Writes one workbook (buffered writer; the streaming writer for very large sheets). */
async function writeWorkbook(spec, file) {
    const big = spec.sheets.some((s) => s.rows.length > 20000);
    if (!big) {
        const wb = new exceljs_1.default.Workbook();
        wb.creator = 'bench';
        for (const s of spec.sheets)
            fillSheet(wb.addWorksheet(s.name), s);
        await wb.xlsx.writeFile(file);
        return;
    }
    const wb = new exceljs_1.default.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
    for (const s of spec.sheets) {
        const ws = wb.addWorksheet(s.name);
        s.widths.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
        for (const m of s.merges)
            ws.mergeCells(m);
        s.rows.forEach((cells, ri) => {
            const row = ws.getRow(ri + 1);
            fillRow(row, cells);
            row.commit();
        });
        ws.commit();
    }
    await wb.commit();
}
/** Writes the specs into `dir` unless a marker says they are already there; returns the paths. */
async function ensureWritten(dir, specs, log) {
    const marker = path.join(dir, '.complete');
    const t0 = performance.now();
    if (fs.existsSync(marker)) {
        const files = JSON.parse(fs.readFileSync(marker, 'utf8')).map((f) => path.join(dir, f));
        if (files.every((f) => fs.existsSync(f)))
            return { files, cached: true, ms: performance.now() - t0 };
    }
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const list = specs();
    let n = 0;
    for (const spec of list) {
        await writeWorkbook(spec, path.join(dir, spec.file));
        if (++n % 20 === 0 || n === list.length)
            log(`  generated ${n}/${list.length} in ${dir}`);
    }
    fs.writeFileSync(marker, JSON.stringify(list.map((s) => s.file)));
    return { files: list.map((s) => path.join(dir, s.file)), cached: false, ms: performance.now() - t0 };
}
// ---- grids without ExcelJS (for the office-js part) ----------------------------------------------
function gridValue(v) {
    if (v === null)
        return null;
    if (typeof v === 'object' && 'formula' in v)
        return v.result;
    return v;
}
/** The grids an adapter would read from the spec (formulas → cached results; empty cells dropped). */
function specToGrids(spec) {
    return spec.sheets.map((s) => {
        const rows = s.rows.map((cells) => {
            const out = [];
            cells.forEach((c, i) => {
                if (!c)
                    return;
                const v = gridValue(c.v);
                if (v === null)
                    return;
                out[i] = c.fmt ? { v, fmt: c.fmt } : { v };
            });
            return out;
        });
        const merges = s.merges.map((m) => (0, grid_1.parseRange)(m)).filter((m) => m !== null);
        const tables = s.table ? [{ name: s.table.name, range: { top: s.table.headerRow, left: 1, bottom: s.table.lastRow, right: s.rows[s.table.headerRow - 1]?.length ?? 1 } }] : [];
        return { file: spec.file, sheet: s.name, rows, merges, tables };
    });
}
