import { COLOR } from '../design/tokens';
import { withDraftMark } from './draft-mark';
import sharp from 'sharp';
import { Flow } from '../render/flow';
import { MM, type Page } from '../render/page';
import { renderPdf } from '../render/pdf';
import { measureText } from '../render/shape';
import { renderSvg } from '../render/svg';
import { rasterPixels, textFromMasks } from '../render/raster';
import { qrItem } from '../render/templates/common';
import { qrTargetProblem } from '../web/qr';

/** The printed width of the letter QR, symbol plus its four-module quiet zone. */
export const LETTER_QR_MM = 30;
/** Resolution of the PNG: 30 mm is 354 pixels, within 0.03 mm. */
export const LETTER_QR_DPI = 300;
/** The caption's largest and smallest sizes in points: 6 pt is the least a clerk reads on paper. */
const CAPTION_MAX_PT = 8;
export const CAPTION_MIN_PT = 6;
/** The caption's most lines: the address breaks after a "/" into at most three. */
const CAPTION_MAX_LINES = 3;
/** Clear space each side of the caption within the symbol's width, in mm. */
export const CAPTION_INSET_MM = 0.5;

/** Where the caption may break: after a "/" (not inside "//"); failing that, also after a "." or "-" (long hosts, long slugs). */
const AT_SLASH = /(?<=[^/]\/|^[a-z]+:\/\/)(?!$)/;
const AT_SLASH_DOT_DASH = /(?<=[^/]\/|^[a-z]+:\/\/|[.-])(?!$)/;

/**
 * The address broken into lines for the caption: at the largest size from
 * CAPTION_MAX_PT down to CAPTION_MIN_PT at which it fits `width` in at most
 * CAPTION_MAX_LINES lines broken after a "/", in the fewest lines at that
 * size, the most even split of those. An address that does not fit so takes
 * the least size and may also break after a "." or "-", as few times as will
 * do. `scale` is page units per point. An address too long even so gets its
 * narrowest split, and the layout shrinks a line that overflows.
 */
export function captionLines(url: string, width: number, scale = 1): { lines: string[]; size: number } {
  const measure = (splits: string[][], size: number) => splits.map((lines) => ({ lines, widest: Math.max(...lines.map((line) => measureText(line, 'regular', size))) }));
  // Widths grow in proportion to the size: measure each split once, at size 1.
  const slashSplits = measure(urlSplits(url, AT_SLASH), 1);
  for (let pt = CAPTION_MAX_PT; pt >= CAPTION_MIN_PT; pt -= 0.25) {
    const size = pt * scale;
    const fitting = slashSplits.filter((m) => m.widest * size <= width);
    fitting.sort((a, b) => a.lines.length - b.lines.length || a.widest - b.widest);
    if (fitting[0]) return { lines: fitting[0].lines, size };
  }
  // At the least size, as few breaks inside a name as will do.
  const size = CAPTION_MIN_PT * scale;
  const inName = (lines: string[]) => lines.slice(0, -1).filter((line) => !line.endsWith('/')).length;
  const all = measure(urlSplits(url, AT_SLASH_DOT_DASH), size);
  const fitting = all.filter((m) => m.widest <= width).sort((a, b) => inName(a.lines) - inName(b.lines) || a.lines.length - b.lines.length || a.widest - b.widest);
  return { lines: (fitting[0] ?? all.sort((a, b) => a.widest - b.widest)[0]!).lines, size };
}

/** Every way to break an address at `breaks` into 1 to CAPTION_MAX_LINES lines. */
function urlSplits(url: string, breaks: RegExp): string[][] {
  const parts = url.split(breaks);
  const join = (from: number, to: number) => parts.slice(from, to).join('');
  const n = parts.length;
  const splits: string[][] = [[url]];
  for (let a = 1; a < n; a++) {
    splits.push([join(0, a), join(a, n)]);
    for (let b = a + 1; b < n && CAPTION_MAX_LINES >= 3; b++) splits.push([join(0, a), join(a, b), join(b, n)]);
  }
  return splits;
}

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
 * exactly LETTER_QR_MM wide, the file no wider, its address under it in up to
 * three centred lines broken after a "/". `scale` is page units per point: 1
 * for PDF and SVG, dpi/72 for the PNG.
 */
export function letterQrPage(url: string, scale = 1): Page {
  const { width, height, side, caption } = letterQrFrame(url, scale);
  return { width, height, items: [qrItem(url, 0, 0, side), { kind: 'link', url, x: 0, y: 0, width: side, height: side }, ...caption] };
}

/** The letter QR page's size and caption, without the code itself (which a page's size does not need). */
function letterQrFrame(url: string, scale: number): { width: number; height: number; side: number; caption: Page['items'] } {
  const side = LETTER_QR_MM * MM * scale;
  const inset = CAPTION_INSET_MM * MM * scale;
  const { lines, size } = captionLines(url, side - 2 * inset, scale);
  // The quiet zone's white already parts the code from its address.
  const caption = new Flow(inset, side - 2 * inset, side + 0.5 * MM * scale);
  // One line at a time, so each breaks where captionLines chose; a line too wide even at 6 pt shrinks to fit.
  for (const line of lines) caption.text(line, { font: 'regular', size, align: 'center', maxLines: 1, minSize: size * 0.5, lineHeight: 1.25 });
  const height = caption.y + 1.5 * MM * scale;
  const round = (n: number) => (scale === 1 ? n : Math.ceil(n));
  return { width: round(side), height: round(height), side, caption: caption.items };
}

/** The letter QR file's printed size in mm, so a page can show it in its proportions before it loads. */
export function letterQrSizeMm(url: string): { width: number; height: number } {
  const { width, height } = letterQrFrame(url, 1);
  return { width: width / MM, height: height / MM };
}

/** Room added under a draft's address for the mark's band (about 2.6 mm on a 30 mm page). */
const DRAFT_BAND_ROOM_MM = 3;

/** The letter QR page, with the draft mark when the site has no address yet (SITE_URL unset). */
function markedPage(url: string, draft: boolean, scale = 1): Page {
  const page = letterQrPage(url, scale);
  // The mark's bottom band goes below the address, not over its last line (the top band lies on the quiet zone).
  return draft ? withDraftMark({ ...page, height: Math.ceil(page.height + DRAFT_BAND_ROOM_MM * MM * scale) }) : page;
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
