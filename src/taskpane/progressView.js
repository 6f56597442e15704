"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.progressView = progressView;
const STAGE_TEXT = { reading: '正在读取跟踪表…', computing: '正在核算…', writing: '正在写入专报工作表…', done: '完成' };
const STAGE_VALUE = { reading: 0.2, computing: 0.5, writing: 0.8, done: 1 };
/**
 * The progress bar's text and value.
 * @example progressView({ stage: 'reading', filesRead: 3, filesTotal: 10, rowsRead: 1200 }).text === '正在读取跟踪表…已读 3/10 个文件，1,200 行'
 */
function progressView(p) {
    if (p.stage !== 'reading' || p.filesTotal === undefined || p.filesTotal === 0)
        return { text: STAGE_TEXT[p.stage], value: STAGE_VALUE[p.stage] };
    const read = p.filesRead ?? 0;
    const rows = p.rowsRead !== undefined ? `，${p.rowsRead.toLocaleString('en-US')} 行` : '';
    // Reading is most of a build: it fills the bar up to the computing stage's value.
    return { text: `${STAGE_TEXT.reading}已读 ${read}/${p.filesTotal} 个文件${rows}`, value: (read / p.filesTotal) * STAGE_VALUE.computing };
}
