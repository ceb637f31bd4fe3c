import { describe, expect, it } from 'vitest';
import { compareThai, normalizeSpace, toAsciiDigits, toThaiDigits } from './text';

describe('toAsciiDigits', () => {
  it('turns every Thai digit into its ASCII digit', () => {
    expect(toAsciiDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
    expect(toAsciiDigits('โทร ๐๓๘-๕๑๒๖๗๙')).toBe('โทร 038-512679');
  });
});

describe('toThaiDigits', () => {
  it('turns ASCII digits into Thai digits and leaves the rest', () => {
    expect(toThaiDigits('พ.ศ. 2569')).toBe('พ.ศ. ๒๕๖๙');
    expect(toAsciiDigits(toThaiDigits('0123456789'))).toBe('0123456789');
  });
});

describe('normalizeSpace', () => {
  it('folds runs of spaces, NBSP and zero-width spaces and trims', () => {
    expect(normalizeSpace('  เทศบาล\u00a0\u00a0เมือง\u200b  ทดสอบ \n')).toBe('เทศบาล เมือง ทดสอบ');
  });
});

describe('compareThai', () => {
  it('sorts by consonant, not by leading vowel', () => {
    // เชียงใหม่ sorts under ช, so before ตาก; a code-point sort puts เ after every consonant.
    expect(['ตาก', 'เชียงใหม่', 'กระบี่'].sort(compareThai)).toEqual(['กระบี่', 'เชียงใหม่', 'ตาก']);
  });
});
