"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.indicatorStatus = indicatorStatus;
exports.lagGrade = lagGrade;
/**
 * The status of an indicator (completed, on_schedule, behind, not_issued, no_data, no_target,
 * needs_review) and, for `behind`, its lag grade.
 */
const progressText_1 = require("./progressText");
const text_1 = require("./text");
/**
 * Decides the status.
 * @example indicatorStatus({ kind: 'count', completion: 23.1, expectedProgress: 21.64, … }) === 'on_schedule'
 * @example indicatorStatus({ kind: 'count', completion: 20, expectedProgress: 21.64, … }) === 'behind'
 * @example indicatorStatus({ kind: 'reverse', target: 5.5, done: 4.8, … }) === 'completed'
 */
function indicatorStatus(input) {
    // What the texts say is read only when the figures do not decide (most rows never need it), and
    // at most once.
    const explicit = (0, progressText_1.explicitStatus)(input.statusText);
    if (input.kind === 'info')
        return 'no_target';
    if (input.kind === 'qualitative') {
        if (explicit)
            return explicit; // an explicit status column decides, 正常推进 included
        const said = signalOf(input);
        if (said === 'completed')
            return 'completed';
        if (said === 'stalled')
            return 'behind';
        // A qualitative task waits on a higher level only when the task itself is said not to be issued.
        if (said === 'not_issued')
            return (0, progressText_1.taskNotIssued)(input.targetText) || (0, progressText_1.taskNotIssued)(input.progressText) ? 'not_issued' : 'needs_review';
        if (said === 'no_data')
            return 'no_data';
        return 'needs_review';
    }
    if (input.kind === 'reverse') {
        if (input.done === null || input.target === null)
            return noFigures(signalOf(input), explicit);
        return input.done <= input.target ? 'completed' : 'behind';
    }
    if (input.completion === null) {
        if (input.done !== null && input.target !== null)
            return 'needs_review'; // units or target 0
        return noFigures(signalOf(input), explicit);
    }
    if (input.done === 0 && signalOf(input) === 'not_issued')
        return 'not_issued';
    const completion = (0, text_1.roundTo)(input.completion, 2);
    if (completion >= 100)
        return 'completed';
    if (input.kind === 'level')
        return 'behind';
    const expected = (0, text_1.roundTo)(input.expectedProgress ?? 0, 2);
    return completion >= (0, text_1.roundTo)(expected - input.tolerance, 2) ? 'on_schedule' : 'behind';
}
function signalOf(input) {
    return (0, progressText_1.textSignal)(input.progressText, input.targetText);
}
function noFigures(signal, explicit) {
    if (explicit === 'completed' || explicit === 'not_issued' || explicit === 'no_data' || explicit === 'behind')
        return explicit;
    if (signal === 'not_issued')
        return 'not_issued';
    if (signal === 'stalled')
        return 'behind';
    return 'no_data';
}
/**
 * The lag grade of a `behind` indicator: yellow when the gap to expected progress is under
 * `redGap` percentage points, red from there on (and when no gap can be measured).
 * @example lagGrade('behind', 20, 21.64, 30) === 'yellow'; lagGrade('behind', 0, 40, 30) === 'red'
 */
function lagGrade(status, completion, expected, redGap) {
    if (status !== 'behind')
        return null;
    if (completion === null || expected === null)
        return 'red';
    return (0, text_1.roundTo)(expected - completion, 6) < redGap ? 'yellow' : 'red';
}
