/**
 * The project's fast `.xlsx` reader: a package's cells straight from its XML into the domain's
 * grids, without building a general spreadsheet model.
 *
 * Why: a general reader builds an object for every cell, style, row and column and then we copy
 * the values out of it. For 200 department workbooks that was most of the command's time, and for
 * one 100,000-row sheet most of its memory. This reader keeps only what the grids need: values,
 * number formats, merges, tables, hidden sheets, rows and columns, and sheet names.
 *
 * The rule is what Excel shows for each cell (see worksheetXml.ts). Parts are found as Excel finds
 * them, through the package's relationships (so `xl/SharedStrings.xml` is found too), in
 * Transitional and Strict OOXML alike. What it does not know — prefixed element names, a DOCTYPE, an
 * unknown cell type, overlapping merges, a workbook part elsewhere than `xl/workbook.xml`, UTF-16
 * parts — throws {@link DirectReadUnsupported}, and the caller reads the file with SheetJS. A
 * package that is damaged (a zip that does not inflate or fails its CRC-32, a part that is not
 * well-formed XML) throws {@link DirectReadDamaged}: Excel reports those as damaged too. It runs in
 * Node and in the browser alike (fflate, TextDecoder; no Node modules).
 */
import { GridTable, SheetGrid, parseRange } from '../domain/grid';
import { isDateFormat } from '../domain/dateFormat';
import { readRels, readSharedStrings, readStyles, readWorkbookXml, rootOf } from './packageParts';
import { BookContext, readWorksheetXml, worksheetGrid } from './worksheetXml';
import { DirectReadDamaged, DirectReadUnsupported, XmlScanner } from './xmlScanner';
import { ZipDamaged, checkedEntries } from './zipBytes';

export { DirectReadDamaged, DirectReadUnsupported } from './xmlScanner';

/** The parts of a package the reader asks for, by name (as text). */
export interface PackageParts {
  /** Every part name the reader may use (the ones that passed {@link wantedPart}). */
  names: string[];
  text(name: string): string | undefined;
}

/** The XML parts of the spreadsheet (worksheets, tables, styles, strings, relationships); not media, drawings or properties. */
const WANTED = /^(xl\/[^/]+\.xml|xl\/_rels\/[^/]+\.rels|xl\/worksheets\/[^/]+\.xml|xl\/worksheets\/_rels\/[^/]+\.rels|xl\/tables\/[^/]+\.xml)$/i;

/**
 * True for a part the reader may use.
 * @example wantedPart('xl/worksheets/sheet1.xml') === true; wantedPart('xl/media/image1.png') === false
 */
export function wantedPart(name: string): boolean {
  return WANTED.test(name);
}

const dirOf = (part: string): string => part.slice(0, part.lastIndexOf('/') + 1);
const relsOf = (part: string): string => `${dirOf(part)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;

/**
 * The grids of a package's worksheets, in workbook order (chartsheets and dialog sheets have no
 * cells and are left out).
 * @throws DirectReadUnsupported for a package outside the dialect this reader knows
 * @throws DirectReadDamaged for a part that is not well-formed
 * @example gridsFromParts('人社局.xlsx', parts) → [{ sheet: '2026年民生实事', rows: [...] }, …]
 */
export function gridsFromParts(file: string, parts: PackageParts): SheetGrid[] {
  const workbookXml = parts.text('xl/workbook.xml');
  if (workbookXml === undefined) throw new DirectReadUnsupported('no xl/workbook.xml');
  const { sheets, date1904 } = readWorkbookXml(workbookXml);
  const rels = readRels(parts.text('xl/_rels/workbook.xml.rels'), 'workbook.xml.rels', 'xl/');
  const byType = (type: string, fallback: string): string | undefined => {
    for (const r of rels.values()) if (r.type === type) return parts.text(r.target);
    return parts.text(fallback);
  };
  const formats = readStyles(byType('styles', 'xl/styles.xml'));
  const book: BookContext = { formats, dateFormat: formats.map(isDateFormat), strings: readSharedStrings(byType('sharedStrings', 'xl/sharedStrings.xml')), date1904 };
  const grids: SheetGrid[] = [];
  const used = new Set<string>();
  for (const sheet of sheets) {
    const rel = sheet.rId === undefined ? undefined : rels.get(sheet.rId);
    if (rel === undefined) throw new DirectReadUnsupported(`sheet ${sheet.name} without a relationship`);
    if (rel.type !== 'worksheet') continue; // a chartsheet, dialog sheet or macro sheet: no cells
    const xml = parts.text(rel.target);
    if (xml === undefined) throw new DirectReadUnsupported(`missing part ${rel.target}`);
    if (used.has(rel.target)) throw new DirectReadUnsupported(`two sheets on ${rel.target}`);
    used.add(rel.target);
    const content = readWorksheetXml(xml, book);
    const tables = content.tableRIds.length ? tablesOf(content.tableRIds, parts, rel.target) : [];
    grids.push(worksheetGrid(file, sheet.name, sheet.state === 'hidden' || sheet.state === 'veryHidden', content, tables));
  }
  if (!grids.length) throw new DirectReadUnsupported('no worksheets');
  return grids;
}

function tablesOf(rIds: string[], parts: PackageParts, sheetPart: string): GridTable[] {
  const rels = readRels(parts.text(relsOf(sheetPart)), relsOf(sheetPart), dirOf(sheetPart));
  const byName = new Map<string, GridTable | null>();
  for (const rId of rIds) {
    const target = rels.get(rId)?.target ?? '';
    const xml = parts.text(target);
    if (xml === undefined) throw new DirectReadUnsupported(`table ${target}`);
    const x = new XmlScanner(xml);
    rootOf(x, 'table', target);
    const name = x.attr('displayName') ?? x.attr('name');
    if (name === undefined) throw new DirectReadUnsupported('table without a name');
    const range = parseRange(x.attr('ref') ?? '');
    byName.set(name, range ? { name, range } : null);
  }
  return [...byName.values()].filter((t): t is GridTable => t !== null);
}

/**
 * Reads an `.xlsx`/`.xlsm` package's worksheets into grids (see the module's comment). Parts are
 * unzipped with fflate, each checked against its CRC-32.
 * @throws DirectReadUnsupported when the package should be read by SheetJS instead
 * @throws DirectReadDamaged when the package is damaged
 * @example readGridsDirect('人社局.xlsx', bytes)[0]?.sheet === '2026年民生实事'
 */
export function readGridsDirect(file: string, bytes: Uint8Array): SheetGrid[] {
  let entries: Record<string, Uint8Array>;
  try {
    entries = checkedEntries(bytes, wantedPart);
  } catch (err) {
    if (err instanceof ZipDamaged) throw new DirectReadDamaged(err.message, { cause: err });
    throw err;
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

/** A reader of `.xlsx` packages: {@link readGridsDirect}, or a stand-in in tests. */
export type FastXlsxReader = (file: string, bytes: Uint8Array) => SheetGrid[];
