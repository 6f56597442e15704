/**
 * Reading an `.xlsx` package's cells straight from its XML into the domain's grids — the same grids
 * ExcelJS gives through `worksheetToGrid`, cell for cell, without building ExcelJS's workbook model.
 *
 * Why: ExcelJS builds a full object model of every cell, style, row and column, through a general
 * SAX parser, and then we copy the values out of it. For 200 department workbooks that was most of
 * the command's time, and for one 100,000-row sheet most of its memory. This reader keeps only what
 * the grids need: values, number formats, merges, tables, sheet names and visibility.
 *
 * It follows ExcelJS's reading rules exactly, including its quirks, so that a file reads the same
 * whichever reader reads it (the differential tests in test/xlsx/directRead.test.ts hold it to
 * that): where a part lives (`xl/worksheets/sheetN.xml` …), how a cell's type is decided, which
 * number formats make a number a date, how rows with only empty cells count, how shared-string
 * escapes `_xHHHH_` are decoded. Anything outside the dialect it knows — a comment or CDATA in a
 * part, prefixed element names, an unknown cell type, a name ExcelJS would refuse, a merge overlap —
 * throws {@link DirectReadUnsupported}, and the caller reads the file with ExcelJS as before.
 */
import { CellValue, GridCell, GridTable, SheetGrid, parseRange, CellRange } from '../domain/grid';
import { isoFromUtc } from './cellValues';
import { checkedEntries } from './fastUnzip';
import { firstOverlap } from './mergeLoading';
import { useDirectReader } from './xlsxSource';
import { DirectReadUnsupported, Tok, XmlScanner } from './xmlScanner';

export { DirectReadUnsupported } from './xmlScanner';

/** The parts of a package the reader asks for, by name (as UTF-8 text). */
export interface PackageParts {
  /** Every part name the reader may use (the ones that passed {@link wantedPart}). */
  names: string[];
  text(name: string): string | undefined;
}

// ExcelJS finds parts by these (unanchored) patterns; the anchored ones are the only forms read here.
const EXCELJS_SHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
const EXCELJS_SHEET_RELS = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/;
const EXCELJS_TABLE = /xl\/tables\/(table\d+)[.]xml/;
const SHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;
const SHEET_RELS_PART = /^xl\/worksheets\/_rels\/sheet(\d+)\.xml\.rels$/;
const TABLE_PART = /^xl\/tables\/(table\d+)\.xml$/;
const FIXED_PARTS = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml']);

/**
 * True for a part the reader uses (and for any name ExcelJS would take for one, so that odd names
 * reach the reader and make it step aside).
 * @example wantedPart('xl/worksheets/sheet1.xml') === true; wantedPart('xl/media/image1.png') === false
 */
export function wantedPart(name: string): boolean {
  return FIXED_PARTS.has(name) || EXCELJS_SHEET.test(name) || EXCELJS_SHEET_RELS.test(name) || EXCELJS_TABLE.test(name);
}

/** ExcelJS's built-in number formats by id (ids it does not know have no format). */
const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?',
  13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM',
  20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
  48: '##0.0E+0', 49: '@',
};

/**
 * True when ExcelJS reads numbers in this format as dates (its `isDateFmt`).
 * @example isDateFormat('yyyy"年"m"月"') === true; isDateFormat('0.00%') === false
 */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** ExcelJS's `xmlDecode`: the five entities once more (it applies it to `t="str"` text). */
function xmlDecodeAgain(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case '&lt;': return '<';
      case '&gt;': return '>';
      case '&amp;': return '&';
      case '&apos;': return "'";
      case '&quot;': return '"';
      default: return c;
    }
  });
}

/** Shared-string escapes `_xHHHH_` (upper-case hex only, as ExcelJS). */
function unescapeOoxml(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A date cell's value as ExcelJS converts it (excelToDate, then the calendar date in UTC). */
function dateValue(serial: unknown, date1904: boolean): CellValue {
  const v = Number(serial);
  const iso = isoFromUtc(new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000)));
  return iso ? { date: iso } : null;
}

/** Reads the root element, which must be `expected` (and not Strict OOXML's namespace). */
function rootOf(x: XmlScanner, expected: string, part: string): void {
  const t = x.next();
  if (t !== Tok.Open && t !== Tok.Empty) throw new DirectReadUnsupported(`${part}: no root element`);
  if (x.name !== expected) throw new DirectReadUnsupported(`${part}: root <${x.name}>`);
  const ns = x.attr('xmlns');
  if (ns !== undefined && ns.includes('purl.oclc.org')) throw new DirectReadUnsupported(`${part}: strict OOXML`);
}

/** A relationships part: target by relationship id. */
function readRels(xml: string | undefined, part: string): Map<string, string> {
  const rels = new Map<string, string>();
  if (xml === undefined) return rels;
  const x = new XmlScanner(xml);
  rootOf(x, 'Relationships', part);
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if ((t === Tok.Open || t === Tok.Empty) && x.name === 'Relationship') {
      const id = x.attr('Id');
      const target = x.attr('Target');
      if (id !== undefined && target !== undefined) rels.set(id, target);
    }
  }
  return rels;
}

interface SheetEntry {
  name: string;
  id: number;
  state: string | undefined;
  rId: string | undefined;
}

function readWorkbook(xml: string): { sheets: SheetEntry[]; date1904: boolean } {
  const x = new XmlScanner(xml);
  rootOf(x, 'workbook', 'workbook.xml');
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if (t !== Tok.Open && t !== Tok.Empty) continue;
    if (x.name === 'workbookPr' && x.depth <= 2) date1904 = x.attr('date1904') === '1';
    else if (x.name === 'sheet' && x.parent(t === Tok.Open ? 1 : 0) === 'sheets') {
      const name = x.attr('name');
      if (name === undefined) throw new DirectReadUnsupported('sheet without a name');
      sheets.push({ name: xmlDecodeAgain(name), id: parseInt(x.attr('sheetId') ?? '', 10), state: x.attr('state'), rId: x.attr('r:id') });
    }
  }
  return { sheets, date1904 };
}

/** The number format code of each cell format (index = the cells' `s`), undefined for none. */
function readStyles(xml: string | undefined): (string | undefined)[] {
  if (xml === undefined) return [];
  const x = new XmlScanner(xml);
  rootOf(x, 'styleSheet', 'styles.xml');
  const custom = new Map<number, string>();
  const xfs: number[] = [];
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if (t !== Tok.Open && t !== Tok.Empty) continue;
    const parent = x.parent(t === Tok.Open ? 1 : 0);
    if (x.name === 'numFmt' && parent === 'numFmts') {
      const code = x.attr('formatCode');
      if (code === undefined) throw new DirectReadUnsupported('numFmt without formatCode');
      custom.set(parseInt(x.attr('numFmtId') ?? '', 10), code.replace(/[\\](.)/g, '$1'));
    } else if (x.name === 'xf' && parent === 'cellXfs') {
      xfs.push(parseInt(x.attr('numFmtId') ?? '', 10));
    }
  }
  return xfs.map((id) => (id ? custom.get(id) || BUILTIN_FORMATS[id] : undefined));
}

/** A shared string as ExcelJS holds it: text, rich-text runs, or nothing (an empty `<si/>`). */
type SharedString = string | { runs: string[] } | null;

function readSharedStrings(xml: string | undefined): SharedString[] {
  const out: SharedString[] = [];
  if (xml === undefined) return out;
  const x = new XmlScanner(xml);
  rootOf(x, 'sst', 'sharedStrings.xml');
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if (t === Tok.Empty && x.name === 'si') { out.push(null); continue; }
    if (t === Tok.Close && x.name === 'sst') continue;
    const tag = x.name; // (a local, so that the check does not narrow x.name inside the loop)
    if (t !== Tok.Open || tag !== 'si') throw new DirectReadUnsupported(`<${tag}> in sst`);
    let plain: string | undefined;
    let runs: string[] | undefined;
    for (let u = x.next(); !(u === Tok.Close && x.name === 'si'); u = x.next()) {
      if (u === Tok.End) throw new DirectReadUnsupported('sst ended inside <si>');
      if (u === Tok.Close) continue;
      if (x.name === 't' && x.parent(u === Tok.Open ? 1 : 0) === 'si') {
        if (plain !== undefined || runs) throw new DirectReadUnsupported('mixed <si>');
        plain = u === Tok.Empty ? '' : elementText(x);
      } else if (x.name === 'r' && u === Tok.Open) {
        if (plain !== undefined) throw new DirectReadUnsupported('mixed <si>');
        (runs ??= []).push(runText(x));
      } else if (x.name === 'r') {
        (runs ??= []).push('');
      } else if (u === Tok.Open) x.skip(); // rPh (phonetic runs), phoneticPr with children
    }
    out.push(runs ? { runs } : plain !== undefined ? unescapeOoxml(plain) : null);
  }
  return out;
}

/** The text of a `<t>` just opened (no child elements allowed), its end tag consumed. */
function elementText(x: XmlScanner): string {
  if (x.next() !== Tok.Close) throw new DirectReadUnsupported('element inside <t>');
  return x.text();
}

/** The text of a rich-text run `<r>` just opened (its `<t>`, shared-string escapes decoded). */
function runText(x: XmlScanner): string {
  let text = '';
  for (let u = x.next(); !(u === Tok.Close && x.name === 'r'); u = x.next()) {
    if (u === Tok.End) throw new DirectReadUnsupported('ended inside <r>');
    if (u === Tok.Open && x.name === 't') text = unescapeOoxml(elementText(x));
    else if (u === Tok.Empty && x.name === 't') text = '';
    else if (u === Tok.Open) x.skip();
  }
  return text;
}

/** What the reader needs of a workbook to read one of its sheets. */
interface BookContext {
  /** The number format of each cell format (index = a cell's `s`). */
  formats: (string | undefined)[];
  /** Whether each cell format makes numbers dates. */
  dateFormat: boolean[];
  strings: SharedString[];
  date1904: boolean;
}

const sharedText = (s: SharedString): CellValue => (s === null ? null : typeof s === 'string' ? s : s.runs.join(''));

interface SheetContent {
  /** Cells as read, before merges remove the covered ones. */
  rows: (GridCell | undefined)[][];
  /** The last row ExcelJS counts as having values, merges aside. */
  lastCountedRow: number;
  merges: CellRange[];
  tableRIds: string[];
}

const CELL_TYPES = new Set(['n', 's', 'str', 'b', 'e', 'inlineStr']);

/** Column number of a cell reference's letters, and its row, or null for anything else. */
function decodeAddress(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else break;
  }
  if (i === 0 || i > 3) return null;
  let row = 0;
  if (i === ref.length) return null;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  if (row < 1 || row > 1048576 || col > 16384) return null;
  return { row, col };
}

function readSheet(xml: string, book: BookContext): SheetContent {
  const x = new XmlScanner(xml);
  rootOf(x, 'worksheet', 'worksheet');
  const rows: (GridCell | undefined)[][] = [];
  let lastCountedRow = 0;
  const merges: CellRange[] = [];
  const tableRIds: string[] = [];
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if (t === Tok.Close) continue;
    if (x.depth > (t === Tok.Open ? 2 : 1)) throw new DirectReadUnsupported('unexpected nesting');
    const name = x.name;
    if (t === Tok.Empty) continue;
    if (name === 'sheetData') lastCountedRow = readSheetData(x, book, rows);
    else if (name === 'mergeCells') {
      for (let u = x.next(); !(u === Tok.Close && x.name === 'mergeCells'); u = x.next()) {
        if (u === Tok.End) throw new DirectReadUnsupported('ended inside <mergeCells>');
        if (u === Tok.Close) continue;
        if (x.name !== 'mergeCell') throw new DirectReadUnsupported(`<${x.name}> in mergeCells`);
        const ref = x.attr('ref') ?? '';
        if (!/^[A-Z]{1,3}[1-9]\d*:[A-Z]{1,3}[1-9]\d*$/.test(ref)) throw new DirectReadUnsupported(`merge ${ref}`);
        const range = parseRange(ref);
        if (!range || range.bottom > 1048576 || range.right > 16384) throw new DirectReadUnsupported(`merge ${ref}`);
        merges.push(range);
        if (u === Tok.Open) x.skip();
      }
    } else if (name === 'tableParts') {
      for (let u = x.next(); !(u === Tok.Close && x.name === 'tableParts'); u = x.next()) {
        if (u === Tok.End) throw new DirectReadUnsupported('ended inside <tableParts>');
        if (u === Tok.Close) continue;
        if (x.name !== 'tablePart') throw new DirectReadUnsupported(`<${x.name}> in tableParts`);
        const rId = x.attr('r:id');
        if (rId === undefined) throw new DirectReadUnsupported('tablePart without r:id');
        tableRIds.push(rId);
        if (u === Tok.Open) x.skip();
      }
    } else x.skip();
  }
  return { rows, lastCountedRow, merges, tableRIds };
}

/**
 * Reads `<sheetData>` (just opened) into `rows`; returns the last row ExcelJS counts as having
 * values (a cell with a value or formula, or a cell with neither and no style — ExcelJS takes such
 * a cell for part of a merge).
 */
function readSheetData(x: XmlScanner, book: BookContext, rows: (GridCell | undefined)[][]): number {
  let last = 0;
  const seen: Record<number, 1> = {};
  for (let t = x.next(); !(t === Tok.Close && x.name === 'sheetData'); t = x.next()) {
    if (t === Tok.End) throw new DirectReadUnsupported('ended inside <sheetData>');
    const tag = x.name;
    if (tag !== 'row') throw new DirectReadUnsupported(`<${tag}> in sheetData`);
    const r = Number(x.attr('r'));
    if (!Number.isInteger(r) || r < 1 || r > 1048576) throw new DirectReadUnsupported('row without a number');
    // ExcelJS replaces a row met twice wholesale; such a file is left to it.
    if (seen[r]) throw new DirectReadUnsupported(`row ${r} twice`);
    seen[r] = 1;
    if (t === Tok.Empty) continue;
    const cells: (GridCell | undefined)[] = [];
    let counted = false;
    for (let u = x.next(); !(u === Tok.Close && x.name === 'row'); u = x.next()) {
      if (u === Tok.End) throw new DirectReadUnsupported('ended inside <row>');
      const cellTag = x.name;
      if (cellTag !== 'c' || u === Tok.Close) throw new DirectReadUnsupported(`<${cellTag}> in row`);
      const ref = x.attr('r');
      const at = ref === undefined ? null : decodeAddress(ref);
      if (!at || at.row !== r) throw new DirectReadUnsupported(`cell ${ref ?? '(no address)'} in row ${r}`);
      const type = x.attr('t');
      if (type !== undefined && !CELL_TYPES.has(type)) throw new DirectReadUnsupported(`cell type ${type}`);
      const sAttr = x.attr('s');
      const styleId = sAttr ? parseInt(sAttr, 10) : 0;
      // ExcelJS gives a cell a style only for a non-zero style index that exists.
      const fmt = styleId ? book.formats[styleId] : undefined;
      const isDate = styleId ? book.dateFormat[styleId] === true : false;
      let value: string | undefined;
      let runs: string[] | undefined;
      let formula: string | undefined;
      let shareType: string | undefined;
      if (u === Tok.Open) {
        for (let w = x.next(); !(w === Tok.Close && x.name === 'c'); w = x.next()) {
          if (w === Tok.End) throw new DirectReadUnsupported('ended inside <c>');
          if (w === Tok.Close) {
            if (x.name !== 'is') throw new DirectReadUnsupported(`</${x.name}> in c`);
            continue;
          }
          const n = x.name;
          if (n === 'v' || n === 't') {
            if (runs) throw new DirectReadUnsupported('text after rich runs');
            if (w === Tok.Open) {
              const text = elementText(x);
              if (text !== '') value = value ? value + text : text;
            }
          } else if (n === 'f') {
            const st = x.attr('t');
            if (st !== undefined) shareType = st;
            if (w === Tok.Open) {
              const text = elementText(x);
              if (text !== '') formula = formula ? formula + text : text;
            }
          } else if (n === 'is') {
            if (w === Tok.Empty) continue;
          } else if (n === 'r' && x.parent(w === Tok.Open ? 1 : 0) === 'is') {
            if (value !== undefined) throw new DirectReadUnsupported('rich runs after text');
            (runs ??= []).push(w === Tok.Open ? runText(x) : '');
          } else if (n === 'extLst' && w === Tok.Open) x.skip();
          else throw new DirectReadUnsupported(`<${n}> in c`);
        }
      }
      // As ExcelJS: a cell with a value or formula replaces the cell before it at the same address
      // and makes the row one with values; an empty cell with a style only replaces; an empty cell
      // without one is not kept at all.
      let v: CellValue = null;
      if (formula || shareType) {
        counted = true;
        if (runs) throw new DirectReadUnsupported('rich text in a formula cell');
        if (value) {
          let result: unknown;
          if (type === 'str') result = xmlDecodeAgain(value);
          else if (type === 'b') result = parseInt(value, 10) !== 0;
          else if (type === 'e') result = { error: value };
          else result = parseFloat(value);
          if (isDate) v = dateValue(result, book.date1904);
          else v = result as CellValue;
        }
      } else if (value !== undefined || runs) {
        counted = true;
        if (runs) {
          if (type !== 'inlineStr') throw new DirectReadUnsupported('rich runs outside an inline string');
          v = runs.join('');
        } else if (value !== undefined) {
          switch (type) {
            case 's': {
              const index = parseInt(value, 10);
              const shared = book.strings[index];
              if (shared === undefined) throw new DirectReadUnsupported(`shared string ${value}`);
              v = sharedText(shared);
              break;
            }
            case 'str': v = xmlDecodeAgain(value); break;
            case 'inlineStr': v = value; break;
            case 'b': v = parseInt(value, 10) !== 0; break;
            case 'e': v = { error: value }; break;
            default: {
              const num = parseFloat(value);
              v = isDate ? dateValue(num, book.date1904) : num;
            }
          }
        }
      } else if (!styleId) continue;
      if (v !== null) cells[at.col - 1] = fmt && fmt !== 'General' ? { v, fmt } : { v };
      else if (cells[at.col - 1] !== undefined) cells[at.col - 1] = undefined;
    }
    if (counted && r > last) last = r;
    if (cells.length) rows[r - 1] = cells;
  }
  return last;
}

/**
 * The grids of a package's worksheets, read the way ExcelJS reads them.
 * @throws DirectReadUnsupported for a package outside the dialect this reader knows
 * @example gridsFromParts('人社局.xlsx', parts) → [{ sheet: '2026年民生实事', rows: [...] }, …]
 */
export function gridsFromParts(file: string, parts: PackageParts): SheetGrid[] {
  for (const name of parts.names) {
    if ((EXCELJS_SHEET.test(name) && !SHEET_PART.test(name)) || (EXCELJS_SHEET_RELS.test(name) && !SHEET_RELS_PART.test(name)) || (EXCELJS_TABLE.test(name) && !TABLE_PART.test(name))) {
      throw new DirectReadUnsupported(`part name ${name}`);
    }
  }
  const workbookXml = parts.text('xl/workbook.xml');
  if (workbookXml === undefined) throw new DirectReadUnsupported('no xl/workbook.xml');
  const { sheets, date1904 } = readWorkbook(workbookXml);
  const rels = readRels(parts.text('xl/_rels/workbook.xml.rels'), 'workbook.xml.rels');
  const formats = readStyles(parts.text('xl/styles.xml'));
  const book: BookContext = { formats, dateFormat: formats.map(isDateFormat), strings: readSharedStrings(parts.text('xl/sharedStrings.xml')), date1904 };
  const sheetParts = new Set(parts.names.filter((n) => SHEET_PART.test(n)));
  const tableParts = new Set(parts.names.filter((n) => TABLE_PART.test(n)));
  const used = new Set<string>();
  const names = new Set<string>();
  const ids = new Set<number>();
  const grids: SheetGrid[] = [];
  for (const sheet of sheets) {
    const target = sheet.rId === undefined ? undefined : rels.get(sheet.rId);
    if (target === undefined) continue; // ExcelJS skips a sheet without a relationship
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (!sheetParts.has(part)) {
      if (EXCELJS_SHEET.test(part)) throw new DirectReadUnsupported(`missing part ${part}`);
      continue; // a chartsheet or another kind ExcelJS does not read
    }
    if (used.has(part)) throw new DirectReadUnsupported(`two sheets on ${part}`);
    used.add(part);
    if (!Number.isInteger(sheet.id) || sheet.id < 1 || ids.has(sheet.id)) throw new DirectReadUnsupported(`sheetId ${sheet.id}`);
    ids.add(sheet.id);
    const name = sheet.name;
    // Names ExcelJS refuses or changes are left to it.
    if (name === '' || name === 'History' || /[*?:/\\[\]]/.test(name) || /(^')|('$)/.test(name) || name.length > 31 || names.has(name.toLowerCase())) {
      throw new DirectReadUnsupported(`sheet name ${name}`);
    }
    names.add(name.toLowerCase());
    const content = readSheet(parts.text(part) ?? '', book);
    const sheetNo = (SHEET_PART.exec(part) as RegExpExecArray)[1];
    grids.push(toGrid(file, name, sheet.state, content, content.tableRIds.length ? tablesOf(content.tableRIds, parts, `xl/worksheets/_rels/sheet${sheetNo}.xml.rels`, tableParts) : []));
  }
  // A worksheet part no sheet names: ExcelJS would still make a sheet of it.
  for (const p of sheetParts) if (!used.has(p)) throw new DirectReadUnsupported(`unlisted part ${p}`);
  if (!grids.length) throw new DirectReadUnsupported('no worksheets');
  return grids;
}

function tablesOf(rIds: string[], parts: PackageParts, relsPart: string, tableParts: Set<string>): GridTable[] {
  const rels = readRels(parts.text(relsPart), relsPart);
  const byName = new Map<string, GridTable | null>();
  for (const rId of rIds) {
    const target = rels.get(rId) ?? '';
    const m = /^\.\.\/tables\/(table\d+)\.xml$/.exec(target);
    const part = m ? `xl/tables/${m[1] ?? ''}.xml` : '';
    if (!tableParts.has(part)) throw new DirectReadUnsupported(`table ${target}`);
    const x = new XmlScanner(parts.text(part) ?? '');
    rootOf(x, 'table', part);
    const name = x.attr('name');
    if (name === undefined) throw new DirectReadUnsupported('table without a name');
    const range = parseRange(x.attr('ref') ?? '');
    byName.set(name, range ? { name, range } : null);
  }
  return [...byName.values()].filter((t): t is GridTable => t !== null);
}

function toGrid(file: string, sheet: string, state: string | undefined, content: SheetContent, tables: GridTable[]): SheetGrid {
  const { rows, merges } = content;
  let last = content.lastCountedRow;
  // Merged areas: ExcelJS refuses overlaps, keeps only the top-left cell's value, and counts the
  // rows of the covered cells as rows with values.
  if (merges.length) {
    if (firstOverlap(merges)) throw new DirectReadUnsupported('overlapping merges');
    for (const m of merges) {
      if ((m.bottom > m.top || m.right > m.left) && m.bottom > last) last = m.bottom;
      for (let r = m.top; r <= m.bottom; r++) {
        const cells = rows[r - 1];
        if (!cells) continue;
        for (let c = m.left; c <= m.right && c <= cells.length; c++) if ((r !== m.top || c !== m.left) && cells[c - 1]) cells[c - 1] = undefined;
      }
    }
  }
  const out: (GridCell | undefined)[][] = new Array<(GridCell | undefined)[]>(last);
  for (let i = 0; i < last; i++) out[i] = trimmed(rows[i]);
  const grid: SheetGrid = { file, sheet, rows: out, merges, tables };
  if (state && state !== 'visible') grid.hidden = true;
  return grid;
}

/** A row's cells without trailing holes (ExcelJS's rows end at their last value), or []. */
function trimmed(cells: (GridCell | undefined)[] | undefined): (GridCell | undefined)[] {
  if (!cells) return [];
  let n = cells.length;
  while (n > 0 && cells[n - 1] === undefined) n--;
  if (n !== cells.length) cells.length = n;
  return cells;
}

/**
 * Reads an `.xlsx` package's worksheets into grids without ExcelJS (see the module's comment).
 * Parts are unzipped with fflate, each checked against its CRC-32.
 * @throws DirectReadUnsupported when the package should be read by ExcelJS instead
 * @example readGridsDirect('人社局.xlsx', bytes)[0]?.sheet === '2026年民生实事'
 */
export function readGridsDirect(file: string, bytes: Uint8Array): SheetGrid[] {
  let entries: Record<string, Uint8Array>;
  try {
    entries = checkedEntries(bytes, wantedPart);
  } catch (err) {
    throw new DirectReadUnsupported(`unzip: ${(err as Error).message}`, { cause: err });
  }
  const decoder = new TextDecoder('utf-8');
  return gridsFromParts(file, {
    names: Object.keys(entries),
    text: (name) => {
      const b = entries[name];
      if (b === undefined) return undefined;
      if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) throw new DirectReadUnsupported(`${name} is UTF-16`);
      return decoder.decode(b);
    },
  });
}

/**
 * Makes the `.xlsx` source read packages with {@link readGridsDirect} first (ExcelJS reads what it
 * leaves). Node only: the CLI, its worker threads and tests.
 */
export function useDirectRead(): void {
  useDirectReader(readGridsDirect);
}
