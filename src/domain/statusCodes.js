"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KIND_LABELS = exports.INDICATOR_KINDS = exports.LAG_LABELS = exports.STATUS_LABELS = exports.STATUS_CODES = void 0;
/**
 * Status codes: stable across JSON, sheet and pane, with the bulletin's labels.
 */
exports.STATUS_CODES = ['completed', 'on_schedule', 'behind', 'not_issued', 'no_data', 'no_target', 'needs_review'];
/** Chinese labels, as the bulletin writes them. */
exports.STATUS_LABELS = {
    completed: '完成全年任务',
    on_schedule: '达到序时进度',
    behind: '未达到序时进度',
    not_issued: '任务未下达',
    no_data: '暂无数据',
    no_target: '无年度目标',
    needs_review: '待人工确认',
};
exports.LAG_LABELS = { yellow: '黄色（轻度滞后）', red: '红色（严重滞后）' };
exports.INDICATOR_KINDS = ['count', 'progress', 'reverse', 'level', 'qualitative', 'info'];
exports.KIND_LABELS = {
    count: '数量', progress: '进度', reverse: '反向', level: '水平', qualitative: '定性', info: '信息',
};
