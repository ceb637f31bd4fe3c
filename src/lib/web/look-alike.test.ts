import { describe, expect, it } from 'vitest';
import { lookAlikeAddresses, lookAlikeProblem } from './look-alike';

const ALLOWED = ['sll.dla.go.th'];

describe('lookAlikeAddresses', () => {
  it.each([
    ['capital I for l', 'พิมพ์ https://sII.dla.go.th ในเบราว์เซอร์', 'https://sII.dla.go.th'],
    ['digit 1 for l', 'ไปที่ s1l.dla.go.th', 's1l.dla.go.th'],
    ['a hyphen for a dot, another domain after', 'sll-dla.go.th.co', 'sll-dla.go.th.co'],
    ['the official host as a subdomain of another', 'https://sll.dla.go.th.evil.com/login', 'https://sll.dla.go.th.evil.com/login'],
    ['the official host as a user name', 'https://sll.dla.go.th@evil.com/', 'https://sll.dla.go.th@evil.com/'],
    ['Cyrillic ѕ', 'https://ѕll.dla.go.th', 'https://ѕll.dla.go.th'],
    ['fullwidth letters', 'ｓｌｌ．ｄｌａ．ｇｏ．ｔｈ．ｃｏ', 'ｓｌｌ．ｄｌａ．ｇｏ．ｔｈ．ｃｏ'],
    ['right after Thai text', 'ร้องเรียนได้ที่sll.dla.go.th.co เท่านั้น', 'sll.dla.go.th.co'],
  ])('finds %s', (_, text, expected) => {
    expect(lookAlikeAddresses(text, ALLOWED)).toEqual([expected]);
  });

  it.each([
    ['the official address', 'ร้องเรียนได้ที่ https://sll.dla.go.th เท่านั้น'],
    ['with a path and sentence punctuation', 'เปิด https://sll.dla.go.th/complaint, แล้วกรอก'],
    ['in capitals', 'SLL.DLA.GO.TH'],
    ['in a markdown link', '[ระบบ Smart Law](https://sll.dla.go.th)'],
    ['the department’s own site', 'https://www.dla.go.th และ dla.go.th'],
    ['other sites', 'https://www.facebook.com/abc https://example.go.th/sll'],
    ['an e-mail address at the official host', 'webmaster@sll.dla.go.th'],
  ])('passes %s', (_, text) => {
    expect(lookAlikeAddresses(text, ALLOWED)).toEqual([]);
  });

  it('says which address imitates which host, and what to write instead', () => {
    expect(lookAlikeProblem('ไปที่ sII.dla.go.th', ALLOWED)).toBe('"sII.dla.go.th" imitates sll.dla.go.th without being it: write the official address exactly (https://sll.dla.go.th), or remove it');
    expect(lookAlikeProblem('https://sll.dla.go.th', ALLOWED)).toBeUndefined();
  });
});
