import { normalizeSpace, toAsciiDigits } from '../thai/text';

export interface PhoneNumber {
  /** As printed: the normalised text, e.g. "038-512679-80". */
  display: string;
  /** The first number as a tel: URI with the country code, e.g. "tel:+6638512679". */
  href: string;
}

// A Thai number: 9 digits for a landline (0 + area code), 10 for a mobile;
// optionally a range suffix ("-80" = the next lines) and an extension ("ต่อ 12").
const NUMBER = /^(0[\d-]{8,13}?)(?:-(\d{1,2}))?(?:\s*(?:ต่อ|ext\.?|#)\s*\d{1,5})?$/i;
const HOTLINE = /^1\d{3}$/;
const MOBILE_PREFIX = /^0[689]/;

/** Splits "038-512679-80, 038-511111" into its numbers. */
function splitNumbers(text: string): string[] {
  return text
    .split(/\s*(?:,|\/|;|หรือ)\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Normalises an office phone field: Thai digits to ASCII, tidy spacing.
 * Returns a reason when the text is not a phone number we may publish:
 * office lines only, never a mobile (it is usually an official's own).
 */
export function parsePhone(raw: string): PhoneNumber | { problem: string } {
  const text = normalizeSpace(toAsciiDigits(raw))
    .replace(/\s*-\s*/g, '-')
    .replace(/(\d) (?=\d)/g, '$1-'); // "038 511 111" is written with spaces for hyphens
  const numbers = splitNumbers(text);
  if (numbers.length === 0) return { problem: 'is empty' };
  let first: string | undefined;
  for (const number of numbers) {
    if (HOTLINE.test(number)) {
      first ??= number;
      continue;
    }
    const match = NUMBER.exec(number);
    const digits = match ? match[1]!.replace(/-/g, '') : '';
    if (!match || (digits.length !== 9 && digits.length !== 10)) {
      return { problem: `"${raw}" is not a Thai phone number (expected e.g. 038-512679 or 02-141-9000)` };
    }
    if (digits.length === 10 && MOBILE_PREFIX.test(digits)) {
      return { problem: `"${number}" is a mobile number; publish the office line, never an official's mobile` };
    }
    first ??= digits;
  }
  const href = first!.startsWith('0') ? `tel:+66${first!.slice(1)}` : `tel:${first}`;
  return { display: numbers.map(groupDigits).join(', '), href };
}

/**
 * Groups a number written without separators the way Thai numbers are
 * printed: 02-141-9000 in Bangkok, 038-512679 elsewhere. Numbers that already
 * have separators are left as written.
 */
function groupDigits(number: string): string {
  const match = /^(\d{9})(\s.*)?$/.exec(number);
  if (!match) return number;
  const [, digits, rest = ''] = match;
  const grouped = digits!.startsWith('02')
    ? `${digits!.slice(0, 2)}-${digits!.slice(2, 5)}-${digits!.slice(5)}`
    : `${digits!.slice(0, 3)}-${digits!.slice(3)}`;
  return grouped + rest;
}
