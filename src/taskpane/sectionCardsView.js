"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STATUS_TONES = void 0;
exports.sectionCards = sectionCards;
const statusCodes_1 = require("../domain/statusCodes");
/** The colour of each status in the section cards. */
exports.STATUS_TONES = {
    completed: 'success',
    on_schedule: 'success',
    behind: 'danger',
    not_issued: 'informative',
    no_data: 'subtle',
    no_target: 'subtle',
    needs_review: 'warning',
};
/**
 * One card per section, with the bulletin's counts.
 * @example sectionCards(result, bulletin)[0].counts[0] → { key: 'reached', label: '达到序时进度', value: 15, … }
 */
function sectionCards(result, bulletin) {
    return result.summary.map((s) => {
        const c = (code) => s.counts[code] ?? 0;
        const counts = [
            { key: 'reached', label: '达到序时进度', value: c('completed') + c('on_schedule'), tone: exports.STATUS_TONES.on_schedule },
            { key: 'completed', label: '其中完成全年任务', value: c('completed'), tone: exports.STATUS_TONES.completed, nested: true },
            { key: 'behind', label: '未达到序时进度', value: c('behind'), tone: c('behind') ? exports.STATUS_TONES.behind : 'subtle' },
        ];
        for (const code of statusCodes_1.STATUS_CODES) {
            if (['completed', 'on_schedule', 'behind'].includes(code) || c(code) === 0)
                continue;
            counts.push({ key: code, label: statusCodes_1.STATUS_LABELS[code], value: c(code), tone: exports.STATUS_TONES[code] });
        }
        return {
            section: s.section, title: s.title, projects: s.projects, indicators: s.indicators, counts,
            sentence: bulletin.sections.find((b) => b.key === s.section)?.summary ?? '',
        };
    });
}
