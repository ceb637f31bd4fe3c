import QRCode from 'qrcode';
import { QR_QUIET_ZONE } from '../../web/qr';
import { MM, type Color, type PageItem, type QrItem } from '../page';

/** What a document says about who announces; the same for every output. */
export interface KitSubject {
  /** The announcer's name, printed large: the LGO, the provincial office, or the campaign for home. */
  name: string;
  /** "อำเภอ… จังหวัด…" under the name. */
  where?: string;
  /** Phone lines: "สอบถาม <name> โทร <phone>". */
  contacts: { name: string; phone: string }[];
  /** "ประกาศ ณ วันที่ …" in Thai digits. */
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

export const BRAND: Color = '#163f7a';
export const INK: Color = '#000000';
export const WHITE: Color = '#ffffff';
export const ACCENT: Color = '#f2b705';

/** Paper sizes in points, portrait. */
export const PAPER = {
  A4: { width: 210 * MM, height: 297 * MM },
  A3: { width: 297 * MM, height: 420 * MM },
} as const;
export type Paper = keyof typeof PAPER;

const qrModules = new Map<string, QrItem['modules']>();

/** A QR code item; error correction M, four-module quiet zone included in `size`. Codes are made once per URL. */
export function qrItem(url: string, x: number, y: number, size: number): QrItem {
  let modules = qrModules.get(url);
  if (!modules) {
    const qr = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;
    modules = { size: qr.size, data: qr.data };
    qrModules.set(url, modules);
  }
  return { kind: 'qr', url, x, y, size, modules, quietZone: QR_QUIET_ZONE };
}

export function shift(items: PageItem[], dx: number, dy: number): PageItem[] {
  return items.map((item) => ({ ...item, x: item.x + dx, y: item.y + dy }));
}
