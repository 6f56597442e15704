/**
 * The refusals of the reading path: the error a file that cannot be read becomes, and the plain
 * Chinese messages shared by several formats (damage, passwords).
 */

/** A file that cannot be read; the message is already the clerk's plain Chinese. */
export class WorkbookReadError extends Error {
  override readonly name = 'WorkbookReadError';
  /** The finding it becomes: `file_not_spreadsheet` for a file that is no table at all. */
  constructor(
    message: string,
    readonly code: 'file_unreadable' | 'file_not_spreadsheet' = 'file_unreadable',
    options?: ErrorOptions & { listing?: string },
  ) {
    super(message, options);
    this.listing = options?.listing ?? message;
  }

  /** For a file that is no table: what it is, without asking for anything (a stray file in a folder is only listed). */
  readonly listing: string;
}

export const ASK_AGAIN = '请让报送单位重新发送';

/**
 * The message for a damaged file, naming it.
 * @example damagedMessage('人社局.xlsx') === '文件「人社局.xlsx」已损坏（…），无法读取。…'
 */
export function damagedMessage(name: string, why = '内容不完整或有误，可能是传输中断或下载未完成'): string {
  return `文件「${name}」已损坏（${why}），无法读取。${ASK_AGAIN}；如用 Excel 打开时能修复，也可修复后另存为 .xlsx 再重新导入。`;
}

/**
 * The message for a file with an opening password, saying how to remove it.
 * @example passwordMessage('人社局.xlsx').includes('密码') === true
 */
export function passwordMessage(name: string): string {
  return `文件「${name}」设有打开密码（已加密），无法读取。请用 Excel 或 WPS 输入密码打开后取消密码（Excel：文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码后确定；WPS：文件 → 文档加密 → 密码加密，清空密码），保存后重新导入；或请报送单位重新发送未加密的文件。`;
}

