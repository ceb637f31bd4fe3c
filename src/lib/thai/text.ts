const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/**
 * Thai digits to ASCII digits; everything else unchanged.
 * @example toAsciiDigits('๐๓๘-๕๑๒๖๗๙') // '038-512679'
 */
export function toAsciiDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));
}

/**
 * ASCII digits to Thai digits, as official Thai documents print them.
 * @example toThaiDigits('2569') // '๒๕๖๙'
 */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]!);
}

/** Collapses runs of white space (including NBSP and zero-width space) and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

const thaiCollator = new Intl.Collator('th');

/** Compares two strings in Thai dictionary order (เ/แ/โ sort by their consonant). */
export function compareThai(a: string, b: string): number {
  return thaiCollator.compare(a, b);
}
