import { describe, expect, it } from 'vitest';
import { loadContent } from '../content/load-content';
import { BASIC_FIXTURE } from '../../test/fixture-utils';
import { mapHeaders } from './columns';
import { decodeRegistryBytes, detectDelimiter } from './decode';
import { cellText, createProvinceResolver, normalizeCode, normalizeDistrict, normalizeLgoName, normalizeType } from './normalize';
import { encodeWindows874 } from '../../test/encodings';

describe('decodeRegistryBytes', () => {
  const text = 'ชื่อ อปท.,จังหวัด\nเทศบาลตำบลน้ำผู้ใหญ่,ฉะเชิงเทรา\n';

  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeRegistryBytes(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeRegistryBytes(withBom)).toEqual({ text, encoding: 'utf-8' });
  });

  it('detects Windows-874 / TIS-620 as Thai Excel saves it', () => {
    expect(decodeRegistryBytes(encodeWindows874(text))).toEqual({ text, encoding: 'windows-874' });
  });

  it('reads UTF-16 with its BOM (Excel "Unicode Text")', () => {
    const bytes = Buffer.from(`\ufeff${text}`, 'utf16le');
    expect(decodeRegistryBytes(bytes).text.replace(/^\ufeff/, '')).toBe(text);
  });

  it('obeys a forced encoding', () => {
    expect(decodeRegistryBytes(encodeWindows874(text), 'windows-874').text).toBe(text);
  });
});

describe('detectDelimiter', () => {
  it('tells tabs from commas by the header', () => {
    expect(detectDelimiter('a\tb\tc\n1,2\t3')).toBe('\t');
    expect(detectDelimiter('a,b,c\n')).toBe(',');
  });
});

describe('mapHeaders', () => {
  it('maps Thai and English headers, ignoring case, spaces and dots', () => {
    const thai = mapHeaders(['รหัส อปท.', 'ประเภท', 'ชื่อ อปท.', 'อำเภอ', 'จังหวัด', 'โทรศัพท์', 'เว็บไซต์', 'เฟซบุ๊ก']);
    expect([...thai.columns.values()]).toEqual(['dla_code', 'type', 'name_th', 'district', 'province', 'phone', 'website', 'facebook']);
    const english = mapHeaders(['Code', 'Type', 'Name', 'District', 'PROVINCE', 'Phone', 'Website', 'Facebook']);
    expect([...english.columns.values()]).toEqual([...thai.columns.values()]);
    expect(thai.missing).toEqual([]);
  });

  it('reports unknown, duplicate and missing headers', () => {
    const mapping = mapHeaders(['ชื่อ', 'ชื่อ อปท.', 'หมายเหตุ']);
    expect(mapping.unknown).toEqual(['หมายเหตุ']);
    expect(mapping.duplicate).toEqual(['ชื่อ อปท.']);
    expect(mapping.missing).toEqual(['dla_code', 'type', 'province']);
  });
});

describe('normalizeType', () => {
  it.each([
    ['อบจ.', 'pao'],
    ['องค์การบริหารส่วนจังหวัด', 'pao'],
    ['ทน.', 'city'],
    ['เทศบาลนคร', 'city'],
    ['ทม', 'town'],
    ['เทศบาลเมือง', 'town'],
    ['ทต.', 'subdistrict'],
    ['เทศบาลตำบล', 'subdistrict'],
    ['อบต.', 'sao'],
    ['องค์การบริหารส่วนตำบล', 'sao'],
    ['กรุงเทพมหานคร', 'bma'],
    ['เมืองพัทยา', 'pattaya'],
    ['Subdistrict Municipality', 'subdistrict'],
    [' sao ', 'sao'],
  ])('reads %s as %s', (text, type) => {
    expect(normalizeType(text)).toBe(type);
  });

  it('does not guess', () => {
    expect(normalizeType('เทศบาล')).toBeUndefined();
  });
});

describe('createProvinceResolver', () => {
  const { provinces } = loadContent(BASIC_FIXTURE, { siteUrl: 'https://smartlaw.test' });
  const resolve = createProvinceResolver(provinces);

  it.each(['ฉะเชิงเทรา', 'จ.ฉะเชิงเทรา', 'จังหวัดฉะเชิงเทรา', 'จังหวัด ฉะเชิงเทรา', 'TH-24', 'th-24', '24', '๒๔', 'Chachoengsao'])(
    'finds Chachoengsao from %s',
    (text) => {
      expect(resolve(text)?.code).toBe('TH-24');
    },
  );

  it('does not guess a misspelt province', () => {
    expect(resolve('ฉะเชิงเทร')).toBeUndefined();
  });
});

describe('normalizeLgoName', () => {
  it('writes out abbreviations and adds a missing type', () => {
    expect(normalizeLgoName('ทต.บางปะกง', 'subdistrict')).toBe('เทศบาลตำบลบางปะกง');
    expect(normalizeLgoName('อบต. ท่าสะอ้าน', 'sao')).toBe('องค์การบริหารส่วนตำบลท่าสะอ้าน');
    expect(normalizeLgoName('บางปะกง', 'subdistrict')).toBe('เทศบาลตำบลบางปะกง');
    expect(normalizeLgoName('  เทศบาลเมือง   ฉะเชิงเทรา ', 'town')).toBe('เทศบาลเมือง ฉะเชิงเทรา');
    expect(normalizeLgoName('เมืองพัทยา', 'pattaya')).toBe('เมืองพัทยา');
  });
});

describe('normalizeDistrict, normalizeCode and cellText', () => {
  it('strips อำเภอ and อ.', () => {
    expect(normalizeDistrict('อ.บางปะกง')).toBe('บางปะกง');
    expect(normalizeDistrict('อำเภอเมืองฉะเชิงเทรา')).toBe('เมืองฉะเชิงเทรา');
  });

  it('turns Thai digits to ASCII and drops separators in codes', () => {
    expect(normalizeCode('๕ ๒๔-๐๑๐๑')).toBe('5240101');
  });

  it('puts back the leading zero a spreadsheet drops from phone numbers', () => {
    expect(cellText(38512679, 'phone')).toBe('038512679');
    expect(cellText(5240101, 'dla_code')).toBe('5240101');
    expect(cellText(null)).toBe('');
  });
});
