import type { APIRoute } from 'astro';
import { getSite } from '../lib/content/site';
import { buildSearchIndex } from '../lib/web/search-index';

/** Provinces, districts and LGOs for the search box, fetched on first use (see lib/web/search-index.ts). */
export const GET: APIRoute = () => {
  const site = getSite();
  return new Response(JSON.stringify(buildSearchIndex(site.provinces, site.lgos)), { headers: { 'Content-Type': 'application/json' } });
};
