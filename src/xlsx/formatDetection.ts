/**
 * What a file is, decided by its content, not its name (a department's `.xls` is often an HTML
 * table, an `.xml` a SpreadsheetML 2003 workbook, an `.et` an `.xls`): the first bytes, a zip's
 * list of entries, an OLE file's stream names, the root element of an XML or HTML text. The name
 * only decides how a plain text file is taken (a `.csv`/`.txt` is a table; a text under a
 * spreadsheet's name is one only when it is laid out as one) and what a refusal calls the file.
 */
import { ZipEntryInfo, entryBytes, zipDirectory, zipIsComplete } from './zipBytes';
import { decodeCsvBytes, parseCsv } from './csvSource';

export { SPREADSHEET_EXTENSIONS, hasSpreadsheetName } from './spreadsheetNames';

/** Every kind of file the reading path tells apart (see the dispatch table in workbookFormats.ts). */
export type FormatId =
  | 'xlsx' | 'xlsb' | 'ods' | 'fods' | 'xls' | 'spreadsheetml' | 'html' | 'csv' | 'archive'
  | 'encrypted' | 'damaged' | 'empty' | 'word' | 'powerpoint' | 'opendocument' | 'numbers' | 'pdf'
  | 'image' | 'text' | 'xml' | 'binary';

/** What {@link detectFormat} found: the kind, and for a text, how it begins (for the refusal). */
export interface Detected {
  id: FormatId;
  /** The first characters of a text that is not a table (for "not a spreadsheet: it begins …"). */
  snippet?: string;
}

const TEXT_TABLE_EXT = /\.(csv|txt|tsv|prn)$/i;

const startsWith = (d: Uint8Array, sig: number[]): boolean => sig.every((b, i) => d[i] === b);

/** UTF-16LE bytes of an OLE stream name, to look for in the file's directory sectors. */
const utf16 = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
};

/**
 * Where `needle` first occurs in `data`, or -1 (plain bytes, so the pane needs no Buffer).
 * @example indexOfBytes(new Uint8Array([1, 2, 3]), new Uint8Array([2, 3])) === 1
 */
export function indexOfBytes(data: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0];
  if (first === undefined) return 0;
  for (let i = data.indexOf(first, from); i >= 0 && i <= data.length - needle.length; i = data.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && data[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

const OLE_ENCRYPTED = [utf16('EncryptedPackage'), utf16('EncryptionInfo')];
const OLE_WORKBOOK = [utf16('Workbook'), utf16('Book\0')];

/** An OLE compound file (Excel 97–2003, WPS .et, an encrypted `.xlsx`, a Word 97 document …). */
function detectOle(data: Uint8Array): FormatId {
  if (OLE_ENCRYPTED.some((n) => indexOfBytes(data, n) >= 0)) return 'encrypted';
  if (OLE_WORKBOOK.some((n) => indexOfBytes(data, n) >= 0)) return 'xls';
  if (indexOfBytes(data, utf16('WordDocument')) >= 0) return 'word';
  if (indexOfBytes(data, utf16('PowerPoint Document')) >= 0) return 'powerpoint';
  return 'binary';
}

/** A zip: an Office Open XML package, an OpenDocument, or an archive of files. */
function detectZip(data: Uint8Array): FormatId {
  if (!zipIsComplete(data)) return 'damaged';
  let entries: ZipEntryInfo[];
  try {
    entries = zipDirectory(data) ?? [];
  } catch {
    return 'damaged';
  }
  const names = entries.map((e) => e.name);
  const has = (re: RegExp): boolean => names.some((n) => re.test(n));
  if (has(/^xl\/workbook\.bin$/i)) return 'xlsb';
  if (has(/^xl\/[^/]*workbook[^/]*\.xml$/i)) return 'xlsx';
  if (has(/^word\//)) return 'word';
  if (has(/^ppt\//)) return 'powerpoint';
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (mimetype && names.includes('content.xml')) {
    let type = '';
    try {
      type = new TextDecoder().decode(entryBytes(data, mimetype));
    } catch {
      return 'damaged';
    }
    return type.includes('opendocument.spreadsheet') ? 'ods' : 'opendocument';
  }
  if (has(/^Index\/.*\.iwa$/) || has(/^Index\.zip$/)) return 'numbers';
  return 'archive';
}

/** A text: XML, HTML or a table of delimited fields, by how it begins. */
function detectText(name: string, data: Uint8Array): Detected {
  const { text } = decodeCsvBytes(data.subarray(0, 65536));
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 4096);
  const lower = head.toLowerCase();
  if (lower.startsWith('<')) {
    if (lower.includes('urn:schemas-microsoft-com:office:spreadsheet') && /<(ss:)?workbook[\s>]/.test(lower)) return { id: 'spreadsheetml' };
    if (lower.includes('<office:document') && lower.includes('opendocument.spreadsheet')) return { id: 'fods' };
    if (/<(!doctype html|html|table|body|head|meta)[\s>]/.test(lower)) return { id: 'html' };
    if (lower.startsWith('<?xml') || /^<[a-z_][\w:.-]*[\s>]/.test(lower)) return { id: 'xml' };
  }
  if (TEXT_TABLE_EXT.test(name) || looksDelimited(text)) return { id: 'csv' };
  return { id: 'text', snippet: head.replace(/\s+/g, ' ').slice(0, 30) };
}

/**
 * True when text is laid out as a table: among its first 20 lines, at least two split into the same
 * number (2 or more) of tab- or comma-separated fields, and such lines are at least half of them
 * (title and note lines above the header have one field). Excel opens such a text as a table.
 * @example looksDelimited('标题\n序号\t指标\n1\t就业') === true; looksDelimited('请查收附件。\n谢谢') === false
 */
export function looksDelimited(text: string): boolean {
  const head = text.split(/\r\n|\r|\n/, 20).join('\n');
  return ['\t', ','].some((d) => {
    const rows = parseCsv(head, d).filter((r) => r.some((f) => f.trim() !== ''));
    if (rows.length < 2) return false;
    const counts = new Map<number, number>();
    for (const r of rows) if (r.length >= 2) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    const best = Math.max(0, ...counts.values());
    return best >= 2 && best * 2 >= rows.length;
  });
}

/** True when the bytes hold control characters no text has (a binary file). */
function isBinary(data: Uint8Array): boolean {
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) return false; // UTF-16
  const n = Math.min(data.length, 4096);
  for (let i = 0; i < n; i++) {
    const b = data[i] as number;
    if (b === 0 || b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) return true;
  }
  return false;
}

/**
 * What the file is, by its content (see the module's comment).
 * @example detectFormat('人社局.xls', htmlBytes).id === 'html'; detectFormat('a.xlsx', new Uint8Array()).id === 'empty'
 */
export function detectFormat(name: string, data: Uint8Array): Detected {
  if (data.length === 0) return { id: 'empty' };
  if (startsWith(data, [0x50, 0x4b]) && (data[2] === 0x03 || data[2] === 0x05 || data[2] === 0x07)) return { id: detectZip(data) };
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { id: detectOle(data) };
  // BIFF2–BIFF5 saved without an OLE container: the file starts with a BOF record.
  if (data[0] === 0x09 && (data[1] === 0x00 || data[1] === 0x02 || data[1] === 0x04 || data[1] === 0x08) && data[3] === 0x00) return { id: 'xls' };
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46])) return { id: 'pdf' };
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47]) || startsWith(data, [0xff, 0xd8, 0xff]) || startsWith(data, [0x47, 0x49, 0x46])) return { id: 'image' };
  if (startsWith(data, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return { id: 'word' }; // {\rtf
  if (isBinary(data)) return { id: 'binary' };
  return detectText(name, data);
}
