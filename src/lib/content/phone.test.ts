import { describe, expect, it } from 'vitest';
import { createRandom } from '../fixture/synthetic';
import { toThaiDigits } from '../thai/text';
import { findMobileNumbers, parsePhone } from './phone';

describe('parsePhone', () => {
  it('keeps the letter’s range notation and links the first number', () => {
    expect(parsePhone('038-512679-80')).toEqual({ display: '038-512679-80', href: 'tel:+6638512679' });
  });

  it('reads Thai digits, extensions and lists, and prints one format', () => {
    expect(parsePhone('๐๒-๑๔๑-๙๐๐๐ ต่อ ๑๒')).toEqual({ display: '02-141-9000 ต่อ 12', href: 'tel:+6621419000' });
    expect(parsePhone('038 511 111, 038-511112')).toMatchObject({ display: '038-511111, 038-511112' });
    expect(parsePhone('(038) 512.679')).toMatchObject({ display: '038-512679' });
    expect(parsePhone('+66 38 512 679')).toEqual({ display: '038-512679', href: 'tel:+6638512679' });
    expect(parsePhone('1111')).toEqual({ display: '1111', href: 'tel:1111' });
  });

  it('groups digits written without separators', () => {
    expect(parsePhone('038512679')).toEqual({ display: '038-512679', href: 'tel:+6638512679' });
    expect(parsePhone('021419000 ต่อ 5')).toMatchObject({ display: '02-141-9000 ต่อ 5' });
  });

  // Each of these was accepted before (and 081-234-567-8 published as tel:+6681234567, a digit short).
  it.each([
    '081-234-5678',
    '081-234-567-8',
    '081234567-8',
    '0812-345-67-8',
    '061234567-8',
    '02-141-9000 หรือ 089-123-456-7',
    '038-512679, 0912345678',
    '๐๘๑-๒๓๔-๕๖๗๘',
    '+66 81 234 5678',
    '+66-81-234-567-8',
    '(+66) 81.234.5678',
    '0066 81 234 5678',
    'โทร 081 234 5678 (มือถือ)',
    '0 8 1 2 3 4 5 6 7 8',
    '081-234-567',
    '038-512679 081-234-5678',
  ])('refuses the mobile number in "%s"', (raw) => {
    expect(parsePhone(raw)).toMatchObject({ problem: expect.stringMatching(/mobile number/) });
  });

  it('refuses text that is not a phone number, and numbers with digits to spare', () => {
    expect(parsePhone('call us')).toMatchObject({ problem: expect.stringMatching(/not a Thai phone number/) });
    expect(parsePhone('038-51')).toMatchObject({ problem: expect.stringMatching(/a Thai landline has 9/) });
    expect(parsePhone('0381234567')).toMatchObject({ problem: expect.stringMatching(/has 10 digits/) });
    expect(parsePhone('038 511 111 038 511 112')).toMatchObject({ problem: expect.stringMatching(/has 18 digits/) });
  });
});

describe('findMobileNumbers (free text)', () => {
  it('finds mobiles in any spelling and leaves times, years and landlines alone', () => {
    expect(findMobileNumbers('ติดต่อ ๐๘๑-๒๓๔-๕๖๗๘ หรือ 02-141-9000')).toEqual(['081-234-5678']);
    expect(findMobileNumbers('เปิด 08.30-16.30 น. ปี 2569 โทร 038-512679-80')).toEqual([]);
    expect(findMobileNumbers('โทร 038-512679 081-234-5678 หรือ 0 8 1 2 3 4 5 6 7 8')).toEqual(['081-234-5678', '0 8 1 2 3 4 5 6 7 8']);
    expect(findMobileNumbers('038-512679 09.00-16.30 น.')).toEqual([]);
  });
});

// Property-style tests: a seeded generator writes numbers the ways people do.
const random = createRandom(9);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(random() * 10))).join('');
const SEPARATORS = ['-', ' ', '.', '', ' - ', '  '];

/** Splits digits into 1–4 groups joined by random separators; sometimes Thai digits, sometimes (0xx). */
function spell(number: string): string {
  const cuts = [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => 1 + Math.floor(random() * (number.length - 1))))].sort((a, b) => a - b);
  const groups = [0, ...cuts].map((start, i) => number.slice(start, [...cuts, number.length][i]));
  if (groups.length > 1 && random() < 0.2) groups[0] = `(${groups[0]})`;
  let text = groups.map((g, i) => (i === 0 ? g : pick(SEPARATORS) + g)).join('');
  if (random() < 0.3) text = toThaiDigits(text);
  return text;
}

/** A national number written with a country code now and then: +66 81…, 0066 81…, (+66) 81…. */
function withCountryCode(spelt: string): string {
  if (random() < 0.7 || !spelt.startsWith('0')) return spelt;
  return `${pick(['+66 ', '+66', '0066 ', '(+66) ', '+66-'])}${spelt.slice(1)}`;
}

const ascii = (text: string) => text.replace(/[๐-๙]/g, (d) => String('๐๑๒๓๔๕๖๗๘๙'.indexOf(d)));

describe('parsePhone on generated spellings', () => {
  it('refuses every mobile, whatever the separators, digits, prefixes, ranges or words around it', () => {
    for (let i = 0; i < 2000; i++) {
      const mobile = `0${pick(['6', '8', '9'])}${digits(8)}`;
      let text = withCountryCode(spell(mobile));
      if (random() < 0.3) text += `-${digits(1 + Math.floor(random() * 2))}`;
      if (random() < 0.3) text = `${pick(['โทร ', 'มือถือ ', 'Tel. '])}${text}`;
      if (random() < 0.3) text = `${pick(['02-141-9000', '038-512679-80', '1111'])}${pick([', ', ' หรือ ', ' / ', '; '])}${text}`;
      const result = parsePhone(text);
      expect('problem' in result && /mobile/.test(result.problem), `accepted mobile "${text}"`).toBe(true);
    }
  });

  it('accepts every landline spelling and keeps every digit, in display and tel: link', () => {
    for (let i = 0; i < 2000; i++) {
      const landline = random() < 0.4 ? `02${digits(7)}` : `0${pick(['3', '4', '5', '7'])}${digits(7)}`;
      const range = random() < 0.3 ? digits(1 + Math.floor(random() * 2)) : '';
      const extension = random() < 0.2 ? digits(1 + Math.floor(random() * 4)) : '';
      let text = withCountryCode(spell(landline));
      if (range) text += `${pick(['-', ' - ', ' '])}${range}`;
      if (extension) text += ` ${pick(['ต่อ', 'ต่อ ', 'ext.', '#'])}${extension}`;
      const result = parsePhone(text);
      if ('problem' in result) throw new Error(`refused landline "${text}": ${result.problem}`);
      const [number, ext] = result.display.split(' ต่อ ');
      expect(number!.replace(/\D/g, ''), `digits of "${text}"`).toBe(landline + range);
      expect(ext ?? '').toBe(extension);
      expect(result.href).toBe(`tel:+66${landline.slice(1)}`);
      // The printed form reads back to itself.
      expect(parsePhone(result.display)).toEqual(result);
    }
  });

  it('never drops or invents a digit: any text it accepts keeps all of its digits', () => {
    const alphabet = ['0', '0', '2', '3', '5', '8', '1', '9', '-', ' ', '.', '(', ')', '+', '๐', '๒'];
    let accepted = 0;
    for (let i = 0; i < 20000; i++) {
      const text = Array.from({ length: 6 + Math.floor(random() * 10) }, () => pick(alphabet)).join('');
      const result = parsePhone(text);
      if ('problem' in result) continue;
      accepted++;
      let expected = ascii(text).replace(/\D/g, '');
      if (/^[\s(]*\+66/.test(ascii(text))) expected = `0${expected.slice(2)}`;
      else if (expected.startsWith('0066')) expected = `0${expected.slice(4)}`;
      expect(result.display.replace(/\D/g, ''), `"${text}" → "${result.display}"`).toBe(expected);
      expect(result.display).not.toMatch(/^0[689]/);
    }
    expect(accepted).toBeGreaterThan(0);
  });
});
