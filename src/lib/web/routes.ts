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
