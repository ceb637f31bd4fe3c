/**
 * An estimate of how many syllables a Thai text has when read aloud: good
 * enough to tell a 60-second script from a 3-minute one, not a dictionary.
 *
 * Method: every Thai syllable has exactly one vowel nucleus, written or not.
 * The text is scanned consonant by consonant, word by word (Intl.Segmenter):
 * - a leading vowel (เ แ โ ใ ไ) opens a syllable; the marks after its
 *   consonant (า ะ ี ื ็ อ ย of เ-า, เ-ะ, เ-ีย, เ-ือ, เ-อ) belong to it;
 * - a consonant followed by a vowel mark (ะ ั า ำ ิ ี ึ ื ุ ู ็) opens a
 *   syllable, taking ร ล ว between as a cluster (ประ, กลาง, ความ);
 * - a consonant with ์ (การันต์) is silent;
 * - a consonant without a vowel closes the open syllable as its final when the
 *   syllable has none yet, otherwise it opens one with the inherent vowel
 *   (คน = 1, ประชาชน = 3, สมบัติ ≈ 3);
 * - ฤ and ฦ count as a syllable; ๆ repeats the word before it; digits and
 *   Latin letters count one each (scripts spell them out anyway).
 * On the campaign's own sentences it is within about 10 % of a hand count
 * (see syllables.test.ts).
 */

import { wordBoundaries } from './segment';

const LEADING = /[เแโใไ]/u;
const CONSONANT = /[ก-ฮ]/u;
const VOWEL_AFTER = /[ะัาำิีึืุู็]/u;
const MARKS = /[่-๋]/u; // tone marks: no sound of their own
const SILENT = '\u0e4c'; // ์
const CLUSTER = /[รลว]/u;
// True clusters (กร, ปล, ขว …), ห นำ (หน, หม, หล …) and อ นำ (อย่า): two letters, one initial sound.
const TRUE_CLUSTER = /^(?:[กขคตปพผทบด][รล]|[กขค]ว|ห[งญนมยรลว]|อย)$/u;

/** 2 when the consonant at i starts a two-letter initial followed by its vowel or final, else 1. */
function initialLength(chars: readonly string[], i: number): number {
  const pair = (chars[i] ?? '') + (chars[i + 1] ?? '');
  const third = chars[i + 2] ?? '';
  return TRUE_CLUSTER.test(pair) && third !== '' && third !== '\u0e4c' ? 2 : 1;
}


/** Syllables of one word (no spaces). */
function wordSyllables(word: string): number {
  const chars = [...word].filter((c) => !MARKS.test(c));
  let count = 0;
  // State of the current syllable: whether it has a nucleus and a final consonant.
  let open = false;
  let hasFinal = false;
  let i = 0;
  const next = (k: number) => chars[k] ?? '';
  while (i < chars.length) {
    const c = chars[i]!;
    if (/[0-9๐-๙A-Za-z]/u.test(c)) {
      count++;
      open = false;
      i++;
      continue;
    }
    if (c === 'ฤ' || c === 'ฦ') {
      count++;
      open = true;
      hasFinal = false;
      i++;
      continue;
    }
    if (LEADING.test(c)) {
      count++;
      open = true;
      hasFinal = false;
      i++;
      // Its initial consonant (with a cluster), then the rest of the compound vowel.
      if (CONSONANT.test(next(i))) i++;
      if (CLUSTER.test(next(i)) && (VOWEL_AFTER.test(next(i + 1)) || next(i + 1) === 'า' || next(i + 1) === '')) i++;
      while (VOWEL_AFTER.test(next(i)) || next(i) === 'ย' && next(i - 1) === 'ี' || next(i) === 'อ' && /[ืิ]|^$/u.test(next(i - 1)) || next(i) === 'อ' && next(i - 1) !== '' && CONSONANT.test(next(i - 1)) && !CONSONANT.test(next(i + 1))) {
        i++;
      }
      continue;
    }
    if (CONSONANT.test(c)) {
      if (next(i + 1) === SILENT) {
        i += 2;
        continue;
      }
      const initial = initialLength(chars, i);
      const after = next(i + initial);
      // อ after an initial is the vowel ออ (ร้อง, ช่อง); ว between two consonants the vowel อัว (ส่วน).
      const vowelLetter = (after === 'อ' || (after === 'ว' && initial === 1 && CONSONANT.test(next(i + 2)))) && !VOWEL_AFTER.test(next(i + initial + 1));
      if (VOWEL_AFTER.test(after) || after === 'ฤ' || vowelLetter || (initial > 1 && !(open && !hasFinal))) {
        count++;
        open = true;
        hasFinal = false;
        i += initial;
        if (after === 'ฤ' || vowelLetter) i++;
        while (VOWEL_AFTER.test(next(i))) i++;
        // ำ and ะ end the syllable: no final follows.
        if (/[ำะ]/u.test(chars[i - 1] ?? '')) hasFinal = true;
        continue;
      }
      if (open && !hasFinal) {
        hasFinal = true;
      } else {
        count++;
        open = true;
        hasFinal = false;
      }
      i++;
      continue;
    }
    i++;
  }
  return count;
}

/** Whether a segment is a word (letters or digits), as the segmenter's isWordLike tells. */
const WORD_LIKE = /[\p{L}\p{N}]/u;

/** Estimated syllables of a Thai text read aloud (see the method above). */
export function countSyllables(text: string): number {
  let total = 0;
  let previous = 0;
  // The segmenter's words from the shared per-piece cache: a script repeats most of its sentences from LGO to LGO.
  const starts = [...wordBoundaries(text)].sort((a, b) => a - b);
  for (let i = 0; i + 1 < starts.length; i++) {
    const segment = text.slice(starts[i], starts[i + 1]);
    if (segment.includes('ๆ')) {
      total += previous;
      continue;
    }
    if (!WORD_LIKE.test(segment)) continue;
    previous = wordSyllables(segment);
    total += previous;
  }
  return total;
}
