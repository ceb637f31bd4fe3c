import * as hb from 'harfbuzzjs';
import { loadFont, type FontKey } from './fonts';
import type { Spacing } from './page';

/** One shaped glyph, in font units. */
export interface ShapedGlyph {
  id: number;
  /** Index of the first UTF-16 code unit of the glyph's cluster in the shaped text. */
  cluster: number;
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

export interface ShapedText {
  text: string;
  font: FontKey;
  glyphs: ShapedGlyph[];
  /** Total advance in font units. */
  advance: number;
}

const shapeCache = new Map<string, ShapedText>();
// One HarfBuzz buffer, reset for each text: WASM memory is not garbage-collected.
let sharedBuffer: hb.Buffer | undefined;

/**
 * Shapes text with HarfBuzz and the font's OpenType tables, so Thai marks
 * (น้ำ ผู้ใหญ่ ปี่ ลิ้น) stack and position as the font designer intended.
 * Results are cached: campaign text is shaped once per process.
 */
export function shapeText(text: string, fontKey: FontKey): ShapedText {
  const key = `${fontKey}\u0000${text}`;
  const cached = shapeCache.get(key);
  if (cached) return cached;
  const font = loadFont(fontKey);
  const buffer = (sharedBuffer ??= new hb.Buffer());
  buffer.reset();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font.hbFont, buffer);
  const glyphs = buffer.getGlyphInfosAndPositions().map((g) => ({
    id: g.codepoint,
    cluster: g.cluster,
    xAdvance: g.xAdvance ?? 0,
    xOffset: g.xOffset ?? 0,
    yOffset: g.yOffset ?? 0,
  }));
  const shaped = { text, font: fontKey, glyphs, advance: glyphs.reduce((sum, g) => sum + g.xAdvance, 0) };
  if (shapeCache.size > 20_000) shapeCache.clear();
  shapeCache.set(key, shaped);
  return shaped;
}

/** Width of text at a font size, in the size's unit (points for PDFs, pixels for images). */
export function measureText(text: string, fontKey: FontKey, size: number): number {
  return (shapeText(text, fontKey).advance * size) / loadFont(fontKey).upem;
}

/** A glyph's ink box in font units, y up (HarfBuzz glyph extents); empty glyphs have none. */
interface GlyphBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const glyphBoxes: Record<FontKey, (GlyphBox | null | undefined)[]> = { regular: [], bold: [] };

function glyphBox(fontKey: FontKey, id: number): GlyphBox | null {
  let box = glyphBoxes[fontKey][id];
  if (box === undefined) {
    const e = loadFont(fontKey).hbFont.glyphExtents(id);
    box = e && e.width !== 0 && e.height !== 0 ? { left: e.xBearing, right: e.xBearing + e.width, top: e.yBearing, bottom: e.yBearing + e.height } : null;
    glyphBoxes[fontKey][id] = box;
  }
  return box;
}

const unitInk = new Map<string, InkBox | null>();

/** One glyph placed on the page: pen position plus HarfBuzz offsets, y downwards. */
export interface PlacedGlyph {
  id: number;
  cluster: number;
  x: number;
  y: number;
  /** Where the next glyph's pen starts if nothing is added (x + the glyph's shaped advance − offset). */
  advance: number;
}

/**
 * Where each glyph of a line is drawn, in page units with y downwards: the
 * one place the PDF writer, the SVG writer, the rasteriser and the ink
 * measurement get glyph positions from, justification included.
 */
export function placeGlyphs(text: string, fontKey: FontKey, size: number, x: number, baseline: number, spacing: readonly Spacing[] = []): PlacedGlyph[] {
  const scale = size / loadFont(fontKey).upem;
  const placed: PlacedGlyph[] = [];
  let pen = x;
  let next = 0;
  let lastCluster = -1;
  for (const glyph of shapeText(text, fontKey).glyphs) {
    // Extra space goes before the first glyph of a cluster, never between a consonant and its marks.
    if (glyph.cluster !== lastCluster) {
      while (next < spacing.length && spacing[next]!.index <= glyph.cluster) pen += spacing[next++]!.extra;
      lastCluster = glyph.cluster;
    }
    placed.push({ id: glyph.id, cluster: glyph.cluster, x: pen + glyph.xOffset * scale, y: baseline - glyph.yOffset * scale, advance: glyph.xAdvance * scale });
    pen += glyph.xAdvance * scale;
  }
  return placed;
}

/** The ink box of a line, from every glyph's extents at its shaped position (marks included), y downwards. */
export interface InkBox {
  left: number;
  right: number;
  /** Highest ink, page units (smaller y). */
  top: number;
  /** Lowest ink. */
  bottom: number;
}

/**
 * The real ink box of a line of text drawn with its baseline at (x, baseline):
 * the union of HarfBuzz glyph extents at each glyph's shaped position and
 * offset, so stacked Thai marks (น้ำ ผู้ใหญ่ ปี่) count. Undefined for a line
 * without ink.
 */
export function inkBox(text: string, fontKey: FontKey, size: number, x = 0, baseline = 0, spacing: readonly Spacing[] = []): InkBox | undefined {
  if (spacing.length > 0) return measureInk(text, fontKey, size, x, baseline, spacing);
  // Without justification the box scales with the size: measure each line once, in font units.
  const key = `${fontKey}\u0000${text}`;
  let unit = unitInk.get(key);
  if (unit === undefined) {
    unit = measureInk(text, fontKey, loadFont(fontKey).upem, 0, 0, []) ?? null;
    if (unitInk.size > 20_000) unitInk.clear();
    unitInk.set(key, unit);
  }
  if (!unit) return undefined;
  const k = size / loadFont(fontKey).upem;
  return { left: x + unit.left * k, right: x + unit.right * k, top: baseline + unit.top * k, bottom: baseline + unit.bottom * k };
}

function measureInk(text: string, fontKey: FontKey, size: number, x: number, baseline: number, spacing: readonly Spacing[]): InkBox | undefined {
  const scale = size / loadFont(fontKey).upem;
  let box: InkBox | undefined;
  for (const glyph of placeGlyphs(text, fontKey, size, x, baseline, spacing)) {
    const g = glyphBox(fontKey, glyph.id);
    if (!g) continue;
    const left = glyph.x + g.left * scale;
    const right = glyph.x + g.right * scale;
    const top = glyph.y - g.top * scale;
    const bottom = glyph.y - g.bottom * scale;
    if (!box) box = { left, right, top, bottom };
    else {
      box.left = Math.min(box.left, left);
      box.right = Math.max(box.right, right);
      box.top = Math.min(box.top, top);
      box.bottom = Math.max(box.bottom, bottom);
    }
  }
  return box;
}
