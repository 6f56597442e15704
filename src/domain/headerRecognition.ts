/**
 * Recognising what a header cell names: which field of an indicator a column holds, with the
 * synonyms departments use (全年目标 / 年度目标 / 年度任务 …), and hints written into the header
 * itself (完成率(%), 全年目标（万元）, 1月, 一季度).
 */
import { parseChineseNumeral } from './chineseNumeral';
import { halfWidth } from './text';

/** The fields a column can hold. */
export const FIELD_ROLES = [
  'seq', 'section', 'project', 'name', 'target', 'targetUnit', 'unit', 'done', 'doneUnit',
  'completion', 'progress', 'note', 'dept', 'direction', 'status', 'nodes', 'period', 'expected', 'judgement',
] as const;
export type FieldRole = (typeof FIELD_ROLES)[number];

/** Chinese names of the roles, as the clerk reads them (findings, the pane). */
export const FIELD_ROLE_NAMES: Record<FieldRole, string> = {
  seq: '序号', section: '板块', project: '项目', name: '指标', target: '全年目标', targetUnit: '目标单位', unit: '单位',
  done: '累计完成', doneUnit: '完成单位', completion: '完成率', progress: '进展情况', note: '备注', dept: '责任单位',
  direction: '指标方向', status: '状态', nodes: '节点目标', period: '月度/季度',
  expected: '序时进度（单位自填）', judgement: '是否达到序时（单位自填）',
};

/** Synonyms per role. Exact matches win over containment; longer synonyms over shorter. */
export const HEADER_SYNONYMS: Record<Exclude<FieldRole, 'period'>, string[]> = {
  seq: ['序号', '编号', '序', '排序', 'NO', 'No.'],
  section: ['类别', '层级', '板块', '级别', '所属板块', '分类', '所属层级', '实事类别', '类型'],
  project: ['项目', '项目名称', '民生实事项目', '所属项目', '实事项目', '重点项目', '民生项目', '项目类别', '所属民生实事'],
  name: ['指标', '指标名称', '具体指标', '工作任务', '任务内容', '建设内容', '指标内容', '考核指标', '主要指标', '具体任务', '任务名称', '实事内容', '具体内容', '指标项', '重点任务', '主要任务', '工作事项', '事项', '实事名称', '重点工作', '工作内容', '项目内容'],
  target: ['全年目标', '年度目标', '年度任务', '年度目标任务', '年度目标任务数', '目标值', '全年任务', '目标任务', '任务数', '计划数', '年度计划', '全年目标任务', '目标', '年度任务数', '全年计划', '任务目标', '目标数'],
  targetUnit: ['目标单位', '任务单位'],
  unit: ['单位', '计量单位'],
  done: ['累计完成', '已完成', '完成情况', '截至目前完成数', '完成值', '完成数', '实际完成', '累计完成数', '完成量', '本年累计', '累计完成值', '累计完成情况', '完成', '截至目前完成', '完成数量', '累计'],
  doneUnit: ['完成单位'],
  completion: ['完成率', '完成进度', '占全年任务比例', '完成比例', '完成百分比', '占比', '完成率(%)', '进度', '占年度任务比例', '任务完成率', '完成占比', '占全年比例'],
  progress: ['进展情况', '工作进展', '情况说明', '状态说明', '工作进展情况', '进展', '推进情况', '完成情况说明', '具体进展', '工作推进情况', '进度说明', '进展说明', '主要进展', '工作开展情况'],
  note: ['备注', '说明', '备 注'],
  dept: ['责任单位', '牵头单位', '填报单位', '责任部门', '牵头部门', '主责单位', '单位名称', '部门', '责任主体'],
  direction: ['指标方向', '方向', '指标属性', '正反向', '指标性质', '正向/反向', '考核方向'],
  status: ['状态', '完成状态', '是否完成', '进度状态', '推进状态'],
  nodes: ['节点目标', '时间节点', '序时目标', '阶段目标', '进度安排', '节点安排', '时序目标', '分阶段目标'],
  // The department's own judgement, checked against Zhuanbao's (never used for the status).
  expected: ['序时进度', '时序进度', '应完成进度', '序时进度要求', '时间进度', '序时'],
  judgement: ['是否达到序时进度', '是否达序时进度', '是否达到序时', '完成情况评价', '进度评价', '序时评价', '是否滞后', '进度判断', '评价', '是否达到时序进度'],
};

/** Generic sub-headers that take their role from the header above (年度任务 → 数量 | 单位). */
const GENERIC_VALUE = ['数量', '数值', '数', '数额', '金额', '规模', '值'];
const GENERIC_UNIT = ['单位', '计量单位'];

/** What a header cell was recognised as. */
export interface HeaderMatch {
  role: FieldRole;
  /** 0..1: 1 for an exact synonym. */
  score: number;
  /** The header says its values are percentages: 完成率(%). */
  percent: boolean;
  /** A unit written in the header: 全年目标（万元）. */
  unit: string | null;
  /** For period columns: which period, and whether the header says 累计 / 当月. */
  period?: PeriodHeader;
  /** The header names target and progress together (目标任务及完成情况): its cells hold sentences. */
  combined?: boolean;
}

/** A header naming target and progress together: 目标任务及完成情况, 任务及进展, 目标/完成, 年度目标和完成情况. */
const COMBINED_HEADER = /^(?:年度|全年)?(?:目标任务|目标|任务)(?:数)?(?:及|和|与|\/|、|&|＆)(?:其)?(?:完成|进展|进度|推进)/;

/** A monthly or quarterly column. */
export interface PeriodHeader {
  /** Last month (1..12) the period covers: 1月 → 1, 一季度 → 3. */
  endMonth: number;
  /** First month the period covers. */
  startMonth: number;
  /** `running` when the header says 累计, `amount` when 当月/当季/月度/新增, null when silent. */
  mode: 'running' | 'amount' | null;
}

/**
 * Normalises a header for matching: half-width, no white space or line breaks, bracketed hints
 * removed (they are returned separately by {@link recogniseHeader}).
 * @example normaliseHeader('完成率\n（%）') === '完成率'
 */
export function normaliseHeader(text: string): string {
  return halfWidth(text)
    .replace(/\s+/g, '')
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '')
    .replace(/[：:*＊]/g, '');
}

const QUARTERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * Recognises a monthly or quarterly header: 1月, 3月份, 1-3月, 一季度, 第二季度, Q3, 上半年.
 * @example recognisePeriod('3月') → { startMonth: 3, endMonth: 3, mode: null }
 * @example recognisePeriod('一季度累计') → { startMonth: 1, endMonth: 3, mode: 'running' }
 */
export function recognisePeriod(text: string): PeriodHeader | null {
  const h = normaliseHeader(text);
  // The mode words may stand in brackets ("1月（当月）", "3月(累计)"), which normaliseHeader drops.
  const words = halfWidth(text);
  const mode: PeriodHeader['mode'] = /累计/.test(words) ? 'running' : /(当月|当季|月度|季度完成|新增|本月|本季)/.test(words) ? 'amount' : null;
  const core = h.replace(/(累计|当月|当季|月度|本月|本季|完成|新增|数|情况|值|进度)/g, '');
  let m = /^(\d{1,2})月?[-~—–－～至到](\d{1,2})月份?$/.exec(core);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a >= 1 && b <= 12 && a <= b) return { startMonth: a, endMonth: b, mode: mode ?? (a === 1 && b > 1 ? 'running' : null) };
  }
  m = /^(\d{1,2})月份?$/.exec(core);
  if (m) {
    const n = Number(m[1]);
    if (n >= 1 && n <= 12) return { startMonth: n, endMonth: n, mode };
  }
  m = /^([一二三四五六七八九十]{1,3})月份?$/.exec(core);
  if (m) {
    const n = parseChineseNumeral(m[1] ?? '');
    if (n !== null && n >= 1 && n <= 12) return { startMonth: n, endMonth: n, mode };
  }
  if (/^上半年$/.test(core)) return { startMonth: 1, endMonth: 6, mode };
  if (/^下半年$/.test(core)) return { startMonth: 7, endMonth: 12, mode };
  m = /^(?:第)?([一二三四1-4])季度?$/.exec(core) ?? /^Q([1-4])$/i.exec(core);
  if (m) {
    const q = QUARTERS[m[1] ?? ''] ?? 0;
    if (q) return { startMonth: q * 3 - 2, endMonth: q * 3, mode };
  }
  return null;
}

/** The synonym table as recogniseHeader compares it (normalised), in table order, built once. */
let synonymTable: [Exclude<FieldRole, 'period'>, string][] | null = null;

function normalisedSynonyms(): [Exclude<FieldRole, 'period'>, string][] {
  synonymTable ??= (Object.entries(HEADER_SYNONYMS) as [Exclude<FieldRole, 'period'>, string[]][])
    .flatMap(([role, list]) => list.map((syn): [Exclude<FieldRole, 'period'>, string] => [role, normaliseHeader(syn)]));
  return synonymTable;
}

/** The normalised synonyms: all of them, and those of two characters or more by their first character. */
let synonymIndex: { exact: Set<string>; byFirst: Map<string, string[]> } | null = null;

/**
 * Whether a normalised header can match a synonym at all: it equals one, or holds one of two
 * characters or more. Most texts scanned as possible headers are data and hold none; they are
 * turned down by a few look-ups instead of a walk over the whole synonym table. Measured on a
 * text-heavy sheet (50,000 rows of text cells, buildReport's CPU time, first build of a process,
 * loaded 2-core machine): 1394–1548 ms without it, 1241–1374 ms with it as a pre-check beside
 * recogniseHeader (fba7969's mayBeHeader, which repeated this normalisation), 1362–1369 ms with it
 * here; on bench/engineAlone.ts data (rows holding numbers, which headerScore turns down first) the
 * same within noise.
 */
function mayNameRole(h: string): boolean {
  if (!synonymIndex) {
    const all = normalisedSynonyms().map(([, syn]) => syn);
    const byFirst = new Map<string, string[]>();
    for (const syn of new Set(all.filter((x) => x.length >= 2))) byFirst.set(syn[0] ?? '', [...(byFirst.get(syn[0] ?? '') ?? []), syn]);
    synonymIndex = { exact: new Set(all), byFirst };
  }
  if (synonymIndex.exact.has(h)) return true;
  for (let i = 0; i < h.length - 1; i++) {
    const list = synonymIndex.byFirst.get(h[i] ?? '');
    if (list && list.some((syn) => h.startsWith(syn, i))) return true;
  }
  return false;
}

/**
 * Recognises a header cell's role, or returns null when it names nothing we know.
 * @example recogniseHeader('全年目标（万元）') → { role: 'target', unit: '万元', percent: false, score: 1 }
 * @example recogniseHeader('完成率(%)') → { role: 'completion', percent: true, … }
 */
export function recogniseHeader(text: string): HeaderMatch | null {
  const raw = halfWidth(text).replace(/\s+/g, '');
  if (!raw || raw.length > 24) return null;
  const bracket = /[(\[【]([^)\]】]*)[)\]】]/.exec(raw)?.[1] ?? '';
  const percent = /%|％|百分比/.test(bracket) || /%$/.test(raw);
  const unitHint = bracket && !percent && bracket.length <= 6 && !/[\d]/.test(bracket) && !/单位/.test(bracket) ? bracket : null;
  const h = normaliseHeader(raw).replace(/%$/, '');
  if (!h) return null;
  const period = recognisePeriod(raw);
  if (period) return { role: 'period', score: 1, percent, unit: unitHint, period };
  if (COMBINED_HEADER.test(h)) return { role: 'progress', score: 1, percent: false, unit: unitHint, combined: true };
  if (!mayNameRole(h)) return null;
  let best: HeaderMatch | null = null;
  for (const [role, s] of normalisedSynonyms()) {
    let score = 0;
    if (h === s) score = 1;
    else if (s.length >= 2 && h.includes(s)) score = 0.5 + 0.4 * (s.length / h.length);
    if (score > (best?.score ?? 0)) best = { role, score, percent, unit: unitHint };
  }
  return best;
}

/**
 * For a two-row header: the role of a sub-header under a parent header.
 * @example subHeaderRole('单位', 'target') === 'targetUnit'; subHeaderRole('数量', 'done') === 'done'
 */
export function subHeaderRole(child: string, parentRole: FieldRole | null): FieldRole | null {
  const h = normaliseHeader(child);
  if (GENERIC_UNIT.includes(h)) {
    if (parentRole === 'target') return 'targetUnit';
    if (parentRole === 'done') return 'doneUnit';
    return 'unit';
  }
  if (GENERIC_VALUE.includes(h)) return parentRole;
  return null;
}

/** True when the text is a generic sub-header (数量, 单位…) that needs its parent to mean anything. */
export function isGenericSubHeader(text: string): boolean {
  const h = normaliseHeader(text);
  return GENERIC_UNIT.includes(h) || GENERIC_VALUE.includes(h);
}
