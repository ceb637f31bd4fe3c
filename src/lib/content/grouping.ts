import type { Lgo, Province } from './load-content';
import { LGO_TYPES, lgoTypeRank, type LgoType } from './lgo-types';
import { compareThai } from '../thai/text';

/** LGOs in page order: by type (province level first), then Thai name. */
export function compareLgos(a: Lgo, b: Lgo): number {
  return lgoTypeRank(a.type) - lgoTypeRank(b.type) || compareThai(a.nameTh, b.nameTh) || a.id.localeCompare(b.id);
}

export interface DistrictGroup {
  /** The district (อำเภอ); undefined for province-wide bodies. */
  district?: string;
  lgos: Lgo[];
}

/**
 * Groups a province's LGOs by district: province-wide bodies (no district)
 * first, then districts in Thai order; within each, by type then name.
 */
export function groupByDistrict(lgos: readonly Lgo[]): DistrictGroup[] {
  const groups = new Map<string | undefined, Lgo[]>();
  for (const lgo of lgos) {
    const list = groups.get(lgo.district) ?? [];
    list.push(lgo);
    groups.set(lgo.district, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === undefined ? -1 : b === undefined ? 1 : compareThai(a, b)))
    .map(([district, list]) => ({ district, lgos: list.sort(compareLgos) }));
}

/** How many LGOs of each type, in type order, omitting types with none. */
export function countByType(lgos: readonly Lgo[]): { type: LgoType; count: number }[] {
  return LGO_TYPES.map((type) => ({ type, count: lgos.filter((l) => l.type === type).length })).filter(
    (c) => c.count > 0,
  );
}

/** Provinces as the home page lists them: pilots first, then Thai order. */
export function sortProvincesForHome(provinces: readonly Province[]): Province[] {
  return [...provinces].sort((a, b) => Number(b.pilot) - Number(a.pilot) || compareThai(a.nameTh, b.nameTh));
}

/** "จังหวัดฉะเชิงเทรา", but Bangkok is a province-level city, not a จังหวัด. */
export function provinceTitle(province: Pick<Province, 'code' | 'nameTh'>): string {
  return province.code === 'TH-10' ? province.nameTh : `จังหวัด${province.nameTh}`;
}
