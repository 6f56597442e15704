/**
 * Test helpers: open a .docx (a zip of XML parts) and query its WordprocessingML with a DOM parser.
 */
import JSZip from 'jszip';
import { JSDOM } from 'jsdom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const window = new JSDOM('').window;

export function parseXml(text: string): Document {
  const doc = new window.DOMParser().parseFromString(text, 'application/xml');
  const err = doc.getElementsByTagName('parsererror')[0];
  if (err) throw new Error(`bad XML: ${err.textContent}`);
  return doc;
}

export interface DocxParts {
  names: string[];
  text(path: string): Promise<string>;
  xml(path: string): Promise<Document>;
}

export async function openDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string): Promise<string> => {
    const f = zip.file(path);
    if (!f) throw new Error(`no part ${path} in the docx`);
    return f.async('string');
  };
  return { names: Object.keys(zip.files), text, xml: async (path) => parseXml(await text(path)) };
}

/** Elements in the w: namespace by local name, below `el`. */
export function all(el: Document | Element, localName: string): Element[] {
  return Array.from(el.getElementsByTagNameNS(W, localName));
}

export function one(el: Document | Element, localName: string): Element | null {
  return all(el, localName)[0] ?? null;
}

/** A w: attribute. */
export function attr(el: Element | null | undefined, name: string): string | null {
  return el ? el.getAttributeNS(W, name) : null;
}

/** The text of a paragraph (its w:t runs). */
export function paraText(p: Element): string {
  return all(p, 't').map((t) => t.textContent ?? '').join('');
}

/** Body paragraphs (outside tables) of document.xml. */
export function bodyParagraphs(doc: Document): Element[] {
  const body = one(doc, 'body');
  if (!body) return [];
  return Array.from(body.children).filter((e) => e.namespaceURI === W && e.localName === 'p');
}

/** Run properties of the first run that has text. */
export function firstRunProps(p: Element): { eastAsia: string | null; ascii: string | null; hAnsi: string | null; size: number | null; bold: boolean; color: string | null } {
  const r = all(p, 'r').find((x) => all(x, 't').length > 0) ?? null;
  const fonts = r ? one(r, 'rFonts') : null;
  const sz = r ? one(r, 'sz') : null;
  return {
    eastAsia: attr(fonts, 'eastAsia'),
    ascii: attr(fonts, 'ascii'),
    hAnsi: attr(fonts, 'hAnsi'),
    size: sz ? Number(attr(sz, 'val')) / 2 : null,
    bold: r ? one(r, 'b') !== null : false,
    color: r ? attr(one(r, 'color'), 'val') : null,
  };
}
