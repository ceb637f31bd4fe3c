import { sequence } from 'astro:middleware';
import type { MiddlewareHandler } from 'astro';
import { i18nMiddleware } from './i18n/middleware';
import { keepUnitsTogether } from './lib/thai/nowrap';

/**
 * Keeps Thai keep-together units whole on every page (the same rule set as
 * the PDFs and images, src/lib/thai/segment.ts): the HTML of each rendered
 * page passes through keepUnitsTogether, which wraps units in visible text
 * in `<span class="sl-nowrap">`. Other responses pass untouched.
 */
const thaiNowrapMiddleware: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = await response.text();
  return new Response(keepUnitsTogether(html), { status: response.status, statusText: response.statusText, headers: response.headers });
};

// Each concern in its own handler: the page's translator, then Thai no-wrap spans over the finished HTML.
export const onRequest = sequence(i18nMiddleware, thaiNowrapMiddleware);
