/**
 * Test data builders for the formats written as text: SpreadsheetML 2003 (the XML workbook Excel
 * 2003 saves and many reporting systems export, often under an `.xls` name) and CSV in UTF-8 (with
 * or without a byte-order mark), GBK and UTF-16 (what Excel on a Chinese Windows writes as "CSV"
 * and "Unicode text").
 *
 * @example
 * const bytes = spreadsheetMl2003([{ name: '民生实事', rows: [['指标', '目标'], ['就业', 6000]] }]);
 * const gbk = csvBytes([['指标', '目标'], ['就业', 6000]], 'gbk');
 */
import iconv from 'iconv-lite';

/** One cell: text, a number (with an optional number format), or nothing. */
export type TextTableCell = string | number | null | { v: number; fmt: string };

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A SpreadsheetML 2003 workbook: each sheet's rows, merged areas (`merge` as [row, col, across, down],
 * 1-based), hidden rows and a hidden state; number formats become styles.
 */
export function spreadsheetMl2003(sheets: { name: string; rows: TextTableCell[][]; merges?: [number, number, number, number][]; hiddenRows?: number[]; hidden?: boolean }[]): Uint8Array {
  const formats: string[] = [];
  const styleOf = (fmt: string): string => {
    let i = formats.indexOf(fmt);
    if (i < 0) i = formats.push(fmt) - 1;
    return `s${21 + i}`;
  };
  const body = sheets.map((s) => {
    const rows = s.rows.map((row, r) => {
      const cells = row.map((c, k) => {
        if (c === null) return '';
        const merge = s.merges?.find((m) => m[0] === r + 1 && m[1] === k + 1);
        const mergeAttr = merge ? `${merge[2] ? ` ss:MergeAcross="${merge[2]}"` : ''}${merge[3] ? ` ss:MergeDown="${merge[3]}"` : ''}` : '';
        const at = ` ss:Index="${k + 1}"${mergeAttr}`;
        if (typeof c === 'string') return `<Cell${at}><Data ss:Type="String">${esc(c)}</Data></Cell>`;
        if (typeof c === 'number') return `<Cell${at}><Data ss:Type="Number">${c}</Data></Cell>`;
        return `<Cell${at} ss:StyleID="${styleOf(c.fmt)}"><Data ss:Type="Number">${c.v}</Data></Cell>`;
      }).join('');
      return `<Row ss:Index="${r + 1}"${s.hiddenRows?.includes(r + 1) ? ' ss:Hidden="1"' : ''}>${cells}</Row>`;
    }).join('\n');
    const options = s.hidden ? '<WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions>' : '';
    return `<Worksheet ss:Name="${esc(s.name)}"><Table>\n${rows}\n</Table>${options}</Worksheet>`;
  }).join('\n');
  const styles = formats.map((f, i) => `<Style ss:ID="s${21 + i}"><NumberFormat ss:Format="${esc(f)}"/></Style>`).join('');
  const xml = '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
    + '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" '
    + 'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">\n'
    + `<Styles><Style ss:ID="Default" ss:Name="Normal"/>${styles}</Styles>\n${body}\n</Workbook>\n`;
  return new TextEncoder().encode(xml);
}

/** CSV text of the rows (RFC 4180 quoting), lines ended with CR LF as Excel writes them. */
export function csvText(rows: TextTableCell[][], delimiter = ','): string {
  const field = (c: TextTableCell): string => {
    if (c === null) return '';
    const t = typeof c === 'object' ? String(c.v) : String(c);
    return /[",\r\n\t]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  return `${rows.map((r) => r.map(field).join(delimiter)).join('\r\n')}\r\n`;
}

/**
 * CSV bytes in an encoding: `utf8` (no mark), `utf8-bom`, `gbk`, or `utf16le` (with its byte-order
 * mark and tabs, as Excel's "Unicode text" is written).
 */
export function csvBytes(rows: TextTableCell[][], encoding: 'utf8' | 'utf8-bom' | 'gbk' | 'utf16le'): Uint8Array {
  if (encoding === 'utf16le') return new Uint8Array(iconv.encode(csvText(rows, '\t'), 'utf16le', { addBOM: true }));
  if (encoding === 'gbk') return new Uint8Array(iconv.encode(csvText(rows), 'gbk'));
  const text = csvText(rows);
  return new TextEncoder().encode(encoding === 'utf8-bom' ? `\uFEFF${text}` : text);
}
