/* global Buffer, URL, console */
// Writes the add-in's icons (assets/icon-16/32/64/80/128.png) with node builtins only: a red
// rounded square with a white report sheet and three text lines. Run: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const RED = [192, 0, 0, 255];
const WHITE = [255, 255, 255, 255];
const LINE = [192, 0, 0, 255];
const CLEAR = [0, 0, 0, 0];

function pixel(x, y, s) {
  const u = x / s, v = y / s;
  const r = 0.18;
  const cx = Math.min(Math.max(u, r), 1 - r), cy = Math.min(Math.max(v, r), 1 - r);
  if (Math.hypot(u - cx, v - cy) > r) return CLEAR;
  const inSheet = u > 0.24 && u < 0.76 && v > 0.16 && v < 0.84;
  if (!inSheet) return RED;
  const lineH = Math.max(1 / s, 0.06);
  for (const ly of [0.34, 0.5, 0.66]) {
    const w = ly === 0.66 ? 0.5 : 0.66;
    if (v > ly - lineH / 2 && v < ly + lineH / 2 && u > 0.32 && u < 0.32 + (w * 0.52)) return LINE;
  }
  return WHITE;
}

mkdirSync(new URL('../assets/', import.meta.url), { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), png(size, pixel));
}
console.log('icons written to assets/');
