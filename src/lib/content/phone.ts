import { normalizeSpace, toAsciiDigits } from '../thai/text';

export interface PhoneNumber {
  /** As printed, in one format: "038-512679-80", "02-141-9000 ต่อ 12". */
  display: string;
  /** The first number as a tel: URI with the country code, e.g. "tel:+6638512679". */
  href: string;
}

/** One number of a phone field, by its digits: nothing dropped, nothing invented. */
export interface ParsedNumber {
  /** The number's digits with a leading 0 (a +66 or 0066 prefix becomes 0), or a 4-digit hotline. */
  digits: string;
  /** Range suffix: "80" in 038-512679-80 (the lines up to …80). */
  range?: string;
  /** Extension: "12" in 02-141-9000 ต่อ 12. */
  extension?: string;
}

// A number as people write it: digits with hyphens, spaces, dots or parentheses between them.
// Digits with whatever people put between them: spaces, dots, brackets, hyphens and the dashes Word
// autocorrects them to (U+2010–2015, U+2212), slashes and underscores.
const NUMBER_CHUNK = /[+(]*\d[\d\s.()+\-\u2010-\u2015\u2212/_]*\d|\d/g;
const EXTENSION = /^(.*?)\s*(?:ต่อ|ext\.?|x|#)\s*(\d{1,5})$/i;
const LIST_SEPARATOR = /\s*(?:,|;|\/|\n|หรือ|และ|or|and)\s*/i;
const MOBILE = /^0[689]/;
const LANDLINE = /^0[2-57]/;
const HOTLINE = /^1\d{3}$/;

/** The digits of a number, with +66 / 0066 / 66 country codes written as the leading 0. */
export function nationalDigits(chunk: string): string {
  const digits = toAsciiDigits(chunk).replace(/\D/g, '');
  const plus = /^[\s(]*\+/.test(chunk);
  if (plus && digits.startsWith('66')) return `0${digits.slice(2)}`;
  if (digits.startsWith('0066')) return `0${digits.slice(4)}`;
  if (digits.length >= 10 && digits.startsWith('66') && !digits.startsWith('660')) return `0${digits.slice(2)}`;
  return digits;
}

/** True when digits (as nationalDigits gives them) belong to a Thai mobile: 06, 08, 09. */
export function isMobileDigits(digits: string): boolean {
  return MOBILE.test(digits) && digits.length >= 9;
}

/**
 * The mobile number hidden in one number-like run, if any: the whole run
 * (+66 81 234 5678, 0 8 1 2 3 4 5 6 7 8), or consecutive digit groups inside
 * it ("038-512679 081-234-5678": a landline and a mobile with only a space
 * between them).
 */
function mobileIn(chunk: string, minDigits: number): string | undefined {
  const whole = nationalDigits(chunk);
  if (isMobileDigits(whole) && whole.length >= minDigits && whole.length <= 12) return chunk;
  const groups = [...chunk.matchAll(/\d+/g)];
  for (let i = 0; i < groups.length; i++) {
    if (!MOBILE.test(groups[i]![0]) && !(groups[i]![0] === '0' && /^[689]/.test(groups[i + 1]?.[0] ?? ''))) continue;
    let digits = '';
    for (let j = i; j < groups.length && digits.length < 10; j++) {
      digits += groups[j]![0];
      if (digits.length >= 10 && MOBILE.test(digits)) {
        return chunk.slice(groups[i]!.index, groups[j]!.index! + groups[j]![0].length);
      }
    }
  }
  return undefined;
}

/** What to say of a mobile number found in content. */
export function mobileNumberProblem(mobile: string): string {
  return `"${mobile}" is a mobile number; publish the office line, never an official's mobile`;
}

/**
 * Every mobile number in a text, in any spelling: hyphens, spaces, dots,
 * parentheses, Thai digits, +66 or 0066, other numbers or words around it.
 * For free text (notes, campaign): an official's mobile must not be published.
 */
export function findMobileNumbers(text: string): string[] {
  // 10 digits (or up to 12 with a range suffix); times such as 08.30-16.30 have fewer.
  return [...toAsciiDigits(text).matchAll(NUMBER_CHUNK)].flatMap((m) => mobileIn(m[0].trim(), 10) ?? []);
}

/**
 * One number of a list: digits (grouped any way), an optional range suffix
 * written as its own last group, an optional extension.
 */
function parseOne(item: string): ParsedNumber | { problem: string } {
  const notANumber = { problem: `"${item}" is not a Thai phone number (write e.g. 038-512679, 02-141-9000 ต่อ 12 or 038-512679-80)` };
  const ext = EXTENSION.exec(item);
  const body = (ext ? ext[1]! : item).trim();
  if (!/^[(\s]*\+?[\d\s.()\-]+$/.test(body)) return notANumber;
  const digits = nationalDigits(body);
  if (isMobileDigits(digits)) {
    return { problem: `"${item}" is a mobile number; publish the office line, never an official's mobile` };
  }
  if (HOTLINE.test(digits) && !ext) return { digits };
  if (!LANDLINE.test(digits)) return notANumber;
  if (digits.length === 9) return { digits, extension: ext?.[2] };
  // 10 or 11 digits: a landline and a range suffix, written as the last group ("038-512679-80").
  const lastGroup = /(\d+)\D*$/.exec(body)![1]!;
  const extra = digits.slice(9);
  if (digits.length <= 11 && lastGroup === extra) return { digits: digits.slice(0, 9), range: extra, extension: ext?.[2] };
  return {
    problem: `"${item}" has ${digits.length} digits; a Thai landline has 9 (e.g. 038-512679), optionally with a range written after a hyphen (038-512679-80)`,
  };
}

/** The list of numbers in a phone field, or the first reason one is not publishable. */
export function parsePhoneNumbers(raw: string): ParsedNumber[] | { problem: string } {
  const text = normalizeSpace(toAsciiDigits(raw));
  const items = text
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  if (items.length === 0) return { problem: 'is empty' };
  // A mobile anywhere in the field, whatever surrounds it, is refused first (9+ digits: a short one too).
  const mobile = [...text.matchAll(NUMBER_CHUNK)].map((m) => mobileIn(m[0].trim(), 9)).find(Boolean);
  if (mobile) return { problem: `"${mobile}" is a mobile number; publish the office line, never an official's mobile` };
  const numbers: ParsedNumber[] = [];
  for (const item of items) {
    const parsed = parseOne(item);
    if ('problem' in parsed) return parsed;
    numbers.push(parsed);
  }
  return numbers;
}

/** A number as printed: 02-141-9000 in Bangkok, 038-512679 elsewhere, then range and extension. */
export function formatNumber({ digits, range, extension }: ParsedNumber): string {
  let text = digits;
  if (digits.length === 9) text = digits.startsWith('02') ? `${digits.slice(0, 2)}-${digits.slice(2, 5)}-${digits.slice(5)}` : `${digits.slice(0, 3)}-${digits.slice(3)}`;
  if (range) text += `-${range}`;
  if (extension) text += ` ต่อ ${extension}`;
  return text;
}

/**
 * Normalises an office phone field. Returns a reason when the text is not a
 * phone number we may publish: office lines and hotlines only, never a mobile
 * (it is usually an official's own). Every digit written is kept.
 */
export function parsePhone(raw: string): PhoneNumber | { problem: string } {
  const numbers = parsePhoneNumbers(raw);
  if ('problem' in numbers) return numbers;
  const first = numbers[0]!.digits;
  const href = first.startsWith('0') ? `tel:+66${first.slice(1)}` : `tel:${first}`;
  return { display: numbers.map(formatNumber).join(', '), href };
}
