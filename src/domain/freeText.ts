/**
 * Extracting figures from prose: "完成新增城镇就业6000人" (name and target),
 * "已完成1386人，完成全年任务的23.1%" (done and the reported completion).
 */
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chineseNumeral';
import { Quantity, parseQuantityText } from './quantity';
import { halfWidth } from './text';
import { isMeasureWord, looksLikeUnit } from './units';

/** A reported completion found in text, in percent. */
export interface ReportedPercent {
  value: number;
  decimals: number;
}

const NUM = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const COMPLETION_PATTERNS = [
  new RegExp(String.raw`完成(?:了)?(?:全年|年度|总)?(?:目标)?(?:任务|目标|计划)?(?:量)?的?\s*(${NUM})\s*%`),
  new RegExp(String.raw`完成率(?:为|达到?|是)?\s*(${NUM})\s*%`),
  new RegExp(String.raw`(?:占|达)(?:全年|年度)(?:任务|目标)?(?:比例)?的?\s*(${NUM})\s*%`),
  new RegExp(String.raw`(?:总体|整体|工程|项目)?(?:进度|形象进度)(?:为|达到?)?\s*(${NUM})\s*%`),
];

/**
 * Finds a completion percentage reported in prose.
 * @example extractReportedCompletion('已完成1386人，完成全年任务的23.1%。') → { value: 23.1, decimals: 1 }
 * @example extractReportedCompletion('正在施工') → null
 */
export function extractReportedCompletion(text: string): ReportedPercent | null {
  const s = halfWidth(text).replace(/\s+/g, '');
  for (const re of COMPLETION_PATTERNS) {
    const m = re.exec(s);
    if (m?.[1]) {
      const raw = m[1].replace(/,/g, '');
      const dot = raw.indexOf('.');
      return { value: Number(raw), decimals: dot < 0 ? 0 : raw.length - dot - 1 };
    }
  }
  return null;
}

const DONE_VERBS = '(?:完成|开展|建成|培训|签约|发放|新增|举办|实施|改造|建设|帮扶|救助|服务|提供|落实|招录|安置|培育|设立|筛查|上线|办理|新建|提质|更新|接种|检查|排查)';
const DONE_RE = new RegExp(
  String.raw`(?:已|累计|共)${DONE_VERBS}?[^\d${CHINESE_NUMERAL_CHARS}，,。；;、:：]{0,10}?(${NUM}|[${CHINESE_NUMERAL_CHARS}]+)\s*([^\d\s，,。；;、:：()（）%]{0,5})`,
  'g',
);

/**
 * Finds the amount done in prose: "已完成 1386 人", "已开展12场", "累计发放460万元".
 * When `unitOk` is given, only a figure whose unit it accepts is taken.
 * @example extractDone('已开展12场，完成全年任务的20%。') → { value: 12, unit: '场', … }
 */
export function extractDone(text: string, unitOk?: (unit: string | null) => boolean): Quantity | null {
  const s = halfWidth(text).replace(/\s+/g, '');
  DONE_RE.lastIndex = 0;
  for (let m = DONE_RE.exec(s); m; m = DONE_RE.exec(s)) {
    const rawNum = m[1] ?? '';
    const chinese = !/^\d/.test(rawNum);
    let value = chinese ? parseChineseNumeral(rawNum) : Number(rawNum.replace(/,/g, ''));
    if (value === null || !Number.isFinite(value)) continue;
    let unit = (m[2] ?? '').trim();
    // a share, not an amount: "已完成全年任务的23.1%", "已完成三分之一", "已完成七成"
    if (!unit && /^[%‰]/.test(s.slice(m.index + m[0].length))) continue;
    if (/^(?:分之|成|倍)/.test(unit)) continue;
    // stop the unit at a following verb or particle
    unit = unit.replace(/(的|已|完成|开工|正在|计划|目前|其中|和|及|与|在|于).*$/, '');
    if (/^[月日年号]/.test(unit)) continue; // a date, not an amount
    if (unit && !looksLikeUnit(unit)) continue;
    // A Chinese numeral counts only before a short classifier (两所, 一个), not inside words (零自付).
    if (chinese) {
      const classifier = /^(人次|[个所家场次人名张台座户处项间套辆条只批期支队]|)/.exec(unit)?.[1] ?? '';
      if (rawNum === '零' || !classifier) continue;
      unit = classifier;
    }
    if (/[“”"'‘’]/.test(unit)) continue;
    const q: Quantity = { value, unit: unit || null, decimals: 0, bound: null };
    const dot = rawNum.indexOf('.');
    q.decimals = dot < 0 ? 0 : rawNum.length - dot - 1;
    if (unitOk && !unitOk(q.unit)) continue;
    value = q.value;
    return q;
  }
  return null;
}

const TARGET_RE = new RegExp(
  String.raw`(?:年度|全年|今年|本年)?(?:目标任务|目标|任务|计划)(?:数|量)?(?:为|是|共)?[:：]?[^\d${CHINESE_NUMERAL_CHARS}，,。；;、:：%]{0,8}?(${NUM}|[${CHINESE_NUMERAL_CHARS}]+)\s*([^\d\s，,。；;、:：()（）%]{0,5})`,
  'g',
);

/**
 * Finds the target stated in a sentence that gives target and progress together:
 * "年度目标500户，截至目前已完成120户，完成率24%" → 500 户. A percentage is never taken as a target
 * here (it is the completion), nor a date.
 * @example extractTarget('年度目标500户，截至目前已完成120户，完成率24%') → { value: 500, unit: '户', … }
 * @example extractTarget('完成率24%') === null
 */
export function extractTarget(text: string): Quantity | null {
  const s = halfWidth(text).replace(/\s+/g, '');
  TARGET_RE.lastIndex = 0;
  for (let m = TARGET_RE.exec(s); m; m = TARGET_RE.exec(s)) {
    const rawNum = m[1] ?? '';
    const chinese = !/^\d/.test(rawNum);
    const value = chinese ? parseChineseNumeral(rawNum) : Number(rawNum.replace(/,/g, ''));
    if (value === null || !Number.isFinite(value)) continue;
    if (/^[%‰]/.test(s.slice(m.index + m[0].length))) continue; // a share, not a target
    let unit = (m[2] ?? '').replace(/(的|已|完成|截至|截止|目前|其中|和|及|与|在|于).*$/, '');
    if (/^[月日年号]/.test(unit) || /^(?:分之|成|倍)/.test(unit)) continue;
    if (unit && !looksLikeUnit(unit)) continue;
    if (chinese) {
      const classifier = /^(人次|[个所家场次人名张台座户处项间套辆条只批期支队])/.exec(unit)?.[1] ?? '';
      if (!classifier) continue;
      unit = classifier;
    }
    const dot = rawNum.indexOf('.');
    return { value, unit: unit || null, decimals: dot < 0 || chinese ? 0 : rawNum.length - dot - 1, bound: null };
  }
  return null;
}

/**
 * Whether a text states target and progress together: a target, and a done figure or a completion.
 * @example isTargetAndProgress('年度目标500户，截至目前已完成120户，完成率24%') === true; isTargetAndProgress('新建站点12个') === false
 */
export function isTargetAndProgress(text: string): boolean {
  return extractTarget(text) !== null && (extractReportedCompletion(text) !== null || extractDone(text) !== null);
}

const BARE_FIGURE = new RegExp(String.raw`(${NUM})\s*([^\d\s，,。；;、:：()（）%]{1,5})`, 'g');
const TARGET_WORDS = /(目标|任务|计划|全年|年度|力争|预计)[^，,。；;]{0,6}$/;

/**
 * Finds done stated without a verb ("惠及群众860人次", "现有站点12个"), taken only when its unit is
 * the target's (`unit`, 万/亿 aside) and one figure alone has it (a figure after 目标/计划 restates
 * the target and does not count).
 * @example extractBareDone('惠及家长860人次', '人次') → { value: 860, unit: '人次', … }
 * @example extractBareDone('惠及家长860人次', '个') === null
 */
export function extractBareDone(text: string, unit: string | null): Quantity | null {
  if (!unit) return null;
  const wanted = halfWidth(unit).replace(/^(万|亿|百万|千万)/, '');
  if (!wanted || wanted === '%') return null;
  const s = halfWidth(text).replace(/\s+/g, '');
  let found: Quantity | null = null;
  BARE_FIGURE.lastIndex = 0;
  for (let m = BARE_FIGURE.exec(s); m; m = BARE_FIGURE.exec(s)) {
    const written = m[2] ?? '';
    const bare = written.replace(/^(万|亿|百万|千万)/, '');
    if (!bare.startsWith(wanted)) continue;
    // 人次 is not 人: a longer measure word starting with the unit is another unit
    if (bare.length > wanted.length && (isMeasureWord(bare.slice(0, wanted.length + 1)) || isMeasureWord(bare.slice(0, wanted.length + 2)))) continue;
    if (TARGET_WORDS.test(s.slice(0, m.index))) continue;
    const rawNum = (m[1] ?? '').replace(/,/g, '');
    const dot = rawNum.indexOf('.');
    const q: Quantity = { value: Number(rawNum), unit: written.slice(0, written.length - bare.length) + wanted, decimals: dot < 0 ? 0 : rawNum.length - dot - 1, bound: null };
    if (found && found.value !== q.value) return null; // two figures: which one is done is not clear
    found = q;
  }
  return found;
}

/** A name and a quantity split out of one text such as "新建农村4G、5G基站34个". */
export interface NameAndQuantity {
  name: string;
  quantity: Quantity | null;
}

const TRAILING_QUANTITY = new RegExp(
  // the unit may end in the 2/3 of m², m³ (NFKC writes them as digits): "≤31μg/m³"
  String.raw`^(.*?[^\d.,\s])\s*(${NUM})\s*([^\d\s，,。；;、:：]{1,6}?[23]?)[。.；;]?$`,
);

/**
 * Splits an indicator text into its name and its target:
 * "心理健康和家庭教育指导“向阳花”活动60场" → name "心理健康和家庭教育指导“向阳花”活动", 60 场.
 * A leading "完成" is dropped from the name ("完成新增城镇就业6000人" → "新增城镇就业").
 * Text with no trailing quantity comes back whole, with quantity null.
 * @example splitNameAndTarget('提质升级中小学校食堂6所') → { name: '提质升级中小学校食堂', quantity: { value: 6, unit: '所' } }
 */
export function splitNameAndTarget(text: string): NameAndQuantity {
  const trimmed = text.trim().replace(/[。.；;]+$/, '');
  const s = halfWidth(trimmed);
  const m = TRAILING_QUANTITY.exec(s);
  if (m && m[3] && looksLikeUnit(m[3]) && plausibleUnit(m[3])) {
    const raw = (m[2] ?? '').replace(/,/g, '');
    let namePart = m[1] ?? '';
    // a bound written before the figure belongs to the target: "失业率控制在5.5%以内" → ≤ 5.5 %
    const boundWord = BOUND_BEFORE.exec(namePart)?.[0] ?? '';
    const parsed = parseQuantityText(`${boundWord}${m[2] ?? ''}${m[3]}`);
    if (parsed) namePart = namePart.slice(0, namePart.length - boundWord.length);
    const name = tidyName(originalPrefix(trimmed, namePart));
    const dot = raw.indexOf('.');
    if (name) {
      return { name, quantity: parsed ?? { value: Number(raw), unit: m[3], decimals: dot < 0 ? 0 : raw.length - dot - 1, bound: null } };
    }
  }
  const c = TRAILING_CHINESE_COUNT.exec(trimmed);
  if (c?.[1] && c[2] && c[3]) {
    const value = parseChineseNumeral(c[2]);
    const name = tidyName(c[1]);
    if (value !== null && value > 0 && name) return { name, quantity: { value, unit: c[3], decimals: 0, bound: null } };
  }
  return { name: tidyName(trimmed), quantity: null };
}

/** Bound words that may stand between a name and its target. */
const BOUND_BEFORE = /(?:控制在|不超过|不高于|不低于|不少于|低于|小于|至少|达到|≤|≥|<=|>=)$/;

/** A trailing unit is taken when short, or when it starts with a measure word (not "15分钟生活圈"). */
function plausibleUnit(unit: string): boolean {
  if (unit.length <= 4 || unit.includes('/')) return true;
  for (let n = 1; n <= 4; n++) if (isMeasureWord(unit.slice(0, n))) return true;
  return false;
}

/** "…食堂两所", "…服务点一个": a small count in Chinese numerals before a classifier, at the end. */
const TRAILING_CHINESE_COUNT = /^(.*?\S)\s*([两一二三四五六七八九十百]{1,4})\s*(个|所|家|场|次|人次|人|名|张|台|座|户|处|项|间|套|辆|条|批|期|支|艘|块)$/;

/** The original-width prefix of `original` that `halfPrefix` (its half-width form) covers. */
function originalPrefix(original: string, halfPrefix: string): string {
  let out = '';
  let folded = '';
  for (const ch of original) {
    if (folded.length >= halfPrefix.length) break;
    out += ch;
    folded = halfWidth(out + 'x').slice(0, -1);
  }
  return out;
}

const LEADING_DONE = /^(?:完成|实现完成)(?=\S{3,})/;
const TRAILING_PUNCTUATION = /[，,。；;：:、\s]+$/;

/** Drops a leading 完成/实现 and trailing punctuation from an indicator name. */
export function tidyName(name: string): string {
  return name
    .trim()
    .replace(LEADING_DONE, '')
    .replace(TRAILING_PUNCTUATION, '')
    .trim();
}
