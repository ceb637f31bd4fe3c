// Thai above/below vowels and tone marks sit on the previous consonant and
// take no width of their own.
const ZERO_WIDTH_MARKS = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200b\u200c\u200d]/g;

/** Characters that take horizontal space: Thai combining marks do not. */
export function visualLength(text: string): number {
  return [...text.replace(ZERO_WIDTH_MARKS, '')].length;
}

export interface FitOptions {
  /** Width of the box, in the same unit as the sizes. */
  boxWidth: number;
  /** Most lines the text may take. */
  maxLines: number;
  maxSize: number;
  minSize: number;
  /** Average advance of a character, in em (Sarabun bold Thai: about 0.56). */
  averageAdvance?: number;
}

/**
 * The largest font size (between minSize and maxSize) at which text of this
 * length is expected to fit the box in maxLines lines. An estimate from the
 * average advance, with a margin for uneven line breaks: browsers and our
 * renderers still wrap at word boundaries.
 */
export function fitFontSize(text: string, { boxWidth, maxLines, maxSize, minSize, averageAdvance = 0.56 }: FitOptions): number {
  const length = Math.max(1, visualLength(text));
  // A line holds a little less than its full width once words are kept whole.
  const usable = maxLines === 1 ? boxWidth : boxWidth * maxLines * 0.85;
  const size = usable / (length * averageAdvance);
  return Math.round(Math.min(maxSize, Math.max(minSize, size)) * 10) / 10;
}
