"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.highlightTargets = highlightTargets;
/**
 * @example highlightTargets(result)[0] → { file: '人社局.xlsx', sheet: '人社局', row: 7, left: 1, right: 9, grade: 'red' }
 */
function highlightTargets(result) {
    return result.indicators
        .filter((i) => i.status === 'behind')
        .map((i) => ({
        file: i.source.file,
        sheet: i.source.sheet,
        row: i.source.row,
        left: i.source.span.left,
        right: i.source.span.right,
        grade: i.lag ?? 'red',
    }));
}
