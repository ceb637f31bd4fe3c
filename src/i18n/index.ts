import { interpolate, type UiParams } from './interpolate';
import th from './th.json';

export { interpolate, type UiParams };

/** A key of the UI dictionary, e.g. "poster.scanHere". */
export type UiKey = keyof typeof th;

/** One dictionary per language; Thai is the source every other must match. */
export const DICTIONARIES = { th } as const satisfies Record<string, Record<UiKey, string>>;
export type Lang = keyof typeof DICTIONARIES;

/** A translator for one language: t('poster.appLine', { app: 'DLA SLL' }). */
export function createTranslator(lang: Lang) {
  const dictionary: Record<UiKey, string> = DICTIONARIES[lang];
  return (key: UiKey, params?: UiParams): string => interpolate(dictionary[key], params);
}

/** The Thai translator, which every page uses today. */
export const t = createTranslator('th');
