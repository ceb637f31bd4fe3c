import { interpolate, type UiParams } from './interpolate';
import th from './th.json';

export { interpolate, type UiParams };

/** A key of the UI dictionary, e.g. "poster.scanHere". */
export type UiKey = keyof typeof th;

/** One dictionary per language; Thai is the source every other must match. */
export const DICTIONARIES = { th } as const satisfies Record<string, Record<UiKey, string>>;
export type Lang = keyof typeof DICTIONARIES;

/** Looks up a UI string and fills its placeholders. */
export type Translator = (key: UiKey, params?: UiParams) => string;

/** A translator for one language: t('poster.appLine', { app: 'DLA SLL' }). */
export function createTranslator(lang: Lang): Translator {
  const dictionary: Record<UiKey, string> = DICTIONARIES[lang];
  return (key: UiKey, params?: UiParams): string => interpolate(dictionary[key], params);
}

/**
 * The Thai translator, for code outside pages (PDF and image templates, build
 * steps). Pages and components use Astro.locals.t, set per page by the i18n middleware.
 */
export const t = createTranslator('th');
