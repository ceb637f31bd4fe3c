import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../thai/date';
import { formatPageDate } from './page-date';

describe('formatPageDate', () => {
  it('writes the Buddhist Era with พ.ศ. and Arabic digits, in Bangkok time', () => {
    expect(formatPageDate(parseCalendarDate('2026-11-28')!)).toBe('28 พฤศจิกายน พ.ศ. 2569');
    // 20:00 UTC on the 31st is already 1 January in Bangkok.
    expect(formatPageDate(new Date('2026-12-31T20:00:00Z'))).toBe('1 มกราคม พ.ศ. 2570');
  });
});
