import { describe, expect, it } from 'vitest';
import { drawImage, drawPage, drawRect, drawText, linkRect } from './pdf-draw';
import type { TextItem } from './page';
import { placeGlyphs } from './shape';

const item = (text: string, spacing?: TextItem['spacing']): TextItem => ({ kind: 'text', text, font: 'regular', size: 20, x: 10, y: 100, color: '#000000', spacing });

describe('drawRect', () => {
  it('flips y and draws fill and stroke', () => {
    const ops = drawRect({ kind: 'rect', x: 10, y: 20, width: 30, height: 40, fill: '#ff0000', stroke: '#000000', lineWidth: 2 }, 100);
    expect(ops).toContain('1 0 0 rg');
    expect(ops).toContain('10 40 30 40 re'); // bottom edge at 100 − (20 + 40)
    expect(ops).toMatch(/\nB\nQ$/);
  });
});

describe('drawText', () => {
  it('writes every glyph once, with ActualText, and no space glyph that is not in the text', () => {
    const used: number[] = [];
    const ops = drawText(item('น้ำผู้ใหญ่'), 200, (_font, id) => used.push(id));
    expect(ops).toContain('/ActualText <FEFF');
    const glyphs = [...ops.matchAll(/<([0-9a-f]{4})>/g)].map((m) => parseInt(m[1]!, 16));
    expect(glyphs).toEqual(used);
    expect(glyphs).toEqual(placeGlyphs('น้ำผู้ใหญ่', 'regular', 20, 10, 100).map((g) => g.id));
  });

  it('places justified glyphs by TJ adjustments, not by space characters', () => {
    const plain = drawText(item('การร้องเรียน'), 200, () => {});
    const spread = drawText(item('การร้องเรียน', [{ index: 3, extra: 5 }]), 200, () => {});
    const space = /<0003>/; // Sarabun's space glyph
    expect(spread).not.toMatch(space);
    // 5 units at size 20 move the pen 250 thousandths: a TJ number of −250.
    expect(spread).toMatch(/ -250 </);
    expect(plain).not.toMatch(/ -250 </);
  });
});

describe('drawImage, linkRect, drawPage', () => {
  it('fits an image into its box keeping its proportions', () => {
    expect(drawImage({ kind: 'image', path: '/x.png', sha256: 'ab'.repeat(32), x: 0, y: 0, width: 100, height: 50 }, 100, 1)).toBe(`q 50 0 0 50 25 50 cm /Im${'ab'.repeat(6)} Do Q`);
  });

  it('scales a link about the top-left corner', () => {
    expect(linkRect({ kind: 'link', url: 'https://x', x: 10, y: 10, width: 10, height: 10 }, 100, 2, -1)).toBe('20 159 40 179');
  });

  it('draws text, rectangles and codes, and leaves links to annotations', () => {
    const ops = drawPage({ height: 100, items: [item('ก'), { kind: 'link', url: 'https://x', x: 0, y: 0, width: 1, height: 1 }] }, () => {});
    expect(ops).toContain('BT');
    expect(ops).not.toContain('https://x');
  });
});
