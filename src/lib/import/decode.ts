/** Text encodings a registry file may come in. */
export type RegistryEncoding = 'utf-8' | 'windows-874' | 'utf-16le' | 'utf-16be';

/** Names people pass to --encoding, mapped to ours (TIS-620 is a subset of Windows-874). */
export const ENCODING_ALIASES: Readonly<Record<string, RegistryEncoding>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'windows-874': 'windows-874',
  cp874: 'windows-874',
  'tis-620': 'windows-874',
  tis620: 'windows-874',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  'utf-16be': 'utf-16be',
};

/**
 * Decodes a CSV file's bytes. Without a forced encoding: a UTF-8 or UTF-16
 * byte-order mark wins; bytes that are valid UTF-8 are UTF-8; anything else is
 * taken as Windows-874, which Thai Excel uses for "CSV (Comma delimited)".
 */
export function decodeRegistryBytes(bytes: Uint8Array, forced?: RegistryEncoding): { text: string; encoding: RegistryEncoding } {
  const decode = (encoding: RegistryEncoding, fatal = false) =>
    new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
  if (forced) return { text: decode(forced), encoding: forced };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: decode('utf-8', true), encoding: 'utf-8' };
  } catch {
    return { text: decode('windows-874'), encoding: 'windows-874' };
  }
}

/** Comma or tab, whichever the header line uses more (Excel's "Unicode Text" is tab-separated). */
export function detectDelimiter(text: string): ',' | '\t' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const tabs = header.split('\t').length;
  const commas = header.split(',').length;
  return tabs > commas ? '\t' : ',';
}
