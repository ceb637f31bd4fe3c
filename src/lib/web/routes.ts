import type { Lgo, Province } from '../content/load-content';
import type { Site } from '../content/site';
import { loadKitManifest, type KitManifest } from '../kit/manifest';

/** getStaticPaths entries for province pages and posters: /province/<slug>/, with the kit's files as data. */
export function provinceRoutes(site: Site) {
  const manifest = loadKitManifest();
  return site.provinces.map((province) => ({ params: { slug: province.slug }, props: { province, manifest } }));
}

/** getStaticPaths entries for LGO pages, kit pages and posters: /lgo/<id>/, with the kit's files as data. */
export function lgoRoutes(site: Site) {
  const manifest = loadKitManifest();
  return site.lgos.map((lgo) => ({ params: { id: lgo.id }, props: { lgo, manifest } }));
}

export type ProvinceRouteProps = { province: Province; manifest: KitManifest };
export type LgoRouteProps = { lgo: Lgo; manifest: KitManifest };
