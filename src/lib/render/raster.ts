import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { COLOR } from '../design/tokens';
import { loadFont, type FontKey } from './fonts';
import type { Page, PageItem, TextItem } from './page';
import { placeGlyphs } from './shape';
import { glyphPath, renderSvg } from './svg';

// Drawn once per process: the parts of an image that every LGO's copy shares.
const backgrounds = new Map<string, Promise<Buffer>>();

async function rasterRgb(page: Page): Promise<Buffer> {
  return sharp(Buffer.from(renderSvg(page))).removeAlpha().raw().toBuffer();
}

/**
 * Rasterises a page to JPEG, PNG or WebP (lossless, for previews). Items marked `variable` (the name) are
 * drawn glyph by glyph from cached glyph masks onto a cached raster of
 * everything else: most of an image is the same for every LGO, and the names
 * share a small alphabet.
 */
export async function rasterize(page: Page, format: 'jpeg' | 'png' | 'webp', quality = 82): Promise<Buffer> {
  const variable = page.items.filter((i): i is TextItem => i.kind === 'text' && i.variable === true);
  const fixed: PageItem[] = page.items.filter((i) => !(i.kind === 'text' && i.variable));
  const key = createHash('sha1').update(JSON.stringify([page.width, page.height, fixed])).digest('hex');
  let background = backgrounds.get(key);
  if (!background) {
    background = rasterRgb({ ...page, items: fixed });
    if (backgrounds.size > 50) backgrounds.clear();
    backgrounds.set(key, background);
  }
  const pixels = Buffer.from(await background);
  for (const item of variable) await drawText(pixels, page.width, page.height, item);
  // WebP: lossless after snapping anti-aliased edges to a few levels (flat design colours stay exact):
  // crisp type at 35–50 KB for an A4 page 600 px wide, and about as fast as lossy.
  if (format === 'webp') snapEdges(pixels);
  const image = sharp(pixels, { raw: { width: page.width, height: page.height, channels: 3 } });
  if (format === 'webp') return image.webp({ lossless: true, effort: 0 }).toBuffer();
  return format === 'jpeg' ? image.jpeg({ quality, optimiseCoding: false }).toBuffer() : image.png({ compressionLevel: 9, palette: true }).toBuffer();
}

/**
 * A page as a small preview image `width` pixels wide, on white paper,
 * every line of text drawn from glyph masks onto a cached raster of the
 * rest: at preview sizes the text is most of the work, and the rules, bands
 * and QR code are the same from one LGO to the next.
 */
export function previewPage(page: Page, width: number): Page {
  const scaled = scalePage(page, width);
  return { ...scaled, items: scaled.items.map((item) => (item.kind === 'text' ? { ...item, variable: true } : item)) };
}

/**
 * The same page at another scale, on white paper: a PDF page (in points)
 * as a pixel image of the given width, for previews drawn from the very Page
 * the PDF prints. (PDF pages are paper; images start from black.)
 */
export function scalePage(page: Page, width: number): Page {
  const k = width / page.width;
  const items = page.items.map((item): PageItem => {
    switch (item.kind) {
      case 'text':
        return { ...item, x: item.x * k, y: item.y * k, size: item.size * k };
      case 'rect':
        return {
          ...item,
          x: item.x * k,
          y: item.y * k,
          width: item.width * k,
          height: item.height * k,
          ...(item.radius !== undefined && { radius: item.radius * k }),
          ...(item.stroke !== undefined && { lineWidth: (item.lineWidth ?? 1) * k }),
          ...(item.dash !== undefined && { dash: item.dash * k }),
        };
      case 'qr':
        return { ...item, x: item.x * k, y: item.y * k, size: item.size * k };
      case 'path':
        return { ...item, x: item.x * k, y: item.y * k, scale: item.scale * k };
      case 'link':
      case 'image':
        return { ...item, x: item.x * k, y: item.y * k, width: item.width * k, height: item.height * k };
    }
  });
  const height = Math.round(page.height * k);
  return { width: Math.round(width), height, items: [{ kind: 'rect', x: 0, y: 0, width: Math.round(width), height, fill: COLOR.paper }, ...items] };
}

const PALETTE = new Set(Object.values(COLOR).map((color) => Number.parseInt(color.slice(1), 16)));

/**
 * Snaps every pixel that is not exactly a design colour (the anti-aliased
 * edges of type and shapes) to 16 levels a channel, rounding to nearest.
 * Flat areas keep their exact colour; edges lose nothing visible at 600 px.
 */
function snapEdges(pixels: Buffer): void {
  for (let i = 0; i < pixels.length; i += 3) {
    if (PALETTE.has((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!)) continue;
    for (let c = i; c < i + 3; c++) pixels[c] = Math.round(pixels[c]! / 17) * 17;
  }
}

/** A glyph's coverage at one size and subpixel phase, cropped to its ink, placed relative to the pen. */
interface GlyphMask {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Uint8Array;
}

const SUBPIXEL_STEPS = 4;
const masks = new Map<string, Promise<GlyphMask>>();

/** Rasterises one glyph outline (via librsvg) once per size and quarter-pixel phase. */
function glyphMask(font: FontKey, id: number, size: number, phase: number): Promise<GlyphMask> {
  const key = `${font}:${id}:${size.toFixed(3)}:${phase}`;
  let mask = masks.get(key);
  if (!mask) {
    mask = (async () => {
      const scale = size / loadFont(font).upem;
      // Thai marks draw left of the pen and above the ascender: a generous canvas around the origin.
      const ox = Math.ceil(size * 1.2);
      const oy = Math.ceil(size * 1.6);
      const width = Math.ceil(size * 3);
      const height = Math.ceil(size * 2.4);
      const d = glyphPath(font, id);
      if (!d) return { left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array(0) };
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path transform="translate(${ox + phase / SUBPIXEL_STEPS} ${oy}) scale(${scale} ${-scale})" d="${d}"/></svg>`;
      const alpha = await sharp(Buffer.from(svg)).ensureAlpha().extractChannel(3).raw().toBuffer();
      let minX = width, minY = height, maxX = -1, maxY = -1;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          if (alpha[y * width + x]) {
            if (x < minX) minX = x;
            if (x > maxX) maxX = x;
            if (y < minY) minY = y;
            if (y > maxY) maxY = y;
          }
        }
      }
      if (maxX < 0) return { left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array(0) };
      const w = maxX - minX + 1;
      const h = maxY - minY + 1;
      const cropped = new Uint8Array(w * h);
      for (let y = 0; y < h; y++) cropped.set(alpha.subarray((minY + y) * width + minX, (minY + y) * width + minX + w), y * w);
      return { left: minX - ox, top: minY - oy, width: w, height: h, alpha: cropped };
    })();
    if (masks.size > 20_000) masks.clear();
    masks.set(key, mask);
  }
  return mask;
}

/** Blends a text line onto an RGB buffer, glyph by glyph, where HarfBuzz placed each. */
async function drawText(pixels: Buffer, pageWidth: number, pageHeight: number, item: TextItem): Promise<void> {
  const color = Number.parseInt(item.color.slice(1), 16);
  const rgb = [(color >> 16) & 255, (color >> 8) & 255, color & 255] as const;
  for (const glyph of placeGlyphs(item.text, item.font, item.size, item.x, item.y, item.spacing)) {
    const gx = glyph.x;
    const gy = Math.round(glyph.y);
    let ix = Math.floor(gx);
    let phase = Math.round((gx - ix) * SUBPIXEL_STEPS);
    if (phase === SUBPIXEL_STEPS) {
      ix += 1;
      phase = 0;
    }
    const mask = await glyphMask(item.font, glyph.id, item.size, phase);
    for (let y = 0; y < mask.height; y++) {
      const py = gy + mask.top + y;
      if (py < 0 || py >= pageHeight) continue;
      for (let x = 0; x < mask.width; x++) {
        const a = mask.alpha[y * mask.width + x]!;
        if (a === 0) continue;
        const px = ix + mask.left + x;
        if (px < 0 || px >= pageWidth) continue;
        const b = (py * pageWidth + px) * 3;
        const inv = 255 - a;
        pixels[b] = (rgb[0] * a + pixels[b]! * inv + 127) / 255;
        pixels[b + 1] = (rgb[1] * a + pixels[b + 1]! * inv + 127) / 255;
        pixels[b + 2] = (rgb[2] * a + pixels[b + 2]! * inv + 127) / 255;
      }
    }
  }
}
