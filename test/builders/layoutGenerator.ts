/**
 * A generator of tracking-sheet layouts from SPEC's vocabulary (fast-check): header synonyms, header
 * rows at any height, one- and two-row headers, merged categories, units in cells, columns or
 * headers, heading rows, free text, period columns of both kinds, hidden and competing columns,
 * totals and footers. Each generated sheet comes with the indicators it was built from.
 */
import fc from 'fast-check';
import { CellSpec, sheet } from './grid';
import { SheetGrid, columnLetters } from '../../src/domain/grid';

/** An indicator as built into a sheet. */
export interface BuiltIndicator {
  section: string;
  project: string;
  name: string;
  dept: string;
  unit: string;
  target: number;
  done: number;
}

/** How a generated sheet lays its indicators out. */
export interface LayoutOptions {
  titleRows: number;
  blankAfterTitle: boolean;
  twoRowHeader: boolean;
  seq: boolean;
  sectionMode: 'column' | 'heading' | 'prefix' | 'none';
  projectMode: 'column' | 'heading' | 'none';
  mergeCategories: boolean;
  unitMode: 'cell' | 'column' | 'header';
  numbersAsText: boolean;
  periodMode: 'none' | 'amount-header' | 'running-header' | 'amount-group' | 'running-group';
  competing: 'none' | 'last-month' | 'plan' | 'last-year';
  hiddenDuplicate: 'none' | 'before' | 'after';
  hiddenRow: boolean;
  completion: 'none' | 'text' | 'fraction';
  progress: boolean;
  dept: boolean;
  note: boolean;
  total: boolean;
  footer: boolean;
  synonym: number;
}

const SYNONYMS = {
  seq: ['序号', '编号'],
  section: ['类别', '层级', '板块'],
  project: ['项目', '项目名称', '民生实事项目'],
  name: ['指标名称', '指标', '具体指标', '工作任务', '任务内容', '建设内容', '考核指标', '具体任务'],
  target: ['全年目标', '年度目标', '年度任务', '年度目标任务数', '目标值', '全年任务', '目标任务'],
  done: ['累计完成', '已完成', '截至目前完成数', '完成值', '完成数', '实际完成', '累计完成数'],
  completion: ['完成率', '完成进度', '占全年任务比例', '完成率(%)'],
  progress: ['进展情况', '工作进展', '情况说明', '推进情况'],
  dept: ['责任单位', '牵头单位', '责任部门'],
  unit: ['单位', '计量单位'],
  note: ['备注'],
} as const;
const pick = <K extends keyof typeof SYNONYMS>(role: K, n: number): string => SYNONYMS[role][n % SYNONYMS[role].length] ?? SYNONYMS[role][0];

const NAMES = [
  '新增城镇就业', '培训农民工', '发放创业担保贷款', '建设养老服务床位', '改造农村危房', '新建幼儿园', '开展送医下乡活动',
  '建设城市书房', '提质改造乡镇卫生院', '筛查适龄妇女两癌', '新建公共充电桩', '改造老旧小区', '资助困难学生', '建设口袋公园',
  '开展家庭教育指导', '培训乡村医生', '建设残疾人康复站', '新建农贸市场', '建成便民服务站', '铺设燃气管网',
];
const SECTIONS = ['省级', '市级'];
const PROJECTS = ['推动实现“劳有所得”', '推动实现“病有所医”', '推动实现“老有所养”', '推动实现“学有所教”'];
const DEPTS = ['人社局', '卫健局', '民政局', '教育局', '住建局'];
const UNITS = ['人', '个', '户', '所', '场', '人次', '张', '处'];
const PROGRESS = ['稳步推进', '正在施工', '按计划推进中', '已启动前期工作', '资金已拨付到位', '正在组织验收'];

/** Indicators to build: distinct names, done within target. */
export const indicatorsArb: fc.Arbitrary<BuiltIndicator[]> = fc.uniqueArray(
  fc.record({
    nameIndex: fc.nat(NAMES.length - 1),
    section: fc.nat(SECTIONS.length - 1),
    project: fc.nat(PROJECTS.length - 1),
    dept: fc.nat(DEPTS.length - 1),
    unit: fc.nat(UNITS.length - 1),
    target: fc.integer({ min: 10, max: 200_000 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  { minLength: 1, maxLength: 8, selector: (x) => x.nameIndex },
).map((list) => list
  .map((x) => ({
    section: SECTIONS[x.section] ?? '省级', project: PROJECTS[x.project] ?? '', name: NAMES[x.nameIndex] ?? '', dept: DEPTS[x.dept] ?? '',
    unit: UNITS[x.unit] ?? '个', target: x.target, done: Math.floor(x.target * x.share),
  }))
  // rows of one section and project together, as departments write them
  .sort((a, b) => a.section.localeCompare(b.section) || a.project.localeCompare(b.project)));

export const optionsArb: fc.Arbitrary<LayoutOptions> = fc.record({
  titleRows: fc.nat(3),
  blankAfterTitle: fc.boolean(),
  twoRowHeader: fc.boolean(),
  seq: fc.boolean(),
  sectionMode: fc.constantFrom('column', 'heading', 'prefix', 'none'),
  projectMode: fc.constantFrom('column', 'heading', 'none'),
  mergeCategories: fc.boolean(),
  unitMode: fc.constantFrom('cell', 'column', 'header'),
  numbersAsText: fc.boolean(),
  periodMode: fc.constantFrom('none', 'none', 'amount-header', 'running-header', 'amount-group', 'running-group'),
  competing: fc.constantFrom('none', 'none', 'last-month', 'plan', 'last-year'),
  hiddenDuplicate: fc.constantFrom('none', 'none', 'before', 'after'),
  hiddenRow: fc.boolean(),
  completion: fc.constantFrom('none', 'text', 'fraction'),
  progress: fc.boolean(),
  dept: fc.boolean(),
  note: fc.boolean(),
  total: fc.boolean(),
  footer: fc.boolean(),
  synonym: fc.nat(20),
});

/** One column of the generated sheet: its header (one or two rows) and its cell on each indicator row. */
interface ColumnDef {
  top: string;
  /** The sub-header under a group heading (two-row headers), or undefined for a header merged down. */
  sub?: string;
  /** Columns a group heading spans from this one (its first). */
  group?: number;
  cell: (i: BuiltIndicator, k: number) => CellSpec;
  hidden?: boolean;
}

/** Splits done into three months' amounts (summing to done) or running totals (ending at done). */
function months(done: number, running: boolean): number[] {
  const a = Math.floor(done / 3);
  const b = Math.floor(done / 3);
  const amounts = [a, b, done - a - b];
  return running ? [amounts[0] ?? 0, (amounts[0] ?? 0) + (amounts[1] ?? 0), done] : amounts;
}

function numberCell(n: number, o: LayoutOptions): CellSpec {
  return o.numbersAsText ? n.toLocaleString('en-US') : n;
}

function valueColumns(o: LayoutOptions, sharedUnit: string): ColumnDef[] {
  const cols: ColumnDef[] = [];
  const withUnit = (n: number, i: BuiltIndicator): CellSpec => (o.unitMode === 'cell' ? `${n}${i.unit}` : numberCell(n, o));
  const unitHint = o.unitMode === 'header' ? `（${sharedUnit}）` : '';
  if (o.unitMode === 'column' && o.twoRowHeader) {
    cols.push({ top: pick('target', o.synonym), sub: '数量', group: 2, cell: (i) => numberCell(i.target, o) }, { top: '', sub: '单位', cell: (i) => i.unit });
  } else {
    cols.push({ top: `${pick('target', o.synonym)}${unitHint}`, cell: (i) => withUnit(i.target, i) });
    if (o.unitMode === 'column') cols.push({ top: pick('unit', o.synonym), cell: (i) => i.unit });
  }
  if (o.periodMode === 'none') {
    const doneHeader = `${o.competing === 'none' ? pick('done', o.synonym) : { 'last-month': '本月累计', plan: '实际完成', 'last-year': '今年完成' }[o.competing]}${unitHint}`;
    const wrong = (i: BuiltIndicator): CellSpec => withUnit(i.target + 7, i);
    if (o.hiddenDuplicate === 'before') cols.push({ top: doneHeader, cell: wrong, hidden: true });
    if (o.competing !== 'none') cols.push({ top: `${{ 'last-month': '上月累计', plan: '计划完成', 'last-year': '去年完成' }[o.competing]}${unitHint}`, cell: wrong });
    cols.push({ top: doneHeader, cell: (i) => withUnit(i.done, i) });
    if (o.hiddenDuplicate === 'after') cols.push({ top: doneHeader, cell: wrong, hidden: true });
  } else {
    const running = o.periodMode.startsWith('running');
    const group = o.periodMode.endsWith('group') && o.twoRowHeader;
    const word = running ? '累计' : '当月';
    ['1月', '2月', '3月', '4月'].forEach((m, k) => {
      const cell = (i: BuiltIndicator): CellSpec => (k < 3 ? months(i.done, running)[k] ?? null : null);
      cols.push(group
        ? { top: k === 0 ? (running ? '分月累计完成情况' : '分月完成情况（当月数）') : '', sub: m, ...(k === 0 ? { group: 4 } : {}), cell }
        : { top: `${m}${word}`, cell });
    });
  }
  if (o.completion !== 'none') {
    cols.push({
      top: pick('completion', o.synonym),
      cell: (i) => (o.completion === 'text' ? `${(Math.round((i.done * 1000) / i.target) / 10).toFixed(1)}%` : { v: Math.round((i.done * 1000) / i.target) / 1000, fmt: '0.0%' }),
    });
  }
  return cols;
}

/** The columns of a layout, left to right. */
function columnsOf(o: LayoutOptions, sharedUnit: string): ColumnDef[] {
  const cols: ColumnDef[] = [];
  if (o.seq) cols.push({ top: pick('seq', o.synonym), cell: (_i, k) => k + 1 });
  if (o.sectionMode === 'column') cols.push({ top: pick('section', o.synonym), cell: (i) => i.section });
  if (o.projectMode === 'column') cols.push({ top: pick('project', o.synonym), cell: (i) => i.project });
  cols.push({ top: pick('name', o.synonym), cell: (i) => (o.sectionMode === 'prefix' ? `${i.section}·${i.name}` : i.name) });
  cols.push(...valueColumns(o, sharedUnit));
  if (o.progress) cols.push({ top: pick('progress', o.synonym), cell: (_i, k) => PROGRESS[(k + o.synonym) % PROGRESS.length] ?? '' });
  if (o.dept) cols.push({ top: pick('dept', o.synonym), cell: (i) => i.dept });
  if (o.note) cols.push({ top: '备注', cell: (_i, k) => (k % 2 ? '' : '无') });
  return cols;
}

/** A generated sheet and what was built into it. */
export interface GeneratedSheet {
  grid: SheetGrid;
  built: BuiltIndicator[];
  /** Texts of rows that are not indicators (titles, headers, headings, totals, footers, hidden rows). */
  notIndicators: string[];
}

/**
 * Builds the sheet: title rows, the header (one or two rows, merges), heading rows, indicator rows
 * (merged or blank-below categories), a hidden helper row, a total and a footer.
 * @example generateSheet(indicators, options).grid.rows.length > indicators.length
 */
export function generateSheet(input: BuiltIndicator[], o: LayoutOptions): GeneratedSheet {
  const sharedUnit = input[0]?.unit ?? '个';
  const built = o.unitMode === 'header' ? input.map((i) => ({ ...i, unit: sharedUnit })) : input;
  const cols = columnsOf(o, sharedUnit);
  const rows: CellSpec[][] = [];
  const merges: string[] = [];
  const hiddenRows: number[] = [];
  const notIndicators: string[] = [];
  const titles = ['某某市2026年重点民生实事进展情况表', '填报单位：（盖章）', '说明：本表每月20日前报送'];
  for (let t = 0; t < o.titleRows; t++) { rows.push([titles[t] ?? '']); notIndicators.push(titles[t] ?? ''); }
  if (o.blankAfterTitle) rows.push([]);
  const header = rows.length + 1;
  const two = o.twoRowHeader && cols.some((c) => c.group);
  rows.push(cols.map((c) => c.top || undefined));
  if (two) {
    rows.push(cols.map((c) => c.sub));
    cols.forEach((c, k) => {
      const letter = columnLetters(k + 1);
      if (c.group) merges.push(`${letter}${header}:${columnLetters(k + c.group)}${header}`);
      else if (c.sub === undefined) merges.push(`${letter}${header}:${letter}${header + 1}`);
    });
  }
  notIndicators.push(...cols.map((c) => c.top).filter(Boolean), ...cols.map((c) => c.sub ?? '').filter(Boolean));
  const nameCol = cols.findIndex((c) => c.top === pick('name', o.synonym));
  const labelCol = o.seq ? 0 : nameCol;
  const sectionCol = o.sectionMode === 'column' ? cols.findIndex((c) => c.top === pick('section', o.synonym)) : -1;
  const projectCol = o.projectMode === 'column' ? cols.findIndex((c) => c.top === pick('project', o.synonym)) : -1;
  let lastSection = '';
  let lastProject = '';
  let runStart: { section: number; project: number } = { section: 0, project: 0 };
  const closeRun = (col: number, start: number, end: number): void => {
    if (o.mergeCategories && col >= 0 && start > 0 && end > start) merges.push(`${columnLetters(col + 1)}${start}:${columnLetters(col + 1)}${end}`);
  };
  const heading = (text: string): void => {
    const row: CellSpec[] = [];
    row[labelCol] = text;
    rows.push(row);
    notIndicators.push(text);
  };
  built.forEach((ind, k) => {
    const newSection = ind.section !== lastSection;
    const newProject = newSection || ind.project !== lastProject;
    if (newSection && o.sectionMode === 'heading') heading(`${'一二三'[SECTIONS.indexOf(ind.section)] ?? '一'}、${ind.section}重点民生实事`);
    if (newProject && o.projectMode === 'heading') heading(`${PROJECTS.indexOf(ind.project) + 1}.${ind.project}`);
    const r = rows.length + 1;
    if (newSection) { closeRun(sectionCol, runStart.section, r - 1); runStart.section = r; }
    if (newProject) { closeRun(projectCol, runStart.project, r - 1); runStart.project = r; }
    const row = cols.map((c) => c.cell(ind, k));
    // a category cell below the first of its run is blank (merged, or left blank as departments do)
    if (sectionCol >= 0 && !newSection) row[sectionCol] = undefined;
    if (projectCol >= 0 && !newProject) row[projectCol] = undefined;
    rows.push(row);
    lastSection = ind.section;
    lastProject = ind.project;
  });
  const lastIndicatorRow = rows.length;
  closeRun(sectionCol, runStart.section, lastIndicatorRow);
  closeRun(projectCol, runStart.project, lastIndicatorRow);
  runStart = { section: 0, project: 0 };
  if (o.hiddenRow) {
    const row = cols.map((c) => c.cell({ ...(built[0] as BuiltIndicator), name: '辅助计算行', target: 1, done: 1 }, 99));
    if (o.sectionMode === 'prefix') row[nameCol] = '辅助计算行';
    rows.push(row);
    hiddenRows.push(rows.length);
    notIndicators.push('辅助计算行');
  }
  if (o.total) {
    const row: CellSpec[] = [];
    row[labelCol] = '合计';
    rows.push(row);
    notIndicators.push('合计');
  }
  if (o.footer) {
    rows.push(['填表人：张三', undefined, '联系电话：0730-8888888']);
    notIndicators.push('填表人：张三');
  }
  const hiddenCols = cols.flatMap((c, k) => (c.hidden ? [k + 1] : []));
  const grid = sheet(rows, { merges, hiddenRows, hiddenCols, file: '生成局.xlsx', sheet: '进展' });
  return { grid, built, notIndicators };
}
