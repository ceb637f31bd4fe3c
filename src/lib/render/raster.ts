import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { COLOR } from '../design/tokens';
import { loadFont, type FontKey } from './fonts';
import type { Page, PageItem, QrItem, TextItem } from './page';
import { placeGlyphs } from './shape';
import { glyphOutline, renderSvg } from './svg';
import { rasterizeOutline, type CoverageMask } from './glyph-raster';
import { parseJpeg, spliceRows, type ParsedJpeg } from './jpeg-splice';
import { variable } from './templates/common';

const PAPER_RGB = Buffer.from(COLOR.paper.slice(1), 'hex');
const INK_RGB = Buffer.from(COLOR.printInk.slice(1), 'hex');

/** RGB pixels as a sharp image, ready to encode. */
const rawImage = (pixels: Buffer, width: number, height: number) => sharp(pixels, { raw: { width, height, channels: 3 } });

// Drawn once per process: the parts of an image that every LGO's copy shares.
const backgrounds = new Map<string, Promise<Buffer>>();

async function rasterRgb(page: Page): Promise<Buffer> {
  return sharp(Buffer.from(renderSvg(page))).removeAlpha().raw().toBuffer();
}

/**
 * A QR symbol as a black-on-white greyscale PNG, `moduleSize` pixels a
 * module, quiet zone included: set pixel by pixel from the module matrix,
 * so every module is whole pixels and nothing is anti-aliased.
 */
export function qrSymbolPng(modules: QrItem['modules'], quietZone: number, moduleSize: number): Promise<Buffer> {
  const side = (modules.size + 2 * quietZone) * moduleSize;
  const pixels = Buffer.alloc(side * side, 255);
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (!modules.data[row * modules.size + column]) continue;
      const x = (column + quietZone) * moduleSize;
      for (let y = (row + quietZone) * moduleSize, end = y + moduleSize; y < end; y++) pixels.fill(0, y * side + x, y * side + x + moduleSize);
    }
  }
  return sharp(pixels, { raw: { width: side, height: side, channels: 1 } }).png({ compressionLevel: 6 }).toBuffer();
}

/**
 * Rasterises a page to JPEG, PNG (palette, for banners) or a preview PNG
 * (edges snapped, fast deflate). Items marked `variable` (the name) are
 * drawn glyph by glyph from cached glyph masks onto a cached raster of
 * everything else: most of an image is the same for every LGO, and the names
 * share a small alphabet.
 */
export async function rasterize(page: Page, format: 'jpeg' | 'png' | 'preview', quality = 82): Promise<Buffer> {
  const pixels = await rasterPixels(page);
  if (format === 'jpeg') return encodeJpeg(pixels, page.width, page.height, quality);
  const image = rawImage(pixels, page.width, page.height);
  if (format === 'preview') {
    // Lossless after snapping anti-aliased edges to a few levels (flat design colours stay exact): crisp type
    // at 30–55 KB for an A4 page 600 px wide. Deflate is 2.5 × faster than lossless WebP (effort 0) at the same
    // size, and a palette search 4 × slower still; level 4 takes 27 % less CPU than level 6 for 6 % more bytes.
    // (SVG previews were tried: a third of the build time, but several times the decoding work on a phone.)
    snapEdges(pixels);
    return image.png({ compressionLevel: 4 }).toBuffer();
  }
  return image.png({ compressionLevel: 9, palette: true }).toBuffer();
}

/** Per size and quality, the first JPEG this process made: later images of that size reuse its unchanged rows. */
const jpegReferences = new Map<string, { pixels: Buffer; file: Buffer; parsed: ParsedJpeg }>();

/** Spliced only when the rows that differ are at most this share of the image; else a full encode is as quick. */
const SPLICE_LIMIT = 0.6;

function jpegOf(pixels: Buffer, width: number, height: number, quality: number): Promise<Buffer> {
  return rawImage(pixels, width, height).jpeg({ quality, optimiseCoding: false }).toBuffer();
}

/**
 * Encodes RGB pixels as JPEG. Share images of one size differ from LGO to LGO
 * only in the rows of the name: those rows are encoded alone and spliced into
 * the reference image's JPEG (`jpeg-splice.ts`), which gives the same bytes as
 * a full encode at a fraction of the cost.
 */
async function encodeJpeg(pixels: Buffer, width: number, height: number, quality: number): Promise<Buffer> {
  const key = `${width}x${height}:${quality}`;
  const reference = jpegReferences.get(key);
  if (!reference) {
    const file = await jpegOf(pixels, width, height, quality);
    const parsed = parseJpeg(file);
    if (parsed) {
      if (jpegReferences.size > 20) jpegReferences.clear();
      jpegReferences.set(key, { pixels: Buffer.from(pixels), file, parsed });
    }
    return file;
  }
  const { mcuHeight, mcuRows } = reference.parsed;
  const rowBytes = width * 3 * mcuHeight;
  let first = -1;
  let last = -1;
  for (let row = 0; row < mcuRows; row++) {
    const start = row * rowBytes;
    const end = Math.min(start + rowBytes, pixels.length);
    if (pixels.subarray(start, end).equals(reference.pixels.subarray(start, end))) continue;
    if (first < 0) first = row;
    last = row;
  }
  if (first < 0) return Buffer.from(reference.file);
  if (last - first + 1 > mcuRows * SPLICE_LIMIT) return jpegOf(pixels, width, height, quality);
  const stripTop = first * mcuHeight;
  const stripBottom = Math.min((last + 1) * mcuHeight, height);
  const strip = parseJpeg(await jpegOf(pixels.subarray(stripTop * width * 3, stripBottom * width * 3), width, stripBottom - stripTop, quality));
  return (strip && spliceRows(reference.parsed, strip, first, last + 1)) ?? jpegOf(pixels, width, height, quality);
}

/**
 * A page as raw RGB pixels: the items not marked `variable` through librsvg
 * (kept per process when `reuseBackground`, as every LGO's copy shares them),
 * then QR codes module by module and the variable text glyph by glyph from
 * glyph masks. A page of only paper, codes and text never calls librsvg.
 */
export async function rasterPixels(page: Page, { reuseBackground = true } = {}): Promise<Buffer> {
  const variable = page.items.filter((i): i is TextItem => i.kind === 'text' && i.variable === true);
  // Codes are drawn after the background, so only those that nothing but text and links covers.
  const lastShape = page.items.findLastIndex((i) => i.kind !== 'text' && i.kind !== 'link' && i.kind !== 'qr');
  const codes = page.items.filter((i, index): i is QrItem => i.kind === 'qr' && index > lastShape);
  const fixed: PageItem[] = page.items.filter((i) => !(i.kind === 'text' && i.variable) && !codes.includes(i as QrItem) && i.kind !== 'link');
  const paperOnly = fixed.every((i) => i.kind === 'rect' && i.fill === COLOR.paper && !i.stroke && i.x <= 0 && i.y <= 0 && i.x + i.width >= page.width && i.y + i.height >= page.height);
  let pixels: Buffer;
  if (paperOnly) {
    pixels = Buffer.alloc(page.width * page.height * 3, PAPER_RGB);
  } else if (reuseBackground) {
    const key = createHash('sha1').update(JSON.stringify([page.width, page.height, fixed])).digest('hex');
    let background = backgrounds.get(key);
    if (!background) {
      background = rasterRgb({ ...page, items: fixed });
      if (backgrounds.size > 50) backgrounds.clear();
      backgrounds.set(key, background);
    }
    pixels = Buffer.from(await background);
  } else {
    pixels = await rasterRgb({ ...page, items: fixed });
  }
  for (const code of codes) drawQr(pixels, page.width, page.height, code);
  for (const item of variable) drawText(pixels, page.width, page.height, item);
  return pixels;
}

/** A QR code on its paper square, module edges rounded to whole pixels (as SVG's crispEdges). */
function drawQr(pixels: Buffer, pageWidth: number, pageHeight: number, { x, y, size, modules, quietZone }: QrItem): void {
  const total = modules.size + 2 * quietZone;
  const edge = (start: number, i: number, limit: number) => Math.min(limit, Math.max(0, Math.round(start + (i * size) / total)));
  const paint = (x0: number, x1: number, y0: number, y1: number, rgb: Buffer) => {
    if (x1 > x0) for (let py = y0; py < y1; py++) pixels.fill(rgb, (py * pageWidth + x0) * 3, (py * pageWidth + x1) * 3);
  };
  paint(edge(x, 0, pageWidth), edge(x, total, pageWidth), edge(y, 0, pageHeight), edge(y, total, pageHeight), PAPER_RGB);
  for (let row = 0; row < modules.size; row++) {
    const y0 = edge(y, row + quietZone, pageHeight);
    const y1 = edge(y, row + quietZone + 1, pageHeight);
    for (let column = 0; column < modules.size; column++) {
      if (modules.data[row * modules.size + column]) paint(edge(x, column + quietZone, pageWidth), edge(x, column + quietZone + 1, pageWidth), y0, y1, INK_RGB);
    }
  }
}

/** Marks every text item of a page `variable`: drawn from glyph masks, not through librsvg. */
export function textFromMasks(page: Page): Page {
  return { ...page, items: variable(page.items) };
}

/**
 * A page as a small preview image `width` pixels wide, on white paper,
 * every line of text drawn from glyph masks onto a cached raster of the
 * rest: at preview sizes the text is most of the work, and the rules, bands
 * and QR code are the same from one LGO to the next.
 */
export function previewPage(page: Page, width: number): Page {
  return textFromMasks(scalePage(page, width));
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
  // Most pixels repeat the one before (paper, bands): check the palette once per run.
  let previous = -1;
  let previousIsDesign = false;
  for (let i = 0; i < pixels.length; i += 3) {
    const rgb = (pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!;
    if (rgb !== previous) {
      previous = rgb;
      previousIsDesign = PALETTE.has(rgb);
    }
    if (previousIsDesign) continue;
    pixels[i] = Math.round(pixels[i]! / 17) * 17;
    pixels[i + 1] = Math.round(pixels[i + 1]! / 17) * 17;
    pixels[i + 2] = Math.round(pixels[i + 2]! / 17) * 17;
    // The snapped value is a new colour: compare the next pixel afresh.
    previous = -1;
  }
}

/** A glyph's coverage at one size and subpixel phase, cropped to its ink, placed relative to the pen. */
type GlyphMask = CoverageMask;

const SUBPIXEL_STEPS = 4;
const masks = new Map<string, GlyphMask>();

/** Rasterises one glyph outline once per size and quarter-pixel phase (our coverage rasteriser: no librsvg call per glyph). */
function glyphMask(font: FontKey, id: number, size: number, phase: number): GlyphMask {
  const key = `${font}:${id}:${size.toFixed(3)}:${phase}`;
  let mask = masks.get(key);
  if (!mask) {
    mask = rasterizeOutline(glyphOutline(font, id), size / loadFont(font).upem, phase / SUBPIXEL_STEPS);
    if (masks.size > 50_000) masks.clear();
    masks.set(key, mask);
  }
  return mask;
}

/** Blends a text line onto an RGB buffer, glyph by glyph, where HarfBuzz placed each. */
function drawText(pixels: Buffer, pageWidth: number, pageHeight: number, item: TextItem): void {
  const color = Number.parseInt(item.color.slice(1), 16);
  const red = (color >> 16) & 255;
  const green = (color >> 8) & 255;
  const blue = color & 255;
  for (const glyph of placeGlyphs(item.text, item.font, item.size, item.x, item.y, item.spacing)) {
    let ix = Math.floor(glyph.x);
    let phase = Math.round((glyph.x - ix) * SUBPIXEL_STEPS);
    if (phase === SUBPIXEL_STEPS) {
      ix += 1;
      phase = 0;
    }
    const mask = glyphMask(item.font, glyph.id, item.size, phase);
    const left = ix + mask.left;
    const top = Math.round(glyph.y) + mask.top;
    // Clip the mask to the page once, not per pixel.
    const x0 = Math.max(0, -left);
    const x1 = Math.min(mask.width, pageWidth - left);
    const y0 = Math.max(0, -top);
    const y1 = Math.min(mask.height, pageHeight - top);
    for (let y = y0; y < y1; y++) {
      const maskRow = y * mask.width;
      let b = ((top + y) * pageWidth + left + x0) * 3;
      for (let x = x0; x < x1; x++, b += 3) {
        const a = mask.alpha[maskRow + x]!;
        if (a === 0) continue;
        if (a === 255) {
          pixels[b] = red;
          pixels[b + 1] = green;
          pixels[b + 2] = blue;
          continue;
        }
        const inv = 255 - a;
        pixels[b] = (red * a + pixels[b]! * inv + 127) / 255;
        pixels[b + 1] = (green * a + pixels[b + 1]! * inv + 127) / 255;
        pixels[b + 2] = (blue * a + pixels[b + 2]! * inv + 127) / 255;
      }
    }
  }
}
