/**
 * The summary printed on stdout after a build: one row per section, then the lagging indicators.
 */
import Table from 'cli-table3';
import { BuildResult } from '../domain/resultSchema';
import { STATUS_LABELS } from '../domain/statusCodes';

/** Lagging indicators listed on the terminal at most. */
export const MAX_LAGGING_SHOWN = 200;

/**
 * Renders the summary as text tables.
 * @example summaryTable(result) → '┌────┬…'
 */
export function summaryTable(result: BuildResult): string {
  const t = new Table({
    head: ['板块', '项目', '指标', '达到序时', '其中完成', '未达序时', '未下达', '暂无数据', '无目标', '待确认'],
    style: { head: [], border: [] },
  });
  for (const s of result.summary) {
    const c = s.counts;
    t.push([s.title, s.projects, s.indicators, (c.completed ?? 0) + (c.on_schedule ?? 0), c.completed ?? 0, c.behind ?? 0,
      c.not_issued ?? 0, c.no_data ?? 0, c.no_target ?? 0, c.needs_review ?? 0]);
  }
  const lines = [`数据截至 ${result.asOf}，序时进度 ${result.timeProgress}%（${result.mode === 'day' ? '按天' : '按月'}）`, t.toString()];
  const behind = result.indicators.filter((i) => i.status === 'behind');
  if (behind.length) {
    const b = new Table({ head: ['滞后指标', '责任单位', '完成率', '序时进度', '等级'], style: { head: [], border: [] } });
    // The terminal shows the first ones; the bulletin lists them all (a table of thousands never finishes drawing).
    for (const i of behind.slice(0, MAX_LAGGING_SHOWN)) b.push([i.name, i.dept ?? '', i.completion === null ? '—' : `${i.completion}%`, i.expectedProgress === null ? '—' : `${i.expectedProgress}%`, i.lag === 'red' ? '红' : '黄']);
    lines.push(b.toString());
    if (behind.length > MAX_LAGGING_SHOWN) lines.push(`…另有 ${behind.length - MAX_LAGGING_SHOWN} 个滞后指标未在此列出，见专报工作簿。`);
  }
  // The findings and skipped rows are told after the table, with where to read them (buildNotes.ts).
  lines.push(`指标 ${result.indicators.length} 个，${STATUS_LABELS.behind} ${behind.length} 个。`);
  return lines.join('\n') + '\n';
}
