/**
 * What the pane shows of chasing the departments: 报送情况 as counts and one row per department
 * (status badge, what is missing or unchanged), and the 督办清单 per department. Status → colour is
 * decided here, not in the components.
 */
import { DeptReport, REPORT_STATUS_LABELS, Reporting, Supervision } from '../domain/chasingSchema';
import { reportingSentences } from '../domain/chasingBlocks';
import { BuildResult } from '../domain/resultSchema';
import { BadgeView, lagBadge } from './viewModel';

export interface DeptReportView {
  dept: string;
  badge: BadgeView;
  /** What the clerk should know: missing indicators, unchanged figures, absent last time. */
  details: string[];
}

export interface ReportingView {
  counts: { key: 'expected' | 'reported' | 'partial' | 'missing'; label: string; value: number; badge: BadgeView }[];
  /** The first sentence (counts in words), or the number reporting when there is nothing to judge by. */
  headline: string;
  departments: DeptReportView[];
  /** Why 未报送 / 未更新 cannot be judged (no earlier issue), or null. */
  note: string | null;
}

const STATUS_BADGE: Record<DeptReport['status'], BadgeView> = {
  reported: { label: REPORT_STATUS_LABELS.reported, color: 'success', appearance: 'tint' },
  partial: { label: REPORT_STATUS_LABELS.partial, color: 'warning', appearance: 'filled' },
  missing: { label: REPORT_STATUS_LABELS.missing, color: 'danger', appearance: 'filled' },
};
const STALE_BADGE: BadgeView = { label: '数据未更新', color: 'severe', appearance: 'filled' };
const ORDER: Record<DeptReport['status'], number> = { missing: 0, partial: 1, reported: 2 };

function detailsOf(d: DeptReport): string[] {
  const out: string[] = [];
  if (d.status === 'partial') out.push(`本期 ${d.indicators} 个指标，第 ${d.comparedIssue ?? '?'} 期 ${d.previousIndicators ?? '?'} 个；未报：${d.missing.join('、')}`);
  else if (d.status !== 'missing') out.push(`${d.indicators} 个指标`);
  if (d.status === 'missing' && d.comparedIssue !== null) out.push(`第 ${d.comparedIssue} 期报送了 ${d.previousIndicators ?? 0} 个指标`);
  if (d.missingLastIssue) out.push(d.status === 'missing' ? '上期亦未报送' : '上期未报送');
  if (d.allUnchanged) out.push(`全部 ${d.indicators} 个指标与第 ${d.comparedIssue ?? '?'} 期相同，可能重复报送了上期表格`);
  else if (d.unchanged) out.push(`${d.unchanged} 个指标与第 ${d.comparedIssue ?? '?'} 期相同`);
  if (d.expectedBy === 'none' && d.status !== 'missing') out.push('本期新报送');
  if (d.otherNames.length) out.push(`也写作：${d.otherNames.join('、')}`);
  return out;
}

/**
 * The 报送情况 view: departments needing chasing first (未报送, 报送不全, then whose figures did not move).
 * @example reportingView(result)?.counts[3] → { key: 'missing', label: '未报送', value: 1, … }
 */
export function reportingView(result: Pick<BuildResult, 'reporting'>): ReportingView | null {
  const r: Reporting | undefined = result.reporting;
  if (!r) return null;
  const departments = [...r.departments]
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || Number(b.allUnchanged) - Number(a.allUnchanged) || b.unchanged - a.unchanged)
    .map((d) => ({ dept: d.dept, badge: d.status === 'reported' && d.allUnchanged ? STALE_BADGE : STATUS_BADGE[d.status], details: detailsOf(d) }));
  const judged = r.basis !== 'none';
  return {
    counts: judged
      ? [
        { key: 'expected', label: '应报单位', value: r.counts.expected, badge: { label: '应报', color: 'informative', appearance: 'tint' } },
        { key: 'reported', label: REPORT_STATUS_LABELS.reported, value: r.counts.reported, badge: STATUS_BADGE.reported },
        { key: 'partial', label: REPORT_STATUS_LABELS.partial, value: r.counts.partial, badge: STATUS_BADGE.partial },
        { key: 'missing', label: REPORT_STATUS_LABELS.missing, value: r.counts.missing, badge: STATUS_BADGE.missing },
      ]
      : [{ key: 'reported', label: REPORT_STATUS_LABELS.reported, value: r.departments.length, badge: STATUS_BADGE.reported }],
    headline: judged ? reportingSentences(r)[0] ?? '' : `本期报送单位 ${r.departments.length} 个。`,
    departments,
    note: r.note,
  };
}

export interface SupervisionItemView {
  id: number;
  text: string;
  badge: BadgeView;
}

export interface SupervisionView {
  dept: string;
  summary: string;
  items: SupervisionItemView[];
  request: string | null;
}

/**
 * The 督办清单 view, a block per department.
 * @example supervisionView(result)[0]?.items[0]?.badge.label === '红色（严重滞后）'
 */
export function supervisionView(result: Pick<BuildResult, 'supervision'>): SupervisionView[] {
  return (result.supervision ?? []).map((s: Supervision) => ({
    dept: s.dept,
    summary: s.summary,
    items: s.items.map((i) => ({ id: i.indicatorId, text: i.text, badge: lagBadge(i.lag) })),
    request: s.request,
  }));
}
