import { describe, expect, it } from 'vitest';
import { parsePhone } from './phone';

describe('parsePhone', () => {
  it('keeps the letter’s range notation and links the first number', () => {
    expect(parsePhone('038-512679-80')).toEqual({ display: '038-512679-80', href: 'tel:+6638512679' });
  });

  it('reads Thai digits, extensions and lists', () => {
    expect(parsePhone('๐๒-๑๔๑-๙๐๐๐ ต่อ ๑๒')).toEqual({ display: '02-141-9000 ต่อ 12', href: 'tel:+6621419000' });
    expect(parsePhone('038 511 111, 038-511112')).toMatchObject({ display: '038-511-111, 038-511112' });
    expect(parsePhone('1111')).toEqual({ display: '1111', href: 'tel:1111' });
  });

  it('groups digits written without separators', () => {
    expect(parsePhone('038512679')).toEqual({ display: '038-512679', href: 'tel:+6638512679' });
    expect(parsePhone('021419000 ต่อ 5')).toMatchObject({ display: '02-141-9000 ต่อ 5' });
  });

  it('refuses mobile numbers, which are usually an official’s own', () => {
    expect(parsePhone('081-234-5678')).toMatchObject({ problem: expect.stringMatching(/mobile/) });
    expect(parsePhone('038-512679, 0912345678')).toMatchObject({ problem: expect.stringMatching(/mobile/) });
  });

  it('refuses text that is not a phone number', () => {
    expect(parsePhone('call us')).toMatchObject({ problem: expect.stringMatching(/not a Thai phone number/) });
    expect(parsePhone('038-51')).toMatchObject({ problem: expect.stringMatching(/not a Thai phone number/) });
  });
});
