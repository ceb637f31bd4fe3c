import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadFont, type FontKey } from './fonts';
import { rasterizeOutline, type CoverageMask, type OutlineCommand } from './glyph-raster';
import { shapeText } from './shape';
import { glyphOutline, glyphPath } from './svg';

/** The same glyph through librsvg (what sharp renders SVG with), placed like our mask, as a reference. */
async function librsvgMask(font: FontKey, id: number, size: number, phase: number): Promise<{ width: number; height: number; ox: number; oy: number; alpha: Buffer }> {
  const scale = size / loadFont(font).upem;
  const ox = Math.ceil(size * 1.2);
  const oy = Math.ceil(size * 1.6);
  const width = Math.ceil(size * 3);
  const height = Math.ceil(size * 2.4);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path transform="translate(${ox + phase} ${oy}) scale(${scale} ${-scale})" d="${glyphPath(font, id)}"/></svg>`;
  const alpha = await sharp(Buffer.from(svg)).ensureAlpha().extractChannel(3).raw().toBuffer();
  return { width, height, ox, oy, alpha };
}

/** The outline's true area in square pixels: shoelace over a very fine flattening, independent of the rasteriser's. */
function exactArea(commands: readonly OutlineCommand[], scale: number): number {
  let twice = 0;
  let startX = 0, startY = 0, x = 0, y = 0;
  const to = (nx: number, ny: number) => {
    twice += x * ny - nx * y;
    x = nx;
    y = ny;
  };
  for (const { type, values } of commands) {
    const v = values.map((n) => n * scale);
    if (type === 'M') {
      to(startX, startY);
      x = startX = v[0]!;
      y = startY = v[1]!;
    } else if (type === 'L') to(v[0]!, v[1]!);
    else if (type === 'Q') {
      const [x0, y0] = [x, y];
      for (let i = 1; i <= 256; i++) {
        const t = i / 256, u = 1 - t;
        to(u * u * x0 + 2 * u * t * v[0]! + t * t * v[2]!, u * u * y0 + 2 * u * t * v[1]! + t * t * v[3]!);
      }
    } else if (type === 'Z') to(startX, startY);
  }
  to(startX, startY);
  return Math.abs(twice / 2);
}

function at(mask: CoverageMask, x: number, y: number): number {
  const mx = x - mask.left;
  const my = y - mask.top;
  if (mx < 0 || my < 0 || mx >= mask.width || my >= mask.height) return 0;
  return mask.alpha[my * mask.width + mx]!;
}

// Glyphs with curves, holes, stacked marks and thin strokes, in both weights.
const SAMPLES = 'ผู้ใหญ่น้ำเยิ้มฤๅษีกรุงเทพฯ@0';

describe('rasterizeOutline', () => {
  it.each([
    ['regular', 11, 0],
    ['regular', 23.7, 0.25],
    ['bold', 48, 0.5],
    ['bold', 96, 0.75],
  ] as const)('covers the outline\'s true area and matches librsvg (%s, %s px, phase %s)', async (font, size, phase) => {
    const ids = [...new Set(shapeText(SAMPLES, font).glyphs.map((g) => g.id))];
    const scale = size / loadFont(font).upem;
    for (const id of ids) {
      const ours = rasterizeOutline(glyphOutline(font, id), scale, phase);
      const reference = await librsvgMask(font, id, size, phase);
      let oursInk = 0;
      let theirInk = 0;
      let worst = 0;
      let differenceSum = 0;
      for (let y = 0; y < reference.height; y++) {
        for (let x = 0; x < reference.width; x++) {
          const theirs = reference.alpha[y * reference.width + x]!;
          const mine = at(ours, x - reference.ox, y - reference.oy);
          oursInk += mine;
          theirInk += theirs;
          differenceSum += Math.abs(mine - theirs);
          worst = Math.max(worst, Math.abs(mine - theirs));
        }
      }
      if (theirInk === 0) {
        expect(oursInk, `glyph ${id}`).toBe(0);
        continue;
      }
      // The ink is the glyph's area (chords cut curves a little short), and sits where librsvg puts it.
      const area = exactArea(glyphOutline(font, id), scale);
      expect(Math.abs(oursInk / 255 - area) / area, `glyph ${id} ink against its area`).toBeLessThan(0.025);
      expect(differenceSum / theirInk, `glyph ${id} total difference`).toBeLessThan(0.05);
      expect(worst, `glyph ${id} worst pixel`).toBeLessThan(64);
    }
  });

  it('crops to the ink and places the mask relative to the pen', () => {
    const [glyph] = shapeText('ก', 'regular').glyphs;
    const mask = rasterizeOutline(glyphOutline('regular', glyph!.id), 100 / loadFont('regular').upem);
    // ก sits on the baseline, starts right of the pen and rises about half an em.
    expect(mask.top).toBeLessThan(-40);
    expect(mask.top + mask.height).toBeGreaterThan(-2);
    expect(mask.top + mask.height).toBeLessThan(3);
    expect(mask.left).toBeGreaterThanOrEqual(0);
    const row = (y: number) => mask.alpha.subarray(y * mask.width, (y + 1) * mask.width);
    const column = (x: number) => Array.from({ length: mask.height }, (_, y) => mask.alpha[y * mask.width + x]!);
    // Cropped: the outer rows and columns carry ink.
    for (const edge of [row(0), row(mask.height - 1), column(0), column(mask.width - 1)]) expect(edge.some((a) => a > 0)).toBe(true);
    expect(Math.max(...mask.alpha)).toBe(255);
  });

  it('gives nothing for an empty outline (a space)', () => {
    expect(rasterizeOutline([], 1)).toMatchObject({ width: 0, height: 0 });
  });
});
