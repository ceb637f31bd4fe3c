/**
 * Exact-area coverage rasteriser for glyph outlines (the signed-area
 * accumulation method of font-rs and stb_truetype 2). A glyph mask costs
 * about a twentieth of a librsvg render through sharp, and a national build
 * draws tens of thousands of them (every name size, on every image, at four
 * subpixel phases).
 */

/** An outline command in font units, y up, as HarfBuzz draws it. */
export interface OutlineCommand {
  type: 'M' | 'L' | 'Q' | 'C' | 'Z';
  values: number[];
}

/** A coverage mask cropped to its ink, placed relative to the pen. */
export interface CoverageMask {
  left: number;
  top: number;
  width: number;
  height: number;
  /** 0–255 coverage, row by row. */
  alpha: Uint8Array;
}

const EMPTY: CoverageMask = { left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array(0) };

/**
 * Rasterises an outline at `scale` pixels per font unit, the pen at
 * (offsetX, 0) with y pointing down (a subpixel phase goes in offsetX).
 * Non-zero winding for glyphs whose contours do not overlap themselves,
 * which holds for TrueType glyphs; overlaps are clamped to full coverage.
 */
export function rasterizeOutline(commands: readonly OutlineCommand[], scale: number, offsetX = 0): CoverageMask {
  // Flatten to line segments in pixel space (y down).
  const segments: number[] = [];
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  let startX = 0, startY = 0, penX = 0, penY = 0;
  const px = (x: number) => offsetX + x * scale;
  const py = (y: number) => -y * scale;
  const line = (x1: number, y1: number) => {
    segments.push(penX, penY, x1, y1);
    if (x1 < minX) minX = x1;
    if (x1 > maxX) maxX = x1;
    if (y1 < minY) minY = y1;
    if (y1 > maxY) maxY = y1;
    penX = x1;
    penY = y1;
  };
  for (const { type, values: v } of commands) {
    if (type === 'M') {
      if (penX !== startX || penY !== startY) line(startX, startY);
      penX = startX = px(v[0]!);
      penY = startY = py(v[1]!);
      if (penX < minX) minX = penX;
      if (penX > maxX) maxX = penX;
      if (penY < minY) minY = penY;
      if (penY > maxY) maxY = penY;
    } else if (type === 'L') {
      line(px(v[0]!), py(v[1]!));
    } else if (type === 'Q') {
      const [cx, cy, x, y] = [px(v[0]!), py(v[1]!), px(v[2]!), py(v[3]!)];
      const x0 = penX, y0 = penY;
      const n = curveSteps(Math.hypot(x0 - 2 * cx + x, y0 - 2 * cy + y));
      for (let i = 1; i <= n; i++) {
        const t = i / n, u = 1 - t;
        line(u * u * x0 + 2 * u * t * cx + t * t * x, u * u * y0 + 2 * u * t * cy + t * t * y);
      }
    } else if (type === 'C') {
      const [c1x, c1y, c2x, c2y, x, y] = [px(v[0]!), py(v[1]!), px(v[2]!), py(v[3]!), px(v[4]!), py(v[5]!)];
      const x0 = penX, y0 = penY;
      const deviation = Math.max(Math.hypot(x0 - 2 * c1x + c2x, y0 - 2 * c1y + c2y), Math.hypot(c1x - 2 * c2x + x, c1y - 2 * c2y + y));
      const n = curveSteps(deviation * 3);
      for (let i = 1; i <= n; i++) {
        const t = i / n, u = 1 - t;
        line(
          u * u * u * x0 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * x,
          u * u * u * y0 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * y,
        );
      }
    } else if (penX !== startX || penY !== startY) {
      line(startX, startY);
    }
  }
  if (penX !== startX || penY !== startY) line(startX, startY);
  if (!segments.length || maxX - minX <= 0 || maxY - minY <= 0) return EMPTY;

  const left = Math.floor(minX);
  const top = Math.floor(minY);
  // Two spare columns: a segment's area spills one pixel right of its last covered one.
  const width = Math.ceil(maxX) - left + 2;
  const height = Math.ceil(maxY) - top;
  const area = new Float32Array(width * height + 2);
  for (let i = 0; i < segments.length; i += 4) {
    accumulateLine(area, width, height, segments[i]! - left, segments[i + 1]! - top, segments[i + 2]! - left, segments[i + 3]! - top);
  }
  const alpha = new Uint8Array(width * height);
  let sum = 0;
  for (let i = 0; i < alpha.length; i++) {
    sum += area[i]!;
    const coverage = Math.abs(sum);
    alpha[i] = coverage >= 1 ? 255 : Math.round(coverage * 255);
  }
  return cropToInk({ left, top, width, height, alpha });
}

/** Pixels the chords may stray inside a curve: chords cut convex curves short, so coarse ones thin the type. */
const FLATNESS = 0.03;

/**
 * Line segments a quadratic curve needs to stay within FLATNESS of its chords:
 * a curve with second difference `deviation` (|p0 − 2c + p1|) strays
 * deviation / 4n² from n equal chords. (A cubic passes 3 × its larger second difference.)
 */
function curveSteps(deviation: number): number {
  return Math.min(64, Math.max(1, Math.ceil(Math.sqrt(deviation / (4 * FLATNESS)))));
}

/** Adds a segment's signed area to the accumulation buffer (font-rs's draw_line). */
function accumulateLine(area: Float32Array, width: number, height: number, x0: number, y0: number, x1: number, y1: number): void {
  if (y0 === y1) return;
  let dir = 1;
  if (y0 > y1) {
    dir = -1;
    [x0, y0, x1, y1] = [x1, y1, x0, y0];
  }
  const dxdy = (x1 - x0) / (y1 - y0);
  let x = x0;
  if (y0 < 0) x -= y0 * dxdy;
  const yEnd = Math.min(height, Math.ceil(y1));
  for (let y = Math.max(0, Math.floor(y0)); y < yEnd; y++) {
    const row = y * width;
    const dy = Math.min(y + 1, y1) - Math.max(y, y0);
    const xNext = x + dxdy * dy;
    const d = dy * dir;
    const xa = x < xNext ? x : xNext;
    const xb = x < xNext ? xNext : x;
    const xai = Math.floor(xa);
    const xbi = Math.ceil(xb);
    if (xbi <= xai + 1) {
      // The segment stays within one pixel column on this row.
      const xmf = 0.5 * (x + xNext) - xai;
      area[row + xai] = area[row + xai]! + d - d * xmf;
      area[row + xai + 1] = area[row + xai + 1]! + d * xmf;
    } else {
      const s = 1 / (xb - xa);
      const xaf = xa - xai;
      const a0 = 0.5 * s * (1 - xaf) * (1 - xaf);
      const xbf = xb - xbi + 1;
      const am = 0.5 * s * xbf * xbf;
      area[row + xai] = area[row + xai]! + d * a0;
      if (xbi === xai + 2) {
        area[row + xai + 1] = area[row + xai + 1]! + d * (1 - a0 - am);
      } else {
        const a1 = s * (1.5 - xaf);
        area[row + xai + 1] = area[row + xai + 1]! + d * (a1 - a0);
        for (let xi = xai + 2; xi < xbi - 1; xi++) area[row + xi] = area[row + xi]! + d * s;
        const a2 = a1 + (xbi - xai - 3) * s;
        area[row + xbi - 1] = area[row + xbi - 1]! + d * (1 - a2 - am);
      }
      area[row + xbi] = area[row + xbi]! + d * am;
    }
    x = xNext;
  }
}

/** Drops empty rows and columns around the ink. */
function cropToInk(mask: CoverageMask): CoverageMask {
  const { width, height, alpha } = mask;
  let minX = width, minY = height, maxX = -1, maxY = -1;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (alpha[row + x] === 0) continue;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      maxY = y;
    }
  }
  if (maxX < 0) return EMPTY;
  const w = maxX - minX + 1;
  const h = maxY - minY + 1;
  if (w === width && h === height) return mask;
  const cropped = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) cropped.set(alpha.subarray((minY + y) * width + minX, (minY + y) * width + minX + w), y * w);
  return { left: mask.left + minX, top: mask.top + minY, width: w, height: h, alpha: cropped };
}
