/**
 * Word export: the bulletin (a BulletinModel, optionally with the change since last issue) as a
 * .docx laid out to GB/T 9704, built with the `docx` package. Works in Node and in the browser:
 * returns the bytes and never touches the file system (the CLI or the pane saves them).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeightRule,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { BulletinModel } from '../domain/bulletinModel';
import { HistoryDiff, HistoryBulletinModel, withHistory } from '../domain/historyDiff';
import { Settings, SettingsSchema } from '../domain/settings';
import { DOC_STYLES, DocLayout, DocStyle, FONT_FALLBACKS, LATIN_FONT, PAGE, TableBlock, TEXT_WIDTH, TextBlock, layoutBulletinDoc } from './docLayout';

export interface DocxOptions {
  /** The change since last issue; ignored when the model already carries it (withHistory). */
  history?: HistoryDiff | null;
  /** Lag shading colours and the red threshold; defaults from the settings schema. */
  settings?: Pick<Settings, 'colours' | 'redGap'>;
}

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
const ALIGN: Record<'left' | 'center' | 'right' | 'both', Align> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  both: AlignmentType.BOTH,
};

function runFont(style: DocStyle): { ascii: string; hAnsi: string; eastAsia: string; cs: string; hint: string } {
  const s = DOC_STYLES[style];
  const latin = s.latin ?? LATIN_FONT;
  return { ascii: latin, hAnsi: latin, eastAsia: s.font, cs: latin, hint: 'eastAsia' };
}

function run(style: DocStyle, text: string, color?: string): TextRun {
  const s = DOC_STYLES[style];
  const c = color ?? s.color;
  return new TextRun({ text, font: runFont(style), size: Math.round(s.size * 2), ...(s.bold ? { bold: true } : {}), ...(c ? { color: c } : {}) });
}

function paragraphProps(style: DocStyle) {
  const s = DOC_STYLES[style];
  return {
    alignment: ALIGN[s.align],
    spacing: s.lineExact === null ? { before: 0, after: 0 } : { before: 0, after: 0, line: Math.round(s.lineExact * 20), lineRule: LineRuleType.EXACT },
    ...(s.indentChars ? { indent: { firstLineChars: s.indentChars * 100, firstLine: Math.round(s.indentChars * s.size * 20) } } : {}),
    ...(s.keepNext ? { keepNext: true, keepLines: true } : {}),
  };
}

function textParagraph(b: TextBlock): Paragraph {
  if (b.right === undefined) return new Paragraph({ ...paragraphProps(b.style), children: [run(b.style, b.text)] });
  // Office on the left, date flush right: one line with a right tab stop at the text block's edge.
  return new Paragraph({
    ...paragraphProps(b.style),
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
    children: [run(b.style, b.text), new TextRun({ children: [new Tab(), b.right], font: runFont(b.style), size: DOC_STYLES[b.style].size * 2 })],
  });
}

function cellParagraph(style: 'tableHeader' | 'tableCell', text: string, align: 'left' | 'center' | 'right', color?: string): Paragraph {
  return new Paragraph({ ...paragraphProps(style), alignment: ALIGN[align], children: [run(style, text, color)] });
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function table(b: TableBlock): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    height: { value: 400, rule: HeightRule.ATLEAST },
    children: b.columns.map((c) => new TableCell({
      width: { size: c.width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      shading: { type: ShadingType.CLEAR, fill: 'D9E1F2', color: 'auto' },
      children: [cellParagraph('tableHeader', c.header, 'center')],
    })),
  });
  const rows = b.rows.map((r) => {
    const shade = r.lag ? b.shading[r.lag] : null;
    return new TableRow({
      cantSplit: true,
      children: b.columns.map((c, k) => new TableCell({
        width: { size: c.width, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        ...(shade ? { shading: { type: ShadingType.CLEAR, fill: shade.fill, color: 'auto' } } : {}),
        children: [cellParagraph('tableCell', r.cells[k] ?? '', c.align, shade?.color)],
      })),
    });
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: b.columns.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    margins: { left: 40, right: 40, top: 20, bottom: 20 },
    borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
    rows: [header, ...rows],
  });
}

function footer(layout: DocLayout, side: 'odd' | 'even'): Footer {
  // GB/T 9704: page number one character in from the edge, right on odd pages, left on even ones.
  const oneChar = Math.round(DOC_STYLES.pageNumber.size * 20);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
        children: [
          new TextRun({
            children: [layout.pageNumber.before, PageNumber.CURRENT, layout.pageNumber.after],
            font: runFont('pageNumber'),
            size: DOC_STYLES.pageNumber.size * 2,
          }),
        ],
      }),
    ],
  });
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The font table, declaring each office font with its fallback (w:altName): Word and LibreOffice
 * substitute 宋体 for a missing 方正小标宋简体, 仿宋 for 仿宋_GB2312, 楷体 for 楷体_GB2312.
 */
export function fontTableXml(): string {
  const cjk = Object.entries(FONT_FALLBACKS).map(
    ([name, alt]) =>
      `<w:font w:name="${xmlEscape(name)}"><w:altName w:val="${xmlEscape(alt)}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
  );
  const latin = `<w:font w:name="${LATIN_FONT}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${[...cjk, latin].join('')}</w:fonts>`;
}

/**
 * Builds the docx `Document` for a bulletin (exposed for tests and callers that pack it themselves).
 * @example buildBulletinDocument(model).sections.length === 1
 */
export function buildBulletinDocument(model: BulletinModel | HistoryBulletinModel, opts: DocxOptions = {}): Document {
  const settings = opts.settings ?? SettingsSchema.parse({});
  const m = !('history' in model) && opts.history ? withHistory(model, opts.history) : model;
  return documentOf(layoutBulletinDoc(m, settings.colours, settings.redGap), { title: model.title, description: `${model.issueLabel} ${model.dateText}` });
}

/**
 * A laid-out document as a docx `Document` in the GB/T 9704 page and styles (the bulletin, the
 * 督办清单 of one department).
 * @example documentOf(layoutBulletinDoc(model, colours), { title: model.title, description: '' })
 */
export function documentOf(layout: DocLayout, meta: { title: string; description: string }): Document {
  const children: (Paragraph | Table)[] = [];
  for (const b of layout.blocks) {
    if (b.kind === 'text') children.push(textParagraph(b));
    else if (b.kind === 'rule') {
      children.push(new Paragraph({ spacing: { before: 0, after: 240, line: 120, lineRule: LineRuleType.EXACT }, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: b.color, space: 1 } }, children: [] }));
    } else {
      children.push(table(b));
    }
  }
  const body = DOC_STYLES.body;
  return new Document({
    creator: 'Zhuanbao 工作专报',
    title: meta.title,
    description: meta.description,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: runFont('body'), size: body.size * 2 },
          paragraph: { spacing: { line: Math.round((body.lineExact ?? 28) * 20), lineRule: LineRuleType.EXACT } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...PAGE.margin, gutter: 0 },
          },
        },
        footers: { default: footer(layout, 'odd'), even: footer(layout, 'even') },
        children,
      },
    ],
  });
}

/**
 * A docx `Document` as bytes, with the font table that declares each office font's fallback.
 * @example await packDocument(documentOf(layout, meta))
 */
export async function packDocument(doc: Document): Promise<Uint8Array> {
  const bytes = await Packer.toArrayBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
  return new Uint8Array(bytes);
}

/**
 * The bulletin as .docx bytes.
 * @example fs.writeFileSync('专报.docx', await bulletinDocx(outcome.bulletin, { history: diff }))
 */
export async function bulletinDocx(model: BulletinModel | HistoryBulletinModel, opts: DocxOptions = {}): Promise<Uint8Array> {
  return packDocument(buildBulletinDocument(model, opts));
}
