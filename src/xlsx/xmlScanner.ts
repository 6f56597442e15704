/**
 * A small pull scanner for the XML parts of an `.xlsx` package, for the direct reader
 * (src/xlsx/directRead.ts). It understands the XML that spreadsheet programs write: elements,
 * attributes, text, CDATA sections, comments and processing instructions (skipped), the five
 * predefined entities and character references. A DOCTYPE (which could define entities) throws
 * {@link DirectReadUnsupported}, and the caller reads the file with SheetJS; XML that is not
 * well-formed — text before or after the root, a tag that does not close, unbalanced elements, an
 * undefined entity — throws {@link DirectReadDamaged}: Excel reports such a part as damaged too.
 */

/** Input the direct reader does not handle; the caller reads the file with SheetJS instead. */
export class DirectReadUnsupported extends Error {
  override readonly name = 'DirectReadUnsupported';
}

/**
 * A part that is not well-formed XML, or a package that is not a sound zip: Excel says the file is
 * damaged (and offers to repair it), so the clerk is told it is damaged (已损坏), never given a guess.
 */
export class DirectReadDamaged extends Error {
  override readonly name = 'DirectReadDamaged';
}

/** What {@link XmlScanner.next} found. */
export const enum Tok {
  Open = 1,
  Close = 2,
  /** `<a/>`: reported once; there is no Close for it. */
  Empty = 3,
  End = 4,
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const AMP = 38;

/** True for XML whitespace (space, tab, CR, LF). */
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * Decodes entities and line ends in text as an XML parser does: CRLF and lone CR become LF, then
 * `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` and `&#…;` references are replaced. Unknown entities throw.
 * @example decodeXmlText('a &amp; b&#x4E2D;') === 'a & b中'
 */
export function decodeXmlText(raw: string): string {
  let s = raw;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&([^;&]*);|&/g, (whole, ref: string | undefined) => {
    switch (ref) {
      case 'amp': return '&';
      case 'lt': return '<';
      case 'gt': return '>';
      case 'quot': return '"';
      case 'apos': return "'";
      default: break;
    }
    const m = ref === undefined ? null : /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
    if (!m) throw new DirectReadDamaged(`entity ${whole}`);
    const code = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
    const xmlChar = code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!xmlChar) throw new DirectReadDamaged(`character reference ${whole}`);
    return String.fromCodePoint(code);
  });
}

/**
 * Decodes an attribute value: literal tabs and line ends become spaces (attribute-value
 * normalisation), then entities as in text.
 * @example decodeXmlAttr('a&#10;b\tc') === 'a\nb c'
 */
export function decodeXmlAttr(raw: string): string {
  let s = raw;
  if (/[\t\n\r]/.test(s)) s = s.replace(/\r\n|[\t\n\r]/g, ' ');
  return s.indexOf('&') < 0 ? s : decodeXmlText(s);
}

/**
 * Pulls elements from an XML document one tag at a time.
 * @example
 * const x = new XmlScanner('<a n="1"><b>t</b></a>');
 * x.next() === Tok.Open && x.name === 'a' && x.attr('n') === '1';
 */
export class XmlScanner {
  /** The current tag's name. */
  name = '';
  /** Raw text between the previous tag and the current one. */
  private textStart = 0;
  private textEnd = 0;
  private attrStart = 0;
  private attrEnd = 0;
  private pos = 0;
  private readonly stack: string[] = [];
  /** True when the text before the current tag spans comments, CDATA or processing instructions. */
  private mixed = false;

  constructor(private readonly s: string) {
    let i = s.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (s.startsWith('<?xml', i)) {
      const end = s.indexOf('?>', i);
      if (end < 0) throw new DirectReadDamaged('unterminated XML declaration');
      i = end + 2;
    }
    this.pos = i;
  }

  /** Elements open around the current position (the current Open tag included). */
  get depth(): number {
    return this.stack.length;
  }

  /** The name of the element `up` levels above the innermost open one (0: the innermost). */
  parent(up = 0): string | undefined {
    return this.stack[this.stack.length - 1 - up];
  }

  /** Moves to the next tag. Text before it is kept for {@link text}. */
  next(): Tok {
    this.mixed = false;
    const s = this.s;
    const lt = s.indexOf('<', this.pos);
    if (lt < 0) {
      this.textStart = this.pos;
      this.textEnd = s.length;
      for (let i = this.pos; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) throw new DirectReadDamaged('text after the root element');
      if (this.stack.length) throw new DirectReadDamaged(`element <${this.stack[this.stack.length - 1] ?? ''}> not closed`);
      return Tok.End;
    }
    this.textStart = this.pos;
    this.textEnd = lt;
    const c1 = s.charCodeAt(lt + 1);
    if (c1 === SLASH) {
      const gt = s.indexOf('>', lt + 2);
      if (gt < 0) throw new DirectReadDamaged('unterminated end tag');
      let e = gt;
      while (e > lt + 2 && isSpace(s.charCodeAt(e - 1))) e--;
      const name = s.slice(lt + 2, e);
      if (this.stack.pop() !== name) throw new DirectReadDamaged(`end tag </${name}> does not match`);
      this.name = name;
      this.pos = gt + 1;
      return Tok.Close;
    }
    if (c1 === 33 /* ! */ || c1 === 63 /* ? */) return this.markup(lt);
    let n = lt + 1;
    for (; n < s.length; n++) {
      const c = s.charCodeAt(n);
      if (c === GT || c === SLASH || isSpace(c)) break;
      if (c === LT || c === AMP || c === 61 /* = */ || c === 34 || c === 39) throw new DirectReadDamaged('bad tag name');
    }
    if (n === lt + 1) throw new DirectReadDamaged('empty tag name');
    this.name = s.slice(lt + 1, n);
    // The tag ends at the first '>' outside quotes.
    let i = n;
    let quote = 0;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (quote) {
        if (c === quote) quote = 0;
        else if (c === LT) throw new DirectReadDamaged('< in an attribute value');
      } else if (c === 34 || c === 39) quote = c;
      else if (c === GT) break;
    }
    if (i >= s.length) throw new DirectReadDamaged('unterminated tag');
    this.pos = i + 1;
    this.attrStart = n;
    if (s.charCodeAt(i - 1) === SLASH) {
      this.attrEnd = i - 1;
      return Tok.Empty;
    }
    this.attrEnd = i;
    this.stack.push(this.name);
    return Tok.Open;
  }

  /**
   * Steps over a comment, CDATA section or processing instruction at `lt` and goes on to the next
   * tag; the text before the current tag then spans it (see {@link text}).
   */
  private markup(lt: number): Tok {
    const s = this.s;
    const start = this.mixed ? this.textStart : this.pos;
    let end: number;
    if (s.startsWith('<!--', lt)) end = s.indexOf('-->', lt + 4) + 3;
    else if (s.startsWith('<![CDATA[', lt)) end = s.indexOf(']]>', lt + 9) + 3;
    else if (s.charCodeAt(lt + 1) === 63) end = s.indexOf('?>', lt + 2) + 2;
    else throw new DirectReadUnsupported('DOCTYPE or declaration inside a part');
    if (end < 3) throw new DirectReadDamaged('unterminated comment, CDATA or processing instruction');
    if (this.stack.length === 0 && s.startsWith('<![CDATA[', lt)) throw new DirectReadDamaged('CDATA outside the root element');
    this.pos = end;
    const t = this.next();
    this.textStart = start;
    this.mixed = true;
    return t;
  }

  /** The decoded text between the previous tag and the current one (CDATA kept as written, comments dropped). */
  text(): string {
    const raw = this.s.slice(this.textStart, this.textEnd);
    if (this.mixed) return mixedText(raw);
    return raw.indexOf('&') < 0 && raw.indexOf('\r') < 0 ? raw : decodeXmlText(raw);
  }

  /** True when the text before the current tag is only whitespace (or empty). */
  textIsBlank(): boolean {
    if (this.mixed) return mixedText(this.s.slice(this.textStart, this.textEnd)).trim() === '' && !this.s.slice(this.textStart, this.textEnd).includes('<![CDATA[');
    for (let i = this.textStart; i < this.textEnd; i++) if (!isSpace(this.s.charCodeAt(i))) return false;
    return true;
  }

  /** The decoded value of the current tag's attribute `key`, or undefined. */
  attr(key: string): string | undefined {
    const s = this.s;
    let i = this.attrStart;
    const end = this.attrEnd;
    while (i < end) {
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      if (i >= end) break;
      const eq = s.indexOf('=', i);
      if (eq < 0 || eq >= end) throw new DirectReadDamaged('bad attribute');
      let ke = eq;
      while (ke > i && isSpace(s.charCodeAt(ke - 1))) ke--;
      let q = eq + 1;
      while (q < end && isSpace(s.charCodeAt(q))) q++;
      const quote = s.charCodeAt(q);
      if (quote !== 34 && quote !== 39) throw new DirectReadDamaged('unquoted attribute');
      const close = s.indexOf(quote === 34 ? '"' : "'", q + 1);
      if (close < 0 || close >= end) throw new DirectReadDamaged('unterminated attribute');
      if (ke - i === key.length && s.startsWith(key, i)) {
        const raw = s.slice(q + 1, close);
        return raw.indexOf('&') < 0 && !/[\t\n\r]/.test(raw) ? raw : decodeXmlAttr(raw);
      }
      i = close + 1;
    }
    return undefined;
  }

  /** Skips the rest of the element just opened (its children and its end tag). */
  skip(): void {
    const depth = this.stack.length;
    while (this.stack.length >= depth) {
      if (this.next() === Tok.End) throw new DirectReadDamaged('document ended inside an element');
    }
  }
}

/**
 * Text that spans comments, processing instructions and CDATA sections: comments and instructions
 * dropped, CDATA content kept as written, the rest decoded as usual.
 * @example mixedText('a<!-- x --><![CDATA[<b>]]>&amp;') === 'a<b>&'
 */
export function mixedText(raw: string): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const lt = raw.indexOf('<', i);
    if (lt < 0) { out += decodeXmlText(raw.slice(i)); break; }
    out += decodeXmlText(raw.slice(i, lt));
    if (raw.startsWith('<![CDATA[', lt)) {
      const end = raw.indexOf(']]>', lt + 9);
      out += raw.slice(lt + 9, end).replace(/\r\n?/g, '\n');
      i = end + 3;
    } else if (raw.startsWith('<!--', lt)) i = raw.indexOf('-->', lt + 4) + 3;
    else i = raw.indexOf('?>', lt + 2) + 2;
  }
  return out;
}
