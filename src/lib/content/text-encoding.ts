/** How a content file must be saved, for the hint in a message. */
export type ContentFileKind = 'spreadsheet' | 'text';

export type DecodedText = { ok: true; text: string } | { ok: false; message: string };

const SAVE_AS: Record<ContentFileKind, string> = {
  spreadsheet: 'in Excel choose File → Save As → "CSV UTF-8 (Comma delimited) (*.csv)"',
  text: 'save it again as UTF-8 in your editor',
};

/**
 * Decodes a content file as UTF-8, with or without a byte-order mark (Excel's
 * "CSV UTF-8" writes one). Anything else gets one problem with a hint, not a
 * page of garbled rows: Windows-874 (what Thai Excel's "CSV (Comma delimited)"
 * writes) and UTF-16 ("Unicode Text") are refused by the build; the import
 * command reads them.
 */
export function decodeContentText(bytes: Uint8Array, kind: ContentFileKind): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: `is saved as UTF-16 ("Unicode Text"), not UTF-8: ${SAVE_AS[kind]}` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const thaiBytes = bytes.filter((b) => b >= 0xa1 && b <= 0xfb).length;
    const guess = thaiBytes > 0 ? ' (it looks like Windows-874/TIS-620, as Excel saves "CSV (Comma delimited)" on a Thai Windows)' : '';
    return { ok: false, message: `is not UTF-8 text${guess}: ${SAVE_AS[kind]}` };
  }
  if (text.includes('\u0000')) return { ok: false, message: 'is not a text file (it contains NUL bytes)' };
  return { ok: true, text };
}

/** UTF-8 byte-order mark: Excel on Windows needs it to open a CSV as UTF-8 instead of Windows-874. */
export const UTF8_BOM = '\ufeff';
