import { breakPoints, COMPOUNDS, NAME_PREFIXES, type BreakKind, type BreakPoint } from '../thai/segment';
import { loadFont, type FontKey } from './fonts';
import { shapeText } from './shape';

export { breakPoints, type BreakPoint } from '../thai/segment';

/** The words kept whole, now in src/lib/thai/segment.ts (kept here for older imports). */
export const KEEP_TOGETHER = COMPOUNDS;

/** Folds runs of ordinary white space to one space and trims; a no-break space (U+00A0) holds its words together. */
export function foldSpaces(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}

/**
 * Line-breaking design values: costs of a line, compared after the count of
 * last-resort breaks, overflowing lines and lines (fewer always wins).
 */
const COST = {
  /** A last line of one word (a widow) when the text has more than one line. */
  widow: 0.35,
};

/**
 * Names take at most two lines while they can shrink to this share of their
 * size; only then a third line (a name on three lines reads worse than a
 * somewhat smaller one on two).
 */
export const SHRINK_BEFORE_THIRD_LINE = 0.8;

/**
 * The spacePreference of names: a name breaks between its prefix and its
 * place name or at a space; a break between two words of the place part
 * costs as much as a line left 65 % empty, so a space nearby wins.
 */
export const NAME_SPACE_PREFERENCE = 0.35;

export interface WrapOptions {
  font: FontKey;
  size: number;
  maxWidth: number;
  /** The first line is this much narrower (a paragraph indent). */
  indent?: number;
  /**
   * Balance all lines, the last included (names, headings); otherwise the
   * last line may run short (paragraphs).
   */
  balance?: boolean;
  /**
   * How strongly a break at a space beats one between Thai words: a space
   * break is taken if it fills at least this share of the line (0–1).
   * Default 0.6; running text uses 0.9.
   */
  spacePreference?: number;
  /**
   * A name's first try: a break between two words of its place part (any
   * word break but the one right after a type prefix) counts as a break
   * inside a unit, so only spaces and the prefix break are free.
   */
  placeWordsInner?: boolean;
}

export interface WrapResult {
  lines: string[];
  /** Offset in the folded text where each line starts. */
  starts: number[];
  /** A piece with no allowed break is wider than its line. */
  overflow: boolean;
  /** Breaks taken inside keep-together units (a unit wider than its line). */
  innerBreaks: number;
}

interface PreparedText {
  clean: string;
  points: BreakPoint[];
  /** Advance, in font units, of the text before each offset. */
  prefix: Float64Array;
}

const prepared = new Map<string, PreparedText>();

/** Break points and advances of a text, computed once: fitText tries many sizes of the same text. */
function prepareText(text: string, font: FontKey): PreparedText {
  const key = `${font}\u0000${text}`;
  let result = prepared.get(key);
  if (!result) {
    const clean = foldSpaces(text);
    const prefix = new Float64Array(clean.length + 1);
    if (clean) for (const glyph of shapeText(clean, font).glyphs) prefix[glyph.cluster + 1]! += glyph.xAdvance;
    for (let i = 1; i <= clean.length; i++) prefix[i]! += prefix[i - 1]!;
    result = { clean, points: clean ? breakPoints(clean) : [], prefix };
    if (prepared.size > 5000) prepared.clear();
    prepared.set(key, result);
  }
  return result;
}

/** Best way found to set the text up to one break: compared field by field, fewest first. */
interface Path {
  inner: number;
  overflow: number;
  lines: number;
  cost: number;
  from: number;
}

function better(a: Path, b: Path | undefined): boolean {
  if (!b) return true;
  if (a.overflow !== b.overflow) return a.overflow < b.overflow;
  if (a.inner !== b.inner) return a.inner < b.inner;
  if (a.lines !== b.lines) return a.lines < b.lines;
  return a.cost < b.cost;
}

/**
 * Breaks text into lines no wider than maxWidth, only where a Thai reader
 * allows it (see src/lib/thai/segment.ts), choosing the whole set of breaks
 * at once: fewest lines wider than the box, then fewest last-resort breaks
 * inside units, then fewest lines, then
 * the least ragged lines (squared free space), a small cost for a word break
 * over a space, and a cost for a one-word last line.
 */
export function wrapText(text: string, options: WrapOptions): WrapResult {
  // Every LGO's poster wraps the same campaign text at the same sizes: wrap it once.
  const { font, size, maxWidth, indent = 0, balance = false, spacePreference = 0.6, placeWordsInner = false } = options;
  const key = `${text}\u0000${font}|${size}|${maxWidth}|${indent}|${balance}|${spacePreference}|${placeWordsInner}`;
  let result = wrapped.get(key);
  if (!result) {
    result = wrapUncached(text, options);
    if (wrapped.size > 20_000) wrapped.clear();
    wrapped.set(key, result);
  }
  return result;
}

const wrapped = new Map<string, WrapResult>();

function wrapUncached(text: string, { font, size, maxWidth, indent = 0, balance = false, spacePreference = 0.6, placeWordsInner = false }: WrapOptions): WrapResult {
  const { clean, points: allPoints, prefix } = prepareText(text, font);
  const points = placeWordsInner ? namePoints(clean, allPoints) : allPoints;
  if (!clean) return { lines: [], starts: [], overflow: false, innerBreaks: 0 };
  const scale = size / loadFont(font).upem;
  const width = (from: number, to: number) => {
    let end = to;
    while (end > from && clean[end - 1] === ' ') end--; // a trailing space takes no room
    return (prefix[end]! - prefix[from]!) * scale;
  };
  const offsets = [0, ...points.map((p) => p.index), clean.length];
  const kinds: (BreakKind | 'end')[] = ['space', ...points.map((p) => p.kind), 'end'];
  // A word break costs what a line left (1 − spacePreference) empty costs.
  const wordBreakCost = (1 - spacePreference) ** 2;
  const best: (Path | undefined)[] = [{ inner: 0, overflow: 0, lines: 0, cost: 0, from: -1 }];
  for (let i = 0; i < offsets.length - 1; i++) {
    const start = best[i];
    if (!start) continue;
    const limit = i === 0 ? maxWidth - indent : maxWidth;
    for (let j = i + 1; j < offsets.length; j++) {
      const w = width(offsets[i]!, offsets[j]!);
      const fits = w <= limit + 1e-6;
      if (!fits && j > i + 1) break; // a wider line never fits again
      const last = j === offsets.length - 1;
      const slack = Math.max(0, limit - w) / limit;
      let cost = last && !balance ? 0 : slack * slack;
      if (kinds[j] === 'word') cost += wordBreakCost;
      if (last && i > 0 && j === i + 1) cost += COST.widow;
      const path: Path = {
        inner: start.inner + (kinds[j] === 'inner' ? 1 : 0),
        overflow: start.overflow + (fits ? 0 : 1),
        lines: start.lines + 1,
        cost: start.cost + cost,
        from: i,
      };
      if (better(path, best[j])) best[j] = path;
      if (!fits) break;
    }
  }
  const lines: string[] = [];
  const starts: number[] = [];
  const end = best[offsets.length - 1]!;
  for (let j = offsets.length - 1; j > 0; j = best[j]!.from) {
    const from = offsets[best[j]!.from]!;
    lines.unshift(clean.slice(from, offsets[j]).trim());
    starts.unshift(from);
  }
  return { lines, starts, overflow: end.overflow > 0, innerBreaks: end.inner };
}

/** Break points of a name: word breaks inside its place part become inner breaks (see placeWordsInner). */
function namePoints(clean: string, points: BreakPoint[]): BreakPoint[] {
  const prefixEnds = new Set<number>();
  for (const prefix of NAME_PREFIXES) for (let at = clean.indexOf(prefix); at >= 0; at = clean.indexOf(prefix, at + 1)) prefixEnds.add(at + prefix.length);
  return points.map((p) => (p.kind === 'word' && !prefixEnds.has(p.index) ? { ...p, kind: 'inner' } : p));
}

export interface FitOptions extends Omit<WrapOptions, 'size'> {
  maxLines: number;
  maxSize: number;
  minSize: number;
  /**
   * A name: first try breaking only at spaces and between a type prefix and
   * its place name, shrinking down to minSize, before breaking between the
   * words of a place part.
   */
  spacesFirst?: boolean;
}


/**
 * The largest size (stepping down 4 % at a time) at which text wraps into
 * maxLines lines with no break inside a unit and nothing over the width;
 * a name allowed three lines first tries two down to
 * SHRINK_BEFORE_THIRD_LINE of its size. Only if nothing fits at minSize are
 * breaks inside units allowed (a 120-character name in a narrow box), and
 * then as few as possible: one inner break at the largest size that allows
 * it before two at a larger size, so a name keeps its prefix line
 * ("องค์การบริหารส่วนตำบล" / place / place) rather than splitting its place
 * name twice. At minSize it returns what it has, with `fits` false.
 */
export function fitText(text: string, { maxLines, maxSize, minSize, spacesFirst = false, ...wrap }: FitOptions): { size: number; lines: string[]; fits: boolean } {
  const tries: { lines: number; floor: number; inner: number; placeWordsInner: boolean }[] = [];
  const whole = (placeWordsInner: boolean) => {
    if (maxLines > 2) tries.push({ lines: 2, floor: Math.max(minSize, maxSize * SHRINK_BEFORE_THIRD_LINE), inner: 0, placeWordsInner });
    tries.push({ lines: maxLines, floor: minSize, inner: 0, placeWordsInner });
  };
  // A name first breaks only at spaces and after its prefix, shrinking to minSize, then between words too.
  if (spacesFirst) whole(true);
  whole(false);
  // Lines of a unit wider than its box: each break inside it is one more than the lines it needs beyond the first.
  for (let inner = 1; inner < Math.max(2, maxLines); inner++) tries.push({ lines: maxLines, floor: minSize, inner, placeWordsInner: false });
  for (const { lines, floor, inner, placeWordsInner } of tries) {
    for (let size = maxSize; size >= floor - 1e-9; size *= 0.96) {
      const result = wrapText(text, { ...wrap, size, placeWordsInner });
      if (!result.overflow && result.lines.length <= lines && result.innerBreaks <= inner) return { size, lines: result.lines, fits: true };
    }
  }
  const { lines } = wrapText(text, { ...wrap, size: minSize });
  return { size: minSize, lines, fits: false };
}
