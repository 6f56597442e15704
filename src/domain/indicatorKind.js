"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isCeilingText = isCeilingText;
exports.isReverse = isReverse;
exports.indicatorKind = indicatorKind;
const text_1 = require("./text");
const REVERSE_TEXT = /(上限|不高于|不超过|控制在.*以内|≤|<=|以下|以内|封顶)/;
const REVERSE_DIRECTION = /(反向|逆向|越低越好|越小越好|负向|下降|降低|控制类)/;
const FORWARD_DIRECTION = /(正向|越高越好|越大越好|增长)/;
const WHITE_SPACE = /\s+/g;
/**
 * True when the target text says it is a ceiling.
 * @example isCeilingText('控制在5.5%以内') === true
 */
function isCeilingText(text) {
    return !!text && REVERSE_TEXT.test((0, text_1.halfWidth)(text));
}
/**
 * True when the indicator is lower-is-better.
 * @example isReverse({ name: '城镇调查失业率', direction: null, ceiling: false, reverseKeywords: ['失业率'] }) === true
 */
function isReverse(input) {
    // The patterns are constants: a literal makes a new RegExp object on every call.
    const dir = input.direction ? (0, text_1.halfWidth)(input.direction).replace(WHITE_SPACE, '') : '';
    if (dir !== '') { // neither pattern matches empty text (most rows have no direction column)
        if (REVERSE_DIRECTION.test(dir))
            return true;
        if (FORWARD_DIRECTION.test(dir))
            return false;
    }
    if (input.ceiling)
        return true;
    const keywords = input.reverseKeywords;
    const name = input.name;
    for (let k = 0; k < keywords.length; k++)
        if (name.includes(keywords[k]))
            return true;
    return false;
}
/**
 * Decides the kind.
 * @example indicatorKind({ hasTarget: true, hasDone: true, unit: '人', … }) === 'count'
 * @example indicatorKind({ hasTarget: false, hasDone: true, hasReportedCompletion: false, … }) === 'info'
 */
function indicatorKind(input) {
    if (input.hasTarget && isReverse(input))
        return 'reverse';
    if (!input.hasTarget && !input.hasDone && !input.hasReportedCompletion)
        return 'qualitative';
    if (!input.hasTarget && input.hasReportedCompletion)
        return 'progress';
    if (!input.hasTarget)
        return 'info';
    if (!input.hasDone && input.hasReportedCompletion)
        return 'progress';
    if (input.unit === '%' || (input.unit?.includes('/') ?? false))
        return 'level';
    return 'count';
}
