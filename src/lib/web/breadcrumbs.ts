import type { Translator } from '../../i18n';
import { districtOfLgo } from '../content/district-groups';
import { districtTitle } from '../content/districts';
import { provinceTitle } from '../content/grouping';
import type { Lgo } from '../content/load-content';
import { provinceOf, type Site } from '../content/site';
import { paths } from './paths';

/** One step of a breadcrumb trail; the current page, last, has no link. */
export interface Crumb {
  label: string;
  href?: string;
}

/**
 * The ancestors of an LGO's pages, home first: หน้าแรก › จังหวัด… › อำเภอ…,
 * the district only when the LGO belongs to one with a page (province-wide
 * bodies, อบจ. กทม. เมืองพัทยา, are listed on the province page itself).
 */
export function lgoAncestors(site: Site, lgo: Lgo, t: Translator): Crumb[] {
  const province = provinceOf(site, lgo);
  const crumbs: Crumb[] = [
    { label: t('site.home'), href: paths.home() },
    { label: provinceTitle(province), href: paths.province(province) },
  ];
  const district = districtOfLgo(site, lgo);
  if (district) crumbs.push({ label: districtTitle(district.district), href: paths.district(district.district) });
  return crumbs;
}
