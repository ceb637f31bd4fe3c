import { SITE_TIME_ZONE } from '../thai/date';

// Made once: building an Intl formatter costs more than a whole page render.
const pageDate = new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-latn', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  era: 'short',
  timeZone: SITE_TIME_ZONE,
});

/**
 * A date as web pages show it: Buddhist Era, named with พ.ศ., Arabic digits
 * (what phones type and screen readers read reliably; the printed ประกาศ keeps Thai digits).
 * @example formatPageDate(new Date('2026-11-28T05:00:00Z')) // '28 พฤศจิกายน พ.ศ. 2569'
 */
export function formatPageDate(date: Date): string {
  return pageDate.format(date);
}
