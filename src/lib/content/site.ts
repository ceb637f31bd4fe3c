import { sortProvincesForHome, compareLgos } from './grouping';
import { loadContent, type Lgo, type Province, type SiteContent } from './load-content';
import { readSiteConfig, type SiteConfig } from './site-config';

/** Validated content plus the look-ups pages need. */
export interface Site extends SiteContent {
  config: SiteConfig;
  provincesByCode: ReadonlyMap<string, Province>;
  lgosByProvince: ReadonlyMap<string, Lgo[]>;
  /** Provinces as the home page lists them (pilots first). */
  provincesForHome: Province[];
}

/** Builds the look-ups over validated content. */
export function createSite(content: SiteContent, config: SiteConfig): Site {
  const provincesByCode = new Map(content.provinces.map((p) => [p.code, p]));
  const lgosByProvince = new Map<string, Lgo[]>(content.provinces.map((p) => [p.code, []]));
  for (const lgo of content.lgos) lgosByProvince.get(lgo.provinceCode)?.push(lgo);
  for (const list of lgosByProvince.values()) list.sort(compareLgos);
  return {
    ...content,
    config,
    provincesByCode,
    lgosByProvince,
    provincesForHome: sortProvincesForHome(content.provinces),
  };
}

// Astro evaluates the config and each page bundle as separate module
// instances in one process; a global cache makes them share one load.
const CACHE_KEY = Symbol.for('smartlaw.site');
type Cache = { key: string; site: Site };

/** The site for the current environment (SITE_URL, CONTENT_DIR), loaded once per process. */
export function getSite(env: Record<string, string | undefined> = process.env): Site {
  const config = readSiteConfig(env);
  const key = `${config.siteUrl}\n${config.contentDir}`;
  const store = globalThis as unknown as Record<symbol, Cache | undefined>;
  const cached = store[CACHE_KEY];
  if (cached?.key === key) return cached.site;
  const site = createSite(loadContent(config.contentDir, { siteUrl: config.siteUrl }), config);
  store[CACHE_KEY] = { key, site };
  return site;
}

/** The LGO's province; content validation guarantees it exists. */
export function provinceOf(site: Site, lgo: Lgo): Province {
  const province = site.provincesByCode.get(lgo.provinceCode);
  if (!province) throw new Error(`LGO ${lgo.id} has unknown province ${lgo.provinceCode}`);
  return province;
}
