import { describe, expect, it } from 'vitest';
import { foldForSearch, queryTerms, searchLgos, type SearchEntry } from './search';

const entries: SearchEntry[] = [
  ['องค์การบริหารส่วนจังหวัดฉะเชิงเทรา', 'ฉะเชิงเทรา', '', 'pao-chachoengsao'],
  ['เทศบาลเมืองฉะเชิงเทรา', 'ฉะเชิงเทรา', 'เมืองฉะเชิงเทรา', 'tm-chachoengsao'],
  ['เทศบาลตำบลบางปะกง', 'ฉะเชิงเทรา', 'บางปะกง', 't1'],
  ['องค์การบริหารส่วนตำบลท่าสะอ้าน', 'ฉะเชิงเทรา', 'บางปะกง', 't2'],
  ['เมืองพัทยา', 'ชลบุรี', 'บางละมุง', 'pattaya'],
];

describe('foldForSearch', () => {
  it('ignores case and white space', () => {
    expect(foldForSearch(' บาง ปะกง ')).toBe('บางปะกง');
    expect(foldForSearch('Pattaya')).toBe('pattaya');
  });
});

describe('queryTerms', () => {
  it('expands the abbreviations people type', () => {
    expect(queryTerms('ทต.บางปะกง')).toEqual(['เทศบาลตำบลบางปะกง']);
    expect(queryTerms('อบต ท่าสะอ้าน')).toEqual(['องค์การบริหารส่วนตำบล', 'ท่าสะอ้าน']);
    expect(queryTerms('จ.ฉะเชิงเทรา')).toEqual(['ฉะเชิงเทรา']);
  });
});

describe('searchLgos', () => {
  it('finds by part of the name', () => {
    expect(searchLgos(entries, 'พัทยา').entries.map((e) => e[3])).toEqual(['pattaya']);
  });

  it('finds by abbreviation and place', () => {
    expect(searchLgos(entries, 'ทต.บางปะกง').entries.map((e) => e[3])).toEqual(['t1']);
    expect(searchLgos(entries, 'อบต. ท่าสะอ้าน').entries.map((e) => e[3])).toEqual(['t2']);
  });

  it('ranks name matches above district and province matches', () => {
    const ids = searchLgos(entries, 'บางปะกง').entries.map((e) => e[3]);
    expect(ids).toEqual(['t1', 't2']);
  });

  it('requires every word to match and limits the result', () => {
    expect(searchLgos(entries, 'ฉะเชิงเทรา พัทยา').total).toBe(0);
    const limited = searchLgos(entries, 'ฉะเชิงเทรา', 2);
    expect(limited.entries).toHaveLength(2);
    expect(limited.total).toBe(4);
  });

  it('returns nothing for an empty query', () => {
    expect(searchLgos(entries, '   ').total).toBe(0);
  });
});
