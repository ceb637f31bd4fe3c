import { placeNames } from './geography';

/**
 * Where a Thai reader allows a line to break: the one rule set behind PDFs,
 * images and web pages.
 *
 * `Intl.Segmenter('th')` finds word boundaries but over-splits compounds
 * (ท้อง|ถิ่น, ดัง|กล่าว, ส่วน|ตำบล) and place names (ปากน้ำ|ผู้ใหญ่). On top of
 * it we find keep-together units:
 *
 * - LGO type prefixes (องค์การบริหารส่วนตำบล, เทศบาลเมือง, …): a unit, and the
 *   place name after one is a unit too, up to the next space, so a name
 *   breaks between its prefix and its place name, or at spaces;
 * - place names of the official geography (`placeNames()`), wherever they
 *   stand at word boundaries in running text;
 * - the compounds of {@link COMPOUNDS}.
 *
 * Inside a unit a break is allowed only as a last resort ("inner"), when
 * the unit alone is wider than its line (a 120-character name on a phone).
 */

/**
 * Compounds that must stay whole though `Intl.Segmenter` splits them. Add a
 * word here when a reader would stumble over a break inside it; keep the
 * list to words the campaign's texts and names use.
 */
export const COMPOUNDS: readonly string[] = [
  // Local government vocabulary.
  'องค์กรปกครองส่วนท้องถิ่น',
  'ส่วนท้องถิ่น',
  'ท้องถิ่น',
  'ส่วนตำบล',
  'ส่วนจังหวัด',
  'องค์การ',
  'องค์กร',
  'กรมส่งเสริมการปกครองท้องถิ่น',
  // An office's name breaks before its จังหวัด… or อำเภอ…, which stays whole (…ท้องถิ่น / จังหวัดฉะเชิงเทรา).
  'สำนักงานส่งเสริมการปกครองท้องถิ่น',
  'ส่งเสริม',
  'ปกครอง',
  'ผู้ดำรงตำแหน่ง',
  'ปฏิบัติหน้าที่',
  'หน้าที่',
  'ผู้บริหาร',
  'นายกเทศมนตรี',
  'ปลัด',
  // The campaign's words.
  'การร้องเรียน',
  'ร้องเรียน',
  'ร้องทุกข์',
  'ดังกล่าว',
  'ดังต่อไปนี้',
  'ประชาสัมพันธ์',
  'เผยแพร่',
  'เชิญชวน',
  'ช่องทาง',
  'ฐานข้อมูล',
  'ข้อมูล',
  'หน่วยงาน',
  'บัญชีรายชื่อ',
  'รายชื่อ',
  'บริการสาธารณะ',
  'แอปพลิเคชัน',
  'เว็บไซต์',
  'คิวอาร์โค้ด',
  'ทั่วกัน',
  'ที่อยู่',
  'โดยทั่วกัน',
  'เท่านั้น',
  'ตรวจสอบ',
  'ความประพฤติ',
  'การดำเนินงาน',
  'การให้บริการ',
  'ลงนาม',
  'ถ้ามี',
  // The accessibility and privacy statements' words (content/pages).
  'ผู้ดูแล',
  'แป้นพิมพ์',
  'การเข้าถึง',
  'ตอบกลับ',
  'เป็นไป',
  'เช่นเดียวกับ',
  // Latin names that read as one.
  'Smart Law',
  'DLA SLL',
  'App Store',
  'Google Play',
];

/**
 * Type prefixes of LGO and office names, each a unit followed by a place
 * name. Longest first where one starts another.
 */
export const NAME_PREFIXES: readonly string[] = [
  'องค์การบริหารส่วนจังหวัด',
  'องค์การบริหารส่วนตำบล',
  'เทศบาลนคร',
  'เทศบาลเมือง',
  'เทศบาลตำบล',
  'นายกองค์การบริหารส่วนจังหวัด',
  'นายกองค์การบริหารส่วนตำบล',
  'นายกเทศมนตรีนคร',
  'นายกเทศมนตรีเมือง',
  'นายกเทศมนตรีตำบล',
  'จังหวัด',
  'อำเภอ',
  'ตำบล',
];

/**
 * Administrative words that also run in ordinary sentences (เลือกอำเภอเพื่อดู…):
 * after them only a known place name is a unit, never "the rest up to the
 * next space" as after an LGO's type.
 */
const GENERIC_PREFIXES = new Set(['จังหวัด', 'อำเภอ', 'ตำบล']);

/** Whole names that have no prefix of their own. */
const WHOLE_NAMES = ['กรุงเทพมหานคร', 'เมืองพัทยา'];

/** A keep-together unit: offsets [start, end) in the text. */
export interface TextUnit {
  start: number;
  end: number;
  kind: 'prefix' | 'place' | 'compound';
}

type Kind = TextUnit['kind'];
interface TrieNode {
  next: Map<number, TrieNode>;
  kind?: Kind;
}

let trie: TrieNode | undefined;

/** One character trie over every unit word, built once per process (about 10 ms over 6,000 place names). */
function unitTrie(): TrieNode {
  if (trie) return trie;
  const root: TrieNode = { next: new Map() };
  const add = (word: string, kind: Kind) => {
    let node = root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    // A prefix outranks a place of the same spelling (ตำบล, จังหวัด), a compound outranks a place.
    const rank = { prefix: 3, compound: 2, place: 1 } as const;
    if (!node.kind || rank[kind] > rank[node.kind]) node.kind = kind;
  };
  for (const name of placeNames()) add(name, 'place');
  for (const name of WHOLE_NAMES) add(name, 'place');
  for (const word of COMPOUNDS) add(word, 'compound');
  for (const word of NAME_PREFIXES) add(word, 'prefix');
  trie = root;
  return root;
}

/**
 * The longest unit word starting at `at` that `accept` takes (given its kind
 * and end offset), if any.
 */
function longestMatch(text: string, at: number, accept: (kind: Kind, end: number) => boolean): { end: number; kind: Kind } | undefined {
  let node: TrieNode | undefined = unitTrie();
  let found: { end: number; kind: Kind } | undefined;
  for (let i = at; i < text.length && node; i++) {
    node = node.next.get(text.charCodeAt(i));
    if (node?.kind && accept(node.kind, i + 1)) found = { end: i + 1, kind: node.kind };
  }
  return found;
}

const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter('th', { granularity: 'grapheme' });

const pieceBoundaries = new Map<string, number[]>();

/** Where the segmenter starts words inside a piece of text, 0 left out: once per piece per process. */
function innerBoundaries(piece: string): number[] {
  let inner = pieceBoundaries.get(piece);
  if (!inner) {
    inner = [];
    for (const { index } of wordSegmenter.segment(piece)) if (index > 0) inner.push(index);
    if (pieceBoundaries.size > 50_000) pieceBoundaries.clear();
    pieceBoundaries.set(piece, inner);
  }
  return inner;
}

/** Spaces and line ends: the segmenter always breaks before them, and after them unless a mark or format character follows. */
const WHITE_SPACE = /[ \t\n\r]+/g;
const ATTACHES = /[\p{M}\p{Cf}]/u;

/**
 * Offsets where Intl.Segmenter starts a word (0 and text.length included).
 * The segmenter's Thai dictionary is slow (microseconds a character), and
 * the same words, names and sentences come back page after page: so the
 * text is cut where the segmenter always breaks (around spaces and line
 * ends) and each piece is segmented once per process. The same offsets as
 * segmenting the whole text (segment.test.ts compares them).
 */
export function wordBoundaries(text: string): Set<number> {
  const set = new Set<number>([0, text.length]);
  let from = 0;
  const piece = (to: number) => {
    if (to <= from) return;
    set.add(from);
    for (const inner of innerBoundaries(text.slice(from, to))) set.add(from + inner);
    from = to;
  };
  for (const space of text.matchAll(WHITE_SPACE)) {
    piece(space.index);
    const end = space.index + space[0].length;
    if (!ATTACHES.test(text[end] ?? '')) piece(end);
  }
  piece(text.length);
  return set;
}

/** Offsets where Intl.Segmenter starts a word, asking it about the whole text at once (the reference for wordBoundaries). */
export function wordBoundariesDirect(text: string): Set<number> {
  const set = new Set<number>([0, text.length]);
  for (const { index } of wordSegmenter.segment(text)) set.add(index);
  return set;
}

const THAI = /[\u0e00-\u0e7f]/;

const isThai = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c >= 0x0e00 && c <= 0x0e7f;
};

/** A Thai mark that cannot start a grapheme cluster: a unit may not begin or end before one. */
const isMark = (text: string, at: number) => /[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e]/.test(text[at] ?? '');

/**
 * The keep-together units of a text, left to right, not overlapping, longest
 * first. A place name matches only where it starts and ends at a word
 * boundary (so a short place name is not found inside other words); a
 * compound from our own list must start at a word boundary or where the
 * unit before it ends (ช่องทาง|การร้องเรียน, but not ต้อง|การร้องเรียน), and
 * may end inside a word. After a name prefix, the rest up to the next space
 * is the place name.
 */
export function findUnits(text: string, knownBoundaries?: Set<number>): TextUnit[] {
  const boundaries = knownBoundaries ?? wordBoundaries(text);
  const units: TextUnit[] = [];
  let at = 0;
  let lastEnd = -1;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    // A unit starts at a word boundary or where the one before it ends, with Thai or a capital (Smart Law, DLA SLL).
    if ((at !== lastEnd && !boundaries.has(at)) || !(isThai(text, at) || (code >= 65 && code <= 90)) || isMark(text, at)) {
      at++;
      continue;
    }
    const match = longestMatch(text, at, (kind, end) => {
      if (isMark(text, end)) return false;
      if (kind === 'compound') return true;
      return boundaries.has(at) && (boundaries.has(end) || !isThai(text, end));
    });
    if (!match) {
      at++;
      continue;
    }
    units.push({ start: at, end: match.end, kind: match.kind });
    at = lastEnd = match.end;
    if (match.kind === 'prefix' && at < text.length && isThai(text, at)) {
      // The place name after a prefix: a known place if one matches, else up to the next space, or the next
      // prefix in running text (เทศบาลตำบล|และ|องค์การบริหารส่วนตำบล|ใน|อำเภอ…).
      const prefix = units[units.length - 1]!;
      const generic = GENERIC_PREFIXES.has(text.slice(prefix.start, prefix.end));
      const place = longestMatch(text, at, (kind, end) => kind === 'place' && (end === text.length || !isThai(text, end) || (generic && boundaries.has(end))));
      let end = place?.end ?? at;
      if (!place && !generic) {
        while (end < text.length && isThai(text, end)) {
          end++;
          if (boundaries.has(end) && longestMatch(text, end, (kind) => kind === 'prefix')) break;
        }
      }
      if (generic && place) {
        // จังหวัด, อำเภอ, ตำบล and their place are one short unit (จังหวัดฉะเชิงเทรา), parted only as a last resort.
        units[units.length - 1] = { start: prefix.start, end, kind: 'place' };
      } else if (end - at > 1) {
        units.push({ start: at, end, kind: 'place' });
      }
      at = lastEnd = end;
    }
  }
  return units;
}

/** Offsets that start a grapheme cluster: a break anywhere else would split a consonant from its marks. */
export function graphemeStarts(text: string): Set<number> {
  const set = new Set<number>();
  for (const { index } of graphemeSegmenter.segment(text)) set.add(index);
  set.add(text.length);
  return set;
}

/** How good a place to break is. */
export type BreakKind = 'space' | 'word' | 'inner';

/** An offset where a line may start. */
export interface BreakPoint {
  index: number;
  /** After white space (best), between words or units, or inside a unit (last resort). */
  kind: BreakKind;
}

const URL_PATTERN = /\bhttps?:\/\/\S+|[\w.-]+\.(?:go\.th|or\.th|co\.th|com|org|th)\b\S*/g;

/**
 * Every offset where a line may start, with its kind. Never inside a
 * grapheme cluster, a URL, after an opening or before a closing mark, or
 * after a no-break space; inside a keep-together unit only as "inner".
 */
export function breakPoints(text: string): BreakPoint[] {
  const boundaries = wordBoundaries(text);
  const inUnit = new Uint8Array(text.length + 1);
  const blocked = new Uint8Array(text.length + 1);
  for (const unit of findUnits(text, boundaries)) {
    // A compound may end inside one of the segmenter's words (ช่องทาง|การ…): its edges are boundaries too.
    boundaries.add(unit.start);
    boundaries.add(unit.end);
    inUnit.fill(1, unit.start + 1, unit.end);
    // Even a last-resort break inside a unit keeps the compounds within it whole (องค์การ|บริหาร|ส่วนตำบล).
    const inside = text.slice(unit.start, unit.end);
    for (const word of COMPOUNDS) {
      if (word.length >= inside.length) continue;
      for (let at = inside.indexOf(word); at >= 0; at = inside.indexOf(word, at + 1)) blocked.fill(1, unit.start + at + 1, unit.start + at + word.length);
    }
  }
  for (const match of text.matchAll(URL_PATTERN)) blocked.fill(1, match.index + 1, match.index + match[0].length);
  const points: BreakPoint[] = [];
  for (const index of [...boundaries].sort((a, b) => a - b)) {
    if (index === 0 || index >= text.length || blocked[index]) continue;
    const before = text[index - 1]!;
    const here = text[index]!;
    if (/\s/.test(here) || before === '\u00a0') continue; // break after a space, never at a no-break one
    if (/[)\]”’,.:;!?ๆฯ]/.test(here) || /[(\[“‘/]/.test(before)) continue;
    // Numbers, phone numbers and Latin words stay whole (038-512679-80).
    if (!isThai(text, index) && !isThai(text, index - 1) && !/\s/.test(before)) continue;
    const kind: BreakKind = inUnit[index] ? 'inner' : /\s/.test(before) ? 'space' : 'word';
    points.push({ index, kind });
  }
  return points;
}

/**
 * Pieces of a long unit, split at its own inner break points: what a web
 * page may wrap between when the whole unit does not fit its line.
 */
export function unitPieces(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const point of breakPoints(text)) {
    pieces.push(text.slice(from, point.index));
    from = point.index;
  }
  pieces.push(text.slice(from));
  return pieces;
}
