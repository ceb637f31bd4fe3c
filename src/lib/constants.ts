/** id of <main>, the target of the skip link. */
export const MAIN_CONTENT_ID = 'main-content';

/** Page sizes the posters print on, in millimetres (portrait). */
export const PAPER_SIZES = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
} as const;
export type PaperSize = keyof typeof PAPER_SIZES;

/** Smallest printed width of a QR code on a poster: 4 cm scans from arm's length. */
export const MIN_POSTER_QR_MM = 40;
