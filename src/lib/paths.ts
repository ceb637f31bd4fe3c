import type { Lgo, Province } from './load-content';

/**
 * Every URL of the site, in one place. ASCII only and stable, so links pasted
 * in LINE or Facebook stay readable and keep working.
 */
export const paths = {
  home: () => '/',
  province: (p: Pick<Province, 'slug'>) => `/province/${p.slug}/`,
  provincePoster: (p: Pick<Province, 'slug'>) => `/province/${p.slug}/poster/`,
  lgo: (l: Pick<Lgo, 'id'>) => `/lgo/${l.id}/`,
  lgoPoster: (l: Pick<Lgo, 'id'>) => `/lgo/${l.id}/poster/`,
  searchIndex: () => '/search-index.json',
} as const;

/** An absolute URL on the site, e.g. absoluteUrl('https://x.go.th', '/lgo/a/'). */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl).href;
}
