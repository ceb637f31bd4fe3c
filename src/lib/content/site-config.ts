/** Where the site is served and where its content lives, from the environment. */
export interface SiteConfig {
  /** Origin the site is served from, e.g. https://smartlaw.example.go.th (no path). */
  siteUrl: string;
  /** True when SITE_URL was not set and the local preview address is used. */
  siteUrlIsDefault: boolean;
  /** Folder with campaign.md, channels.yaml, provinces.csv, lgos.csv. */
  contentDir: string;
}

export const DEFAULT_SITE_URL = 'http://localhost:4321';

/**
 * Reads SITE_URL and CONTENT_DIR. SITE_URL must be an http(s) origin: the
 * site is built for the root of its host, so links and QR codes are absolute.
 * @throws Error naming the variable when it is malformed.
 */
export function readSiteConfig(env: Record<string, string | undefined>): SiteConfig {
  // Asked on every page (through getSite): parse the same two variables once.
  if (lastConfig && lastConfig.url === env.SITE_URL && lastConfig.dir === env.CONTENT_DIR) return { ...lastConfig.config };
  const config = parseSiteConfig(env);
  lastConfig = { url: env.SITE_URL, dir: env.CONTENT_DIR, config };
  return { ...config };
}

let lastConfig: { url: string | undefined; dir: string | undefined; config: SiteConfig } | undefined;

function parseSiteConfig(env: Record<string, string | undefined>): SiteConfig {
  const raw = env.SITE_URL?.trim();
  const contentDir = env.CONTENT_DIR?.trim() || 'content';
  if (!raw) return { siteUrl: DEFAULT_SITE_URL, siteUrlIsDefault: true, contentDir };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL "${raw}" is not a URL; set it to the site's address, e.g. https://smartlaw.example.go.th`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${raw}" must start with https://`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL "${raw}" must be an origin without a path (the site is served from the root of its host)`);
  }
  return { siteUrl: url.origin, siteUrlIsDefault: false, contentDir };
}
