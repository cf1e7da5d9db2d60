// Writes the app and extension icons as PNGs with nothing but node:zlib (no image library needed).
// Run once after changing the design: `node scripts/make-icons.mjs`; the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const targets = [
  ...[192, 512].map((size) => ({ size, file: `pwa/public/icon-${size}.png` })),
  // Maskable: launchers crop to any shape inside the central circle of 80 % diameter, so the background
  // fills the square and the mark is drawn smaller, all within that circle.
  { size: 512, file: 'pwa/public/icon-maskable-512.png', maskable: true },
  ...[16, 32, 48, 128].map((size) => ({ size, file: `extension/icons/icon-${size}.png` })),
];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

/** RGBA of pixel (x, y): a rounded dark-blue square holding three rising bars (segments). */
function pixel(x, y, size) {
  const radius = size * 0.2;
  const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
  const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
  if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > radius ** 2) return [0, 0, 0, 0];
  return mark((x + 0.5) / size, 1 - (y + 0.5) / size);
}

const BARS = [[0.2, 0.36, 0.42], [0.42, 0.58, 0.62], [0.64, 0.8, 0.82]];

/** The mark at (u, v) in 0..1 (v upwards): three rising bars on dark blue; bars span u 0.2–0.8, v 0.18–0.82. */
function mark(u, v) {
  for (const [from, to, top] of BARS) if (u >= from && u < to && v >= 0.18 && v < top) return [94, 234, 212, 255];
  return [31, 58, 95, 255];
}

/**
 * The maskable icon: full-bleed background, the mark scaled by 0.7 about the centre, so its farthest
 * corner (0.3 × 0.7 × √2 ≈ 0.3 of the size from the centre) stays inside the 0.4-radius safe circle.
 */
function maskablePixel(x, y, size) {
  const scale = 0.7;
  const u = 0.5 + ((x + 0.5) / size - 0.5) / scale, v = 0.5 + (1 - (y + 0.5) / size - 0.5) / scale;
  return mark(u, v);
}

function png(size, maskable = false) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    for (let x = 0; x < size; x++) Buffer.from((maskable ? maskablePixel : pixel)(x, y, size)).copy(raw, row + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

for (const { size, file, maskable } of targets) {
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, png(size, maskable));
  console.log(`${file} ${size}x${size}`);
}
