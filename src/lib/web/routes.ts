import { allDistricts, type DistrictEntry } from '../content/district-groups';
import { districtTitle } from '../content/districts';
import { provinceTitle } from '../content/grouping';
import type { Lgo, Province } from '../content/load-content';
import type { Site } from '../content/site';
import { loadKitManifest, type KitManifest } from '../kit/manifest';
import type { Translator } from '../../i18n';
import { paths } from './paths';
import { retiredLgos, type RetiredLgo } from './published';

/** getStaticPaths entries for province pages and posters: /province/<slug>/, with the kit's files as data. */
export function provinceRoutes(site: Site) {
  const manifest = loadKitManifest();
  return site.provinces.map((province) => ({ params: { slug: province.slug }, props: { province, manifest } }));
}

/**
 * getStaticPaths entries for LGO pages and kit pages: /lgo/<id>/, with the
 * kit's files as data. With `withRetired` (the LGO page and its kit page), also
 * the old ids retired in content/published.yaml: their `lgo` is the successor and
 * `retired` says why, so the printed URL keeps answering with a notice that links on.
 */
export function lgoRoutes(site: Site, { withRetired = false } = {}): { params: { id: string }; props: LgoRouteProps }[] {
  const manifest = loadKitManifest();
  const live = site.lgos.map((lgo) => ({ params: { id: lgo.id }, props: { lgo, manifest } }));
  if (!withRetired) return live;
  return [...live, ...retiredLgos(site).map((retired) => ({ params: { id: retired.id }, props: { lgo: retired.current, manifest, retired } }))];
}

export type ProvinceRouteProps = { province: Province; manifest: KitManifest };
/** `retired` is set on the page of a retired id; `lgo` is then its successor. */
export type LgoRouteProps = { lgo: Lgo; manifest: KitManifest; retired?: RetiredLgo };

/** getStaticPaths entries for district pages: /district/<DOPA code>/, one per district with LGOs, with the kit's files as data. */
export function districtRoutes(site: Site) {
  const manifest = loadKitManifest();
  return allDistricts(site).map((entry) => ({ params: { code: entry.district.code }, props: { entry, manifest } }));
}

export type DistrictRouteProps = { entry: DistrictEntry; manifest: KitManifest };

/**
 * What a district's public page and its staff page both start from: the
 * entry's parts, the district's and province's titles, the area (อำเภอ…
 * จังหวัด…) and the breadcrumb up to the province. One place, so the two
 * pages name the district alike.
 */
export function districtPageHead(entry: DistrictEntry, t: Translator) {
  const name = districtTitle(entry.district);
  const provinceName = provinceTitle(entry.province);
  return {
    ...entry,
    name,
    provinceName,
    area: t('district.title', { district: name, province: provinceName }),
    crumbs: [
      { label: t('site.home'), href: paths.home() },
      { label: provinceName, href: paths.province(entry.province) },
    ],
  };
}
