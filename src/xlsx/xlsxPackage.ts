/**
 * An `.xlsx` file as a zip package, for the file sink's two questions about an earlier output —
 * which sheets does it hold (only the workbook part and its relationships are unzipped), and the
 * same package with Zhuanbao's own sheets emptied before ExcelJS loads it.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export interface XlsxPackage {
  /** The package's bytes (its parts are unzipped only when some must change). */
  data: Uint8Array;
  /** Sheets in workbook order; `part` is null when the package does not say where one is. */
  sheets: { name: string; part: string | null }[];
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (t: string): string => t.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e] ?? _);

/**
 * Reads the package's sheet list; null when the bytes are not a zip with a workbook part (ExcelJS
 * then reports the damage with its own message).
 */
export async function readPackage(data: Uint8Array): Promise<XlsxPackage | null> {
  let parts: Record<string, Uint8Array>;
  try {
    // Only the two small parts that list the sheets: the sheets themselves may be large.
    parts = unzipSync(data, { filter: (f) => f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels' });
  } catch {
    return null;
  }
  const text = (name: string): string | undefined => { const p = parts[name]; return p ? strFromU8(p) : undefined; };
  const wbXml = text('xl/workbook.xml');
  if (!wbXml) return null;
  const relsXml = text('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets: XlsxPackage['sheets'] = [];
  for (const m of wbXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    if (name === undefined) continue;
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    sheets.push({ name: unescapeXml(name), part: (rid && targets.get(rid)) || null });
  }
  return { data, sheets };
}

/**
 * The package with the cells and merges of the named sheets emptied. Those sheets are replaced
 * right after loading, so reading their content is wasted work, and ExcelJS reads merges slowly.
 * The clerk's other sheets are untouched; `data` is returned when nothing was emptied.
 */
export async function emptySheets(pkg: XlsxPackage, data: Buffer, names: string[]): Promise<Buffer> {
  if (!pkg.sheets.some((s) => s.part && names.includes(s.name))) return data;
  const parts = unzipSync(pkg.data);
  let changed = false;
  for (const s of pkg.sheets) {
    if (!s.part || !names.includes(s.name)) continue;
    const file = parts[s.part];
    if (!file) continue;
    const xml = strFromU8(file);
    const emptied = xml
      .replace(/<sheetData\b[^>]*\/>|<sheetData\b[^>]*>[\s\S]*?<\/sheetData>/, '<sheetData/>')
      .replace(/<mergeCells\b[^>]*>[\s\S]*?<\/mergeCells>/, '');
    if (emptied !== xml) { parts[s.part] = strToU8(emptied); changed = true; }
  }
  if (!changed) return data;
  const zipped = zipSync(parts, { level: 0 });
  return Buffer.from(zipped.buffer, zipped.byteOffset, zipped.byteLength);
}

/**
 * {@link emptySheets} from the bytes; returns them as they were when they are not a workbook package.
 * @example await withoutContent(earlierOutput, ['工作专报', '汇总台账'])
 */
export async function withoutContent(data: Buffer, names: string[]): Promise<Buffer> {
  const pkg = await readPackage(data);
  return pkg ? emptySheets(pkg, data, names) : data;
}
