import { t } from '../../../i18n';
import { Flow } from '../flow';
import type { Page, PageItem } from '../page';
import { ACCENT, BRAND, INK, WHITE, qrItem, type KitCampaign, type KitSubject } from './common';

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
  const card = landscape ? height - 2 * pad - 2 * unit : height * 0.38;
  const textWidth = landscape ? width - 3 * pad - card : width - 2 * pad;
  const k = landscape ? 1 : 0.75;
  const flow = new Flow(pad, textWidth, pad + 2 * unit);
  flow.text(t('doc.announce'), { font: 'bold', size: 5 * k * unit, color: ACCENT, lineHeight: 1.3 });
  const nameBox = new Flow(pad, textWidth, flow.y);
  nameBox.text(subject.name, { font: 'bold', size: 9 * k * unit, minSize: 4.5 * k * unit, maxLines: 3, maxHeight: 3 * 9 * k * unit * 1.3, color: WHITE, lineHeight: 1.3 });
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
