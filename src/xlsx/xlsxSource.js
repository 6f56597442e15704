"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.XlsxBufferSource = exports.hasSpreadsheetName = exports.detectFormat = exports.SPREADSHEET_EXTENSIONS = exports.WorkbookReadError = void 0;
exports.baseName = baseName;
exports.readWorkbookBytes = readWorkbookBytes;
exports.readWorkbookGrids = readWorkbookGrids;
exports.describeReadError = describeReadError;
const directRead_1 = require("./directRead");
const formatDetection_1 = require("./formatDetection");
const readErrors_1 = require("./readErrors");
const workbookFormats_1 = require("./workbookFormats");
var readErrors_2 = require("./readErrors");
Object.defineProperty(exports, "WorkbookReadError", { enumerable: true, get: function () { return readErrors_2.WorkbookReadError; } });
var formatDetection_2 = require("./formatDetection");
Object.defineProperty(exports, "SPREADSHEET_EXTENSIONS", { enumerable: true, get: function () { return formatDetection_2.SPREADSHEET_EXTENSIONS; } });
Object.defineProperty(exports, "detectFormat", { enumerable: true, get: function () { return formatDetection_2.detectFormat; } });
Object.defineProperty(exports, "hasSpreadsheetName", { enumerable: true, get: function () { return formatDetection_2.hasSpreadsheetName; } });
/** The file name of a path, either separator. */
function baseName(file) {
    return file.replace(/^.*[\\/]/, '');
}
/** The failure for an error that is no refusal: a bug of ours, surfaced with the file's name. */
function bugFailure(name, err) {
    const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return {
        file: name,
        message: `读取文件「${name}」时专报助手内部出错，未能读取（这是程序的问题，不是文件的问题）。请把该文件和这条信息发给维护人员；其他文件不受影响。（错误信息：${detail.slice(0, 200)}）`,
    };
}
/** The failure a refusal becomes: an error, or only a listing for a non-table file with a non-table name. */
function refusalFailure(name, err) {
    if (err.code === 'file_not_spreadsheet') {
        // Under a table's name it is a file the department sent by mistake: unreadable, an error. Under
        // another name (a Word document beside the tables) it is only listed.
        if ((0, formatDetection_1.hasSpreadsheetName)(baseName(name)))
            return { file: name, message: err.message };
        return { file: name, message: err.listing, code: 'file_not_spreadsheet', severity: 'info' };
    }
    return { file: name, message: err.message };
}
/**
 * Reads one file's bytes into grids (never throws): its format by content, then the dispatch
 * table's reader for it; a file that cannot be read, or a file inside an archive that cannot, is a
 * failure naming it. `name` is what findings and sources call the file (`人社局.xlsx`,
 * `各单位.zip/人社局.xls`).
 * @example (await readWorkbookBytes('人社局.xls', bytes)).grids[0]?.sheet === '2026年民生实事'
 */
async function readWorkbookBytes(name, data, options = {}, depth = 0) {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const ctx = {
        fast: options.fast ?? directRead_1.readGridsDirect,
        depth,
        readInner: (inner, innerBytes) => readWorkbookBytes(inner, innerBytes, options, depth + 1),
    };
    try {
        const detected = (0, formatDetection_1.detectFormat)(baseName(name), bytes);
        const entry = workbookFormats_1.FORMATS[detected.id];
        if (!entry.read)
            throw entry.refuse?.(name, detected) ?? new readErrors_1.WorkbookReadError(`文件「${name}」无法读取。`);
        const reading = await entry.read(name, bytes, ctx, detected);
        if (reading.grids.length === 0 && reading.failures.length === 0) {
            throw new readErrors_1.WorkbookReadError(`文件「${name}」中没有任何工作表，无法读取。请确认报送单位发送的是填好的跟踪表，必要时请其重新发送。`);
        }
        return reading;
    }
    catch (err) {
        return { grids: [], failures: [err instanceof readErrors_1.WorkbookReadError ? refusalFailure(name, err) : bugFailure(name, err)] };
    }
}
/**
 * The grids of one file, throwing a WorkbookReadError with the plain message when it (or a file in
 * it) cannot be read — for callers that want one file or nothing (tests, the benchmark).
 * @example (await readWorkbookGrids('人社局.xlsx', bytes))[0]?.sheet === '2026年民生实事'
 */
async function readWorkbookGrids(file, data, options = {}) {
    const reading = await readWorkbookBytes(baseName(file), data, options);
    const failure = reading.failures.find((f) => f.severity !== 'info');
    if (failure)
        throw new readErrors_1.WorkbookReadError(failure.message);
    return reading.grids;
}
/**
 * A plain message for a file that could not be read from disk (or, for any other error, a message
 * naming the file; refusals already carry theirs).
 * @example describeReadError('a/人社局.xlsx', Object.assign(new Error('x'), { code: 'EACCES' })).startsWith('没有权限')
 */
function describeReadError(file, err) {
    const name = baseName(file);
    if (err instanceof readErrors_1.WorkbookReadError)
        return err.message;
    const code = err?.code;
    const detail = err instanceof Error ? err.message : String(err);
    if (code === 'ENOENT' || /ENOENT/.test(detail))
        return `找不到文件「${file}」。`;
    if (code === 'EACCES' || code === 'EPERM' || /EACCES|EPERM/.test(detail))
        return `没有权限读取文件「${name}」。请检查文件权限后重试。`;
    if (code === 'EBUSY' || /EBUSY/.test(detail))
        return `文件「${name}」正被其他程序占用，无法读取。请关闭该文件后重试。`;
    if (code === 'EISDIR')
        return `「${name}」是文件夹，不是文件。`;
    return `读取文件「${name}」时出错，未能读取。请确认文件能用 Excel 打开后重试。（错误信息：${detail.slice(0, 200)}）`;
}
/** The source over files already in memory (imports in the task pane, tests). */
class XlsxBufferSource {
    files;
    options;
    constructor(files, options = {}) {
        this.files = files;
        this.options = options;
    }
    async readSheets() {
        const grids = [];
        const failures = [];
        for (const f of this.files) {
            const r = await readWorkbookBytes(baseName(f.name), f.data, this.options);
            for (const g of r.grids)
                grids.push(g);
            for (const x of r.failures)
                failures.push(x);
        }
        return { grids, failures };
    }
}
exports.XlsxBufferSource = XlsxBufferSource;
