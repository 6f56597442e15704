"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FORMATS = exports.WorkbookReadError = void 0;
const archiveRead_1 = require("./archiveRead");
const csvSource_1 = require("./csvSource");
const directRead_1 = require("./directRead");
const sheetjsLoader_1 = require("./sheetjsLoader");
const sheetjsRead_1 = require("./sheetjsRead");
const readErrors_1 = require("./readErrors");
var readErrors_2 = require("./readErrors");
Object.defineProperty(exports, "WorkbookReadError", { enumerable: true, get: function () { return readErrors_2.WorkbookReadError; } });
const notSpreadsheet = (what, hint = '请让报送单位重新发送填好的跟踪表（Excel、WPS 或 CSV 表格）。') => (name) => new readErrors_1.WorkbookReadError(`文件「${name}」是${what}，不是表格文件，未读取。${hint}`, 'file_not_spreadsheet', { listing: `「${name}」是${what}，不是表格文件，未读取。` });
/** Reads with SheetJS, its failures told apart: a password, or damage. */
function withSheetJs(label, options = {}) {
    return async (name, bytes) => {
        const XLSX = await (0, sheetjsLoader_1.loadSheetJs)();
        let grids;
        try {
            grids = (0, sheetjsRead_1.sheetJsGrids)(name, (0, sheetjsRead_1.parseWithSheetJs)(XLSX, bytes, options), options);
        }
        catch (err) {
            const detail = err instanceof Error ? err.message : String(err);
            if (/password|encrypt/i.test(detail))
                throw new readErrors_1.WorkbookReadError((0, readErrors_1.passwordMessage)(name), 'file_unreadable', { cause: err });
            throw new readErrors_1.WorkbookReadError((0, readErrors_1.damagedMessage)(name, `无法按${label}读取其内容`), 'file_unreadable', { cause: err });
        }
        return { grids, failures: [] };
    };
}
/** The `.xlsx` family: the fast reader, and SheetJS for what it steps aside on. */
const readXlsx = async (name, bytes, ctx, detected) => {
    try {
        return { grids: ctx.fast(name, bytes), failures: [] };
    }
    catch (err) {
        if (err instanceof directRead_1.DirectReadDamaged)
            throw new readErrors_1.WorkbookReadError((0, readErrors_1.damagedMessage)(name), 'file_unreadable', { cause: err });
        // Only "unsupported" falls back: any other error is a bug, and surfaces (see readWorkbookBytes).
        if (!(err instanceof directRead_1.DirectReadUnsupported))
            throw err;
    }
    const read = withSheetJs('Excel 工作簿');
    return read(name, bytes, ctx, detected);
};
/** The dispatch table: every kind of file, how it is read or why it is refused. */
exports.FORMATS = {
    xlsx: { label: 'Excel 工作簿（.xlsx/.xlsm）', read: readXlsx },
    xlsb: { label: 'Excel 二进制工作簿（.xlsb）', read: withSheetJs('Excel 二进制工作簿（.xlsb）') },
    xls: { label: 'Excel 97-2003 工作簿（.xls）或 WPS 表格（.et）', read: withSheetJs('Excel 97-2003 工作簿（.xls）') },
    ods: { label: 'OpenDocument 表格（.ods）', read: withSheetJs('OpenDocument 表格（.ods）') },
    fods: { label: 'OpenDocument 平面表格（.fods）', read: withSheetJs('OpenDocument 平面表格（.fods）') },
    spreadsheetml: { label: 'Excel 2003 XML 表格（.xml）', read: withSheetJs('Excel 2003 XML 表格') },
    html: { label: '网页表格（HTML，常见于业务系统导出的 .xls）', read: withSheetJs('网页表格（HTML）', { textCells: true }) },
    csv: { label: 'CSV/文本表格', read: async (name, bytes) => ({ grids: [(0, csvSource_1.csvToGrid)(name, bytes)], failures: [] }) },
    archive: { label: '压缩包（.zip）', read: (name, bytes, ctx) => (0, archiveRead_1.readArchive)(name, bytes, ctx) },
    encrypted: { label: '加密的 Excel 文件', refuse: (name) => new readErrors_1.WorkbookReadError((0, readErrors_1.passwordMessage)(name)) },
    damaged: { label: '已损坏的文件', refuse: (name) => new readErrors_1.WorkbookReadError((0, readErrors_1.damagedMessage)(name)) },
    empty: { label: '空文件', refuse: (name) => new readErrors_1.WorkbookReadError(`文件「${name}」是空文件（0 字节），没有任何内容，无法读取。${readErrors_1.ASK_AGAIN}。`) },
    word: { label: 'Word 文档', refuse: notSpreadsheet('Word 文档') },
    powerpoint: { label: 'PowerPoint 演示文稿', refuse: notSpreadsheet('PowerPoint 演示文稿') },
    opendocument: { label: 'OpenDocument 文本或演示文稿', refuse: notSpreadsheet('OpenDocument 文本或演示文稿') },
    numbers: { label: 'Numbers 表格', refuse: notSpreadsheet('苹果 Numbers 表格', '请在 Numbers 中选择“文件 → 导出为 → Excel”，再导入导出的 .xlsx 文件。') },
    pdf: { label: 'PDF 文件', refuse: notSpreadsheet('PDF 文件', '请让报送单位发送 Excel 跟踪表原件，PDF 中的数字无法读取。') },
    image: { label: '图片', refuse: notSpreadsheet('图片', '请让报送单位发送 Excel 跟踪表原件，图片中的数字无法读取。') },
    text: { label: '纯文本', refuse: (name, d) => notSpreadsheet(`一段纯文本（开头是“${d.snippet ?? ''}”），没有表格的行列`)(name) },
    xml: { label: 'XML 数据文件', refuse: notSpreadsheet('XML 数据文件，但不是 Excel 2003 XML 表格或 OpenDocument 表格') },
    binary: { label: '无法识别的文件', refuse: (name) => new readErrors_1.WorkbookReadError(`文件「${name}」不是可识别的表格文件，或文件已损坏，无法读取。${readErrors_1.ASK_AGAIN}；如报送单位用的是其他软件，请其另存为 .xlsx 格式。`) },
};
