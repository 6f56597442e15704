/**
 * Findings: everything read that could not be understood, and every check that failed, each with
 * its place (file, sheet, cell) and a plain Chinese message for the clerk.
 */

/** Stable finding codes (used in the JSON, the bulletin and the pane). */
export const FINDING_CODES = {
  file_unreadable: '文件无法读取',
  file_not_spreadsheet: '不是表格文件',
  file_no_indicators: '文件中未读到指标',
  sheet_no_header: '未识别到表头',
  cell_error: '单元格为错误值',
  unreadable_value: '数值无法识别',
  row_no_name: '有数据但缺少指标名称',
  unit_mismatch: '单位无法换算',
  completion_mismatch: '上报完成率与核算不符',
  judgement_mismatch: '单位自评与核算不符',
  target_zero: '全年目标为 0',
  negative_value: '出现负数',
  completion_over_300: '完成率超过 300%',
  duplicate_indicator: '指标重复',
  summary_mismatch: '汇总数不平',
  as_of_missing: '未找到数据截至日期',
  as_of_conflict: '各表数据截至日期不一致',
  period_ambiguous: '月度数据口径不明',
  layout_choice: '读取方式说明',
  node_unreadable: '节点目标无法识别',
  mapping_invalid: '列映射无效',
  history_unreadable: '上期快照无法使用',
} as const;
export type FindingCode = keyof typeof FINDING_CODES;

export type Severity = 'error' | 'warning' | 'info';

/** One finding. */
export interface Finding {
  file: string;
  sheet: string | null;
  cell: string | null;
  code: FindingCode;
  severity: Severity;
  message: string;
}

/** A row that was read and deliberately not taken as an indicator. */
export interface SkippedRow {
  file: string;
  sheet: string;
  /** Row number, or null when a whole sheet was skipped. */
  row: number | null;
  reason: 'total' | 'footer' | 'note' | 'instructions' | 'heading' | 'header' | 'no_indicator' | 'empty_sheet' | 'hidden_sheet' | 'bulletin_sheet' | 'hidden_row';
  text: string;
}

/** Chinese label of a skip reason. */
export const SKIP_REASONS: Record<SkippedRow['reason'], string> = {
  total: '合计/小计行',
  footer: '表尾（填表人、联系电话等）',
  note: '说明行',
  instructions: '填报说明工作表',
  heading: '标题/分组行',
  header: '重复的表头行',
  no_indicator: '无指标内容的行（只有序号、单位等）',
  empty_sheet: '空工作表',
  hidden_sheet: '隐藏工作表',
  bulletin_sheet: '专报生成的工作表',
  hidden_row: '隐藏的行',
};

/**
 * Builds a finding.
 * @example finding('a.xlsx', 'Sheet1', 'F5', 'cell_error', '单元格 F5 为 #DIV/0!') → { severity: 'warning', … }
 */
export function finding(
  file: string,
  sheet: string | null,
  cell: string | null,
  code: FindingCode,
  message: string,
  severity: Severity = 'warning',
): Finding {
  return { file, sheet, cell, code, severity, message };
}

/**
 * A sheet's findings as they are read: a merged cell is read for every row it covers, so a finding
 * about a cell is given once ({@link FindingList.once}).
 * @example const list = new FindingList(); list.once(f); list.once(f); list.items.length === 1
 */
export class FindingList {
  private readonly given = new Set<string>();

  constructor(readonly items: Finding[] = []) {}

  /** Adds a finding. */
  push(f: Finding): void {
    this.items.push(f);
  }

  /** Adds a finding unless one with its code and cell was given before. */
  once(f: Finding): void {
    const key = `${f.code}@${f.cell ?? ''}`;
    if (this.given.has(key)) return;
    this.given.add(key);
    this.items.push(f);
  }
}
