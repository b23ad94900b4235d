// Draws the extension's icon (images/icon.png, 128x128 PNG): a letter on a blue tile with a green tick.
// Plain Node (zlib for the PNG), supersampled 4x for smooth edges: `node scripts/make-icon.mjs`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4;

const BLUE = [31, 78, 121, 255];
const PAPER = [250, 250, 247, 255];
const FOLD = [214, 219, 226, 255];
const INK = [120, 132, 148, 255];
const GREEN = [46, 160, 67, 255];
const WHITE = [255, 255, 255, 255];

/** Which colour covers the point (x, y) in 0..128 units, painting later shapes over earlier ones. */
function colourAt(x, y) {
  let c = [0, 0, 0, 0];
  // The tile: a square with rounded corners.
  const r = 22;
  const cx = Math.min(Math.max(x, r), SIZE - r);
  const cy = Math.min(Math.max(y, r), SIZE - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) c = BLUE;
  // The sheet, its top right corner folded.
  const [L, T, R, B] = [30, 18, 92, 110];
  const fold = 16;
  if (x >= L && x <= R && y >= T && y <= B && !(x > R - fold && y < T + fold && x - (R - fold) > y - T)) {
    c = PAPER;
    if (x > R - fold && y < T + fold) c = FOLD;
  }
  // Lines of text.
  for (const [ly, lr] of [[40, 78], [50, 84], [60, 80], [70, 66], [80, 58]]) if (x >= L + 9 && x <= lr && y >= ly && y <= ly + 4) c = INK;
  // The tick in a green circle.
  const [gx, gy, gr] = [88, 92, 24];
  const d2 = (x - gx) ** 2 + (y - gy) ** 2;
  if (d2 <= (gr + 4) ** 2) c = d2 <= gr * gr ? GREEN : BLUE;
  if (d2 <= gr * gr && (nearSegment(x, y, 76, 93, 85, 102, 4) || nearSegment(x, y, 85, 102, 101, 83, 4))) c = WHITE;
  return c;
}

function nearSegment(x, y, x1, y1, x2, y2, w) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
  return (x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2 <= w * w;
}

const rows = [];
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4);
  for (let px = 0; px < SIZE; px++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const c = colourAt(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
        // Premultiplied, so transparent samples do not darken the edges.
        for (let i = 0; i < 3; i++) sum[i] += (c[i] * c[3]) / 255;
        sum[3] += c[3];
      }
    }
    const a = sum[3] / (SS * SS);
    for (let i = 0; i < 3; i++) row[1 + px * 4 + i] = a ? Math.round((sum[i] / (SS * SS)) * (255 / a)) : 0;
    row[1 + px * 4 + 3] = Math.round(a);
  }
  rows.push(row);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = join(import.meta.dirname, '..', 'images', 'icon.png');
writeFileSync(out, png);
console.log(`Wrote ${out} (${png.length} bytes)`);
