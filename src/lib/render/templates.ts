import QRCode from 'qrcode';
import { t } from '../../i18n';
import { QR_QUIET_ZONE } from '../qr';
import { Flow } from './flow';
import { MM, type Color, type Page, type PageItem, type QrItem } from './page';
import { measureText } from './shape';

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

const BRAND: Color = '#163f7a';
const INK: Color = '#000000';
const WHITE: Color = '#ffffff';
const ACCENT: Color = '#f2b705';

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

function shift(items: PageItem[], dx: number, dy: number): PageItem[] {
  return items.map((item) => ({ ...item, x: item.x + dx, y: item.y + dy }));
}

/**
 * The poster: same layout as the HTML poster page, in units of one
 * millimetre on A4, so A3 (or any portrait paper) is the same design scaled.
 */
export function posterPage(subject: KitSubject, campaign: KitCampaign, paper: Paper): Page {
  // A long name or many contact lines take room: the QR code gives way first, never below 4 cm on A4.
  for (const qrMm of [78, 72, 66, 60, 54, 48]) {
    const page = posterLayout(subject, campaign, paper, qrMm);
    if (page) return page;
  }
  return posterLayout(subject, campaign, paper, 44, true)!;
}

function posterLayout(subject: KitSubject, campaign: KitCampaign, paper: Paper, qrMm: number, force = false): Page | undefined {
  const { width, height } = PAPER[paper];
  const u = width / 210; // one A4 millimetre, scaled to this paper
  const margin = 12 * u;
  const flow = new Flow(margin, width - 2 * margin, margin);

  flow.text(t('doc.announce'), { font: 'bold', size: 7 * u, align: 'center', lineHeight: 1.3 });
  flow.text(subject.name, { font: 'bold', size: 17 * u, minSize: 9 * u, maxLines: 3, align: 'center', lineHeight: 1.3 });
  flow.space(1 * u);
  if (subject.where) flow.text(subject.where, { font: 'regular', size: 5.5 * u, align: 'center', lineHeight: 1.4 });
  flow.space(3 * u);
  flow.push({ kind: 'rect', x: margin, y: flow.y, width: flow.width, height: 1.2 * u, fill: INK });
  flow.space(5 * u);

  // Title band: text laid out first, the band drawn behind it.
  const band = new Flow(margin + 5 * u, flow.width - 10 * u, flow.y + 3.5 * u);
  band.text(campaign.title, { font: 'bold', size: 10 * u, minSize: 7 * u, maxLines: 2, align: 'center', color: WHITE, lineHeight: 1.3 });
  const bandHeight = band.y - flow.y + 3.5 * u;
  flow.push({ kind: 'rect', x: margin, y: flow.y, width: flow.width, height: bandHeight, fill: BRAND, radius: 3 * u }, ...band.items);
  flow.y += bandHeight + 4 * u;
  flow.text(campaign.summary, { font: 'regular', size: 5.6 * u, align: 'center', lineHeight: 1.45 });
  flow.space(4 * u);

  // Two columns: the QR code with its URL; the three subjects.
  const top = flow.y;
  const qrSide = qrMm * u;
  const left = new Flow(margin, qrSide, top);
  left.text(t('poster.scanHere'), { font: 'bold', size: 6.5 * u, align: 'center', lineHeight: 1.35 });
  left.space(1.5 * u);
  left.push({ kind: 'rect', x: margin, y: left.y, width: qrSide, height: qrSide, stroke: INK, lineWidth: 0.6 * u });
  left.push(qrItem(campaign.websiteUrl, margin + 0.3 * u, left.y + 0.3 * u, qrSide - 0.6 * u));
  left.push({ kind: 'link', url: campaign.websiteUrl, x: margin, y: left.y, width: qrSide, height: qrSide });
  left.space(qrSide + 1.5 * u);
  left.text(campaign.websiteUrl, { font: 'bold', size: 6.4 * u, align: 'center', lineHeight: 1.3, maxLines: 1, minSize: 4 * u });

  const rightX = margin + Math.max(qrSide, 66 * u) + 6 * u;
  const right = new Flow(rightX, width - margin - rightX, top);
  right.text(t('poster.subjectsHeading'), { font: 'bold', size: 7 * u, lineHeight: 1.35 });
  right.space(1.5 * u);
  campaign.subjects.forEach((subjectText, i) => {
    const itemTop = right.y;
    const item = new Flow(rightX + 11 * u, right.width - 11 * u, itemTop);
    item.text(subjectText, { font: 'bold', size: 5.4 * u, lineHeight: 1.35 });
    right.push({ kind: 'rect', x: rightX, y: itemTop + 0.3 * u, width: 8 * u, height: 8 * u, radius: 4 * u, stroke: INK, lineWidth: 0.6 * u });
    const number = String(i + 1);
    right.push({ kind: 'text', text: number, font: 'bold', size: 5 * u, color: INK, x: rightX + 4 * u - measureText(number, 'bold', 5 * u) / 2, y: itemTop + 6 * u });
    right.push(...item.items);
    right.y = Math.max(item.y, itemTop + 9 * u) + 2.5 * u;
  });
  flow.push(...left.items, ...right.items);
  flow.y = Math.max(left.y, right.y) + 5 * u;

  // App box and address warning.
  const app = new Flow(margin + 4 * u, flow.width - 8 * u, flow.y + 3 * u);
  app.text(t('poster.appLine', { app: campaign.appName }), { font: 'bold', size: 6 * u, lineHeight: 1.35 });
  app.text(t('channels.appSearch', { app: campaign.appName }), { font: 'regular', size: 5.2 * u, lineHeight: 1.4 });
  flow.push({ kind: 'rect', x: margin, y: flow.y, width: flow.width, height: app.y - flow.y + 3 * u, stroke: INK, lineWidth: 0.5 * u, radius: 2 * u }, ...app.items);
  flow.y = app.y + 3 * u + 5 * u;
  const warning = new Flow(margin + 4 * u, flow.width - 8 * u, flow.y + 3 * u);
  warning.text(t('channels.checkAddress', { url: campaign.websiteUrl }), { font: 'bold', size: 5 * u, lineHeight: 1.4 });
  flow.push({ kind: 'rect', x: margin, y: flow.y, width: flow.width, height: warning.y - flow.y + 3 * u, stroke: INK, lineWidth: 0.8 * u, dash: 2.4 * u }, ...warning.items);
  flow.y = warning.y + 3 * u;

  // Footer, anchored to the bottom margin.
  const footer = new Flow(margin, flow.width, 0);
  footer.push({ kind: 'rect', x: margin, y: 0, width: flow.width, height: 0.5 * u, fill: INK });
  footer.space(3 * u);
  for (const c of subject.contacts) footer.text(t('poster.contactLine', c), { font: 'regular', size: 4.4 * u, lineHeight: 1.4 });
  footer.text(subject.dateText, { font: 'bold', size: 4.4 * u, lineHeight: 1.4 });
  footer.text(subject.pageUrl, { font: 'regular', size: 3.6 * u, lineHeight: 1.4, maxLines: 1, minSize: 2.5 * u });
  const footerTop = height - margin - footer.y;
  if (flow.y + 4 * u > footerTop && !force) return undefined;
  flow.push(...shift(footer.items, 0, footerTop));
  return { width, height, items: flow.items };
}

/**
 * The formal announcement (ประกาศ) on A4, laid out after the Thai
 * correspondence regulation: heading, เรื่อง, body at 16 pt with indented
 * paragraphs, the date, and a signature block for the executive.
 */
export function announcementPage(
  subject: KitSubject & { executiveTitle: string; dateParts: { day: string; month: string; year: string } },
  campaign: KitCampaign,
): Page {
  const { width, height } = PAPER.A4;
  const left = 30 * MM;
  const right = 20 * MM;
  const body = 16;
  const indent = 25 * MM;
  const flow = new Flow(left, width - left - right, 25 * MM);
  flow.text(t('doc.announcementHeading', { name: subject.name }), { font: 'bold', size: 18, align: 'center', lineHeight: 1.35, maxLines: 2, minSize: 14 });
  flow.text(t('doc.announcementSubject'), { font: 'bold', size: body, align: 'center', lineHeight: 1.35 });
  flow.space(6);
  flow.push({ kind: 'rect', x: left + flow.width / 2 - 25 * MM, y: flow.y, width: 50 * MM, height: 0.6, fill: INK });
  flow.space(12);
  // Body lines run full: break at a space only when it is near the end of the line.
  const paragraph = { font: 'regular' as const, size: body, lineHeight: 1.4, indent, spacePreference: 0.9 };
  flow.text(t('doc.announcementWhy'), paragraph);
  flow.space(4);
  flow.text(t('doc.announcementWhat', { name: subject.name, url: campaign.websiteUrl, app: campaign.appName }), paragraph);
  campaign.subjects.forEach((s, i) => {
    const list = new Flow(left + indent, flow.width - indent, flow.y);
    list.text(`(${'๑๒๓๔๕๖๗๘๙'[i]}) ${s}`, { font: 'regular', size: body, lineHeight: 1.4 });
    flow.push(...list.items);
    flow.y = list.y;
  });
  flow.space(4);
  flow.text(t('doc.announcementCheck', { url: campaign.websiteUrl }), paragraph);
  flow.space(4);
  flow.text(t('doc.announcementClosing'), paragraph);
  flow.space(12);
  const date = new Flow(left + indent + 10 * MM, flow.width - indent - 10 * MM, flow.y);
  date.text(t('doc.announcementDate', subject.dateParts), { font: 'regular', size: body, lineHeight: 1.4, maxLines: 1, minSize: 13 });
  flow.push(...date.items);
  flow.y = date.y;

  // Signature block on the right: room to sign, the name in parentheses, the position.
  const blockTop = flow.y + body * 1.4;
  const signature = new Flow(left + flow.width * 0.4, flow.width * 0.6, blockTop + 3 * body * 1.4);
  signature.text(t('doc.signatureName'), { font: 'regular', size: body, align: 'center', lineHeight: 1.4 });
  signature.text(subject.executiveTitle, { font: 'regular', size: body, align: 'center', lineHeight: 1.4, maxLines: 2, minSize: 13 });
  flow.push(...signature.items);

  // On the left, level with it: a QR code to the channel, with its address.
  const qrSide = 28 * MM;
  flow.push(qrItem(campaign.websiteUrl, left, blockTop, qrSide), { kind: 'link', url: campaign.websiteUrl, x: left, y: blockTop, width: qrSide, height: qrSide });
  const caption = new Flow(left, flow.width * 0.38, blockTop + qrSide + 2);
  caption.text(t('doc.qrCaption', { url: campaign.websiteUrl }), { font: 'regular', size: 11, lineHeight: 1.3 });
  flow.push(...caption.items);
  return { width, height, items: flow.items };
}

/**
 * A share image (Open Graph 1200×630, square post 1080×1080, or any size):
 * the announcer's name, the campaign and the QR code. Landscape sizes put the
 * code on the right; tall ones below.
 */
export function shareImage(subject: Pick<KitSubject, 'name'>, campaign: KitCampaign, width: number, height: number): Page {
  const landscape = width / height > 1.3;
  const unit = Math.min(width, height) / 100;
  const pad = 6 * unit;
  const items: PageItem[] = [
    { kind: 'rect', x: 0, y: 0, width, height, fill: BRAND },
    { kind: 'rect', x: 0, y: 0, width, height: 2 * unit, fill: ACCENT },
  ];
  const host = new URL(campaign.websiteUrl).host;
  // Landscape: text left, code right. Otherwise: text on top, code below, text a little smaller.
  // The name has a box of its own, three lines high, so everything else sits at fixed places
  // and can be drawn once for every image of this size.
  const card = landscape ? height - 2 * pad - 2 * unit : height * 0.4;
  const textWidth = landscape ? width - 3 * pad - card : width - 2 * pad;
  const k = landscape ? 1 : 0.75;
  const flow = new Flow(pad, textWidth, pad + 2 * unit);
  flow.text(t('doc.announce'), { font: 'bold', size: 5 * k * unit, color: ACCENT, lineHeight: 1.3 });
  const nameBox = new Flow(pad, textWidth, flow.y);
  nameBox.text(subject.name, { font: 'bold', size: 9 * k * unit, minSize: 4.5 * k * unit, maxLines: 3, color: WHITE, lineHeight: 1.3 });
  items.push(...nameBox.items.map((item) => ({ ...item, variable: true })));
  flow.space(3 * 9 * k * unit * 1.3 + 2 * unit);
  flow.text(campaign.title, { font: 'bold', size: 7 * k * unit, minSize: 4 * k * unit, maxLines: 2, color: WHITE, lineHeight: 1.3 });
  flow.space(1.5 * unit);
  flow.text(t('doc.shareLine', { host, app: campaign.appName }), { font: 'regular', size: 4.2 * k * unit, minSize: 3 * k * unit, maxLines: 2, color: WHITE, lineHeight: 1.4 });
  items.push(...flow.items);

  // The code on a white card with the address under it.
  const cardX = landscape ? width - pad - card : (width - card) / 2;
  const cardY = landscape ? pad + 2 * unit : height - pad - card;
  const captionSize = card * 0.075;
  const qrSide = card - captionSize * 2.2;
  items.push({ kind: 'rect', x: cardX, y: cardY, width: card, height: card, fill: WHITE, radius: 2 * unit });
  items.push(qrItem(campaign.websiteUrl, cardX + (card - qrSide) / 2, cardY, qrSide));
  const caption = new Flow(cardX, card, cardY + qrSide - captionSize * 0.3);
  caption.text(host, { font: 'bold', size: captionSize, align: 'center', color: INK, lineHeight: 1.3, maxLines: 1, minSize: captionSize * 0.6 });
  items.push(...caption.items);
  return { width, height, items };
}

/**
 * A web banner for LGO websites: the campaign only (one set serves every
 * LGO; the snippet's link differs). A QR code is added where there is room.
 */
export function bannerImage(campaign: KitCampaign, width: number, height: number): Page {
  const unit = Math.min(width, height) / 100;
  const items: PageItem[] = [
    { kind: 'rect', x: 0, y: 0, width, height, fill: BRAND },
    { kind: 'rect', x: 0, y: 0, width: Math.max(4, width * 0.012), height, fill: ACCENT },
  ];
  // A code only where it can be large and beside the text (wide banners).
  const withQr = height >= 200 && width / height >= 3;
  const pad = Math.max(8, 7 * unit);
  const qrSide = withQr ? height - 2 * pad : 0;
  const textX = pad + Math.max(4, width * 0.012);
  const textWidth = width - textX - pad - (withQr ? qrSide + pad : 0);
  const host = new URL(campaign.websiteUrl).host;
  const tall = height / width > 0.5;
  const flow = new Flow(textX, textWidth, 0);
  const titleSize = flow.text(campaign.title, { font: 'bold', size: (tall ? 14 : 30) * unit, minSize: 8 * unit, maxLines: tall ? 3 : 2, color: WHITE, lineHeight: 1.25 });
  flow.text(t('doc.bannerLine', { host, app: campaign.appName }), { font: 'regular', size: Math.min(titleSize * 0.55, (tall ? 8 : 18) * unit), maxLines: 2, minSize: 6 * unit, color: WHITE, lineHeight: 1.3 });
  items.push(...shift(flow.items, 0, (height - flow.y) / 2));
  if (withQr) {
    items.push({ kind: 'rect', x: width - pad - qrSide, y: pad, width: qrSide, height: qrSide, fill: WHITE, radius: 2 * unit });
    items.push(qrItem(campaign.websiteUrl, width - pad - qrSide, pad, qrSide));
  }
  return { width, height, items };
}
