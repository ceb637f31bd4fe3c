import { allDistricts, type DistrictEntry } from '../content/district-groups';
import type { Lgo, Province } from '../content/load-content';
import type { Site } from '../content/site';

/** getStaticPaths entries for province pages and posters: /province/<slug>/. */
export function provinceRoutes(site: Site) {
  return site.provinces.map((province) => ({ params: { slug: province.slug }, props: { province } }));
}

/** getStaticPaths entries for LGO pages and posters: /lgo/<id>/. */
export function lgoRoutes(site: Site) {
  return site.lgos.map((lgo) => ({ params: { id: lgo.id }, props: { lgo } }));
}

export type ProvinceRouteProps = { province: Province };
export type LgoRouteProps = { lgo: Lgo };

/** getStaticPaths entries for district pages: /district/<DOPA code>/, one per district with LGOs. */
export function districtRoutes(site: Site) {
  return allDistricts(site).map((entry) => ({ params: { code: entry.district.code }, props: { entry } }));
}

export type DistrictRouteProps = { entry: DistrictEntry };
