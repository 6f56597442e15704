/**
 * The bulletin sheet's blocks on the departments: 【报送情况】 (counts, then who did not report, who
 * reported only part, whose figures did not move) and, when the setting turns it on, 【各单位推进情况
 * 排名】.
 */
import { DeptRank, DeptReport, Reporting } from './chasingSchema';
import { CellStyle } from './sheetModel';
import { headerRow, SheetRows } from './sheetRows';

/**
 * The sentences of 报送情况: counts first, then one sentence per kind that has departments.
 * @example reportingSentences(r)[0] === '本期应报单位 10 个，已报送 8 个，报送不全 1 个，未报送 1 个。'
 */
export function reportingSentences(r: Reporting): string[] {
  const c = r.counts;
  const out: string[] = [];
  out.push(`本期应报单位 ${c.expected} 个，已报送 ${c.reported} 个，报送不全 ${c.partial} 个，未报送 ${c.missing} 个${c.unexpected ? `；另有 ${c.unexpected} 个单位报送了数据（${r.basis === 'previous' ? '上期没有' : '不在应报名单中'}）` : ''}。`);
  const names = (list: DeptReport[], f: (d: DeptReport) => string): string => list.map(f).join('；');
  const missing = r.departments.filter((d) => d.status === 'missing');
  if (missing.length) out.push(`未报送：${names(missing, (d) => d.dept + (d.missingLastIssue ? '（上期亦未报送）' : ''))}。`);
  const partial = r.departments.filter((d) => d.status === 'partial');
  if (partial.length) {
    out.push(`报送不全：${names(partial, (d) => `${d.dept}（本期 ${d.indicators} 个指标，第 ${d.comparedIssue ?? '?'} 期 ${d.previousIndicators ?? '?'} 个，未报：${d.missing.join('、')}）`)}。`);
  }
  const back = r.departments.filter((d) => d.status !== 'missing' && d.missingLastIssue);
  if (back.length) out.push(`上期未报送、本期已报送：${back.map((d) => d.dept).join('、')}。`);
  const all = r.departments.filter((d) => d.allUnchanged);
  if (all.length) {
    const byIssue = new Map<number | null, DeptReport[]>();
    for (const d of all) byIssue.set(d.comparedIssue, [...(byIssue.get(d.comparedIssue) ?? []), d]);
    const groups = [...byIssue].map(([issue, list]) => `${list.map((d) => `${d.dept}（${d.indicators} 个指标）`).join('、')}的累计完成和进展情况均与第 ${issue ?? '?'} 期相同`);
    out.push(`数据未更新：${groups.join('；')}，可能重复报送了上期表格。`);
  }
  const some = r.departments.filter((d) => !d.allUnchanged && d.unchanged > 0);
  if (some.length) out.push(`部分数据未更新：${names(some, (d) => `${d.dept} ${d.unchanged} 个指标与第 ${d.comparedIssue ?? '?'} 期相同`)}。`);
  if (r.note) out.push(`注：${r.note}`);
  return out;
}

/**
 * Adds 【报送情况】, unless there is nothing to judge it by (no earlier issue and no list of
 * expected departments: every department would simply be 已报送).
 * @example reportingBlock(rows, reporting); rows.rows.some((r) => r.cells[0]?.value === '【报送情况】')
 */
export function reportingBlock(rows: SheetRows, r: Reporting | undefined): void {
  if (!r || r.basis === 'none') return;
  rows.spacer(8);
  rows.heading('【报送情况】');
  for (const s of reportingSentences(r)) rows.paragraph(`　　${s}`);
}

/**
 * Adds 【各单位推进情况排名】 as a table: rank, department, indicators judged, on schedule, share,
 * mean completion. Nothing when the ranking is off (undefined).
 * @example rankingBlock(rows, ranking); rows.rows.some((r) => r.cells[1]?.value === '责任单位')
 */
export function rankingBlock(rows: SheetRows, ranking: DeptRank[] | undefined): void {
  if (!ranking) return;
  rows.spacer(8);
  rows.heading(`【各单位推进情况排名】（${ranking.length} 个单位）`);
  if (!ranking.length) {
    rows.paragraph('本期没有可参与排名的单位（无已下达任务并可判断进度的指标）。');
    return;
  }
  rows.push(headerRow(['名次', '责任单位', '参与评价的指标', '达到序时进度', '达标比例', '平均完成率']));
  const st: CellStyle = { border: true, size: 10, vAlign: 'middle', wrap: true };
  const centred: CellStyle = { ...st, hAlign: 'center' };
  const pct: CellStyle = { ...st, hAlign: 'right', numFmt: '0.00%' };
  for (const d of ranking) {
    rows.push({
      cells: [
        { value: d.rank, style: centred },
        { value: d.dept, style: st },
        { value: d.judged, style: centred },
        { value: d.onSchedule, style: centred },
        { value: d.share / 100, style: pct },
        d.meanCompletion === null ? { value: '—', style: centred } : { value: d.meanCompletion / 100, style: pct },
      ],
      height: 20,
    });
  }
  rows.paragraph(`注：按达到序时进度的指标所占比例排序，比例相同的按平均完成率（单项超过 100% 的按 100% 计）排序。`, { size: 9 });
}
