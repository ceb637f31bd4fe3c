import { LGO_TYPE_INFO, LGO_TYPES } from '../content/lgo-types';
import { toAsciiDigits } from './text';

/**
 * Text as a Thai announcer reads it aloud: addresses letter by letter with
 * Thai letter names, phone numbers digit by digit, abbreviations in full.
 */

/** Thai names of the Latin letters, as announcers and teachers say them. */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  a: 'เอ', b: 'บี', c: 'ซี', d: 'ดี', e: 'อี', f: 'เอฟ', g: 'จี', h: 'เอช', i: 'ไอ', j: 'เจ', k: 'เค', l: 'แอล', m: 'เอ็ม',
  n: 'เอ็น', o: 'โอ', p: 'พี', q: 'คิว', r: 'อาร์', s: 'เอส', t: 'ที', u: 'ยู', v: 'วี', w: 'ดับเบิลยู', x: 'เอ็กซ์', y: 'วาย', z: 'แซด',
};

/** Digits as Thai words: ศูนย์ … เก้า. */
const DIGIT_NAMES = ['ศูนย์', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'] as const;

const SYMBOL_NAMES: Readonly<Record<string, string>> = { '.': 'ดอท', '/': 'ทับ', '-': 'ขีด', _: 'อันเดอร์สกอร์', ':': 'โคลอน', '@': 'แอท' };

/**
 * A web address spelt out: scheme and "www." dropped (listeners type the host),
 * each letter by its Thai name, "ดอท" for each dot.
 * @example spellAddress('https://sll.dla.go.th') // 'เอส แอล แอล ดอท ดี แอล เอ ดอท จี โอ ดอท ที เอช'
 */
export function spellAddress(url: string): string {
  const text = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/$/, '');
  return spellCharacters(text);
}

/** Letters, digits and symbols one by one; spaces between words kept as a single space. */
export function spellCharacters(text: string): string {
  const words: string[] = [];
  for (const char of toAsciiDigits(text).toLowerCase()) {
    if (/\s/.test(char)) continue;
    const name = LETTER_NAMES[char] ?? (/\d/.test(char) ? DIGIT_NAMES[Number(char)] : SYMBOL_NAMES[char]);
    if (name === undefined) throw new Error(`cannot spell "${char}" in "${text}" aloud`);
    words.push(name);
  }
  return words.join(' ');
}

/**
 * A phone number digit by digit, as announcers read it: "038-512679-80" →
 * "ศูนย์ สาม แปด ห้า หนึ่ง สอง หก เจ็ด เก้า ถึง แปด ศูนย์" (a range suffix is
 * read "ถึง"), "ต่อ 12" stays "ต่อ หนึ่ง สอง".
 */
export function spellPhone(display: string): string {
  const ascii = toAsciiDigits(display);
  const match = /^([\d-]+?)(?:-(\d{1,2}))?(?:\s*(?:ต่อ|ext\.?|#)\s*(\d{1,5}))?$/i.exec(ascii.trim());
  const digits = (s: string) => [...s.replace(/\D/g, '')].map((d) => DIGIT_NAMES[Number(d)]).join(' ');
  if (!match) return digits(ascii);
  const [, main = '', range, extension] = match;
  // A two-digit tail after a full number is a range of lines (038-512679-80), not part of the number.
  const isRange = range !== undefined && main.replace(/\D/g, '').length >= 9;
  let spoken = isRange ? digits(main) : digits(main + (range ?? ''));
  if (isRange) spoken += ` ถึง ${digits(range!)}`;
  if (extension) spoken += ` ต่อ ${digits(extension)}`;
  return spoken;
}

/** Usual abbreviations of local government and their full names, longest first. */
const ABBREVIATIONS: readonly [string, string][] = [
  ...LGO_TYPES.filter((t) => LGO_TYPE_INFO[t].short !== LGO_TYPE_INFO[t].full).map((t): [string, string] => [LGO_TYPE_INFO[t].short, LGO_TYPE_INFO[t].full]),
  ['อปท.', 'องค์กรปกครองส่วนท้องถิ่น'] as [string, string],
  ['สถ.', 'กรมส่งเสริมการปกครองท้องถิ่น'] as [string, string],
  ['จ.', 'จังหวัด'] as [string, string],
  ['อ.', 'อำเภอ'] as [string, string],
  ['ต.', 'ตำบล'] as [string, string],
].sort((a, b) => b[0].length - a[0].length);

/**
 * Abbreviations said in full: "อบต.บางปะกง" → "องค์การบริหารส่วนตำบลบางปะกง".
 * Only a known abbreviation with its dot is expanded; a bare word is left alone.
 */
export function expandAbbreviations(text: string): string {
  let out = text;
  for (const [short, full] of ABBREVIATIONS) {
    // Not inside a word: the abbreviation starts the text or follows a space or bracket.
    const pattern = new RegExp(`(^|[\\s(“"])${short.replace(/\./g, '\\.')}\\s*`, 'gu');
    out = out.replace(pattern, (_, before: string) => `${before}${full}`);
  }
  return out;
}

/** Latin words left in Thai text (brand names), as Thai listeners hear them: "Smart Law" → "สมาร์ทลอว์". */
export function sayLatinWords(text: string, known: Readonly<Record<string, string>>): string {
  return text.replace(/[A-Za-z][A-Za-z ]*[A-Za-z]|[A-Za-z]/g, (word) => known[word] ?? spellCharacters(word));
}
