export type UiParams = Record<string, string | number>;

/** Fills {name} placeholders; a placeholder without a value is a bug, so it throws. No dictionary here, so browser scripts can use it. */
export function interpolate(template: string, params: UiParams = {}): string {
  // Most strings have no placeholder: every page asks for dozens of them.
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`UI string "${template}" needs a value for {${name}}`);
    return String(value);
  });
}
