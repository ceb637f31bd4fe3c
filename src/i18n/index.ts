import th from './th.json';

/** A key of the UI dictionary, e.g. "poster.scanHere". */
export type UiKey = keyof typeof th;
export type UiParams = Record<string, string | number>;

/** One dictionary per language; Thai is the source every other must match. */
export const DICTIONARIES = { th } as const satisfies Record<string, Record<UiKey, string>>;
export type Lang = keyof typeof DICTIONARIES;

/** Fills {name} placeholders; a placeholder without a value is a bug, so it throws. */
export function interpolate(template: string, params: UiParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`UI string "${template}" needs a value for {${name}}`);
    return String(value);
  });
}

/** A translator for one language: t('poster.appLine', { app: 'DLA SLL' }). */
export function createTranslator(lang: Lang) {
  const dictionary: Record<UiKey, string> = DICTIONARIES[lang];
  return (key: UiKey, params?: UiParams): string => interpolate(dictionary[key], params);
}

/** The Thai translator, which every page uses today. */
export const t = createTranslator('th');
