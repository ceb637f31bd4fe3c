import { COLOR } from '../design/tokens';
import { loadFont, type FontKey } from './fonts';
import { fitText, foldSpaces, wrapText } from './line-break';
import type { Color, PageItem } from './page';
import { measureText } from './shape';

export interface TextStyle {
  font: FontKey;
  size: number;
  color?: Color;
  align?: 'left' | 'center' | 'right';
  /** Line height as a multiple of the size; Thai needs room above and below. */
  lineHeight?: number;
  /** Shrink-to-fit: the text takes at most maxLines lines, shrinking towards minSize. */
  maxLines?: number;
  minSize?: number;
  /** Indent of the first line. */
  indent?: number;
  /** Take a break at a space when it fills at least this share of the line (0–1). */
  spacePreference?: number;
}

/**
 * Vertical flow layout: blocks stack down a column of fixed width. The one
 * layout engine behind every poster, announcement, share image and banner:
 * templates describe blocks in units relative to the page, so one template
 * serves every size.
 */
export class Flow {
  readonly items: PageItem[] = [];

  constructor(
    readonly x: number,
    readonly width: number,
    public y: number,
  ) {}

  /** Lays out text, wrapping only between Thai words; returns the size used. */
  text(text: string, style: TextStyle): number {
    const { font, color = COLOR.printInk, align = 'left', lineHeight = 1.45, indent = 0, spacePreference } = style;
    let { size } = style;
    let lines: string[];
    if (style.maxLines !== undefined) {
      const fitted = fitText(text, { font, maxWidth: this.width - indent, maxLines: style.maxLines, maxSize: size, minSize: style.minSize ?? size, spacePreference });
      size = fitted.size;
      lines = fitted.lines;
    } else if (indent) {
      // First line indented: wrap the first line narrower, the rest full width.
      const first = wrapText(text, { font, size, maxWidth: this.width - indent, spacePreference }).lines[0] ?? '';
      const rest = foldSpaces(text).slice(first.length).trim();
      lines = [first, ...wrapText(rest, { font, size, maxWidth: this.width, spacePreference }).lines];
    } else {
      lines = wrapText(text, { font, size, maxWidth: this.width, spacePreference }).lines;
    }
    const metrics = loadFont(font);
    const ascent = metrics.ascender / metrics.upem;
    const contentHeight = (metrics.ascender - metrics.descender) / metrics.upem;
    lines.forEach((line, i) => {
      const lineIndent = i === 0 ? indent : 0;
      const lineWidth = measureText(line, font, size);
      const free = this.width - lineIndent - lineWidth;
      const x = this.x + lineIndent + (align === 'center' ? free / 2 : align === 'right' ? free : 0);
      const baseline = this.y + (size * (lineHeight - contentHeight)) / 2 + ascent * size;
      this.items.push({ kind: 'text', text: line, font, size, x, y: baseline, color });
      this.y += size * lineHeight;
    });
    return size;
  }

  space(height: number): this {
    this.y += height;
    return this;
  }

  push(...items: PageItem[]): this {
    this.items.push(...items);
    return this;
  }
}
