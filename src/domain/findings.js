"use strict";
/**
 * Findings: everything read that could not be understood, and every check that failed, each with
 * its place (file, sheet, cell) and a plain Chinese message for the clerk.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.FindingList = exports.SKIP_REASONS = exports.FINDING_CODES = void 0;
exports.finding = finding;
/** Stable finding codes (used in the JSON, the bulletin and the pane). */
exports.FINDING_CODES = {
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
};
/** Chinese label of a skip reason. */
exports.SKIP_REASONS = {
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
function finding(file, sheet, cell, code, message, severity = 'warning') {
    return { file, sheet, cell, code, severity, message };
}
/**
 * A sheet's findings as they are read: a merged cell is read for every row it covers, so a finding
 * about a cell is given once ({@link FindingList.once}).
 * @example const list = new FindingList(); list.once(f); list.once(f); list.items.length === 1
 */
class FindingList {
    items;
    given = new Set();
    constructor(items = []) {
        this.items = items;
    }
    /** Adds a finding. */
    push(f) {
        this.items.push(f);
    }
    /** Adds a finding unless one with its code and cell was given before. */
    once(f) {
        const key = `${f.code}@${f.cell ?? ''}`;
        if (this.given.has(key))
            return;
        this.given.add(key);
        this.items.push(f);
    }
}
exports.FindingList = FindingList;
