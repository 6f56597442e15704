/**
 * SheetJS set up for departments' files: the built-in number formats of a Chinese system.
 */
import type { SheetJs } from './sheetjsLoader';
import { LOCALE_FORMAT_IDS, builtinFormat } from './builtinFormats';

/**
 * Gives SheetJS the built-in number formats its own table lacks (the zh-CN ids 27–36 and 50–58):
 * without them it shows such a cell wrongly, and fails on an `.xlsx` that uses one.
 * @example teachBuiltinFormats(XLSX) // then XLSX.SSF.get_table()[31] === 'yyyy"年"m"月"d"日"'
 */
export function teachBuiltinFormats(xlsx: SheetJs): void {
  const ssf = xlsx.SSF as { load(fmt: string, id: number): void; get_table(): Record<number, string | undefined> };
  const table = ssf.get_table();
  for (const id of LOCALE_FORMAT_IDS) {
    const code = builtinFormat(id);
    if (code !== undefined && table[id] === undefined) ssf.load(code, id);
  }
}

