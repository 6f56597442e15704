"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Evaluating one indicator: node schedules from the settings apply to the names that contain their
 * match, the first such schedule winning.
 */
const fast_check_1 = __importDefault(require("fast-check"));
const indicatorEvaluation_1 = require("../../src/domain/indicatorEvaluation");
const nodeSchedule_1 = require("../../src/domain/nodeSchedule");
const settings_1 = require("../../src/domain/settings");
const text_1 = require("../../src/domain/text");
const timeProgress_1 = require("../../src/domain/timeProgress");
const fcSupport_1 = require("./fcSupport");
const raw = (name) => ({
    file: 'a.xlsx', sheet: 'S', row: 4, section: null, project: null, name, dept: null,
    target: { value: 100, unit: null, decimals: 0, bound: null }, targetText: null, targetUnit: '个',
    done: { value: 30, unit: null, decimals: 0, bound: null }, doneUnit: null, doneFromText: false,
    periods: [], periodMode: null, reportedCompletion: null, progressText: '', direction: null,
    statusText: null, nodesText: null, cells: {}, span: { left: 1, right: 5 },
});
const SCHEDULES = ['一季度10%、上半年40%、前三季度70%、全年100%', '一季度30%、上半年60%、前三季度90%、全年100%', '上半年50%、全年100%'];
describe('evaluateIndicator with node schedules', () => {
    it('expects the progress of the first schedule whose match the name contains, else time progress', () => {
        const asOf = '2026-05-20';
        const schedules = fast_check_1.default.array(fast_check_1.default.record({ match: fast_check_1.default.constantFrom('改造', '新建', '学校', '改', '管网'), nodes: fast_check_1.default.constantFrom(...SCHEDULES) }), { maxLength: 3 });
        const name = fast_check_1.default.constantFrom('老旧小区改造', '新建学校', '新建污水管网', '新增城镇就业', '改扩建学校');
        fast_check_1.default.assert(fast_check_1.default.property(name, schedules, (n, nodeSchedules) => {
            const settings = (0, settings_1.parseSettings)({ asOf, nodeSchedules });
            const first = nodeSchedules.find((s) => n.includes(s.match));
            const nodes = first ? (0, nodeSchedule_1.parseNodeSchedule)(first.nodes) : null;
            const expected = (0, text_1.roundTo)(nodes ? (0, nodeSchedule_1.nodeProgress)(nodes, asOf) : (0, timeProgress_1.timeProgress)(asOf, settings.mode), 2);
            expect((0, indicatorEvaluation_1.evaluateIndicator)(raw(n), { asOf, settings }).indicator.expectedProgress).toBe(expected);
        }), { ...fcSupport_1.fcParams, numRuns: Math.min(fcSupport_1.fcParams.numRuns, 300) });
    });
});
