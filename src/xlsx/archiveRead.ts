/**
 * Reading a zip archive of department files (what a department sends when it has several): each
 * file inside is read by the same dispatch as a file on its own and named `archive.zip/inner.xlsx`
 * in grids and findings. Refused with a message: an archive with a password, an archive inside an
 * archive, and an archive that would expand past {@link ARCHIVE_LIMITS} (a zip bomb, or simply
 * more than a month's tracking workbooks could be).
 */
import { FileFailure } from '../domain/report';
import { SourceReading } from '../domain/workbookPort';
import type { ReadContext } from './workbookFormats';
import { WorkbookReadError, damagedMessage } from './readErrors';
import { ZipDamaged, ZipEntryInfo, entryBytes, zipDirectory } from './zipBytes';

/** How far an archive may expand before it is refused unread. */
export const ARCHIVE_LIMITS = { files: 1000, bytes: 512 * 1024 * 1024 } as const;

/** A file inside an archive that is no department's file: folders, macOS resource forks. */
const isMetadata = (name: string): boolean => name.endsWith('/') || /(^|\/)__MACOSX\//.test(name) || /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini)$/i.test(name);

/** Lock files and hidden files: listed as skipped, not read (as in a folder). */
export const isSkippedName = (base: string): boolean => base.startsWith('~$') || base.startsWith('.');

/**
 * The grids of every file in the archive, and a failure for each that cannot be read.
 * @throws WorkbookReadError (via the caller's refusal) for an archive refused as a whole
 * @example (await readArchive('各单位.zip', bytes, ctx)).grids[0]?.file === '各单位.zip/人社局.xlsx'
 */
export async function readArchive(name: string, bytes: Uint8Array, ctx: ReadContext): Promise<SourceReading> {
  if (ctx.depth > 0) {
    throw new WorkbookReadError(`「${name}」是压缩包中的压缩包，为安全起见不读取。请先解压外层压缩包，再导入其中的文件或压缩包。`);
  }
  let entries: ZipEntryInfo[] | null;
  try {
    entries = zipDirectory(bytes);
  } catch (err) {
    throw new WorkbookReadError(damagedMessage(name), 'file_unreadable', { cause: err });
  }
  if (entries === null) throw new WorkbookReadError(`压缩包「${name}」是 ZIP64 大文件格式，无法直接读取。请解压后导入其中的表格文件。`);
  const files = entries.filter((e) => !isMetadata(e.name));
  const total = files.reduce((n, e) => n + e.size, 0);
  if (files.length > ARCHIVE_LIMITS.files || total > ARCHIVE_LIMITS.bytes || files.some((e) => e.size === 0xffffffff)) {
    throw new WorkbookReadError(`压缩包「${name}」解压后超过 ${ARCHIVE_LIMITS.bytes / 1024 / 1024} MB 或多于 ${ARCHIVE_LIMITS.files} 个文件，为防止异常文件占满内存，未读取。请解压后导入其中的表格文件。`);
  }
  if (files.some((e) => e.flags & 1)) throw new WorkbookReadError(`压缩包「${name}」设有解压密码，无法读取。请用解压软件输入密码解压后，导入其中的表格文件。`);
  if (files.length === 0) throw new WorkbookReadError(`压缩包「${name}」中没有任何文件。请让报送单位重新发送。`);
  const reading: SourceReading = { grids: [], failures: [] };
  for (const entry of files) {
    const inner = `${name}/${entry.name}`;
    const base = entry.name.replace(/^.*\//, '');
    if (isSkippedName(base)) {
      reading.failures.push(skippedFailure(inner));
      continue;
    }
    let data: Uint8Array;
    try {
      data = entryBytes(bytes, entry);
    } catch (err) {
      if (!(err instanceof ZipDamaged)) throw err;
      reading.failures.push({ file: inner, message: `压缩包「${name}」中的文件「${entry.name}」已损坏，无法解压。请让报送单位重新发送该压缩包。` });
      continue;
    }
    const r = await ctx.readInner(inner, data);
    reading.grids.push(...r.grids);
    reading.failures.push(...r.failures);
  }
  return reading;
}

/**
 * The listing of a lock file or hidden file that is not read.
 * @example skippedFailure('各单位/~$人社局.xlsx').severity === 'info'
 */
export function skippedFailure(file: string): FileFailure {
  const base = file.replace(/^.*[\\/]/, '');
  const why = base.startsWith('~$') ? 'Excel 或 WPS 打开文件时生成的临时锁定文件' : '隐藏文件';
  return { file, message: `「${base}」是${why}，不是报送的表格，已跳过。`, code: 'file_not_spreadsheet', severity: 'info' };
}
