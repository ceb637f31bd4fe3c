import { sequence } from 'astro:middleware';
import { i18nMiddleware } from './i18n/middleware';

// Each concern in its own module; add more to the sequence (e.g. Thai no-wrap spans) without editing this one.
export const onRequest = sequence(i18nMiddleware);
