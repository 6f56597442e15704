/**
 * The one dispatch table of the reading path (calamine style: one reader per format, one table
 * that dispatches): for every kind of file {@link detectFormat} tells apart, what the clerk calls
 * it and how it is read — or, for what cannot be read, the plain Chinese message that says why and
 * what to do. The `.xlsx` family goes to the fast reader first and to SheetJS only when the fast
 * reader steps aside (DirectReadUnsupported); every other format goes to SheetJS, loaded only then;
 * CSV/TXT to the project's own CSV reader (GBK and UTF-16 included); a zip archive to
 * archiveRead.ts, which dispatches each file inside through this same table.
 */
import { SheetGrid } from '../domain/grid';
import { SourceReading } from '../domain/workbookPort';
import { readArchive } from './archiveRead';
import { csvToGrid } from './csvSource';
import { DirectReadDamaged, DirectReadUnsupported, FastXlsxReader } from './directRead';
import { Detected, FormatId } from './formatDetection';
import { loadSheetJs } from './sheetjsLoader';
import { SheetJsReadOptions, parseWithSheetJs, sheetJsGrids } from './sheetjsRead';
import { ASK_AGAIN, WorkbookReadError, damagedMessage, passwordMessage } from './readErrors';

export { WorkbookReadError } from './readErrors';

/** What a reader is given besides the bytes. */
export interface ReadContext {
  /** The fast `.xlsx` reader (src/xlsx/directRead.ts's readGridsDirect, or a stand-in in tests). */
  fast: FastXlsxReader;
  /** Reads a file found inside an archive (the same dispatch, one level down). */
  readInner(name: string, bytes: Uint8Array): Promise<SourceReading>;
  /** Archives this file is inside (0 for a file on its own). */
  depth: number;
}

/** One row of the table. */
export interface FormatEntry {
  /** What the clerk calls such a file. */
  label: string;
  /** How it is read; absent for what is refused. */
  read?: (name: string, bytes: Uint8Array, ctx: ReadContext, detected: Detected) => Promise<SourceReading>;
  /** Why it is refused (a file without `read`). */
  refuse?: (name: string, detected: Detected) => WorkbookReadError;
}

const notSpreadsheet = (what: string, hint = '请让报送单位重新发送填好的跟踪表（Excel、WPS 或 CSV 表格）。') =>
  (name: string): WorkbookReadError => new WorkbookReadError(`文件「${name}」是${what}，不是表格文件，未读取。${hint}`, 'file_not_spreadsheet', { listing: `「${name}」是${what}，不是表格文件，未读取。` });

/** Reads with SheetJS, its failures told apart: a password, or damage. */
function withSheetJs(label: string, options: SheetJsReadOptions = {}): FormatEntry['read'] {
  return async (name, bytes) => {
    const XLSX = await loadSheetJs();
    let grids: SheetGrid[];
    try {
      grids = sheetJsGrids(name, parseWithSheetJs(XLSX, bytes, options), options);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      if (/password|encrypt/i.test(detail)) throw new WorkbookReadError(passwordMessage(name), 'file_unreadable', { cause: err });
      throw new WorkbookReadError(damagedMessage(name, `无法按${label}读取其内容`), 'file_unreadable', { cause: err });
    }
    return { grids, failures: [] };
  };
}

/** The `.xlsx` family: the fast reader, and SheetJS for what it steps aside on. */
const readXlsx: FormatEntry['read'] = async (name, bytes, ctx, detected) => {
  try {
    return { grids: ctx.fast(name, bytes), failures: [] };
  } catch (err) {
    if (err instanceof DirectReadDamaged) throw new WorkbookReadError(damagedMessage(name), 'file_unreadable', { cause: err });
    // Only "unsupported" falls back: any other error is a bug, and surfaces (see readWorkbookBytes).
    if (!(err instanceof DirectReadUnsupported)) throw err;
  }
  const read = withSheetJs('Excel 工作簿') as NonNullable<FormatEntry['read']>;
  return read(name, bytes, ctx, detected);
};

/** The dispatch table: every kind of file, how it is read or why it is refused. */
export const FORMATS: Record<FormatId, FormatEntry> = {
  xlsx: { label: 'Excel 工作簿（.xlsx/.xlsm）', read: readXlsx },
  xlsb: { label: 'Excel 二进制工作簿（.xlsb）', read: withSheetJs('Excel 二进制工作簿（.xlsb）') },
  xls: { label: 'Excel 97-2003 工作簿（.xls）或 WPS 表格（.et）', read: withSheetJs('Excel 97-2003 工作簿（.xls）') },
  ods: { label: 'OpenDocument 表格（.ods）', read: withSheetJs('OpenDocument 表格（.ods）') },
  fods: { label: 'OpenDocument 平面表格（.fods）', read: withSheetJs('OpenDocument 平面表格（.fods）') },
  spreadsheetml: { label: 'Excel 2003 XML 表格（.xml）', read: withSheetJs('Excel 2003 XML 表格') },
  html: { label: '网页表格（HTML，常见于业务系统导出的 .xls）', read: withSheetJs('网页表格（HTML）', { textCells: true }) },
  csv: { label: 'CSV/文本表格', read: async (name, bytes) => ({ grids: [csvToGrid(name, bytes)], failures: [] }) },
  archive: { label: '压缩包（.zip）', read: (name, bytes, ctx) => readArchive(name, bytes, ctx) },
  encrypted: { label: '加密的 Excel 文件', refuse: (name) => new WorkbookReadError(passwordMessage(name)) },
  damaged: { label: '已损坏的文件', refuse: (name) => new WorkbookReadError(damagedMessage(name)) },
  empty: { label: '空文件', refuse: (name) => new WorkbookReadError(`文件「${name}」是空文件（0 字节），没有任何内容，无法读取。${ASK_AGAIN}。`) },
  word: { label: 'Word 文档', refuse: notSpreadsheet('Word 文档') },
  powerpoint: { label: 'PowerPoint 演示文稿', refuse: notSpreadsheet('PowerPoint 演示文稿') },
  opendocument: { label: 'OpenDocument 文本或演示文稿', refuse: notSpreadsheet('OpenDocument 文本或演示文稿') },
  numbers: { label: 'Numbers 表格', refuse: notSpreadsheet('苹果 Numbers 表格', '请在 Numbers 中选择“文件 → 导出为 → Excel”，再导入导出的 .xlsx 文件。') },
  pdf: { label: 'PDF 文件', refuse: notSpreadsheet('PDF 文件', '请让报送单位发送 Excel 跟踪表原件，PDF 中的数字无法读取。') },
  image: { label: '图片', refuse: notSpreadsheet('图片', '请让报送单位发送 Excel 跟踪表原件，图片中的数字无法读取。') },
  text: { label: '纯文本', refuse: (name, d) => notSpreadsheet(`一段纯文本（开头是“${d.snippet ?? ''}”），没有表格的行列`)(name) },
  xml: { label: 'XML 数据文件', refuse: notSpreadsheet('XML 数据文件，但不是 Excel 2003 XML 表格或 OpenDocument 表格') },
  binary: { label: '无法识别的文件', refuse: (name) => new WorkbookReadError(`文件「${name}」不是可识别的表格文件，或文件已损坏，无法读取。${ASK_AGAIN}；如报送单位用的是其他软件，请其另存为 .xlsx 格式。`) },
};
