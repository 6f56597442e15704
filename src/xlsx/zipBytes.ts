/**
 * Reading zip files in plain JavaScript (fflate), so that the same code runs in Node and in the task
 * pane: the entries of a package or an archive, each checked against the CRC-32 its central
 * directory records (fflate does not check them, and a package damaged inside a compressed part
 * can still inflate to the recorded size), and the list of entries without inflating any.
 */
import { inflateSync, unzipSync } from 'fflate';

/** A zip that cannot be read: a damaged package or archive. */
export class ZipDamaged extends Error {
  override readonly name = 'ZipDamaged';
}

/** One entry of a zip's central directory. */
export interface ZipEntryInfo {
  name: string;
  crc: number;
  /** Uncompressed size as recorded (0xffffffff in ZIP64 form). */
  size: number;
  /** General-purpose flags; bit 0 set means the entry is encrypted. */
  flags: number;
  /** Compression method (0 stored, 8 deflate). */
  method: number;
  compressedSize: number;
  /** Where the entry's local header starts. */
  offset: number;
}

/**
 * An entry name as the zip wrote it: UTF-8 when flagged so (or when it is valid UTF-8), otherwise
 * GB18030 — what Windows on a Chinese system writes into zips it makes.
 */
function entryName(raw: Uint8Array, flags: number): string {
  if (flags & 0x800) return new TextDecoder('utf-8').decode(raw);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return new TextDecoder('gb18030').decode(raw);
  }
}

const CRC_TABLE = ((): Int32Array => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/**
 * The CRC-32 of bytes (the zip/PNG polynomial), as an unsigned number.
 * @example crc32(new TextEncoder().encode('123456789')) === 0xcbf43926
 */
export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/**
 * The entries of a zip's central directory, in order; null when the directory cannot be found or
 * is in ZIP64 form (then fflate's own reading decides).
 * @throws ZipDamaged when the directory is found but broken
 * @example zipDirectory(bytes)?.map((e) => e.name) → ['[Content_Types].xml', 'xl/workbook.xml', …]
 */
export function zipDirectory(data: Uint8Array): ZipEntryInfo[] | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count === 0xffff || at === 0xffffffff) return null;
  const entries: ZipEntryInfo[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > data.length || view.getUint32(at, true) !== 0x02014b50) throw new ZipDamaged('central directory entry not found');
    const nameLength = view.getUint16(at + 28, true);
    const flags = view.getUint16(at + 8, true);
    entries.push({
      name: entryName(data.subarray(at + 46, at + 46 + nameLength), flags),
      crc: view.getUint32(at + 16, true),
      size: view.getUint32(at + 24, true),
      flags,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/**
 * True when the zip ends with its directory (an end-of-central-directory record in the last 64 KB).
 * @example zipIsComplete(bytes.subarray(0, bytes.length - 100)) === false
 */
export function zipIsComplete(data: Uint8Array): boolean {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let i = data.length - 22; i >= Math.max(0, data.length - 65557); i--) if (view.getUint32(i, true) === 0x06054b50) return true;
  return false;
}

/**
 * The entries of a zip (those `wanted`, or all), each checked against the CRC-32 the central
 * directory records.
 * @throws ZipDamaged for a zip that does not inflate or whose content does not match its CRC-32
 * @example Object.keys(checkedEntries(bytes, (n) => n === 'xl/workbook.xml'))
 */
export function checkedEntries(data: Uint8Array, wanted?: (name: string) => boolean): Record<string, Uint8Array> {
  let raw: Record<string, Uint8Array>;
  try {
    raw = wanted ? unzipSync(data, { filter: (f) => wanted(f.name) }) : unzipSync(data);
  } catch (err) {
    throw new ZipDamaged(`unzip: ${(err as Error).message}`, { cause: err });
  }
  const dir = zipDirectory(data);
  if (dir) {
    const crcs = new Map(dir.map((e) => [e.name, e.crc]));
    for (const [name, bytes] of Object.entries(raw)) {
      const want = crcs.get(name);
      if (want !== undefined && !name.endsWith('/') && crc32(bytes) !== want) throw new ZipDamaged(`CRC-32 mismatch in ${name}`);
    }
  }
  return raw;
}

/**
 * One entry's content, inflated and checked against its CRC-32.
 * @throws ZipDamaged when it cannot be inflated or does not match
 * @example entryBytes(bytes, zipDirectory(bytes)![0]!)
 */
export function entryBytes(data: Uint8Array, entry: ZipEntryInfo): Uint8Array {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const at = entry.offset;
  if (at + 30 > data.length || view.getUint32(at, true) !== 0x04034b50) throw new ZipDamaged(`local header of ${entry.name} not found`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const raw = data.subarray(start, start + entry.compressedSize);
  if (raw.length !== entry.compressedSize) throw new ZipDamaged(`${entry.name} is cut short`);
  let out: Uint8Array;
  if (entry.method === 0) out = raw;
  else if (entry.method === 8) {
    try {
      out = inflateSync(raw, { out: new Uint8Array(entry.size) });
    } catch (err) {
      throw new ZipDamaged(`inflate ${entry.name}: ${(err as Error).message}`, { cause: err });
    }
  } else throw new ZipDamaged(`compression method ${entry.method} in ${entry.name}`);
  if (out.length !== entry.size || crc32(out) !== entry.crc) throw new ZipDamaged(`CRC-32 mismatch in ${entry.name}`);
  return out;
}
