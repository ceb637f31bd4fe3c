import { loadFont, type FontKey } from './fonts';
import { shapeText } from './shape';

/**
 * Words Intl.Segmenter splits but a Thai reader expects whole
 * (ท้อง|ถิ่น, เชิญ|ชวน, ร้อง|เรียน): no line break inside them.
 */
export const KEEP_TOGETHER = [
  'ท้องถิ่น',
  'เชิญชวน',
  'ร้องเรียน',
  'ร้องทุกข์',
  'ส่งเสริม',
  'ช่องทาง',
  'ฐานข้อมูล',
  'ประชาสัมพันธ์',
  'แอปพลิเคชัน',
  'ผู้ดำรงตำแหน่ง',
  'หน้าที่',
  'บริการสาธารณะ',
  'Smart Law',
  'DLA SLL',
  'App Store',
  'Google Play',
];

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

export interface BreakPoint {
  /** Offset in the text where a line may start. */
  index: number;
  /** A break at white space (preferred) or between Thai words. */
  kind: 'space' | 'word';
}

/**
 * Where a line may break: after white space, or between words as
 * Intl.Segmenter finds them, but never inside a KEEP_TOGETHER word, a URL,
 * or before a closing mark.
 */
export function breakPoints(text: string, keep: readonly string[] = KEEP_TOGETHER): BreakPoint[] {
  const blocked = new Uint8Array(text.length + 1);
  const block = (start: number, end: number) => blocked.fill(1, start + 1, end);
  for (const word of keep) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) block(at, at + word.length);
  }
  for (const match of text.matchAll(/\bhttps?:\/\/\S+|\S+\.(?:go\.th|com|th)\S*/g)) block(match.index!, match.index! + match[0].length);
  const points: BreakPoint[] = [];
  for (const { index } of segmenter.segment(text)) {
    if (index === 0 || blocked[index]) continue;
    const before = text[index - 1]!;
    const here = text[index]!;
    if (/\s/.test(here)) continue; // break after the space, not before it
    if (before === '\u00a0') continue;
    if (/[)\]”’,.:;!?ๆฯ]/.test(here)) continue;
    if (/[(\[“‘]/.test(before)) continue;
    points.push({ index, kind: before === ' ' ? 'space' : 'word' });
  }
  return points;
}

export interface WrapOptions {
  font: FontKey;
  size: number;
  maxWidth: number;
  /** A space break is taken if it fills at least this share of the line (else a word break nearer the end). */
  spacePreference?: number;
}

/**
 * Breaks text into lines no wider than maxWidth, only at break points:
 * greedy, preferring a space when it fills enough of the line. A single
 * word wider than the line stays whole on its own line (callers shrink the
 * font instead); `overflow` reports it.
 */
/** Folds runs of ordinary white space to one space and trims; a no-break space (U+00A0) holds its words together. */
export function foldSpaces(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
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

export function wrapText(text: string, { font, size, maxWidth, spacePreference = 0.6 }: WrapOptions): { lines: string[]; overflow: boolean } {
  const { clean, points, prefix } = prepareText(text, font);
  if (!clean) return { lines: [], overflow: false };
  // The width of any slice is a difference of prefix sums over clusters.
  const scale = size / loadFont(font).upem;
  const width = (from: number, to: number) => {
    let end = to;
    while (end > from && clean[end - 1] === ' ') end--; // a trailing space takes no room
    return (prefix[end]! - prefix[from]!) * scale;
  };
  const lines: string[] = [];
  let overflow = false;
  let start = 0;
  let next = 0; // first break point after start
  while (start < clean.length) {
    if (width(start, clean.length) <= maxWidth) {
      lines.push(clean.slice(start).trim());
      break;
    }
    while (next < points.length && points[next]!.index <= start) next++;
    let best: BreakPoint | undefined;
    let bestSpace: BreakPoint | undefined;
    for (let i = next; i < points.length; i++) {
      const point = points[i]!;
      const w = width(start, point.index);
      if (w > maxWidth) break;
      best = point;
      if (point.kind === 'space' && w >= maxWidth * spacePreference) bestSpace = point;
    }
    const chosen = bestSpace ?? best ?? points[next];
    if (!chosen) {
      lines.push(clean.slice(start).trim());
      overflow = true;
      break;
    }
    if (!best) overflow = true;
    lines.push(clean.slice(start, chosen.index).trim());
    start = chosen.index;
  }
  return { lines, overflow };
}

export interface FitOptions extends Omit<WrapOptions, 'size'> {
  maxLines: number;
  maxSize: number;
  minSize: number;
}

/**
 * The largest size (stepping down 4% at a time) at which text wraps into
 * maxLines lines without a word wider than the box; at minSize it returns
 * what it has, with `fits` false.
 */
export function fitText(text: string, { maxLines, maxSize, minSize, ...wrap }: FitOptions): { size: number; lines: string[]; fits: boolean } {
  for (let size = maxSize; size >= minSize; size *= 0.96) {
    const { lines, overflow } = wrapText(text, { ...wrap, size });
    if (!overflow && lines.length <= maxLines) return { size, lines, fits: true };
  }
  const { lines } = wrapText(text, { ...wrap, size: minSize });
  return { size: minSize, lines, fits: false };
}
