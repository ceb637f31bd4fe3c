import { COLOR } from '../design/tokens';
import { graphemeStarts } from '../thai/segment';
import { loadFont, type FontKey } from './fonts';
import { breakPoints, fitText, NAME_SPACE_PREFERENCE, wrapText } from './line-break';
import type { Color, PageItem, Spacing, TextItem } from './page';
import { inkBox, measureText } from './shape';

/**
 * Clear space kept between the ink of one line and the ink of the next, as a
 * share of the font size: stacked marks (ผู้ over ท้อง) never touch, and
 * lines without tall marks keep their normal rhythm.
 */
export const INK_GAP_EM = 0.08;

/**
 * A justified line may spread at most this share of its width as extra
 * space; a looser line stays ragged rather than gappy.
 */
const MAX_JUSTIFY_SHARE = 0.12;

export interface TextStyle {
  font: FontKey;
  size: number;
  color?: Color;
  /** 'justify': Thai distributed justification, the last line of the paragraph left-aligned. */
  align?: 'left' | 'center' | 'right' | 'justify';
  /**
   * Rhythm: baseline-to-baseline distance as a multiple of the size. A
   * minimum: a line whose marks would come within INK_GAP_EM of the line
   * above gets more room, measured from the glyphs' real ink.
   */
  lineHeight?: number;
  /** Shrink-to-fit: the text takes at most maxLines lines, shrinking towards minSize. */
  maxLines?: number;
  minSize?: number;
  /** Indent of the first line. */
  indent?: number;
  /** Take a break at a space when it fills at least this share of the line (0–1). */
  spacePreference?: number;
  /** The block's height limit: the text shrinks (towards minSize) until its lines fit it, tall marks included. */
  maxHeight?: number;
  /** Balance the lines (names, headings). Default: on for centred or shrink-to-fit text. */
  balance?: boolean;
  /**
   * An LGO name (or a line led by one): breaks between prefix and place name
   * or at spaces before between the words of a place part, shrinking first
   * (NAME_SPACE_PREFERENCE, fitText's spacesFirst). Needs maxLines.
   */
  name?: boolean;
}

/**
 * Vertical flow layout: blocks stack down a column of fixed width. The one
 * layout engine behind every poster, announcement, share image and banner:
 * templates describe blocks in units relative to the page, so one template
 * serves every size.
 */
export class Flow {
  readonly items: PageItem[] = [];
  /** Lowest ink laid out by this flow so far: the next line's ink keeps clear of it. */
  inkBottom = -Infinity;

  constructor(
    readonly x: number,
    readonly width: number,
    public y: number,
  ) {}

  /** Lays out text, wrapping only where a Thai reader allows; returns the size used. */
  text(text: string, style: TextStyle): number {
    let maxSize = style.size;
    for (;;) {
      const laid = this.layOut(text, { ...style, size: maxSize });
      const minSize = style.minSize ?? style.size;
      // Too tall for its box (tall marks take room): a little smaller, down to minSize.
      if (style.maxHeight !== undefined && laid.bottom - this.y > style.maxHeight && laid.size * 0.96 >= minSize - 1e-9) {
        maxSize = laid.size * 0.96;
        continue;
      }
      this.items.push(...laid.items);
      this.y = laid.bottom;
      this.inkBottom = laid.inkBottom;
      return laid.size;
    }
  }

  /** Breaks and places the lines of a text below this.y, without adding them. */
  private layOut(text: string, style: TextStyle): { items: TextItem[]; size: number; bottom: number; inkBottom: number } {
    const { font, color = COLOR.printInk, align = 'left', lineHeight = 1.45, indent = 0, spacePreference = style.name ? NAME_SPACE_PREFERENCE : undefined } = style;
    const balance = style.balance ?? (align === 'center' || style.maxLines !== undefined);
    let { size } = style;
    let lines: string[];
    if (style.maxLines !== undefined) {
      const fitted = fitText(text, { font, maxWidth: this.width, indent, maxLines: style.maxLines, maxSize: size, minSize: Math.min(size, style.minSize ?? size), spacePreference, balance, spacesFirst: style.name });
      size = fitted.size;
      lines = fitted.lines;
    } else {
      lines = wrapText(text, { font, size, maxWidth: this.width, indent, spacePreference, balance }).lines;
    }
    const metrics = loadFont(font);
    const ascent = (metrics.ascender / metrics.upem) * size;
    const contentHeight = ((metrics.ascender - metrics.descender) / metrics.upem) * size;
    const halfLeading = (size * lineHeight - contentHeight) / 2;
    const gap = INK_GAP_EM * size;
    const items: TextItem[] = [];
    let inkBottom = this.inkBottom;
    let bottom = this.y;
    let previous: number | undefined;
    const placed = lines.map((line, i) => {
      const lineIndent = i === 0 ? indent : 0;
      const available = this.width - lineIndent;
      const free = available - measureText(line, font, size);
      const spacing = align === 'justify' && i < lines.length - 1 ? justify(line, free, available) : undefined;
      const x = this.x + lineIndent + (align === 'center' ? free / 2 : align === 'right' ? free : 0);
      return { line, x, spacing, ink: inkBox(line, font, size, 0, 0, spacing) };
    });
    // Running text (justified paragraphs) keeps one line step, the largest its marks need: uneven gaps
    // read as a paragraph break. Names and headings space each pair of lines from their own ink.
    let step = size * lineHeight;
    if (align === 'justify') {
      for (let i = 1; i < placed.length; i++) {
        const [above, below] = [placed[i - 1]!.ink, placed[i]!.ink];
        if (above && below) step = Math.max(step, above.bottom + gap - below.top);
      }
    }
    placed.forEach(({ line, x, spacing, ink }) => {
      // The rhythm, unless the ink would come too close to the line above.
      let baseline = previous === undefined ? this.y + halfLeading + ascent : previous + step;
      // A flow's first ink stays below its top (boxes are drawn around flows); later ink keeps clear of the ink above.
      if (ink) baseline = Math.max(baseline, inkBottom === -Infinity ? this.y - ink.top : inkBottom + gap - ink.top);
      items.push({ kind: 'text', text: line, font, size, x, y: baseline, color, ...(spacing ? { spacing } : {}) });
      previous = baseline;
      if (ink) inkBottom = baseline + ink.bottom;
      bottom = Math.max(baseline - ascent - halfLeading + size * lineHeight, ink ? baseline + ink.bottom : -Infinity);
    });
    return { items, size, bottom, inkBottom };
  }

  /**
   * A column of this flow at the current y (a list item, one side of two
   * columns): it keeps clear of the ink above, like a line of this flow.
   */
  column(x: number, width: number): Flow {
    const column = new Flow(x, width, this.y);
    column.inkBottom = this.inkBottom;
    return column;
  }

  /** Takes a column's items back, continuing below the lower of the two. */
  adopt(...columns: Flow[]): this {
    for (const column of columns) {
      this.items.push(...column.items);
      this.y = Math.max(this.y, column.y);
      this.inkBottom = Math.max(this.inkBottom, column.inkBottom);
    }
    return this;
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

/**
 * Thai distributed justification: the free space of a line spread between
 * grapheme clusters (never inside one, so marks stay on their consonant),
 * a space taking three shares, as Thai typesetting does. No characters are
 * added: the text stays extractable word for word.
 */
export function justify(line: string, free: number, width: number): Spacing[] | undefined {
  if (free <= 0 || free > width * MAX_JUSTIFY_SHARE) return undefined;
  const { clusters, total } = justifyWeights(line);
  if (!total) return undefined;
  return clusters.map(({ index, weight }) => ({ index, extra: (free * weight) / total }));
}

const weightCache = new Map<string, { clusters: { index: number; weight: number }[]; total: number }>();

/** Where a line may take extra space and how much of it: one share between clusters, two between words, three at a space. */
function justifyWeights(line: string): { clusters: { index: number; weight: number }[]; total: number } {
  let weights = weightCache.get(line);
  if (!weights) {
    const wordStarts = new Set(breakPoints(line).map((p) => p.index));
    const clusters = [...graphemeStarts(line)]
      .filter((i) => i > 0 && i < line.length)
      .map((index) => ({ index, weight: line[index - 1] === ' ' ? 3 : wordStarts.has(index) ? 2 : 1 }));
    weights = { clusters, total: clusters.reduce((sum, c) => sum + c.weight, 0) };
    if (weightCache.size > 5000) weightCache.clear();
    weightCache.set(line, weights);
  }
  return weights;
}
