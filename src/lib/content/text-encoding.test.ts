import { describe, expect, it } from 'vitest';
import { encodeWindows874 } from '../../test/encodings';
import { UNPRINTABLE } from '../../test/fixtures/hostile';
import { unprintableLines, unprintableProblem } from './printable';
import { decodeContentText } from './text-encoding';

describe('decodeContentText', () => {
  it('reads UTF-8 with or without a BOM', () => {
    expect(decodeContentText(new TextEncoder().encode('ก'), 'spreadsheet')).toEqual({ ok: true, text: 'ก' });
    expect(decodeContentText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe0, 0xb8, 0x81]), 'spreadsheet')).toEqual({ ok: true, text: 'ก' });
  });

  it('refuses Windows-874 and UTF-16 with one hint to save as CSV UTF-8', () => {
    const thai = decodeContentText(encodeWindows874('รหัส,ชื่อ\n1,เทศบาล\n'), 'spreadsheet');
    expect(thai).toEqual({ ok: false, message: expect.stringMatching(/^is not UTF-8 text \(it looks like Windows-874.*"CSV UTF-8 \(Comma delimited\) \(\*\.csv\)"$/) });
    const utf16 = decodeContentText(Buffer.from('\ufeffid', 'utf16le'), 'spreadsheet');
    expect(utf16).toEqual({ ok: false, message: expect.stringMatching(/UTF-16.*CSV UTF-8/) });
    expect(decodeContentText(encodeWindows874('ข้อความ'), 'text')).toEqual({ ok: false, message: expect.stringMatching(/save it again as UTF-8/) });
  });
});

describe('unprintableProblem', () => {
  it.each(Object.entries(UNPRINTABLE))('names a %s by code point', (name, char) => {
    expect(unprintableProblem(`ก${char}ข`)).toMatch(new RegExp(`U\\+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`));
  });

  it('allows Thai, Latin and punctuation, and line breaks only in multi-line text', () => {
    expect(unprintableProblem('องค์การบริหารส่วนจังหวัด “ทดสอบ” – Test, 2026')).toBeUndefined();
    expect(unprintableProblem('a\nb')).toMatch(/U\+000A/);
    expect(unprintableLines('ก\nข\u202eค\r\nง')).toEqual([{ line: 2, problem: expect.stringMatching(/U\+202E right-to-left override/) }]);
  });
});
