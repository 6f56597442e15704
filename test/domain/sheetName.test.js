"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const settings_1 = require("../../src/domain/settings");
const sheetName_1 = require("../../src/domain/sheetName");
describe('sheetNameProblem', () => {
    test.each([
        ['工作专报', null], ['汇总台账', null], ["边界 & 'x' 情况", null], ['x'.repeat(31), null], ['historys', null],
        ['', '长度'], ['x'.repeat(32), '长度'], ['a/b', '不能包含'], ['a\\b', '不能包含'], ['问?', '不能包含'], ['星*', '不能包含'],
        ['时:分', '不能包含'], ['[1]', '不能包含'], ["'头", '单引号'], ["尾'", '单引号'], ['History', '保留'], ['HISTORY', '保留'],
    ])('%p → %p', (name, why) => {
        const problem = (0, sheetName_1.sheetNameProblem)(name);
        if (why === null)
            expect(problem).toBeNull();
        else
            expect(problem).toContain(why);
    });
});
describe('settings refuse sheet names Excel would refuse', () => {
    test('a bad bulletin sheet name is a problem in Chinese, and the defaults are used', () => {
        const { settings, problems } = (0, settings_1.safeSettings)({ bulletinSheet: '专报/三月' });
        expect(problems).toEqual(['bulletinSheet：工作表名称「专报/三月」不能包含 / \\ ? * : [ ]']);
        expect(settings.bulletinSheet).toBe('工作专报');
    });
    test('the bulletin and the ledger cannot share a name', () => {
        expect((0, settings_1.safeSettings)({ bulletinSheet: 'Data', ledgerSheet: 'data' }).problems).toEqual(['ledgerSheet：专报和台账的工作表名称不能相同']);
        expect((0, settings_1.safeSettings)({ bulletinSheet: '三月专报', ledgerSheet: '三月台账' }).problems).toEqual([]);
    });
});
