/**
 * Reading `.csv` tracking tables (what many web systems export) into one cell grid: UTF-8 with or
 * without a byte-order mark, or GBK/GB18030 (what Excel on a Chinese Windows writes as "CSV"),
 * quoted fields with commas, quotes and line breaks inside them. Plain decimal numbers become
 * numbers, everything else stays text for the domain's own parsing (units, 万, %, full-width digits).
 */
import { GridCell, SheetGrid } from '../domain/grid';

/**
 * Decodes CSV bytes: a UTF-8 byte-order mark or valid UTF-8 is read as UTF-8, anything else as
 * GB18030 (a superset of GBK and GB2312). UTF-16 with a byte-order mark is read too.
 * @example decodeCsvBytes(Buffer.from([0xD6, 0xD0, 0xCE, 0xC4])) === '中文'
 */
export function decodeCsvBytes(data: Uint8Array): { text: string; encoding: string } {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(data.subarray(3)), encoding: 'utf-8' };
  if (data[0] === 0xff && data[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(data.subarray(2)), encoding: 'utf-16le' };
  if (data[0] === 0xfe && data[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(data.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(data), encoding: 'gb18030' };
  }
}

/**
 * Picks the delimiter: the one of comma, tab and semicolon that occurs most in the first 20 lines
 * (a title line above the header has none), comma when none occurs.
 * @example delimiterOf('标题\n序号\t指标\n1\t1,386') === '\t'
 */
export function delimiterOf(text: string): string {
  const head = text.split(/\r\n|\r|\n/, 20).join('\n');
  const count = (ch: string): number => head.split(ch).length - 1;
  const best = [',', '\t', ';'].sort((a, b) => count(b) - count(a))[0] ?? ',';
  return count(best) > 0 ? best : ',';
}

/**
 * Splits CSV text into rows of fields (RFC 4180: "" is a quote inside a quoted field).
 * @example parseCsv('a,"b,c"\n1,2') → [['a', 'b,c'], ['1', '2']]
 */
export function parseCsv(text: string, delimiter = delimiterOf(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      field += ch; i++; continue;
    }
    if (ch === '"' && field === '') { quoted = true; i++; continue; }
    if (ch === delimiter) { row.push(field); field = ''; i++; continue; }
    if (ch === '\r' || ch === '\n') {
      row.push(field); rows.push(row); row = []; field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch; i++;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

const PLAIN_NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * A text field as a cell: a plain decimal number (not one with a leading zero, such as a code
 * 007) becomes a number, anything else stays text for the domain's own parsing; blank is empty.
 * @example textCell('6000') → { v: 6000 }; textCell('52.9%') → { v: '52.9%' }; textCell(' ') === undefined
 */
export function textCell(f: string): GridCell | undefined {
  const t = f.trim();
  if (t === '') return undefined;
  if (PLAIN_NUMBER.test(t) && !/^-?0\d/.test(t)) {
    const v = Number(t);
    if (Number.isFinite(v)) return { v };
  }
  return { v: f };
}

/**
 * The grid of a CSV file: one sheet named after the file.
 * @example csvToGrid('人社局.csv', bytes).sheet === '人社局'
 */
export function csvToGrid(file: string, data: Uint8Array): SheetGrid {
  const { text } = decodeCsvBytes(data);
  const rows: (GridCell | undefined)[][] = parseCsv(text).map((fields) => fields.map(textCell));
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((c) => c === undefined)) rows.pop();
  const name = file.replace(/^.*[\\/]/, '');
  return { file: name, sheet: name.replace(/\.[^.]*$/, '') || name, rows, merges: [], tables: [] };
}
