import { describe, expect, it } from 'vitest';
import { formatBuddhistDate, formatThaiDate, isoDateInBangkok, parseCalendarDate, thaiDateParts } from './date';

describe('formatThaiDate', () => {
  it('prints the Buddhist Era year with Thai digits and the Thai month', () => {
    expect(formatThaiDate(new Date('2026-11-28T12:00:00+07:00'))).toBe('๒๘ พฤศจิกายน ๒๕๖๙');
  });

  it('uses the Bangkok calendar day, not UTC', () => {
    // 20:00 UTC on 31 December is already 1 January in Bangkok.
    expect(formatThaiDate(new Date('2025-12-31T20:00:00Z'))).toBe('๑ มกราคม ๒๕๖๙');
  });
});

describe('formatBuddhistDate', () => {
  it('prints Arabic digits, the Thai month and "พ.ศ." before the Buddhist Era year', () => {
    expect(formatBuddhistDate(new Date('2026-11-30T12:00:00+07:00'))).toBe('30 พฤศจิกายน พ.ศ. 2569');
  });

  it('uses the Bangkok calendar day, not UTC', () => {
    expect(formatBuddhistDate(new Date('2025-12-31T20:00:00Z'))).toBe('1 มกราคม พ.ศ. 2569');
    // Pages and posters show the same words for a content date.
    expect(formatBuddhistDate(parseCalendarDate('2026-11-28')!)).toBe('28 พฤศจิกายน พ.ศ. 2569');
  });
});

describe('thaiDateParts', () => {
  it('splits day, month and year for "ประกาศ ณ วันที่ ๕ มีนาคม พ.ศ. ๒๕๖๙"', () => {
    expect(thaiDateParts(new Date('2026-03-05T12:00:00+07:00'))).toEqual({ day: '๕', month: 'มีนาคม', year: '๒๕๖๙' });
  });
});

describe('parseCalendarDate', () => {
  it('reads YYYY-MM-DD as that day in Bangkok', () => {
    const date = parseCalendarDate('2026-01-15');
    expect(date && isoDateInBangkok(date)).toBe('2026-01-15');
  });

  it('rejects impossible and malformed dates', () => {
    expect(parseCalendarDate('2026-02-30')).toBeUndefined();
    expect(parseCalendarDate('15/01/2026')).toBeUndefined();
    expect(parseCalendarDate('2569-13-01')).toBeUndefined();
  });
});
