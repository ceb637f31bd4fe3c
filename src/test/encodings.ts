/**
 * Encodes text as Windows-874 (TIS-620 plus a few punctuation marks), as Thai
 * Excel saves CSV. Node has no encoder for it; Thai letters map one to one.
 */
export function encodeWindows874(text: string): Uint8Array {
  const extra: Record<string, number> = { '\u2026': 0x85, '\u2018': 0x91, '\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94, '\u00a0': 0xa0 };
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x0e01 && code <= 0x0e5b) bytes.push(code - 0x0e01 + 0xa1);
    else if (extra[char] !== undefined) bytes.push(extra[char]!);
    else throw new Error(`cannot encode U+${code.toString(16)} in Windows-874`);
  }
  return new Uint8Array(bytes);
}
