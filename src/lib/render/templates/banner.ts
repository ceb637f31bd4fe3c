import { t } from '../../../i18n';
import { Flow } from '../flow';
import type { Page, PageItem } from '../page';
import { ACCENT, BRAND, WHITE, qrItem, shift, type KitCampaign } from './common';

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
