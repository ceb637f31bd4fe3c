import { i18nMiddleware } from './i18n/middleware';

// The page's translator (Astro.locals.t). Thai no-wrap spans are added by the layout (src/components/KeepUnitsTogether.astro).
export const onRequest = i18nMiddleware;
