// Draws Hallway's app icon (build/icon.png, 1024×1024, which electron-builder turns into the
// .icns, .ico and Linux icons): two people-dots joined by a line on a rounded indigo square,
// "an introduction". Run it again only to change the design; the PNG is committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 1024;
const BACKGROUND = [67, 56, 202];
const FOREGROUND = [255, 255, 255];

function inRoundedSquare(x, y) {
  const radius = 220;
  const margin = 40;
  const low = margin + radius;
  const high = SIZE - margin - radius;
  const dx = x < low ? low - x : x > high ? x - high : 0;
  const dy = y < low ? low - y : y > high ? y - high : 0;
  return x >= margin && x < SIZE - margin && y >= margin && y < SIZE - margin
    ? dx * dx + dy * dy <= radius * radius
    : false;
}

function onMark(x, y) {
  const dots = [
    [340, 600],
    [684, 424],
  ];
  if (dots.some(([cx, cy]) => (x - cx) ** 2 + (y - cy) ** 2 <= 110 ** 2)) return true;
  const [[x1, y1], [x2, y2]] = dots;
  const length = Math.hypot(x2 - x1, y2 - y1);
  const along = ((x - x1) * (x2 - x1) + (y - y1) * (y2 - y1)) / length;
  const across = Math.abs((x - x1) * (y2 - y1) - (y - y1) * (x2 - x1)) / length;
  return along >= 0 && along <= length && across <= 34;
}

const rows = [];
for (let y = 0; y < SIZE; y += 1) {
  const row = Buffer.alloc(1 + SIZE * 4);
  for (let x = 0; x < SIZE; x += 1) {
    const inside = inRoundedSquare(x + 0.5, y + 0.5);
    const color = onMark(x, y) ? FOREGROUND : BACKGROUND;
    row.set([...color, inside ? 255 : 0], 1 + x * 4);
  }
  rows.push(row);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8);

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../icon.png', import.meta.url), png);
console.log(`Wrote build/icon.png (${png.length} bytes)`);
