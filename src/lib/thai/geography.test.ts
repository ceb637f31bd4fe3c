import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dopaProvinceCode, geography, placeNames } from './geography';

// Districts per province as counted independently in the DOPA-derived
// thailand-geography-json data set (928 in all: 878 อำเภอ and 50 เขต).
const OFFICIAL_DISTRICT_COUNTS: Record<string, number> = {"10":50,"11":6,"12":6,"13":7,"14":16,"15":7,"16":11,"17":6,"18":8,"19":13,"20":11,"21":8,"22":10,"23":7,"24":11,"25":7,"26":4,"27":9,"30":32,"31":23,"32":17,"33":22,"34":25,"35":9,"36":16,"37":7,"38":8,"39":6,"40":26,"41":20,"42":14,"43":9,"44":13,"45":20,"46":18,"47":18,"48":12,"49":7,"50":25,"51":8,"52":13,"53":9,"54":8,"55":15,"56":9,"57":18,"58":7,"60":15,"61":8,"62":11,"63":9,"64":9,"65":9,"66":12,"67":11,"70":10,"71":13,"72":10,"73":7,"74":3,"75":3,"76":8,"77":8,"80":23,"81":8,"82":8,"83":3,"84":19,"85":5,"86":8,"90":16,"91":7,"92":10,"93":11,"94":12,"95":8,"96":13};

describe('geography', () => {
  const g = geography();

  it('has 77 provinces and 928 districts with unique four-digit codes', () => {
    expect(g.provinces).toHaveLength(77);
    expect(g.districts).toHaveLength(928);
    expect(new Set(g.districts.map((d) => d.code)).size).toBe(928);
    for (const d of g.districts) {
      expect(d.code).toMatch(/^\d{4}$/);
      expect(d.code.startsWith(d.provinceCode)).toBe(true);
    }
  });

  it('counts the districts of every province as the official list does', () => {
    for (const p of g.provinces) expect([p.code, g.districtsOf(p.code).length]).toEqual([p.code, OFFICIAL_DISTRICT_COUNTS[p.code]]);
  });

  it("has Bangkok's 50 เขต and Bueng Kan's 8 districts with their DOPA codes", () => {
    const bangkok = g.districtsOf('10');
    expect(bangkok.every((d) => d.kind === 'khet')).toBe(true);
    expect(g.districtByCode.get('1001')?.nameTh).toBe('พระนคร');
    expect(g.districtsOf('38').map((d) => `${d.code} ${d.nameTh}`)).toEqual([
      '3801 เมืองบึงกาฬ',
      '3802 พรเจริญ',
      '3803 โซ่พิสัย',
      '3804 เซกา',
      '3805 ปากคาด',
      '3806 บึงโขงหลง',
      '3807 ศรีวิไล',
      '3808 บุ่งคล้า',
    ]);
  });

  it('knows the pilot provinces’ districts by code', () => {
    expect(g.districtByCode.get('2401')?.nameTh).toBe('เมืองฉะเชิงเทรา');
    expect(g.districtByCode.get('2404')?.nameTh).toBe('บางปะกง');
    expect(g.districtByCode.get('9401')?.nameTh).toBe('เมืองปัตตานี');
    expect(g.districtByCode.get('4029')?.nameTh).toBe('เวียงเก่า');
    expect(g.districtByCode.has('4026')).toBe(false);
  });

  it('matches every province of the bundled content by code and name', () => {
    const csv = readFileSync(resolve(import.meta.dirname, '../../../content/provinces.csv'), 'utf8').replace(/^\uFEFF/, '');
    const rows = csv.trim().split(/\r?\n/).slice(1).map((line) => line.split(','));
    expect(rows).toHaveLength(77);
    for (const [code = '', , nameTh] of rows) expect(g.provinceByCode.get(dopaProvinceCode(code))?.nameTh).toBe(nameTh);
  });

  it('lists place names longest first, with the hard stacked-mark ones', () => {
    const names = placeNames();
    expect(names.length).toBeGreaterThan(5000);
    for (let i = 1; i < names.length; i++) expect(names[i - 1]!.length).toBeGreaterThanOrEqual(names[i]!.length);
    expect(names).toContain('ปากน้ำ');
    expect(names).toContain('บางปะกง');
    expect(names.every((n) => !/[()*]/.test(n))).toBe(true);
  });
});
