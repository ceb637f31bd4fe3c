/** Time zone every date on the site is shown in. */
export const SITE_TIME_ZONE = 'Asia/Bangkok';

const longThaiDate = new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-thai', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: SITE_TIME_ZONE,
});

/**
 * A calendar date in the Buddhist Era with Thai digits.
 * @example formatThaiDate(new Date('2026-11-28')) // '๒๘ พฤศจิกายน ๒๕๖๙'
 */
export function formatThaiDate(date: Date): string {
  return longThaiDate.format(date);
}

const arabicBuddhistDate = new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-latn', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: SITE_TIME_ZONE,
});

/**
 * A calendar date in the Buddhist Era with Arabic digits and "พ.ศ.", as
 * posters, images and pages print it (Thai digits are for the formal ประกาศ).
 * @example formatBuddhistDate(new Date('2026-11-30')) // '30 พฤศจิกายน พ.ศ. 2569'
 */
export function formatBuddhistDate(date: Date): string {
  const parts = arabicBuddhistDate.formatToParts(date);
  const pick = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${pick('day')} ${pick('month')} พ.ศ. ${pick('year')}`;
}

/** The parts an official announcement prints separately: "ประกาศ ณ วันที่ ๒๘ พฤศจิกายน พ.ศ. ๒๕๖๙". */
export function thaiDateParts(date: Date): { day: string; month: string; year: string } {
  const parts = longThaiDate.formatToParts(date);
  const pick = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: pick('day'), month: pick('month'), year: pick('year') };
}

// Made once: building an Intl formatter costs more than a whole page render.
const isoDate = new Intl.DateTimeFormat('en-CA', { timeZone: SITE_TIME_ZONE });

/** ISO date (YYYY-MM-DD) of an instant as seen in Bangkok, for `<time datetime>`. */
export function isoDateInBangkok(date: Date): string {
  return isoDate.format(date);
}

/**
 * Parses a YYYY-MM-DD calendar date as noon in Bangkok, so that formatting in
 * Asia/Bangkok never shifts it to the day before or after.
 */
export function parseCalendarDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [, y, m, d] = match;
  const date = new Date(`${y}-${m}-${d}T12:00:00+07:00`);
  if (Number.isNaN(date.getTime())) return undefined;
  // Reject 2026-02-30 and friends, which Date would roll over.
  return isoDateInBangkok(date) === `${y}-${m}-${d}` ? date : undefined;
}
