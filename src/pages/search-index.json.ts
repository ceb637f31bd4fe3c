import type { APIRoute } from 'astro';
import type { SearchEntry } from '../lib/web/search';
import { getSite, provinceOf } from '../lib/content/site';

/** Every LGO as [name, province, district, id], fetched by the search box on first use. */
export const GET: APIRoute = () => {
  const site = getSite();
  const entries: SearchEntry[] = site.lgos.map((lgo) => [
    lgo.nameTh,
    provinceOf(site, lgo).nameTh,
    lgo.district ?? '',
    lgo.id,
  ]);
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
};
