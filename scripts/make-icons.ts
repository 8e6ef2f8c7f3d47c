/**
 * Draws the two Teams app icons into appPackage/:
 *
 * - `color.png`   192×192, full colour: two overlapping speech bubbles on the brand blue, the front
 *                 bubble carrying a small bridge arc ("Case" + "bridge").
 * - `outline.png` 32×32, the same bubbles in pure white on a transparent background (Teams tints it).
 *
 * No image library: shapes are tested per sub-sample (4×4 per pixel, for anti-aliasing) and the PNG is
 * encoded by hand (IHDR/IDAT/IEND, zlib from node:zlib, CRC-32 below). The output is deterministic, so
 * re-running the script does not change the committed files.
 *
 * Run: `node --import tsx scripts/make-icons.ts`
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

/** An RGBA colour, each channel 0–255. */
type Rgba = readonly [number, number, number, number];

/** A shape in the unit square (0..1 on both axes, y pointing down). */
type Shape = (x: number, y: number) => boolean;

/** One drawing step: paint the shape's coverage in a colour, or clear it to transparent. */
interface Layer {
  readonly shape: Shape;
  readonly paint: Rgba | 'clear';
}

/** The brand colour (an indigo close to #3D5AFE), also the manifest's accentColor. */
export const BRAND: Rgba = [0x3d, 0x5a, 0xfe, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const SUBSAMPLES = 4;

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    // Distance from the inner rectangle whose corners are the centres of the rounding circles.
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
  };
}

function triangle(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Shape {
  const side = (px: number, py: number, qx: number, qy: number, x: number, y: number): number =>
    (qx - px) * (y - py) - (qy - py) * (x - px);
  return (x, y) => {
    const d1 = side(ax, ay, bx, by, x, y);
    const d2 = side(bx, by, cx, cy, x, y);
    const d3 = side(cx, cy, ax, ay, x, y);
    return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  };
}

/** The upper half of a ring: a bridge arc. */
function upperArc(cx: number, cy: number, inner: number, outer: number): Shape {
  return (x, y) => {
    const d2 = (x - cx) ** 2 + (y - cy) ** 2;
    return y <= cy && d2 >= inner * inner && d2 <= outer * outer;
  };
}

const union = (...shapes: Shape[]): Shape => (x, y) => shapes.some((s) => s(x, y));

/** Grows a shape by `by` (sampled on 8 compass points — enough for the gap between the bubbles). */
function dilate(shape: Shape, by: number): Shape {
  const offsets = Array.from({ length: 8 }, (_, i) => [Math.cos((i * Math.PI) / 4) * by, Math.sin((i * Math.PI) / 4) * by]);
  return (x, y) => shape(x, y) || offsets.some(([ox = 0, oy = 0]) => shape(x + ox, y + oy));
}

/** Maps a shape drawn in the unit square into the square [pad, 1 - pad]. */
function inset(shape: Shape, pad: number): Shape {
  const scale = 1 - 2 * pad;
  return (x, y) => shape((x - pad) / scale, (y - pad) / scale);
}

// The mark, in the unit square: a back bubble (tail bottom-left) and a front bubble (tail bottom-right).
const backBubble = union(roundedRect(0, 0, 0.66, 0.5, 0.14), triangle(0.12, 0.46, 0.3, 0.46, 0.06, 0.66));
const frontBubble = union(roundedRect(0.34, 0.34, 1, 0.84, 0.14), triangle(0.7, 0.8, 0.88, 0.8, 0.94, 1));
const bubbleGap = dilate(frontBubble, 0.06);
// An arch bridge: a deck carried by an arch that rises to meet it.
const bridgeArc = union(upperArc(0.67, 0.8, 0.13, 0.18), roundedRect(0.44, 0.58, 0.9, 0.63, 0.02));

/** Rasterises layers over a background into an RGBA buffer of size×size pixels. */
function rasterise(size: number, background: Rgba, layers: readonly Layer[]): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [background[0], background[1], background[2], background[3] / 255];
      for (const layer of layers) {
        const coverage = sampleCoverage(layer.shape, px, py, size);
        if (coverage === 0) continue;
        if (layer.paint === 'clear') {
          a *= 1 - coverage;
          continue;
        }
        // Source-over compositing with straight (non-premultiplied) alpha.
        const sa = (layer.paint[3] / 255) * coverage;
        const outA = sa + a * (1 - sa);
        const mix = (src: number, dst: number): number => (outA === 0 ? 0 : (src * sa + dst * a * (1 - sa)) / outA);
        [r, g, b, a] = [mix(layer.paint[0], r), mix(layer.paint[1], g), mix(layer.paint[2], b), outA];
      }
      pixels.set([Math.round(r), Math.round(g), Math.round(b), Math.round(a * 255)], (py * size + px) * 4);
    }
  }
  return pixels;
}

function sampleCoverage(shape: Shape, px: number, py: number, size: number): number {
  let hits = 0;
  for (let sy = 0; sy < SUBSAMPLES; sy++) {
    for (let sx = 0; sx < SUBSAMPLES; sx++) {
      if (shape((px + (sx + 0.5) / SUBSAMPLES) / size, (py + (sy + 0.5) / SUBSAMPLES) / size)) hits++;
    }
  }
  return hits / (SUBSAMPLES * SUBSAMPLES);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG (and zlib) define it. */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes 8-bit RGBA pixels (row-major, no padding) as a PNG file. */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, no filter method, no interlace
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // filter type "None" for every scanline
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** The 192×192 colour icon: white mark on a solid brand background (Teams rounds the corners itself). */
export function renderColorIcon(): Buffer {
  const pad = 0.2; // keeps the mark inside the centre of the tile, as the Teams icon guidelines ask
  const layers: Layer[] = [
    { shape: inset(backBubble, pad), paint: WHITE },
    { shape: inset(bubbleGap, pad), paint: BRAND },
    { shape: inset(frontBubble, pad), paint: WHITE },
    { shape: inset(bridgeArc, pad), paint: BRAND },
  ];
  return encodePng(192, 192, rasterise(192, BRAND, layers));
}

/** The 32×32 outline icon: white on transparent; the gap and the arc are cut out, not painted. */
export function renderOutlineIcon(): Buffer {
  const pad = 0.06;
  const layers: Layer[] = [
    { shape: inset(backBubble, pad), paint: WHITE },
    { shape: inset(bubbleGap, pad), paint: 'clear' },
    { shape: inset(frontBubble, pad), paint: WHITE },
    { shape: inset(bridgeArc, pad), paint: 'clear' },
  ];
  return encodePng(32, 32, rasterise(32, [255, 255, 255, 0], layers));
}

function main(): void {
  const dir = path.resolve(__dirname, '..', 'appPackage');
  writeFileSync(path.join(dir, 'color.png'), renderColorIcon());
  writeFileSync(path.join(dir, 'outline.png'), renderOutlineIcon());
  console.log(`Wrote ${path.join(dir, 'color.png')} and ${path.join(dir, 'outline.png')}`);
}

if (require.main === module) main();
