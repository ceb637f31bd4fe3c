import * as hb from 'harfbuzzjs';
import { loadFont, type FontKey } from './fonts';

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
