import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { loadFont, type FontKey } from './fonts';
import type { Page } from './page';
import sharp from 'sharp';
import { drawPage, imageName, linkRect } from './pdf-draw';
import { fmt, hex4, pdfText, PdfWriter } from './pdf-writer';
import { subsetFont } from './hb-subset';

export interface PdfMeta {
  title: string;
  subject?: string;
  /** BCP 47 language of the text. */
  lang?: string;
}


/** A page's drawing, deflated once, with the glyphs it uses: reused by every PDF that holds the same page. */
interface EncodedContent {
  deflated: Buffer;
  glyphs: Map<FontKey, Map<number, string>>;
}

const contentCache = new Map<string, EncodedContent>();

/** A cheap identity of a page's drawing: its items, QR codes by URL rather than by module. */
function contentKey(page: Page): string {
  const json = JSON.stringify([page.height, page.items], (key, value: unknown) => (key === 'modules' ? undefined : value));
  return createHash('sha1').update(json).digest('base64');
}

/**
 * A page's content stream, from the process cache when the same page was
 * drawn before (a province bundle repeats its LGOs' posters; an A3 poster
 * is its A4 page, scaled).
 */
function encodeContent(page: Page, images: Map<string, DecodedImage>): EncodedContent {
  const key = contentKey(page);
  let content = contentCache.get(key);
  if (!content) {
    const glyphs = new Map<FontKey, Map<number, string>>();
    const ops = drawPage(
      page,
      (font, id, text) => {
        let used = glyphs.get(font);
        if (!used) glyphs.set(font, (used = new Map()));
        if (!used.has(id)) used.set(id, text());
      },
      (item) => {
        const image = images.get(item.sha256)!;
        return image.width / image.height;
      },
    );
    content = { deflated: deflateSync(Buffer.from(ops, 'latin1'), { level: 6 }), glyphs };
    if (contentCache.size > 2000) contentCache.clear();
    contentCache.set(key, content);
  }
  return content;
}

/** A page drawn at `scale` times its laid-out size: the same content stream under a `cm` matrix. */
export interface ScaledPage {
  page: Page;
  scale: number;
  /** The paper's exact size (A3 is √2 × A4 only to a tenth of a millimetre); default: the page's size × scale. */
  width?: number;
  height?: number;
}

/**
 * Draws pages into a PDF: text as real text in embedded, subsetted Sarabun
 * (glyphs placed exactly where HarfBuzz put them, with a ToUnicode map and
 * ActualText so the text can be searched and copied), QR codes and shapes
 * as vector paths, links as URI annotations. A page may be a scaled copy of
 * another layout (A3 from A4): its content stream is shared, not redrawn.
 */
export async function renderPdf(pages: (Page | ScaledPage)[], meta: PdfMeta): Promise<Buffer> {
  const images = await decodeImages(pages.map((entry) => ('scale' in entry ? entry.page : entry)));
  const doc = new PdfWriter();
  const imageRefs = new Map<string, number>();
  const catalog = doc.reserve();
  const pagesRef = doc.reserve();
  const fonts = new Map<FontKey, { glyphs: Map<number, string>; ref: number }>();
  const pageRefs: number[] = [];

  for (const entry of pages) {
    const { page, scale } = 'scale' in entry ? entry : { page: entry, scale: 1 };
    const paperWidth = ('scale' in entry ? entry.width : undefined) ?? page.width * scale;
    const paperHeight = ('scale' in entry ? entry.height : undefined) ?? page.height * scale;
    const content = encodeContent(page, images);
    const xobjects = page.items.flatMap((item) => {
      if (item.kind !== 'image') return [];
      let ref = imageRefs.get(item.sha256);
      if (ref === undefined) imageRefs.set(item.sha256, (ref = embedImage(doc, images.get(item.sha256)!)));
      return [`/${imageName(item)} ${ref} 0 R`];
    });
    for (const [key, glyphs] of content.glyphs) {
      let use = fonts.get(key);
      if (!use) fonts.set(key, (use = { glyphs: new Map(), ref: doc.reserve() }));
      for (const [id, text] of glyphs) if (!use.glyphs.has(id)) use.glyphs.set(id, text);
    }
    const streams = [doc.stream('', content.deflated, 'deflated')];
    // Scaled about the top-left corner, as the layout's y runs down from the top.
    const lift = paperHeight - page.height * scale;
    if (scale !== 1) streams.unshift(doc.stream('', `q ${fmt(scale)} 0 0 ${fmt(scale)} 0 ${fmt(lift)} cm\n`, false)), streams.push(doc.stream('', '\nQ', false));
    const annots = page.items.flatMap((item) =>
      item.kind === 'link' ? [doc.add(`<< /Type /Annot /Subtype /Link /Rect [${linkRect(item, page.height, scale, lift)}] /Border [0 0 0] /A << /S /URI /URI (${item.url.replace(/[()\\]/g, '\\$&')}) >> >>`)] : [],
    );
    const fontDict = [...fonts.entries()].map(([key, use]) => `/F${key} ${use.ref} 0 R`).join(' ');
    const annotsEntry = annots.length ? ` /Annots [${annots.map((a) => `${a} 0 R`).join(' ')}]` : '';
    const contents = streams.length === 1 ? `${streams[0]} 0 R` : `[${streams.map((s) => `${s} 0 R`).join(' ')}]`;
    pageRefs.push(
      doc.add(
        `<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 ${fmt(paperWidth)} ${fmt(paperHeight)}] /Resources << /Font << ${fontDict} >>${xobjects.length ? ` /XObject << ${[...new Set(xobjects)].join(' ')} >>` : ''} >> /Contents ${contents}${annotsEntry} >>`,
      ),
    );
  }

  for (const [key, use] of fonts) embedFont(doc, key, use.glyphs, use.ref);
  doc.set(pagesRef, `<< /Type /Pages /Kids [${pageRefs.map((r) => `${r} 0 R`).join(' ')}] /Count ${pageRefs.length} >>`);
  doc.set(catalog, `<< /Type /Catalog /Pages ${pagesRef} 0 R /Lang (${meta.lang ?? 'th'}) /ViewerPreferences << /DisplayDocTitle true >> >>`);
  const subject = meta.subject ? ` /Subject ${pdfText(meta.subject)}` : '';
  const info = doc.add(`<< /Title ${pdfText(meta.title)}${subject} /Producer (Smart Law campaign kit) >>`);
  return doc.toBuffer(catalog, info);
}

/** An image file decoded for embedding: 8-bit RGB and alpha, deflated. */
interface DecodedImage {
  width: number;
  height: number;
  rgb: Buffer;
  alpha: Buffer;
}

/** Pixel height images are embedded at: 3 cm at about 500 dpi, sharp in print and small. */
const IMAGE_PIXELS = 600;

/** Decodes every image file the pages use, once each (SVG rasterised by librsvg). */
async function decodeImages(pages: Page[]): Promise<Map<string, DecodedImage>> {
  const decoded = new Map<string, DecodedImage>();
  for (const page of pages) {
    for (const item of page.items) {
      if (item.kind !== 'image' || decoded.has(item.sha256)) continue;
      const { data, info } = await sharp(item.path, { density: item.path.endsWith('.svg') ? 600 : 72 })
        .resize({ height: IMAGE_PIXELS, withoutEnlargement: !item.path.endsWith('.svg') })
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const pixels = info.width * info.height;
      const rgb = Buffer.alloc(pixels * 3);
      const alpha = Buffer.alloc(pixels);
      for (let i = 0; i < pixels; i++) {
        rgb[i * 3] = data[i * 4]!;
        rgb[i * 3 + 1] = data[i * 4 + 1]!;
        rgb[i * 3 + 2] = data[i * 4 + 2]!;
        alpha[i] = data[i * 4 + 3]!;
      }
      decoded.set(item.sha256, { width: info.width, height: info.height, rgb: deflateSync(rgb), alpha: deflateSync(alpha) });
    }
  }
  return decoded;
}

/** Embeds an image as an RGB XObject with its alpha as a soft mask. */
function embedImage(doc: PdfWriter, image: DecodedImage): number {
  const size = `/Width ${image.width} /Height ${image.height} /BitsPerComponent 8`;
  const mask = doc.stream(`/Type /XObject /Subtype /Image ${size} /ColorSpace /DeviceGray`, image.alpha, 'deflated');
  return doc.stream(`/Type /XObject /Subtype /Image ${size} /ColorSpace /DeviceRGB /SMask ${mask} 0 R`, image.rgb, 'deflated');
}

const deflatedSubsets = new Map<string, Buffer>();

/** A subset's deflated bytes, once per glyph set within a process (A3 and bundles repeat A4 posters' glyphs). */
function deflatedSubset(key: FontKey, ids: number[], subset: Uint8Array): Buffer {
  const cacheKey = `${key}:${ids.join(',')}`;
  let deflated = deflatedSubsets.get(cacheKey);
  if (!deflated) {
    deflated = deflateSync(subset, { level: 6 });
    if (deflatedSubsets.size > 200) deflatedSubsets.clear();
    deflatedSubsets.set(cacheKey, deflated);
  }
  return deflated;
}

/** Embeds a font as a Type 0 / CIDFontType2 with Identity encoding: glyph ids are the codes. */
function embedFont(doc: PdfWriter, key: FontKey, glyphs: Map<number, string>, ref: number): void {
  const font = loadFont(key);
  const ids = [...glyphs.keys()].sort((a, b) => a - b);
  const subset = subsetFont(key, ids);
  const unit = 1000 / font.upem;
  // A subset tag from the glyph set keeps different subsets apart in viewers.
  const tag = ids.reduce((h, id) => (h * 31 + id) % 308915776, 7);
  const prefix = Array.from({ length: 6 }, (_, i) => String.fromCharCode(65 + (Math.floor(tag / 26 ** i) % 26))).join('');
  const baseFont = `${prefix}+${font.name}`;
  const fontFile = doc.stream(`/Length1 ${subset.length}`, deflatedSubset(key, ids, subset), 'deflated');
  const [xMin, yMin, xMax, yMax] = font.bbox.map((v) => Math.round(v * unit));
  const descriptor = doc.add(
    `<< /Type /FontDescriptor /FontName /${baseFont} /Flags 4 /FontBBox [${xMin} ${yMin} ${xMax} ${yMax}] /ItalicAngle 0 /Ascent ${Math.round(font.ascender * unit)} /Descent ${Math.round(font.descender * unit)} /CapHeight 700 /StemV ${key === 'bold' ? 140 : 80} /FontFile2 ${fontFile} 0 R >>`,
  );
  const widths = ids.map((id) => `${id} [${Math.round(font.hbFont.glyphHAdvance(id) * unit)}]`).join(' ');
  const cidFont = doc.add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${baseFont} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /W [${widths}] /CIDToGIDMap /Identity >>`,
  );
  const toUnicode = doc.stream('', toUnicodeCMap(glyphs));
  doc.set(ref, `<< /Type /Font /Subtype /Type0 /BaseFont /${baseFont} /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`);
}

/** Maps each glyph to the text of its cluster, so PDF text extraction gives back the Thai. */
export function toUnicodeCMap(glyphs: Map<number, string>): string {
  const entries = [...glyphs.entries()].filter(([, text]) => text.length > 0);
  const lines = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
  ];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    lines.push(`${chunk.length} beginbfchar`);
    for (const [id, text] of chunk) {
      let utf16 = '';
      for (let j = 0; j < text.length; j++) utf16 += hex4(text.charCodeAt(j));
      lines.push(`<${hex4(id)}> <${utf16}>`);
    }
    lines.push('endbfchar');
  }
  lines.push('endcmap CMapName currentdict /CMap defineresource pop end end');
  return lines.join('\n');
}
