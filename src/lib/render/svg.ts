import { readFileSync } from 'node:fs';
import { qrPathData } from '../web/qr';
import { loadFont, type FontKey } from './fonts';
import { COLOR } from '../design/tokens';
import type { Page, PathCommand } from './page';
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
    if (item.kind === 'rect') {
      const attrs = [
        `x="${fmt(item.x)}" y="${fmt(item.y)}" width="${fmt(item.width)}" height="${fmt(item.height)}"`,
        item.radius ? `rx="${fmt(item.radius)}"` : '',
        `fill="${item.fill ?? 'none'}"`,
        item.stroke ? `stroke="${item.stroke}" stroke-width="${fmt(item.lineWidth ?? 1)}"` : '',
        item.dash ? `stroke-dasharray="${fmt(item.dash)} ${fmt(item.dash * 0.6)}"` : '',
      ];
      out.push(`<rect ${attrs.filter(Boolean).join(' ')}/>`);
    } else if (item.kind === 'qr') {
      const { modules, quietZone, size } = item;
      const total = modules.size + 2 * quietZone;
      const d = qrPathData(modules, quietZone);
      out.push(
        `<g transform="translate(${fmt(item.x)} ${fmt(item.y)}) scale(${fmt(size / total)})" shape-rendering="crispEdges"><rect width="${total}" height="${total}" fill="${COLOR.paper}"/><path d="${d}" fill="${COLOR.printInk}"/></g>`,
      );
    } else if (item.kind === 'path') {
      out.push(`<path transform="translate(${fmt(item.x)} ${fmt(item.y)}) scale(${+item.scale.toFixed(5)})" fill="${item.fill}" d="${svgPathData(item.commands)}"/>`);
    } else if (item.kind === 'image') {
      const type = item.path.endsWith('.svg') ? 'image/svg+xml' : 'image/png';
      const data = readFileSync(item.path).toString('base64');
      out.push(`<image x="${fmt(item.x)}" y="${fmt(item.y)}" width="${fmt(item.width)}" height="${fmt(item.height)}" preserveAspectRatio="xMidYMid meet" href="data:${type};base64,${data}"/>`);
    } else if (item.kind === 'text') {
      const scale = +(item.size / loadFont(item.font).upem).toFixed(5);
      let paths = '';
      for (const glyph of placeGlyphs(item.text, item.font, item.size, item.x, item.y, item.spacing)) {
        const d = glyphPath(item.font, glyph.id);
        if (d) paths += `<path transform="translate(${fmt(glyph.x)} ${fmt(glyph.y)}) scale(${scale} ${-scale})" d="${d}"/>`;
      }
      out.push(`<g fill="${item.color}">${paths}</g>`);
    }
  }
  out.push('</svg>');
  return out.join('');
}

/** SVG path data of outline commands, in their own units. */
function svgPathData(commands: readonly PathCommand[]): string {
  return commands.map(([op, ...n]) => op + n.map(fmt).join(' ')).join('');
}
