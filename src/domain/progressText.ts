/**
 * What the progress text (进展情况) says about status, when figures cannot decide it.
 */
import { halfWidth } from './text';

/** Phrases that mean the work waits on a higher level (任务未下达). */
export const NOT_ISSUED_PATTERNS: RegExp[] = [
  /任务(?:尚)?未下达/, /(?:暂|尚|还)未下达/, /暂未收到.{0,20}(?:任务|文件|通知)/, /待.{0,20}下达/, /待.{0,20}(?:推出|出台|制定).{0,8}方案后/,
  /(?:属于|属|由)省级统筹/, /暂未启动/, /未下达/, /尚未明确.{0,6}任务/, /待上级(?!验收|审核|审批|检查|考核|评估|复核)/,
];
/** Phrases that say there are no figures yet (暂无数据). */
export const NO_DATA_PATTERNS: RegExp[] = [
  /暂无(?:工作|相关|统计)?数据/, /才(?:有|能(?:提供|统计|出|反馈|公布))(?:相关|具体|统计)?数(?:据)?/, /数据(?:暂未|尚未|未)(?:统计|出来|产生|反馈|公布|发布)/, /暂未统计/, /无法统计/,
  // The figures come later: "需8月底才有相关数据", "年底统计", "下半年才能统计"
  /(?:需|待|要|须)(?:到)?[\d一二三四五六七八九十]{1,2}月(?:底|末|份|中旬|下旬)?(?:才|后|以后|方可|统计|出)/,
  /(?:年底|年末|季末|季度末|月底|下半年)(?:才|方可|后)?(?:能)?(?:统计|提供|出数|公布|反馈)/,
  /(?:暂|尚)(?:无|未有)(?:相关|统计)?数据/,
];
/** Phrases that say a qualitative task is done. */
export const COMPLETED_PATTERNS: RegExp[] = [/已完成(?![\d一二两三四五六七八九十]|前期|[^，。；;,]{0,4}(?:设计|立项|摸排|招标|选址))/, /已执行/, /已落实(?!\d)/, /已全面(?:推行|执行|实施|落实)/, /已开始执行/, /已出台/, /已印发/];
/** Phrases that say work has stalled (停滞). */
export const STALLED_PATTERNS: RegExp[] = [/停滞/, /停工/, /无进展/, /暂停/];

/** What a progress text says. */
export type TextSignal = 'not_issued' | 'no_data' | 'completed' | 'stalled' | null;

function any(patterns: RegExp[], s: string): boolean {
  for (const p of patterns) if (p.test(s)) return true;
  return false;
}

const WHITE_SPACE = /\s+/g;

/**
 * Reads the progress and target texts for a status signal, in order of precedence:
 * 停滞 → not issued → no data → completed.
 * @example textSignal('上级任务未下达，暂未启动') === 'not_issued'
 * @example textSignal('3家医院已开始执行（已完成）') === 'completed'
 */
export function textSignal(...texts: (string | null | undefined)[]): TextSignal {
  const s = halfWidth(texts.filter(Boolean).join('；')).replace(WHITE_SPACE, '');
  if (!s) return null;
  if (any(STALLED_PATTERNS, s)) return 'stalled';
  if (any(NOT_ISSUED_PATTERNS, s)) return 'not_issued';
  if (any(NO_DATA_PATTERNS, s)) return 'no_data';
  if (any(COMPLETED_PATTERNS, s)) return 'completed';
  return null;
}

/**
 * Reads an explicit status column.
 * @example explicitStatus('已完成') === 'completed'; explicitStatus('滞后') === 'behind'
 */
export function explicitStatus(text: string | null): 'completed' | 'on_schedule' | 'behind' | 'not_issued' | 'no_data' | null {
  if (!text) return null;
  const s = halfWidth(text).replace(/\s+/g, '');
  if (/^(未完成|未达|滞后|落后|停滞|进度滞后|未达到序时进度|否)$/.test(s)) return 'behind';
  if (/(未下达|待下达)/.test(s)) return 'not_issued';
  if (/(暂无数据|无数据)/.test(s)) return 'no_data';
  if (/^(已完成|完成|完成全年任务|已执行|已落实|是|✓|√)$/.test(s)) return 'completed';
  if (/^(正常|序时|达到序时进度|按序时推进|正常推进|推进中|进行中)$/.test(s)) return 'on_schedule';
  return null;
}

/**
 * True when the text says the task itself has not been issued (任务未下达, 暂未收到…任务, 属于省级统筹,
 * 暂未启动), not merely that some document is awaited ("待…文件下达后提交研究").
 * @example taskNotIssued('上级任务未下达') === true; taskNotIssued('待岳阳市正式文件下达后提交市政府研究') === false
 */
export function taskNotIssued(...texts: (string | null | undefined)[]): boolean {
  const s = halfWidth(texts.filter(Boolean).join('；')).replace(/\s+/g, '');
  return NOT_ISSUED_PATTERNS.some((p) => p.source !== '待.{0,20}下达' && p.test(s)) || /^待下达$|^(待|暂未|尚未)下达/.test(s);
}

