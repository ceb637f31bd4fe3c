import { readFileSync } from 'node:fs';
import { qrPathData } from '../web/qr';
import { loadFont, type FontKey } from './fonts';
import { COLOR } from '../design/tokens';
import type { ImageItem, LinkItem, Page, PathCommand, PathItem, QrItem, RectItem } from './page';
import sharp from 'sharp';
import { placeGlyphs, shapeText } from './shape';
import type { OutlineCommand } from './glyph-raster';


const fmt = (n: number) => (Math.round(n * 100) / 100).toString();
const glyphPaths = new Map<string, string>();

/** A glyph's outline as SVG path data in font units (y up), cached per process. */
export function glyphPath(font: FontKey, id: number): string {
  const key = `${font}:${id}`;
  let path = glyphPaths.get(key);
  if (path === undefined) {
    path = loadFont(font).hbFont.glyphToPath(id);
    glyphPaths.set(key, path);
  }
  return path;
}

const glyphOutlines = new Map<string, OutlineCommand[]>();

/** A glyph's outline as drawing commands in font units (y up), cached per process. */
export function glyphOutline(font: FontKey, id: number): OutlineCommand[] {
  const key = `${font}:${id}`;
  let outline = glyphOutlines.get(key);
  if (outline === undefined) {
    outline = loadFont(font).hbFont.glyphToJson(id) as OutlineCommand[];
    glyphOutlines.set(key, outline);
  }
  return outline;
}

/**
 * Draws a page as SVG with text as glyph outlines placed by HarfBuzz, so the
 * rasteriser needs no fonts and cannot mis-shape Thai. Links are ignored.
 */
export function renderSvg(page: Page): string {
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(page.width)}" height="${fmt(page.height)}" viewBox="0 0 ${fmt(page.width)} ${fmt(page.height)}">`,
  ];
  for (const item of page.items) {
    if (item.kind === 'text') {
      const scale = +(item.size / loadFont(item.font).upem).toFixed(5);
      let paths = '';
      for (const glyph of placeGlyphs(item.text, item.font, item.size, item.x, item.y, item.spacing)) {
        const d = glyphPath(item.font, glyph.id);
        if (d) paths += `<path transform="translate(${fmt(glyph.x)} ${fmt(glyph.y)}) scale(${scale} ${-scale})" d="${d}"/>`;
      }
      out.push(`<g fill="${item.color}">${paths}</g>`);
    } else if (item.kind === 'image') {
      const type = item.path.endsWith('.svg') ? 'image/svg+xml' : 'image/png';
      out.push(imageSvg(item, `data:${type};base64,${readFileSync(item.path).toString('base64')}`));
    } else {
      out.push(shapeSvg(item));
    }
  }
  out.push('</svg>');
  return out.join('');
}

/** A rectangle, QR code or vector shape as SVG; links draw nothing. */
function shapeSvg(item: RectItem | QrItem | PathItem | LinkItem): string {
  if (item.kind === 'rect') {
    const attrs = [
      `x="${fmt(item.x)}" y="${fmt(item.y)}" width="${fmt(item.width)}" height="${fmt(item.height)}"`,
      item.radius ? `rx="${fmt(item.radius)}"` : '',
      `fill="${item.fill ?? 'none'}"`,
      item.stroke ? `stroke="${item.stroke}" stroke-width="${fmt(item.lineWidth ?? 1)}"` : '',
      item.dash ? `stroke-dasharray="${fmt(item.dash)} ${fmt(item.dash * 0.6)}"` : '',
    ];
    return `<rect ${attrs.filter(Boolean).join(' ')}/>`;
  }
  if (item.kind === 'qr') {
    const { modules, quietZone, size } = item;
    const total = modules.size + 2 * quietZone;
    const d = qrPathData(modules, quietZone);
    return `<g transform="translate(${fmt(item.x)} ${fmt(item.y)}) scale(${fmt(size / total)})" shape-rendering="crispEdges"><rect width="${total}" height="${total}" fill="${COLOR.paper}"/><path d="${d}" fill="${COLOR.printInk}"/></g>`;
  }
  if (item.kind === 'path') {
    return `<path transform="translate(${fmt(item.x)} ${fmt(item.y)}) scale(${+item.scale.toFixed(5)})" fill="${item.fill}" d="${svgPathData(item.commands)}"/>`;
  }
  return '';
}

function imageSvg(item: ImageItem, href: string): string {
  return `<image x="${fmt(item.x)}" y="${fmt(item.y)}" width="${fmt(item.width)}" height="${fmt(item.height)}" preserveAspectRatio="xMidYMid meet" href="${href}"/>`;
}

/**
 * A page as a small vector preview for the kit page, `width` pixels wide
 * (twice the width it is shown at, as raster previews were): each glyph
 * outline once in <defs>, every use of it a short <use>, so an A4 poster is
 * about 50 KB, stays sharp at any zoom, and costs a fraction of a raster
 * preview's encoding. Pictures are embedded at that width's scale (an emblem
 * may be a 5 MB print file).
 */
export async function renderPreviewSvg(page: Page, width: number): Promise<string> {
  const k = width / page.width;
  const glyphIds = new Map<string, string>();
  const body: string[] = [];
  for (const item of page.items) {
    if (item.kind === 'text') {
      const scale = item.size / loadFont(item.font).upem;
      let uses = '';
      for (const glyph of placeGlyphs(item.text, item.font, item.size, item.x, item.y, item.spacing)) {
        const key = `${item.font}:${glyph.id}`;
        let id = glyphIds.get(key);
        if (id === undefined) {
          if (!glyphPath(item.font, glyph.id)) continue;
          id = glyphIds.size.toString(36);
          glyphIds.set(key, id);
        }
        // Offsets from the line's start in font units (y up): whole numbers are 1/1000 em, finer than any screen shows.
        const dx = Math.round((glyph.x - item.x) / scale);
        const dy = Math.round((item.y - glyph.y) / scale);
        uses += `<use href="#${id}"${dx ? ` x="${dx}"` : ''}${dy ? ` y="${dy}"` : ''}/>`;
      }
      body.push(`<g fill="${item.color}" transform="translate(${fmt(item.x)} ${fmt(item.y)}) scale(${+scale.toFixed(6)} ${-scale.toFixed(6)})">${uses}</g>`);
    } else if (item.kind === 'image') {
      body.push(imageSvg(item, await previewPicture(item, Math.ceil(Math.max(item.width, item.height) * k))));
    } else {
      body.push(shapeSvg(item));
    }
  }
  const defs = [...glyphIds].map(([key, id]) => {
    const [font, glyph] = key.split(':') as [FontKey, string];
    return `<path id="${id}" d="${compactOutline(glyphOutline(font, Number(glyph)))}"/>`;
  });
  const height = Math.round(page.height * k);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(width)}" height="${height}" viewBox="0 0 ${fmt(page.width)} ${fmt(page.height)}">` +
    `<defs>${defs.join('')}</defs><rect width="${fmt(page.width)}" height="${fmt(page.height)}" fill="${COLOR.paper}"/>${body.join('')}</svg>`
  );
}

const previewPictures = new Map<string, Promise<string>>();

/** A picture file as a PNG data URL at most `side` pixels on its longer side, cached per file and size. */
function previewPicture(item: ImageItem, side: number): Promise<string> {
  const key = `${item.sha256}:${side}`;
  let url = previewPictures.get(key);
  if (!url) {
    url = sharp(readFileSync(item.path))
      .resize(side, side, { fit: 'inside', withoutEnlargement: true })
      .png({ compressionLevel: 9, palette: true })
      .toBuffer()
      .then((png) => `data:image/png;base64,${png.toString('base64')}`);
    if (previewPictures.size > 100) previewPictures.clear();
    previewPictures.set(key, url);
  }
  return url;
}

/** An outline as short SVG path data: whole font units, relative moves, a command letter only when it changes. */
export function compactOutline(commands: readonly OutlineCommand[]): string {
  let d = '';
  let last = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (const { type, values } of commands) {
    if (type === 'Z') {
      d += 'z';
      last = 'z';
      x = startX;
      y = startY;
      continue;
    }
    const rounded = values.map(Math.round);
    const relative = rounded.map((v, i) => (i % 2 === 0 ? v - x : v - y));
    const op = type.toLowerCase();
    let numbers = '';
    for (const v of relative) numbers += v < 0 || numbers === '' ? `${v}` : ` ${v}`;
    // A number after a command letter needs no separator; after a number it does unless it is negative.
    d += op === last && !numbers.startsWith('-') ? ` ${numbers}` : op === last ? numbers : `${op}${numbers}`;
    last = op === 'm' ? 'l' : op;
    x = rounded[rounded.length - 2]!;
    y = rounded[rounded.length - 1]!;
    if (type === 'M') {
      startX = x;
      startY = y;
    }
  }
  return d;
}

/** SVG path data of outline commands, in their own units. */
function svgPathData(commands: readonly PathCommand[]): string {
  return commands.map(([op, ...n]) => op + n.map(fmt).join(' ')).join('');
}
