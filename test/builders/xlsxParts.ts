/**
 * Test data builders: `.xlsx` packages zipped from hand-written XML parts, for what ExcelJS itself
 * never writes (inline strings, phonetic runs, built-in number formats by id, absolute targets,
 * chartsheets …). Every part can be replaced or left out, so a package can be as odd as needed.
 *
 * @example
 * const bytes = xlsxPackage({ sheets: [{ name: '甲', xml: worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }] });
 */
import { strToU8, zipSync } from 'fflate';

export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
export const REL_WORKSHEET = `${NS_REL}/worksheet`;
export const REL_CHARTSHEET = `${NS_REL}/chartsheet`;
export const REL_TABLE = `${NS_REL}/table`;
export const REL_HYPERLINK = `${NS_REL}/hyperlink`;
const REL_STYLES = `${NS_REL}/styles`;
const REL_SST = `${NS_REL}/sharedStrings`;
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Escapes text for an XML attribute or element. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Zips parts (name → text or bytes) into a package. */
export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(parts)) files[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(files, { level: 6 });
}

/** A relationships part. */
export function relsXml(rels: { id: string; type: string; target: string; external?: boolean }[]): string {
  return `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">`
    + rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`).join('')
    + '</Relationships>';
}

/**
 * A worksheet part: `sheetData` holds the rows (the inside of `<sheetData>`), `after` what follows
 * it (mergeCells, hyperlinks, tableParts, extLst …), `before` what precedes it.
 */
export function worksheetXml(sheetData: string, after = '', before = ''): string {
  return `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${before}<sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}

/** `<mergeCells>` for the ranges given, in that order. */
export function mergeCellsXml(refs: string[]): string {
  return `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`;
}

/** A shared strings part from the `<si>` elements given (written as they are). */
export function sharedStringsXml(items: string[]): string {
  return `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${items.length}" uniqueCount="${items.length}">${items.join('')}</sst>`;
}

/** A plain `<si>` for a string. */
export const si = (text: string): string => `<si><t xml:space="preserve">${esc(text)}</t></si>`;

/**
 * A styles part: custom number formats, one cellXfs entry per numFmtId given (index 0 is General
 * unless the list says otherwise; a string is written as the `<xf>` itself), and one differential
 * format (dxfId 0, for conditional formats) unless `dxfs` is false.
 */
export function stylesXml(spec: { numFmts?: { id: number; code: string }[]; cellXfs?: (number | string)[]; dxfs?: boolean } = {}): string {
  const numFmts = spec.numFmts ?? [];
  const xfs = spec.cellXfs ?? [0];
  const xf = (x: number | string): string => (typeof x === 'number' ? `<xf numFmtId="${x}" fontId="0" fillId="0" borderId="0" xfId="0"${x ? ' applyNumberFormat="1"' : ''}/>` : x);
  return `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">`
    + (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.map((f) => `<numFmt numFmtId="${f.id}" formatCode="${esc(f.code)}"/>`).join('')}</numFmts>` : '')
    + '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
    + '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>'
    + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    + `<cellXfs count="${xfs.length}">${xfs.map(xf).join('')}</cellXfs>`
    + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    + (spec.dxfs === false ? '' : '<dxfs count="1"><dxf><font><color rgb="FFFF0000"/></font></dxf></dxfs>')
    + '</styleSheet>';
}

export interface SheetPartSpec {
  name: string;
  /** The worksheet part's text (see {@link worksheetXml}). */
  xml: string;
  /** `hidden`, `veryHidden` … (the attribute is left out when undefined). */
  state?: string;
  /** The worksheet's relationships part, if any. */
  rels?: string;
  /** The target written in the workbook's relationships (default `worksheets/sheetN.xml`). */
  target?: string;
  /** The part's name in the package (default `xl/worksheets/sheetN.xml`). */
  part?: string;
  /** The sheetId attribute (default N). */
  sheetId?: string;
}

export interface PackageSpec {
  sheets: SheetPartSpec[];
  /** `<si>` elements; no shared strings part when undefined. */
  sharedStrings?: string[];
  /** The styles part; {@link stylesXml}() when undefined, none when null. */
  styles?: string | null;
  /** The `<workbookPr>` element, e.g. `<workbookPr date1904="1"/>`. */
  workbookPr?: string;
  /** What workbook.xml holds before `<workbookPr>` (fileVersion, mc:AlternateContent …). */
  workbookBefore?: string;
  /** What workbook.xml holds after `<sheets>` (definedNames …). */
  workbookAfter?: string;
  /** More `<sheet>` elements and relationships in workbook.xml (chartsheets …). */
  extraSheets?: { element: string; rel: { id: string; type: string; target: string } }[];
  /** More parts (tables, chartsheets …), or replacements for the generated ones. */
  parts?: Record<string, string | Uint8Array>;
}

/** The package of the sheets given, with content types, relationships, workbook and styles. */
export function xlsxPackage(spec: PackageSpec): Uint8Array {
  const parts: Record<string, string | Uint8Array> = {};
  const sheetPart = (s: SheetPartSpec, i: number): string => s.part ?? `xl/worksheets/sheet${i + 1}.xml`;
  const wbRels: { id: string; type: string; target: string }[] = spec.sheets.map((s, i) => ({ id: `rId${i + 1}`, type: REL_WORKSHEET, target: s.target ?? `worksheets/sheet${i + 1}.xml` }));
  const styles = spec.styles === undefined ? stylesXml() : spec.styles;
  if (styles !== null) wbRels.push({ id: 'rIdStyles', type: REL_STYLES, target: 'styles.xml' });
  if (spec.sharedStrings) wbRels.push({ id: 'rIdSst', type: REL_SST, target: 'sharedStrings.xml' });
  for (const x of spec.extraSheets ?? []) wbRels.push(x.rel);
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>`,
    ...spec.sheets.map((s, i) => `<Override PartName="/${sheetPart(s, i)}" ContentType="${CT}.worksheet+xml"/>`),
    ...(styles !== null ? [`<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`] : []),
    ...(spec.sharedStrings ? [`<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>`] : []),
    ...Object.keys(spec.parts ?? {}).filter((p) => /^xl\/tables\//.test(p)).map((p) => `<Override PartName="/${p}" ContentType="${CT}.table+xml"/>`),
  ];
  parts['[Content_Types].xml'] = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + `${overrides.join('')}</Types>`;
  parts['_rels/.rels'] = relsXml([{ id: 'rId1', type: `${NS_REL}/officeDocument`, target: 'xl/workbook.xml' }]);
  const sheetElements = spec.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${s.sheetId ?? i + 1}"${s.state !== undefined ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`);
  for (const x of spec.extraSheets ?? []) sheetElements.push(x.element);
  parts['xl/workbook.xml'] = `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${spec.workbookBefore ?? ''}${spec.workbookPr ?? '<workbookPr/>'}`
    + `<bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetElements.join('')}</sheets>${spec.workbookAfter ?? ''}<calcPr calcId="191029"/></workbook>`;
  parts['xl/_rels/workbook.xml.rels'] = relsXml(wbRels);
  spec.sheets.forEach((s, i) => {
    const part = sheetPart(s, i);
    parts[part] = s.xml;
    if (s.rels !== undefined) parts[part.replace(/([^/]+)$/, '_rels/$1.rels')] = s.rels;
  });
  if (styles !== null) parts['xl/styles.xml'] = styles;
  if (spec.sharedStrings) parts['xl/sharedStrings.xml'] = sharedStringsXml(spec.sharedStrings);
  Object.assign(parts, spec.parts ?? {});
  return zipParts(parts);
}

/** A package of one sheet named Sheet1 (the worksheet from its sheetData, and what follows it). */
export function oneSheet(sheetData: string, more: Omit<PackageSpec, 'sheets'> & { after?: string; rels?: string } = {}): Uint8Array {
  const { after, rels, ...rest } = more;
  return xlsxPackage({ ...rest, sheets: [{ name: 'Sheet1', xml: worksheetXml(sheetData, after ?? ''), rels }] });
}

/** A table part. */
export function tableXml(id: number, name: string, ref: string, columns: string[]): string {
  return `${XML_HEAD}<table xmlns="${NS_MAIN}" id="${id}" name="${esc(name)}" displayName="${esc(name)}" ref="${ref}" totalsRowShown="0">`
    + `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${columns.map((c, i) => `<tableColumn id="${i + 1}" name="${esc(c)}"/>`).join('')}</tableColumns>`
    + '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';
}
