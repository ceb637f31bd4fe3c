import { describe, expect, it } from 'vitest';
import { loadContent } from '../content/load-content';
import { groupProvincesForHome } from './home-provinces';

const { provinces } = loadContent('content', { siteUrl: 'http://localhost' });

describe('groupProvincesForHome', () => {
  const groups = groupProvincesForHome(provinces);

  it('puts the six pilot provinces first, then the six regions north to south', () => {
    expect(groups.map((g) => g.key)).toEqual(['pilot', 'north', 'northeast', 'central', 'east', 'west', 'south']);
    expect(groups[0]!.provinces.map((p) => p.nameTh)).toEqual(['ฉะเชิงเทรา', 'นครปฐม', 'ปัตตานี', 'ราชบุรี', 'ลำปาง', 'อุบลราชธานี']);
  });

  it('lists every bundled province in exactly one region, as the 1977 six-region scheme counts them', () => {
    const regions = groups.slice(1);
    expect(regions.map((g) => g.provinces.length)).toEqual([9, 20, 22, 7, 5, 14]);
    expect(new Set(regions.flatMap((g) => g.provinces.map((p) => p.code))).size).toBe(77);
    const regionOf = (name: string) => regions.find((g) => g.provinces.some((p) => p.nameTh === name))?.key;
    expect([regionOf('บึงกาฬ'), regionOf('กรุงเทพมหานคร'), regionOf('ราชบุรี'), regionOf('ชลบุรี'), regionOf('ตาก'), regionOf('สุโขทัย')]).toEqual([
      'northeast',
      'central',
      'west',
      'east',
      'west',
      'central',
    ]);
  });
});
