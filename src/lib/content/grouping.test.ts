import { describe, expect, it } from 'vitest';
import { countByType, groupByDistrict, provinceTitle, sortProvincesForHome } from './grouping';
import type { Lgo, Province } from './load-content';

const lgo = (id: string, type: Lgo['type'], nameTh: string, district?: string): Lgo => ({
  id,
  type,
  nameTh,
  district,
  provinceCode: 'TH-24',
  announcementDate: new Date(0),
});

const province = (code: string, nameTh: string, pilot: boolean): Province => ({
  code,
  slug: code.toLowerCase(),
  nameTh,
  nameEn: nameTh,
  pilot,
  region: 'east',
});

describe('groupByDistrict', () => {
  it('puts province-wide bodies first, then districts in Thai order, each by type then name', () => {
    const groups = groupByDistrict([
      lgo('a', 'sao', 'องค์การบริหารส่วนตำบลท่าสะอ้าน', 'บางปะกง'),
      lgo('b', 'subdistrict', 'เทศบาลตำบลบางปะกง', 'บางปะกง'),
      lgo('c', 'town', 'เทศบาลเมืองฉะเชิงเทรา', 'เมืองฉะเชิงเทรา'),
      lgo('d', 'pao', 'องค์การบริหารส่วนจังหวัดฉะเชิงเทรา'),
      lgo('e', 'sao', 'องค์การบริหารส่วนตำบลบางวัว', 'บางปะกง'),
    ]);
    expect(groups.map((g) => [g.district, g.lgos.map((l) => l.id)])).toEqual([
      [undefined, ['d']],
      ['บางปะกง', ['b', 'a', 'e']],
      ['เมืองฉะเชิงเทรา', ['c']],
    ]);
  });
});

describe('countByType', () => {
  it('counts in type order and leaves out types with none', () => {
    expect(countByType([lgo('a', 'sao', 'ก'), lgo('b', 'pao', 'ข'), lgo('c', 'sao', 'ค')])).toEqual([
      { type: 'pao', count: 1 },
      { type: 'sao', count: 2 },
    ]);
  });
});

describe('sortProvincesForHome', () => {
  it('lists pilots first, each group in Thai order', () => {
    const sorted = sortProvincesForHome([
      province('TH-63', 'ตาก', false),
      province('TH-52', 'ลำปาง', true),
      province('TH-81', 'กระบี่', false),
      province('TH-24', 'ฉะเชิงเทรา', true),
    ]);
    expect(sorted.map((p) => p.nameTh)).toEqual(['ฉะเชิงเทรา', 'ลำปาง', 'กระบี่', 'ตาก']);
  });
});

describe('provinceTitle', () => {
  it('prefixes จังหวัด except for Bangkok', () => {
    expect(provinceTitle({ code: 'TH-24', nameTh: 'ฉะเชิงเทรา' })).toBe('จังหวัดฉะเชิงเทรา');
    expect(provinceTitle({ code: 'TH-10', nameTh: 'กรุงเทพมหานคร' })).toBe('กรุงเทพมหานคร');
  });
});
