import { darkRuns } from '../web/qr';
import { loadFont, type FontKey } from './fonts';
import type { Color, ImageItem, LinkItem, Page, PathItem, QrItem, RectItem, TextItem } from './page';
import { fmt, hex4, pdfText } from './pdf-writer';
import { placeGlyphs, shapeText } from './shape';

/**
 * Drawing functions: page items to PDF content-stream operators, y flipped
 * (page items have y downwards, PDF upwards). Pure: they return operator
 * text and report the glyphs they use through `GlyphSink`.
 */

/** Records each glyph a text item uses, with the text it stands for (for the ToUnicode map). */
export type GlyphSink = (font: FontKey, id: number, text: () => string) => void;

/** A fill or stroke colour operand: "r g b". */
export function rgb(color: Color): string {
  const n = Number.parseInt(color.slice(1), 16);
  return `${fmt(((n >> 16) & 255) / 255)} ${fmt(((n >> 8) & 255) / 255)} ${fmt((n & 255) / 255)}`;
}

/** A rectangle path, with quarter-circle corners when r > 0; (x, y) is the lower-left corner in PDF space. */
export function roundedRectPath(x: number, y: number, w: number, h: number, r: number): string {
  if (r <= 0) return `${fmt(x)} ${fmt(y)} ${fmt(w)} ${fmt(h)} re`;
  const k = r * 0.5523; // Bézier approximation of a quarter circle
  const p = (px: number, py: number) => `${fmt(px)} ${fmt(py)}`;
  return [
    `${p(x + r, y)} m`,
    `${p(x + w - r, y)} l`,
    `${p(x + w - r + k, y)} ${p(x + w, y + r - k)} ${p(x + w, y + r)} c`,
    `${p(x + w, y + h - r)} l`,
    `${p(x + w, y + h - r + k)} ${p(x + w - r + k, y + h)} ${p(x + w - r, y + h)} c`,
    `${p(x + r, y + h)} l`,
    `${p(x + r - k, y + h)} ${p(x, y + h - r + k)} ${p(x, y + h - r)} c`,
    `${p(x, y + r)} l`,
    `${p(x, y + r - k)} ${p(x + r - k, y)} ${p(x + r, y)} c h`,
  ].join(' ');
}

/** A filled and/or stroked (optionally dashed, rounded) rectangle. */
export function drawRect(item: RectItem, pageHeight: number): string {
  const { x, y, width, height, radius = 0 } = item;
  const ops = ['q'];
  if (item.fill) ops.push(`${rgb(item.fill)} rg`);
  if (item.stroke) ops.push(`${rgb(item.stroke)} RG ${fmt(item.lineWidth ?? 1)} w`);
  if (item.dash) ops.push(`[${fmt(item.dash)} ${fmt(item.dash * 0.6)}] 0 d`);
  ops.push(roundedRectPath(x, pageHeight - (y + height), width, height, radius));
  ops.push(item.fill && item.stroke ? 'B' : item.fill ? 'f' : 'S', 'Q');
  return ops.join('\n');
}

/** A filled vector outline (the campaign mark), placed and scaled on the page. */
export function drawPath({ x, y, scale, commands, fill }: PathItem, pageHeight: number): string {
  const p = (px: number, py: number) => `${fmt(x + px * scale)} ${fmt(pageHeight - (y + py * scale))}`;
  const path = commands
    .map((c) => (c[0] === 'M' ? `${p(c[1], c[2])} m` : c[0] === 'L' ? `${p(c[1], c[2])} l` : c[0] === 'C' ? `${p(c[1], c[2])} ${p(c[3], c[4])} ${p(c[5], c[6])} c` : 'h'))
    .join(' ');
  return `q ${rgb(fill)} rg ${path} f Q`;
}

/** A QR code as vector rectangles (one per run of dark modules) on a white square. */
export function drawQr(item: QrItem, pageHeight: number): string {
  const { modules, quietZone, size } = item;
  const cell = size / (modules.size + 2 * quietZone);
  const ops = ['q 1 1 1 rg', `${fmt(item.x)} ${fmt(pageHeight - (item.y + size))} ${fmt(size)} ${fmt(size)} re f`, '0 0 0 rg'];
  for (const { row, start, length } of darkRuns(modules)) {
    const x = item.x + (start + quietZone) * cell;
    const y = item.y + (row + quietZone) * cell;
    ops.push(`${fmt(x)} ${fmt(pageHeight - (y + cell))} ${fmt(length * cell)} ${fmt(cell)} re`);
  }
  ops.push('f Q');
  return ops.join('\n');
}

/**
 * A line of text as real text: glyph ids (Identity-H) placed exactly where
 * HarfBuzz and justification put them. Glyphs on one baseline share a TJ
 * with kerning-style adjustments; a mark raised or lowered by its offset
 * starts a new text position. No space characters are ever added, and an
 * ActualText span gives extraction the exact string.
 */
export function drawText(item: TextItem, pageHeight: number, use: GlyphSink): string {
  const font = loadFont(item.font);
  const shaped = shapeText(item.text, item.font).glyphs;
  const scale = item.size / font.upem;
  const ops = [`/Span << /ActualText ${pdfText(item.text)} >> BDC BT /F${item.font} ${fmt(item.size)} Tf ${rgb(item.color)} rg`];
  let run: string[] = [];
  let runY = Number.NaN;
  let pen = 0; // where the run's pen is by the font's own widths
  const flush = () => {
    if (run.length) ops.push(`[${run.join(' ')}] TJ`);
    run = [];
  };
  placeGlyphs(item.text, item.font, item.size, item.x, item.y, item.spacing).forEach((glyph, i) => {
    use(item.font, glyph.id, () => glyphText(item.font, glyph.id, item.text, shaped, i));
    const y = pageHeight - glyph.y;
    if (!(Math.abs(y - runY) <= 0.0005)) {
      flush();
      ops.push(`1 0 0 1 ${fmt(glyph.x)} ${fmt(y)} Tm`);
      runY = y;
      pen = glyph.x;
    }
    const adjust = ((pen - glyph.x) / item.size) * 1000; // TJ numbers move the pen left, in thousandths of the size
    if (Math.abs(adjust) > 0.01) run.push(fmt(adjust));
    run.push(`<${hex4(glyph.id)}>`);
    pen = glyph.x + font.hbFont.glyphHAdvance(glyph.id) * scale;
  });
  flush();
  ops.push('ET EMC');
  return ops.join('\n');
}

/** The PDF resource name of an image, from its file's hash. */
export const imageName = (item: Pick<ImageItem, 'sha256'>): string => `Im${item.sha256.slice(0, 12)}`;

/** An image XObject fitted into its box, centred, keeping its proportions (pixel width ÷ height = aspect). */
export function drawImage(item: ImageItem, pageHeight: number, aspect: number): string {
  const width = Math.min(item.width, item.height * aspect);
  const height = width / aspect;
  const x = item.x + (item.width - width) / 2;
  const y = pageHeight - (item.y + (item.height + height) / 2);
  return `q ${fmt(width)} 0 0 ${fmt(height)} ${fmt(x)} ${fmt(y)} cm /${imageName(item)} Do Q`;
}

/** A link annotation's rectangle in PDF space. */
export function linkRect(item: LinkItem, pageHeight: number, scale = 1, lift = 0): string {
  const [x0, y0, x1, y1] = [item.x, pageHeight - (item.y + item.height), item.x + item.width, pageHeight - item.y];
  return [x0 * scale, y0 * scale + lift, x1 * scale, y1 * scale + lift].map(fmt).join(' ');
}

/** The content stream of a page's drawn items (links are annotations, drawn by the caller). */
export function drawPage(page: Pick<Page, 'height' | 'items'>, use: GlyphSink, aspectOf: (item: ImageItem) => number = () => 1): string {
  const ops: string[] = [];
  for (const item of page.items) {
    if (item.kind === 'image') ops.push(drawImage(item, page.height, aspectOf(item)));
    else if (item.kind === 'rect') ops.push(drawRect(item, page.height));
    else if (item.kind === 'path') ops.push(drawPath(item, page.height));
    else if (item.kind === 'qr') ops.push(drawQr(item, page.height));
    else if (item.kind === 'text') ops.push(drawText(item, page.height, use));
  }
  return ops.join('\n');
}

/**
 * The text one glyph stands for in the ToUnicode map (a fallback: ActualText
 * carries the exact string). A glyph that is a character's own glyph maps to
 * it; a substituted glyph maps to the character in its place when the
 * cluster has as many glyphs as characters.
 */
function glyphText(fontKey: FontKey, id: number, text: string, glyphs: readonly { cluster: number }[], index: number): string {
  const nominal = nominalChars(fontKey).get(id);
  if (nominal) return nominal;
  const cluster = glyphs[index]!.cluster;
  const members = glyphs.filter((g) => g.cluster === cluster);
  const end = glyphs.find((g) => g.cluster > cluster)?.cluster ?? text.length;
  const chars = [...text.slice(cluster, end)];
  return members.length === chars.length ? (chars[members.indexOf(glyphs[index]!)] ?? '') : '';
}

const nominalCache = new Map<FontKey, Map<number, string>>();

/** Glyph id → character for every character the documents use (Thai, Latin, punctuation). */
function nominalChars(fontKey: FontKey): Map<number, string> {
  let map = nominalCache.get(fontKey);
  if (!map) {
    map = new Map();
    const font = loadFont(fontKey);
    const ranges: [number, number][] = [[0x20, 0x7e], [0xa0, 0xff], [0x0e01, 0x0e5b], [0x2010, 0x2026]];
    for (const [from, to] of ranges) {
      for (let cp = from; cp <= to; cp++) {
        const id = font.hbFont.nominalGlyph(cp);
        if (id && !map.has(id)) map.set(id, String.fromCodePoint(cp));
      }
    }
    nominalCache.set(fontKey, map);
  }
  return map;
}
