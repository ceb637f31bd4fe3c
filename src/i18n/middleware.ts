import { defineMiddleware } from 'astro:middleware';
import { createTranslator, type Lang } from './index';

/** The language of a page from its path. Thai is the only one today; an /en/ tree would map to 'en' here. */
export function langOfPath(_pathname: string): Lang {
  return 'th';
}

/**
 * Gives every page and component a translator for the page's language as
 * Astro.locals.t (and the language as Astro.locals.lang), so components never
 * import one global Thai dictionary.
 */
export const i18nMiddleware = defineMiddleware((context, next) => {
  const lang = langOfPath(context.url.pathname);
  context.locals.lang = lang;
  context.locals.t = createTranslator(lang);
  return next();
});
