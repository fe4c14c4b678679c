import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';

/**
 * Draws the Teams app icons: a signpost (a post with one sign pointing each way) in white.
 * `npx tsx bot/cli/draw-icons.ts [DIR]` writes DIR/color.png (192×192, the mark on the accent
 * colour) and DIR/outline.png (32×32, white on transparent, as Teams requires). The PNGs are
 * committed in manifest/; run this again only to change the mark.
 */

type Point = readonly [number, number];

/** The mark in a unit square, as polygons filled with the non-zero rule. */
const SIGNPOST: readonly (readonly Point[])[] = [
  // The post, with a base so it reads as standing in the ground.
  [[0.44, 0.08], [0.56, 0.08], [0.56, 0.92], [0.44, 0.92]],
  [[0.3, 0.88], [0.7, 0.88], [0.7, 0.96], [0.3, 0.96]],
  // Upper sign pointing right.
  [[0.1, 0.14], [0.74, 0.14], [0.92, 0.28], [0.74, 0.42], [0.1, 0.42]],
  // Lower sign pointing left.
  [[0.9, 0.5], [0.26, 0.5], [0.08, 0.64], [0.26, 0.78], [0.9, 0.78]],
];

/** The accent colour in manifest.json: a calm teal that white text passes contrast on. */
export const ACCENT: readonly [number, number, number] = [0x0b, 0x6e, 0x69];

function inside(polygon: readonly Point[], x: number, y: number): boolean {
  let hit = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/** How much of a pixel the mark covers (0..1), from 8×8 samples, so edges are smooth. */
function coverage(px: number, py: number, size: number, margin: number): number {
  const n = 8;
  let covered = 0;
  const span = size * (1 - 2 * margin);
  for (let sy = 0; sy < n; sy++) {
    for (let sx = 0; sx < n; sx++) {
      const x = (px + (sx + 0.5) / n - size * margin) / span;
      const y = (py + (sy + 0.5) / n - size * margin) / span;
      if (SIGNPOST.some((p) => inside(p, x, y))) covered++;
    }
  }
  return covered / (n * n);
}

/**
 * One icon. With a background the mark is blended onto it (the colour icon); without one
 * every pixel is pure white and only the alpha varies (the outline icon).
 */
export function drawIcon(size: number, options: { margin: number; background?: readonly [number, number, number] }): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const a = coverage(x, y, size, options.margin);
      const i = (y * size + x) * 4;
      if (options.background) {
        const [r, g, b] = options.background;
        png.data[i] = Math.round(r + (255 - r) * a);
        png.data[i + 1] = Math.round(g + (255 - g) * a);
        png.data[i + 2] = Math.round(b + (255 - b) * a);
        png.data[i + 3] = 255;
      } else {
        png.data[i] = png.data[i + 1] = png.data[i + 2] = 255;
        png.data[i + 3] = Math.round(255 * a);
      }
    }
  }
  return PNG.sync.write(png);
}

/**
 * The committed icons. Teams crops the colour icon's corners, so its mark keeps well inside;
 * the outline icon is tiny, so its mark fills it with a one-pixel border.
 */
export const ICONS = {
  'color.png': () => drawIcon(192, { margin: 0.2, background: ACCENT }),
  'outline.png': () => drawIcon(32, { margin: 0.03 }),
} as const;

function main(argv: string[]): void {
  const dir = resolve(argv[0] ?? 'manifest');
  for (const [file, draw] of Object.entries(ICONS)) writeFileSync(resolve(dir, file), draw());
  process.stdout.write(`Wrote ${dir}/color.png (192×192) and ${dir}/outline.png (32×32).\n`);
}

if (require.main === module) main(process.argv.slice(2));
