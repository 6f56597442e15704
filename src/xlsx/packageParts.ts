/**
 * The workbook-level parts of an `.xlsx` package, read for the direct reader: the workbook (sheet
 * names, visibility, date system), relationships, styles (each cell format's number format) and
 * shared strings. Transitional and Strict OOXML use the same element names; only their namespaces
 * and relationship type URIs differ, so both are read here (relationship types by their last word).
 */
import { builtinFormat } from './builtinFormats';
import { DirectReadDamaged, DirectReadUnsupported, Tok, XmlScanner } from './xmlScanner';

/**
 * Reads the root element, which must be `expected` (unprefixed). Text before it is not
 * well-formed XML: Excel reports such a part as damaged.
 */
export function rootOf(x: XmlScanner, expected: string, part: string): void {
  const t = x.next();
  if (!x.textIsBlank()) throw new DirectReadDamaged(`${part}: text before the root element`);
  if (t !== Tok.Open && t !== Tok.Empty) throw new DirectReadDamaged(`${part}: no root element`);
  if (x.name !== expected) throw new DirectReadUnsupported(`${part}: root <${x.name}>`);
}

/** One relationship: where it points and the last word of its type (`worksheet`, `sharedStrings` …). */
export interface Relationship {
  target: string;
  type: string;
}

/**
 * A relationships part: each relationship by id, its target resolved against `baseDir` (the folder
 * of the part the relationships belong to, e.g. `xl/`); external targets are left out.
 */
export function readRels(xml: string | undefined, part: string, baseDir: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  if (xml === undefined) return rels;
  const x = new XmlScanner(xml);
  rootOf(x, 'Relationships', part);
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if ((t === Tok.Open || t === Tok.Empty) && x.name === 'Relationship') {
      const id = x.attr('Id');
      const target = x.attr('Target');
      if (id === undefined || target === undefined || x.attr('TargetMode') === 'External') continue;
      rels.set(id, { target: resolvePart(baseDir, target), type: (x.attr('Type') ?? '').replace(/^.*\//, '') });
    }
  }
  return rels;
}

/**
 * A relationship target as a part name: absolute (`/xl/…`) or relative to `baseDir`, `..` resolved.
 * @example resolvePart('xl/worksheets/', '../tables/table1.xml') === 'xl/tables/table1.xml'
 */
export function resolvePart(baseDir: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : baseDir + target;
  const out: string[] = [];
  for (const seg of path.replace(/\\/g, '/').split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

export interface SheetEntry {
  name: string;
  state: string | undefined;
  rId: string | undefined;
}

/** The workbook part: its sheets in order and whether it uses the 1904 date system. */
export function readWorkbookXml(xml: string): { sheets: SheetEntry[]; date1904: boolean } {
  const x = new XmlScanner(xml);
  rootOf(x, 'workbook', 'workbook.xml');
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if (t !== Tok.Open && t !== Tok.Empty) continue;
    if (x.name === 'workbookPr' && x.depth <= 2) {
      const d = x.attr('date1904');
      date1904 = d === '1' || d === 'true';
    } else if (x.name === 'sheet' && x.parent(t === Tok.Open ? 1 : 0) === 'sheets') {
      const name = x.attr('name');
      if (name === undefined) throw new DirectReadUnsupported('sheet without a name');
      sheets.push({ name, state: x.attr('state'), rId: x.attr('r:id') });
    }
  }
  return { sheets, date1904 };
}

/** The number format code of each cell format (index = the cells' `s`), undefined for General or none. */
export function readStyles(xml: string | undefined): (string | undefined)[] {
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
      custom.set(parseInt(x.attr('numFmtId') ?? '', 10), code);
    } else if (x.name === 'xf' && parent === 'cellXfs') {
      xfs.push(parseInt(x.attr('numFmtId') ?? '0', 10));
    }
  }
  return xfs.map((id) => {
    const code = id ? custom.get(id) ?? builtinFormat(id) : undefined;
    return code === 'General' ? undefined : code;
  });
}

/** Shared-string escapes `_xHHHH_` (the characters XML cannot hold, such as `_x000D_`). */
export function unescapeOoxml(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The shared strings, each as its plain text (rich-text runs joined, phonetic runs left out). */
export function readSharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (xml === undefined) return out;
  const x = new XmlScanner(xml);
  rootOf(x, 'sst', 'sharedStrings.xml');
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if (t === Tok.Empty && x.name === 'si') { out.push(''); continue; }
    if (t === Tok.Close && x.name === 'sst') continue;
    const tag = x.name; // (a local, so that the check does not narrow x.name inside the loop)
    if (t === Tok.Open && tag === 'extLst') { x.skip(); continue; }
    if (t !== Tok.Open || tag !== 'si') throw new DirectReadUnsupported(`<${tag}> in sst`);
    let text = '';
    for (let u = x.next(); !(u === Tok.Close && x.name === 'si'); u = x.next()) {
      if (u === Tok.End) throw new DirectReadDamaged('sst ended inside <si>');
      if (u === Tok.Close) continue;
      if (x.name === 't' && u === Tok.Open) text += elementText(x);
      else if (x.name === 'r' && u === Tok.Open) text += runText(x);
      else if (u === Tok.Open) x.skip(); // rPh (phonetic runs), phoneticPr with children
    }
    out.push(unescapeOoxml(text));
  }
  return out;
}

/** The text of a `<t>` just opened (no child elements allowed), its end tag consumed. */
export function elementText(x: XmlScanner): string {
  if (x.next() !== Tok.Close) throw new DirectReadUnsupported('element inside <t>');
  return x.text();
}

/** The text of a rich-text run `<r>` just opened (its `<t>`), its end tag consumed. */
export function runText(x: XmlScanner): string {
  let text = '';
  for (let u = x.next(); !(u === Tok.Close && x.name === 'r'); u = x.next()) {
    if (u === Tok.End) throw new DirectReadDamaged('ended inside <r>');
    if (u === Tok.Open && x.name === 't') text += elementText(x);
    else if (u === Tok.Open) x.skip();
  }
  return text;
}
