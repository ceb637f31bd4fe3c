import type { Site } from '../content/site';
import { isoDateInBangkok } from '../thai/date';
import { paths } from './paths';

// Pages for printing and for staff: useful by link, noise in search results.
const NOT_INDEXED = [/^\/(?:lgo|province|district)\/[^/]+\/kit\/$/, /^\/404(?:\.html|\/)?$/];

/** Whether a page belongs in search engines and the sitemap; pages also use it for their robots meta. */
export function isIndexablePath(path: string): boolean {
  return !NOT_INDEXED.some((pattern) => pattern.test(path));
}

/**
 * The date each indexable page last changed, from the content rather than the
 * build clock (a rebuild changes nothing for a crawler): an LGO page's
 * announcement date, a province page's latest LGO date, the home page's latest
 * of all; other pages the campaign's date.
 */
export function sitemapLastmods(site: Site): { byPath: Map<string, string>; fallback: string } {
  const byPath = new Map<string, string>();
  const latest = (dates: Date[]) => isoDateInBangkok(new Date(Math.max(...dates.map((d) => d.getTime()))));
  const campaign = site.campaign.announcementDate;
  for (const lgo of site.lgos) byPath.set(paths.lgo(lgo), isoDateInBangkok(lgo.announcementDate));
  for (const province of site.provinces) {
    const lgos = site.lgosByProvince.get(province.code) ?? [];
    byPath.set(paths.province(province), latest([campaign, ...lgos.map((l) => l.announcementDate)]));
  }
  byPath.set(paths.home(), latest([campaign, ...site.lgos.map((l) => l.announcementDate)]));
  return { byPath, fallback: isoDateInBangkok(campaign) };
}
