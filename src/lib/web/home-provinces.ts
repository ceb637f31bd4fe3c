import type { Province } from '../content/load-content';
import { REGIONS, type Region } from '../content/regions';
import { compareThai } from '../thai/text';

/** A group of provinces on the home page: the pilots, or one region. */
export interface ProvinceGroup {
  key: 'pilot' | Region;
  provinces: Province[];
}

/**
 * Provinces as the home page lists them: the campaign's pilot provinces first,
 * then every province by region (six-region scheme, north to south), each in
 * Thai order. Pilots appear in their region too, so no region looks short.
 * Regions without provinces are left out.
 */
export function groupProvincesForHome(provinces: readonly Province[]): ProvinceGroup[] {
  const sorted = [...provinces].sort((a, b) => compareThai(a.nameTh, b.nameTh));
  const groups: ProvinceGroup[] = [{ key: 'pilot', provinces: sorted.filter((p) => p.pilot) }];
  for (const region of REGIONS) groups.push({ key: region, provinces: sorted.filter((p) => p.region === region) });
  return groups.filter((g) => g.provinces.length > 0);
}
