/**
 * Draws the add-in's icons (assets/icon-16.png … icon-128.png) from code: a white page with a red
 * masthead rule and text lines, as an official document looks, on a blue tile. Deterministic.
 * Run through `npm run build:assets`.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { productRoot } from "../src/adapters/node-files/packStore";

type Rgba = readonly [number, number, number, number];
const BLUE: Rgba = [31, 78, 121, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const RED: Rgba = [192, 0, 0, 255];
const GREY: Rgba = [120, 130, 140, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array()),
  ]);
}

/** The design in unit coordinates (0..1), sampled per pixel. */
function icon(u: number, v: number): Rgba {
  const r = 0.18;
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  if (dx * dx + dy * dy > r * r) return CLEAR;
  const inPage = u > 0.24 && u < 0.76 && v > 0.14 && v < 0.86;
  if (!inPage) return BLUE;
  if (v > 0.3 && v < 0.36) return RED;
  const lines = [0.46, 0.57, 0.68];
  if (u > 0.31 && u < 0.69 && lines.some((l) => v > l && v < l + 0.05)) return GREY;
  return WHITE;
}

for (const size of [16, 32, 64, 80, 128]) {
  const file = join(productRoot(), "assets", `icon-${size}.png`);
  writeFileSync(
    file,
    png(size, (x, y) => icon((x + 0.5) / size, (y + 0.5) / size)),
  );
  console.log(`icon      ${file}`);
}
