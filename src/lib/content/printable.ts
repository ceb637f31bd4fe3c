// What the printed documents can draw with Sarabun: Thai, Latin, punctuation.
// Bidi controls, zero-width characters, other control characters, emoji and
// other scripts are outside it: they print as boxes or reorder text unseen.
const PRINTABLE_CHAR = /[\u0020-\u007e\u00a0-\u00ff\u0e01-\u0e5b\u2010-\u2027\u2030-\u205e]/u;

const NAMES: Record<string, string> = {
  '\u200b': 'zero-width space',
  '\u200c': 'zero-width non-joiner',
  '\u200d': 'zero-width joiner',
  '\u200e': 'left-to-right mark',
  '\u200f': 'right-to-left mark',
  '\u2028': 'line separator',
  '\u2029': 'paragraph separator',
  '\u202a': 'left-to-right embedding',
  '\u202b': 'right-to-left embedding',
  '\u202c': 'pop directional formatting',
  '\u202d': 'left-to-right override',
  '\u202e': 'right-to-left override',
  '\u2060': 'word joiner',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\ufeff': 'zero-width no-break space (byte-order mark)',
};

/** A character as a reader can find it: visible ones as themselves, invisible ones by code point and name. */
function describe(char: string): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[char];
  if (name) return `${code} ${name}`;
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(char) ? `"${char}" ${code}` : code;
}

/**
 * Why a text cannot be printed, or undefined when it can: the distinct
 * characters outside what the posters draw (Thai, Latin, punctuation).
 * @param multiline allow line breaks and tabs (markdown, YAML), not in one-line fields
 */
export function unprintableProblem(text: string, { multiline = false } = {}): string | undefined {
  const bad = new Set<string>();
  for (const char of text) {
    if (multiline && (char === '\n' || char === '\r' || char === '\t')) continue;
    if (!PRINTABLE_CHAR.test(char)) bad.add(char);
  }
  if (bad.size === 0) return undefined;
  return `contains characters the posters cannot print or that hide or reorder text (${[...bad].map(describe).join(', ')}); delete them and use Thai or Latin letters only`;
}

/** Each line (1-based) of a multi-line text that holds unprintable characters, with the problem. */
export function unprintableLines(text: string): { line: number; problem: string }[] {
  const found: { line: number; problem: string }[] = [];
  text.split('\n').forEach((line, index) => {
    const problem = unprintableProblem(line.replace(/\r$/, ''), { multiline: true });
    if (problem) found.push({ line: index + 1, problem });
  });
  return found;
}
