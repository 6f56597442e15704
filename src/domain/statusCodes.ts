/**
 * Status codes: stable across JSON, sheet and pane, with the bulletin's labels.
 */
export const STATUS_CODES = ['completed', 'on_schedule', 'behind', 'not_issued', 'no_data', 'no_target', 'needs_review'] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

/** Chinese labels, as the bulletin writes them. */
export const STATUS_LABELS: Record<StatusCode, string> = {
  completed: '完成全年任务',
  on_schedule: '达到序时进度',
  behind: '未达到序时进度',
  not_issued: '任务未下达',
  no_data: '暂无数据',
  no_target: '无年度目标',
  needs_review: '待人工确认',
};

/** Lag grade of a `behind` indicator. */
export type LagGrade = 'yellow' | 'red';
export const LAG_LABELS: Record<LagGrade, string> = { yellow: '黄色（轻度滞后）', red: '红色（严重滞后）' };

export const INDICATOR_KINDS = ['count', 'progress', 'reverse', 'level', 'qualitative', 'info'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
export const KIND_LABELS: Record<IndicatorKind, string> = {
  count: '数量', progress: '进度', reverse: '反向', level: '水平', qualitative: '定性', info: '信息',
};
