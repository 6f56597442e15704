"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const progressView_1 = require("../../src/taskpane/progressView");
describe('progressView', () => {
    test('each stage in words', () => {
        expect((0, progressView_1.progressView)({ stage: 'computing' })).toEqual({ text: '正在核算…', value: 0.5 });
        expect((0, progressView_1.progressView)({ stage: 'writing' }).text).toBe('正在写入专报工作表…');
        expect((0, progressView_1.progressView)({ stage: 'reading' }).text).toBe('正在读取跟踪表…');
    });
    test('while reading: files and rows read, the bar following the files', () => {
        expect((0, progressView_1.progressView)({ stage: 'reading', filesRead: 3, filesTotal: 10, rowsRead: 1200 })).toEqual({ text: '正在读取跟踪表…已读 3/10 个文件，1,200 行', value: 0.15 });
        expect((0, progressView_1.progressView)({ stage: 'reading', filesRead: 0, filesTotal: 200 }).text).toBe('正在读取跟踪表…已读 0/200 个文件');
        expect((0, progressView_1.progressView)({ stage: 'reading', filesRead: 200, filesTotal: 200, rowsRead: 0 }).value).toBe(0.5);
    });
    test('no files to read: the stage alone (no 0/0)', () => {
        expect((0, progressView_1.progressView)({ stage: 'reading', filesRead: 0, filesTotal: 0 })).toEqual({ text: '正在读取跟踪表…', value: 0.2 });
    });
});
