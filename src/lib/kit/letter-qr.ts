import { COLOR } from '../design/tokens';
import { withDraftMark } from './draft-mark';
import sharp from 'sharp';
import { Flow } from '../render/flow';
import { MM, type Page } from '../render/page';
import { renderPdf } from '../render/pdf';
import { renderSvg } from '../render/svg';
import { rasterPixels, textFromMasks } from '../render/raster';
import { qrItem } from '../render/templates/common';
import { qrTargetProblem } from '../web/qr';

/** The printed width of the letter QR, symbol plus its four-module quiet zone. */
export const LETTER_QR_MM = 30;
/** Resolution of the PNG: 30 mm is 354 pixels, within 0.03 mm. */
export const LETTER_QR_DPI = 300;
/** Width of the whole file: the QR and, under it, its address on one line. */
const FILE_MM = 75;
const CAPTION_PT = 8;

/**
 * Where a letter's QR may lead: only to this site's own staff pages. The
 * letter goes from one office to another, not onto a public notice board,
 * and its QR leads to our page for that office; so the allowlist of these
 * QRs is our own SITE_URL host alone, decided here and not in content.
 * A local preview build (http://localhost) may use http.
 * @throws Error when the URL is on another host or not https.
 */
export function assertStaffQrTarget(url: string, siteUrl: string): void {
  const own = new URL(siteUrl);
  const target = new URL(url);
  const local = own.protocol === 'http:' && /^(?:localhost|127\.0\.0\.1)$/.test(own.hostname) && target.origin === own.origin;
  const problem = local ? undefined : qrTargetProblem(url, [own.hostname]);
  if (problem) throw new Error(`letter QR: ${problem}`);
}

/**
 * The letter QR laid out by the layout engine: the code (quiet zone included)
 * exactly LETTER_QR_MM wide at the top left, its address under it. `scale`
 * is page units per point: 1 for PDF and SVG, dpi/72 for the PNG.
 */
export function letterQrPage(url: string, scale = 1): Page {
  const side = LETTER_QR_MM * MM * scale;
  const width = FILE_MM * MM * scale;
  const caption = new Flow(0, width, side + 1.5 * scale);
  caption.text(url, { font: 'regular', size: CAPTION_PT * scale, maxLines: 1, minSize: 5 * scale, lineHeight: 1.3 });
  const height = caption.y + 1 * scale;
  const round = (n: number) => (scale === 1 ? n : Math.ceil(n));
  return {
    width: round(width),
    height: round(height),
    items: [qrItem(url, 0, 0, side), { kind: 'link', url, x: 0, y: 0, width: side, height: side }, ...caption.items],
  };
}

/** The letter QR page, with the draft mark when the site has no address yet (SITE_URL unset). */
function markedPage(url: string, draft: boolean, scale = 1): Page {
  const page = letterQrPage(url, scale);
  return draft ? withDraftMark(page) : page;
}

/** The letter QR as a small PDF (vector code, real text). */
export async function letterQrPdf(url: string, title: string, draft = false): Promise<Buffer> {
  return renderPdf([markedPage(url, draft)], { title, subject: url });
}

/** The letter QR as SVG sized in millimetres, text as outlines (needs no font). */
export function letterQrSvg(url: string, draft = false): Buffer {
  const page = markedPage(url, draft);
  const svg = renderSvg(page).replace(
    /^<svg ([^>]*?)width="[^"]*" height="[^"]*"/,
    `<svg $1width="${(page.width / MM).toFixed(2)}mm" height="${(page.height / MM).toFixed(2)}mm"`,
  );
  return Buffer.from(svg);
}

/** The letter QR as a 300 dpi PNG that says so, so Word and printers place it at 30 mm. */
export async function letterQrPng(url: string, draft = false): Promise<Buffer> {
  // The caption from glyph masks, the code (one per letter) through the SVG; no palette search, and the PNG records its 300 dpi.
  const page = textFromMasks(markedPage(url, draft, LETTER_QR_DPI / 72));
  const paper = { kind: 'rect', x: 0, y: 0, width: page.width, height: page.height, fill: COLOR.paper } as const;
  const pixels = await rasterPixels({ ...page, items: [paper, ...page.items] }, { reuseBackground: false });
  const image = sharp(pixels, { raw: { width: page.width, height: page.height, channels: 3 } });
  // A draft keeps its colour: the red band must read as the draft mark.
  return (draft ? image : image.greyscale()).withMetadata({ density: LETTER_QR_DPI }).png({ compressionLevel: 6 }).toBuffer();
}
