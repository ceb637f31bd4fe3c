import { deflateSync } from 'node:zlib';
import { darkRuns } from '../web/qr';
import { loadFont, type FontKey, type LoadedFont } from './fonts';
import type { Color, Page, PathItem } from './page';
import { shapeText, type ShapedGlyph } from './shape';
import { fontBoundingBox, subsetTrueType } from './truetype-subset';

export interface PdfMeta {
  title: string;
  subject?: string;
  /** BCP 47 language of the text. */
  lang?: string;
}

/** Bump when the PDF output changes, so the render cache re-renders. */
export const PDF_RENDERER_VERSION = 1;

const fmt = (n: number) => (Math.round(n * 1000) / 1000).toString();
const hex4 = (n: number) => n.toString(16).padStart(4, '0');

/** A PDF text string: UTF-16BE with a byte-order mark, as hex, so Thai survives. */
function pdfText(text: string): string {
  let out = '<FEFF';
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return `${out}>`;
}

function rgb(color: Color): string {
  const n = Number.parseInt(color.slice(1), 16);
  return `${fmt(((n >> 16) & 255) / 255)} ${fmt(((n >> 8) & 255) / 255)} ${fmt((n & 255) / 255)}`;
}

/** Collects PDF objects and writes the file with its cross-reference table. */
class PdfDocument {
  private objects: (Buffer | undefined)[] = [];

  reserve(): number {
    this.objects.push(undefined);
    return this.objects.length;
  }

  set(ref: number, body: string | Buffer): number {
    this.objects[ref - 1] = Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1');
    return ref;
  }

  add(body: string | Buffer): number {
    return this.set(this.reserve(), body);
  }

  stream(dict: string, data: Uint8Array | string, compress = true): number {
    const raw = typeof data === 'string' ? Buffer.from(data, 'latin1') : Buffer.from(data);
    const body = compress ? deflateSync(raw, { level: 6 }) : raw;
    const filter = compress ? ' /Filter /FlateDecode' : '';
    return this.add(Buffer.concat([Buffer.from(`<< ${dict}${filter} /Length ${body.length} >>\nstream\n`, 'latin1'), body, Buffer.from('\nendstream', 'latin1')]));
  }

  toBuffer(root: number, info: number): Buffer {
    const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    const offsets: number[] = [];
    let length = parts[0]!.length;
    this.objects.forEach((body, i) => {
      if (!body) throw new Error(`PDF object ${i + 1} was reserved but never written`);
      offsets.push(length);
      const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
      parts.push(chunk);
      length += chunk.length;
    });
    const xref = [`xref\n0 ${this.objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
    parts.push(Buffer.from(`${xref}trailer\n<< /Size ${this.objects.length + 1} /Root ${root} 0 R /Info ${info} 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
    return Buffer.concat(parts);
  }
}

/** Per-font state while drawing: which glyphs are used and what text each stands for. */
interface FontUse {
  glyphs: Map<number, string>;
  ref: number;
}

/**
 * Draws pages into a PDF: text as real text in embedded, subsetted Sarabun
 * (glyphs placed exactly where HarfBuzz put them, with a ToUnicode map so the
 * text can be searched and copied), QR codes and shapes as vector paths,
 * links as URI annotations.
 */
export function renderPdf(pages: Page[], meta: PdfMeta): Buffer {
  const doc = new PdfDocument();
  const catalog = doc.reserve();
  const pagesRef = doc.reserve();
  const fonts = new Map<FontKey, FontUse>();
  const fontUse = (key: FontKey) => {
    let use = fonts.get(key);
    if (!use) fonts.set(key, (use = { glyphs: new Map(), ref: doc.reserve() }));
    return use;
  };
  const pageRefs: number[] = [];

  for (const page of pages) {
    const ops: string[] = [];
    const annots: number[] = [];
    const flipY = (y: number) => page.height - y;
    for (const item of page.items) {
      if (item.kind === 'rect') {
        const { x, y, width, height, radius = 0 } = item;
        ops.push('q');
        if (item.fill) ops.push(`${rgb(item.fill)} rg`);
        if (item.stroke) ops.push(`${rgb(item.stroke)} RG ${fmt(item.lineWidth ?? 1)} w`);
        if (item.dash) ops.push(`[${fmt(item.dash)} ${fmt(item.dash * 0.6)}] 0 d`);
        ops.push(roundedRectPath(x, flipY(y + height), width, height, radius));
        ops.push(item.fill && item.stroke ? 'B' : item.fill ? 'f' : 'S', 'Q');
      } else if (item.kind === 'qr') {
        const { modules, quietZone, size } = item;
        const cell = size / (modules.size + 2 * quietZone);
        ops.push('q 1 1 1 rg', `${fmt(item.x)} ${fmt(flipY(item.y + size))} ${fmt(size)} ${fmt(size)} re f`, '0 0 0 rg');
        for (const { row, start, length } of darkRuns(modules)) {
          const x = item.x + (start + quietZone) * cell;
          const y = item.y + (row + quietZone) * cell;
          ops.push(`${fmt(x)} ${fmt(flipY(y + cell))} ${fmt(length * cell)} ${fmt(cell)} re`);
        }
        ops.push('f Q');
      } else if (item.kind === 'path') {
        ops.push('q', `${rgb(item.fill)} rg`, pdfPath(item, flipY), 'f Q');
      } else if (item.kind === 'text') {
        const font = loadFont(item.font);
        const use = fontUse(item.font);
        const shaped = shapeText(item.text, item.font);
        const scale = item.size / font.upem;
        // ActualText gives text extraction the exact string, whatever the glyphs.
        ops.push(`/Span << /ActualText ${pdfText(item.text)} >> BDC BT /F${item.font} ${fmt(item.size)} Tf ${rgb(item.color)} rg`);
        let pen = item.x;
        let run = '';
        let runStart: [number, number] | undefined;
        let runEnd = 0; // where the run's pen ends by the font's own widths
        const flush = () => {
          if (run && runStart) ops.push(`1 0 0 1 ${fmt(runStart[0])} ${fmt(runStart[1])} Tm <${run}> Tj`);
          run = '';
          runStart = undefined;
        };
        shaped.glyphs.forEach((glyph, i) => {
          const next = shaped.glyphs[i + 1];
          if (!use.glyphs.has(glyph.id)) use.glyphs.set(glyph.id, glyphText(font, glyph.id, item.text, shaped.glyphs, i));
          const gx = pen + glyph.xOffset * scale;
          const gy = flipY(item.y) + glyph.yOffset * scale;
          const natural = font.hbFont.glyphHAdvance(glyph.id) * scale;
          // Glyphs that sit where the font's own advance puts them share one Tj.
          const continues = runStart && Math.abs(runEnd - gx) < 0.001 && glyph.yOffset === 0 && Math.abs(runStart[1] - gy) < 0.001;
          if (!continues) {
            flush();
            runStart = [gx, gy];
            runEnd = gx;
          }
          run += hex4(glyph.id);
          runEnd += natural;
          pen += glyph.xAdvance * scale;
          if (next && glyph.xOffset !== 0) {
            flush();
          }
        });
        flush();
        ops.push('ET EMC');
      } else if (item.kind === 'link') {
        const rect = [item.x, flipY(item.y + item.height), item.x + item.width, flipY(item.y)].map(fmt).join(' ');
        annots.push(doc.add(`<< /Type /Annot /Subtype /Link /Rect [${rect}] /Border [0 0 0] /A << /S /URI /URI (${item.url.replace(/[()\\]/g, '\\$&')}) >> >>`));
      }
    }
    const content = doc.stream('', ops.join('\n'));
    const fontDict = [...fonts.entries()].map(([key, use]) => `/F${key} ${use.ref} 0 R`).join(' ');
    const annotsEntry = annots.length ? ` /Annots [${annots.map((a) => `${a} 0 R`).join(' ')}]` : '';
    pageRefs.push(
      doc.add(
        `<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 ${fmt(page.width)} ${fmt(page.height)}] /Resources << /Font << ${fontDict} >> >> /Contents ${content} 0 R${annotsEntry} >>`,
      ),
    );
  }

  for (const [key, use] of fonts) embedFont(doc, key, use);
  doc.set(pagesRef, `<< /Type /Pages /Kids [${pageRefs.map((r) => `${r} 0 R`).join(' ')}] /Count ${pageRefs.length} >>`);
  doc.set(catalog, `<< /Type /Catalog /Pages ${pagesRef} 0 R /Lang (${meta.lang ?? 'th'}) /ViewerPreferences << /DisplayDocTitle true >> >>`);
  const subject = meta.subject ? ` /Subject ${pdfText(meta.subject)}` : '';
  const info = doc.add(`<< /Title ${pdfText(meta.title)}${subject} /Producer (Smart Law campaign kit) >>`);
  return doc.toBuffer(catalog, info);
}

/**
 * The text one glyph stands for in the ToUnicode map (a fallback: ActualText
 * carries the exact string). A glyph that is a character's own glyph maps to
 * it; a substituted glyph maps to the character in its place when the
 * cluster has as many glyphs as characters.
 */
function glyphText(font: LoadedFont, id: number, text: string, glyphs: ShapedGlyph[], index: number): string {
  const nominal = nominalChars(font).get(id);
  if (nominal) return nominal;
  const cluster = glyphs[index]!.cluster;
  const members = glyphs.filter((g) => g.cluster === cluster);
  const end = glyphs.find((g) => g.cluster > cluster)?.cluster ?? text.length;
  const chars = [...text.slice(cluster, end)];
  return members.length === chars.length ? chars[members.indexOf(glyphs[index]!)] ?? '' : '';
}

const nominalCache = new Map<string, Map<number, string>>();

/** Glyph id → character for every character the documents use (Thai, Latin, punctuation). */
function nominalChars(font: LoadedFont): Map<number, string> {
  let map = nominalCache.get(font.key);
  if (!map) {
    map = new Map();
    const ranges: [number, number][] = [[0x20, 0x7e], [0xa0, 0xff], [0x0e01, 0x0e5b], [0x2010, 0x2026]];
    for (const [from, to] of ranges) {
      for (let cp = from; cp <= to; cp++) {
        const id = font.hbFont.nominalGlyph(cp);
        if (id && !map.has(id)) map.set(id, String.fromCodePoint(cp));
      }
    }
    nominalCache.set(font.key, map);
  }
  return map;
}

/** PDF path operators of an outline, placed and scaled on the page (y flipped). */
function pdfPath({ x, y, scale, commands }: PathItem, flipY: (y: number) => number): string {
  const p = (px: number, py: number) => `${fmt(x + px * scale)} ${fmt(flipY(y + py * scale))}`;
  return commands
    .map((c) => (c[0] === 'M' ? `${p(c[1], c[2])} m` : c[0] === 'L' ? `${p(c[1], c[2])} l` : c[0] === 'C' ? `${p(c[1], c[2])} ${p(c[3], c[4])} ${p(c[5], c[6])} c` : 'h'))
    .join(' ');
}

function roundedRectPath(x: number, y: number, w: number, h: number, r: number): string {
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

/** Embeds a font as a Type 0 / CIDFontType2 with Identity encoding: glyph ids are the codes. */
function embedFont(doc: PdfDocument, key: FontKey, use: FontUse): void {
  const font = loadFont(key);
  const ids = [...use.glyphs.keys()].sort((a, b) => a - b);
  const subset = subsetTrueType(font.bytes, ids);
  const unit = 1000 / font.upem;
  // A subset tag from the glyph set keeps different subsets apart in viewers.
  const tag = ids.reduce((h, id) => (h * 31 + id) % 308915776, 7);
  const prefix = Array.from({ length: 6 }, (_, i) => String.fromCharCode(65 + (Math.floor(tag / 26 ** i) % 26))).join('');
  const baseFont = `${prefix}+${font.name}`;
  const fontFile = doc.stream(`/Length1 ${subset.length}`, subset);
  const [xMin, yMin, xMax, yMax] = fontBoundingBox(font.bytes).map((v) => Math.round(v * unit));
  const descriptor = doc.add(
    `<< /Type /FontDescriptor /FontName /${baseFont} /Flags 4 /FontBBox [${xMin} ${yMin} ${xMax} ${yMax}] /ItalicAngle 0 /Ascent ${Math.round(font.ascender * unit)} /Descent ${Math.round(font.descender * unit)} /CapHeight 700 /StemV ${key === 'bold' ? 140 : 80} /FontFile2 ${fontFile} 0 R >>`,
  );
  const widths = ids.map((id) => `${id} [${Math.round(font.hbFont.glyphHAdvance(id) * unit)}]`).join(' ');
  const cidFont = doc.add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${baseFont} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /W [${widths}] /CIDToGIDMap /Identity >>`,
  );
  const toUnicode = doc.stream('', toUnicodeCMap(use.glyphs));
  doc.set(use.ref, `<< /Type /Font /Subtype /Type0 /BaseFont /${baseFont} /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`);
}

/** Maps each glyph to the text of its cluster, so PDF text extraction gives back the Thai. */
function toUnicodeCMap(glyphs: Map<number, string>): string {
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
