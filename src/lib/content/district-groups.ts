import type { Lgo, Province } from './load-content';
import { isProvinceWide } from './districts';
import type { Site } from './site';
import { compareLgos } from './grouping';
import { geography, type GeoDistrict } from '../thai/geography';

/** A district with the district-level LGOs of the registry in it. */
export interface DistrictEntry {
  district: GeoDistrict;
  province: Province;
  /** In page order: type, then Thai name. */
  lgos: Lgo[];
}

/** A province split the way its page lists it. */
export interface ProvinceDistricts {
  /** อบจ., กทม., เมืองพัทยา: listed on the province page itself. */
  provinceWide: Lgo[];
  /** Districts with at least one LGO, in DOPA code order (the capital district first). */
  districts: DistrictEntry[];
}

const cache = new WeakMap<Site, Map<string, ProvinceDistricts>>();

/**
 * A province's LGOs as its page lists them: province-wide bodies, then one
 * entry per district. Every district-level LGO has a district (the loader
 * refuses one without), so nothing falls between the two.
 */
export function provinceDistricts(site: Site, province: Province): ProvinceDistricts {
  let perSite = cache.get(site);
  if (!perSite) cache.set(site, (perSite = new Map()));
  const known = perSite.get(province.code);
  if (known) return known;
  const lgos = site.lgosByProvince.get(province.code) ?? [];
  const provinceWide = lgos.filter((l) => isProvinceWide(l.type));
  const byCode = new Map<string, Lgo[]>();
  for (const lgo of lgos) {
    if (isProvinceWide(lgo.type)) continue;
    if (!lgo.districtCode) throw new Error(`LGO ${lgo.id} has no district: the content check should have refused it`);
    const list = byCode.get(lgo.districtCode) ?? [];
    list.push(lgo);
    byCode.set(lgo.districtCode, list);
  }
  const g = geography();
  const districts = [...byCode.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, list]) => ({ district: g.districtByCode.get(code)!, province, lgos: list.sort(compareLgos) }));
  const result = { provinceWide, districts };
  perSite.set(province.code, result);
  return result;
}

/** Every district of the site that has LGOs: one page and one kit folder each. */
export function allDistricts(site: Site): DistrictEntry[] {
  return site.provinces.flatMap((p) => provinceDistricts(site, p).districts);
}

/** The district entry of an LGO, or undefined for a province-wide body. */
export function districtOfLgo(site: Site, lgo: Lgo): DistrictEntry | undefined {
  if (isProvinceWide(lgo.type) || !lgo.districtCode) return undefined;
  const province = site.provincesByCode.get(lgo.provinceCode);
  return province ? provinceDistricts(site, province).districts.find((d) => d.district.code === lgo.districtCode) : undefined;
}
