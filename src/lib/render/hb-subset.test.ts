import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { loadFont } from './fonts';
import { hbSubset, subsetFont } from './hb-subset';
import { shapeText } from './shape';

describe('hbSubset', () => {
  const font = loadFont('bold');
  const ids = [...new Set(shapeText('องค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่', 'bold').glyphs.map((g) => g.id))];
  const subset = hbSubset(font.bytes, ids);
  const subsetFontHb = new hb.Font(new hb.Face(new hb.Blob(subset)));

  it('keeps glyph ids: kept glyphs draw as in the full font, others are empty', () => {
    for (const id of ids) expect(subsetFontHb.glyphToPath(id)).toBe(font.hbFont.glyphToPath(id));
    const dropped = font.hbFont.nominalGlyph('Z'.codePointAt(0)!)!;
    expect(font.hbFont.glyphToPath(dropped)).not.toBe('');
    expect(subsetFontHb.glyphToPath(dropped)).toBe('');
  });

  it('is much smaller than the font, and cached per glyph set', () => {
    expect(subset.length).toBeLessThan(font.bytes.length / 4);
    expect(subsetFont('bold', ids)).toBe(subsetFont('bold', ids));
  });
});
