/**
 * 督办清单: for each department with lagging indicators, each indicator with its completion, 序时进度,
 * the gap and 黄/红, in the bulletin's wording. The closing request is the clerk's own phrase from
 * the settings; none is invented when there is none.
 */
import { LaggingItem } from './bulletinModel';
import { Supervision, SupervisionItem } from './chasingSchema';
import { deptKey, DeptRules } from './deptMatching';
import { percentText } from './numberFormat';

/** The group of lagging indicators that name no department. */
export const NO_DEPT = '未注明责任单位';

/**
 * One lagging indicator as the list writes it (the bulletin's wording for its lagging list).
 * @example supervisionText({ name: '新增城镇就业', completion: 15, expectedProgress: 21.64, gap: 6.64, lag: 'yellow' }) === '「新增城镇就业」完成率 15%，序时进度 21.64%，低于序时进度 6.64 个百分点（黄）。'
 */
export function supervisionText(l: Pick<LaggingItem, 'name' | 'completion' | 'expectedProgress' | 'gap' | 'lag'>): string {
  const parts = [l.completion === null ? '暂无完成率' : `完成率 ${percentText(l.completion)}%`];
  if (l.expectedProgress !== null) parts.push(`序时进度 ${percentText(l.expectedProgress)}%`);
  if (l.gap !== null) parts.push(`低于序时进度 ${percentText(l.gap)} 个百分点`);
  return `「${l.name}」${parts.join('，')}（${l.lag === 'red' ? '红' : '黄'}）。`;
}

/**
 * The clerk's request for a department, or null when the settings give none.
 * @example requestFor('人社局', '请{单位}对照序时进度加快推进。') === '请人社局对照序时进度加快推进。'; requestFor('人社局', '') === null
 */
export function requestFor(dept: string, phrase: string): string | null {
  const p = phrase.trim();
  if (!p) return null;
  return p.replace(/\{单位\}|｛单位｝/g, dept);
}

/**
 * The 督办清单 of an issue: departments with red indicators first (most red first), then by the
 * number lagging; within a department the widest gap first (the lagging list's order).
 * @param names Display name per department key (the 报送情况 names), so one department is one block.
 * @example supervisionList(model.lagging, rules, '')[0] → { dept: '住建局', red: 2, yellow: 1, items: [...], summary: '住建局共有 3 个指标未达到序时进度（红色 2 个、黄色 1 个）。', request: null }
 */
export function supervisionList(lagging: LaggingItem[], rules: DeptRules, phrase: string, names: Map<string, string> = new Map()): Supervision[] {
  const groups = new Map<string, { dept: string; items: SupervisionItem[] }>();
  for (const l of lagging) {
    const raw = l.dept?.trim() || NO_DEPT;
    const key = l.dept?.trim() ? deptKey(raw, rules) : `\u0000${NO_DEPT}`;
    let g = groups.get(key);
    if (!g) { g = { dept: names.get(key) ?? raw, items: [] }; groups.set(key, g); }
    g.items.push({
      indicatorId: l.indicatorId, section: l.section, project: l.project, name: l.name,
      completion: l.completion, expectedProgress: l.expectedProgress, gap: l.gap, lag: l.lag, text: supervisionText(l),
    });
  }
  const out: Supervision[] = [...groups.values()].map(({ dept, items }) => {
    const red = items.filter((i) => i.lag === 'red').length;
    const yellow = items.length - red;
    const grades = [red ? `红色 ${red} 个` : '', yellow ? `黄色 ${yellow} 个` : ''].filter(Boolean).join('、');
    return { dept, red, yellow, items, summary: `${dept}共有 ${items.length} 个指标未达到序时进度（${grades}）。`, request: dept === NO_DEPT ? null : requestFor(dept, phrase) };
  });
  return out.sort((a, b) => b.red - a.red || b.items.length - a.items.length || (a.dept === NO_DEPT ? 1 : 0) - (b.dept === NO_DEPT ? 1 : 0));
}
