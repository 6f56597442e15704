"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Section cards: every count with its label and its status colour; the other statuses only when
 * present; 其中完成全年任务 nested under 达到序时进度.
 */
const sectionCardsView_1 = require("../../src/taskpane/sectionCardsView");
const result = (counts) => ({
    summary: [{ section: 's', title: '省级十大重点民生实事', projects: 2, indicators: Object.values(counts).reduce((a, b) => a + b, 0), counts }],
});
const bulletin = { sections: [{ key: 's', summary: '省级……。' }] };
describe('sectionCards', () => {
    test('every count has its label and tone, 暂无数据 and 无年度目标 included', () => {
        const [card] = (0, sectionCardsView_1.sectionCards)(result({ completed: 1, on_schedule: 2, behind: 3, no_data: 4, no_target: 5 }), bulletin);
        expect(card?.counts.map((c) => [c.key, c.label, c.value, c.tone])).toEqual([
            ['reached', '达到序时进度', 3, 'success'],
            ['completed', '其中完成全年任务', 1, 'success'],
            ['behind', '未达到序时进度', 3, 'danger'],
            ['no_data', '暂无数据', 4, sectionCardsView_1.STATUS_TONES.no_data],
            ['no_target', '无年度目标', 5, sectionCardsView_1.STATUS_TONES.no_target],
        ]);
        expect(card?.counts.find((c) => c.key === 'completed')?.nested).toBe(true);
        expect(card?.sentence).toBe('省级……。');
    });
    test('no lagging indicator: the count stays, greyed; statuses absent are not shown', () => {
        const [card] = (0, sectionCardsView_1.sectionCards)(result({ on_schedule: 2 }), bulletin);
        expect(card?.counts.map((c) => c.key)).toEqual(['reached', 'completed', 'behind']);
        expect(card?.counts.find((c) => c.key === 'behind')).toMatchObject({ value: 0, tone: 'subtle' });
    });
});
