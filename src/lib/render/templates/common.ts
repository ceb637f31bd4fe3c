import QRCode from 'qrcode';
import { COLOR } from '../../design/tokens';
import { QR_QUIET_ZONE } from '../../web/qr';
import { Flow, type TextStyle } from '../flow';
import { measureText } from '../shape';
import { MM, type Color, type PageItem, type PathCommand, type PathItem, type QrItem } from '../page';

/** What a document says about who announces; the same for every output. */
export interface KitSubject {
  /** The announcer's name, printed large: the LGO, the provincial office, or the campaign for home. */
  name: string;
  /** "อำเภอ… จังหวัด…" under the name. */
  where?: string;
  /** Phone lines: "สอบถาม <name> โทร <phone>". */
  contacts: { name: string; phone: string }[];
  /** "ประกาศ ณ วันที่ 30 พฤศจิกายน พ.ศ. 2569", Arabic digits (the formal ประกาศ prints its own, in Thai digits). */
  dateText: string;
  /** Absolute URL of the subject's page, printed small. */
  pageUrl: string;
}

/** The campaign text every document repeats. */
export interface KitCampaign {
  title: string;
  summary: string;
  subjects: string[];
  websiteUrl: string;
  appName: string;
}

/** Paper sizes in points, portrait. */
export const PAPER = {
  A4: { width: 210 * MM, height: 297 * MM },
  A3: { width: 297 * MM, height: 420 * MM },
} as const;
export type Paper = keyof typeof PAPER;

const qrModules = new Map<string, QrItem['modules']>();

/** The modules of a URL's QR code, error correction M; made once per URL. */
export function qrModulesOf(url: string): QrItem['modules'] {
  let modules = qrModules.get(url);
  if (!modules) {
    const qr = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;
    modules = { size: qr.size, data: qr.data };
    qrModules.set(url, modules);
  }
  return modules;
}

/** A QR code item; error correction M, four-module quiet zone included in `size`. */
export function qrItem(url: string, x: number, y: number, size: number): QrItem {
  return { kind: 'qr', url, x, y, size, modules: qrModulesOf(url), quietZone: QR_QUIET_ZONE };
}

/** Moves items by (dx, dy). */
export function shift(items: PageItem[], dx: number, dy: number): PageItem[] {
  return items.map((item) => ({ ...item, x: item.x + dx, y: item.y + dy }));
}

/** Marks text items as differing between documents (the name): raster.ts draws them onto a cached background. */
export function variable(items: PageItem[]): PageItem[] {
  return items.map((item) => (item.kind === 'text' ? { ...item, variable: true } : item));
}

/** The host of the campaign website, printed large: "sll.dla.go.th". */
export const hostOf = (campaign: KitCampaign) => new URL(campaign.websiteUrl).host;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Lays text out inside a fixed box: the style's size and line count first,
 * shrinking (by 6 % a step) until the lines fit the box's height, then
 * aligned vertically. A fixed box keeps everything around it in place
 * whatever the name, so one background serves every LGO; shrinking by the
 * laid-out height (not by an estimate) keeps it right whatever line
 * spacing the engine uses.
 */
export function textInBox(text: string, style: TextStyle, box: Box, valign: 'top' | 'center' | 'bottom' = 'center', floor = (style.minSize ?? style.size) * 0.5): PageItem[] {
  let size = style.size;
  for (;;) {
    const flow = new Flow(box.x, box.width, box.y);
    flow.text(text, { ...style, size, minSize: Math.min(style.minSize ?? size, size) });
    const used = flow.y - box.y;
    if (used <= box.height + 0.01 || size * 0.94 < floor) {
      // At the floor the text may overrun the box; the layout tests catch that for the longest names.
      const free = box.height - used;
      return shift(flow.items, 0, valign === 'top' ? 0 : valign === 'center' ? free / 2 : free);
    }
    size *= 0.94;
  }
}

/** The laid-out height of one line of text in this style, for sizing fixed boxes. */
export function lineHeightOf(style: TextStyle): number {
  const flow = new Flow(0, 1e6, 0);
  flow.text('ป้ำผู้', style);
  return flow.y;
}

/**
 * The campaign mark, drawn by us as vector outlines in a 100-unit box:
 * a speech bubble (a voice, ร้องเรียน) holding a shield with a tick (a
 * safe, official channel). No stock art, no state emblem.
 */
const BUBBLE: PathCommand[] = [
  ['M', 20, 0], ['L', 80, 0], ['C', 91, 0, 100, 9, 100, 20], ['L', 100, 56], ['C', 100, 67, 91, 76, 80, 76],
  ['L', 44, 76], ['L', 16, 98], ['L', 22, 76], ['L', 20, 76], ['C', 9, 76, 0, 67, 0, 56], ['L', 0, 20], ['C', 0, 9, 9, 0, 20, 0], ['Z'],
];
const SHIELD: PathCommand[] = [
  ['M', 50, 10], ['C', 58, 15, 66, 17, 73, 17], ['L', 73, 37], ['C', 73, 51, 63, 60, 50, 66],
  ['C', 37, 60, 27, 51, 27, 37], ['L', 27, 17], ['C', 34, 17, 42, 15, 50, 10], ['Z'],
];
const TICK: PathCommand[] = [['M', 37, 37], ['L', 46, 46], ['L', 62, 29], ['L', 67, 34], ['L', 46, 55], ['L', 32, 42], ['Z']];

/** The campaign mark at (x, y), `size` wide (and 0.98 × size high). */
export function campaignMark(x: number, y: number, size: number, colors: { bubble: Color; shield: Color; tick: Color } = { bubble: COLOR.accent, shield: COLOR.brandDark, tick: COLOR.paper }): PathItem[] {
  const scale = size / 100;
  return [
    { kind: 'path', x, y, scale, commands: BUBBLE, fill: colors.bubble },
    { kind: 'path', x, y, scale, commands: SHIELD, fill: colors.shield },
    { kind: 'path', x, y, scale, commands: TICK, fill: colors.tick },
  ];
}

/** A filled circle with a centred number: the subject bullets. */
export function numberDisc(n: number, x: number, y: number, diameter: number, fill: Color, ink: Color): PageItem[] {
  const text = String(n);
  const size = diameter * 0.62;
  return [
    { kind: 'rect', x, y, width: diameter, height: diameter, radius: diameter / 2, fill },
    // Sarabun's digits sit about 0.36 em above the baseline's centre: centre them optically.
    { kind: 'text', text, font: 'bold', size, color: ink, x: x + (diameter - measureText(text, 'bold', size)) / 2, y: y + diameter / 2 + size * 0.36 },
  ];
}
