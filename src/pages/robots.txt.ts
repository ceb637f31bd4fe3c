import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/web/paths';
import { getSite } from '../lib/content/site';

/** Allows every crawler and points them at the sitemap; posters are print views, kept out of search. */
export const GET: APIRoute = () => {
  const { siteUrl } = getSite().config;
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(siteUrl, '/sitemap-index.xml')}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
