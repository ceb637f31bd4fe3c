import { t } from '../../../i18n';
import { COLOR } from '../../design/tokens';
import { Flow } from '../flow';
import type { Page, PageItem } from '../page';
import { measureText } from '../shape';
import { campaignMark, hostOf, qrItem, shift, type KitCampaign } from './common';
import { feedBackground, stack, textSection } from './feed';

/**
 * A web banner for LGO websites: the campaign only (one set serves every
 * LGO; the snippet's link differs). Wide banners run mark, text and the
 * address in a row; boxy ones stack them. A QR code is added where it can
 * be large: a banner is read on a desktop screen, which a phone can scan.
 */
export function bannerImage(campaign: KitCampaign, width: number, height: number): Page {
  return width / height >= 3 ? wideBanner(campaign, width, height) : boxBanner(campaign, width, height);
}

/** The address on a yellow chip, `size` its type size; returns the items and the chip's size. */
function addressChip(campaign: KitCampaign, x: number, y: number, size: number): { items: PageItem[]; width: number; height: number } {
  const host = hostOf(campaign);
  const padX = size * 0.6;
  const width = measureText(host, 'bold', size) + 2 * padX;
  const height = size * 1.9;
  return {
    width,
    height,
    items: [
      { kind: 'rect', x, y, width, height, radius: height * 0.22, fill: COLOR.accent },
      { kind: 'text', text: host, font: 'bold', size, color: COLOR.brandDark, x: x + padX, y: y + height / 2 + size * 0.34 },
    ],
  };
}

function wideBanner(campaign: KitCampaign, width: number, height: number): Page {
  const pad = height * 0.12;
  const withQr = height >= 200;
  const markSize = height * 0.62;
  const items: PageItem[] = feedBackground(width, height, { x: -height * 0.5, y: -height * 0.35, d: height * 1.7 });
  items.push(...campaignMark(pad, (height - markSize * 0.98) / 2, markSize));
  const textX = pad + markSize + pad;
  const qrSide = withQr ? height - 2 * pad : 0;
  // Short banners put the address chip at the right end; tall ones under the text, beside the code.
  const chipSize = withQr ? height * 0.13 : height * 0.27;
  const rightChip = withQr ? undefined : addressChip(campaign, 0, 0, chipSize);
  const textRight = width - pad - (withQr ? qrSide + pad : rightChip!.width + pad);
  const flow = new Flow(textX, textRight - textX, 0);
  flow.text(campaign.title, { font: 'bold', size: (withQr ? 0.19 : 0.3) * height, minSize: 0.16 * height, maxLines: withQr ? 2 : 1, color: COLOR.paper, lineHeight: 1.3 });
  flow.text(t('banner.subline', { app: campaign.appName }), { font: 'regular', size: (withQr ? 0.1 : 0.19) * height, minSize: 0.14 * height * (withQr ? 0.6 : 1), maxLines: 1, color: COLOR.onDarkMuted, lineHeight: 1.35 });
  if (withQr) {
    flow.space(pad * 0.35);
    const chip = addressChip(campaign, textX, flow.y, chipSize);
    flow.push(...chip.items);
    flow.space(chip.height);
  }
  items.push(...shift(flow.items, 0, (height - flow.y) / 2));
  if (rightChip) items.push(...shift(rightChip.items, width - pad - rightChip.width, (height - rightChip.height) / 2));
  if (withQr) {
    items.push({ kind: 'rect', x: width - pad - qrSide, y: pad, width: qrSide, height: qrSide, fill: COLOR.paper, radius: pad * 0.3 });
    items.push(qrItem(campaign.websiteUrl, width - pad - qrSide, pad, qrSide));
  }
  return { width, height, items };
}

function boxBanner(campaign: KitCampaign, width: number, height: number): Page {
  const unit = Math.min(width, height) / 100;
  const pad = 6.5 * unit;
  const bandHeight = height * 0.3;
  const bandTop = height - bandHeight;
  const markSize = 26 * unit;
  const inner = width - 2 * pad;
  const items: PageItem[] = feedBackground(width, height, { x: width - 30 * unit, y: -40 * unit, d: 90 * unit });
  items.push(...campaignMark(pad, pad, markSize));
  const beside = new Flow(pad + markSize + 5 * unit, inner - markSize - 5 * unit, 0);
  beside.text(t('banner.subline', { app: campaign.appName }), { font: 'regular', size: 6.4 * unit, maxLines: 3, minSize: 5.6 * unit, color: COLOR.paper, lineHeight: 1.35 });
  items.push(...shift(beside.items, 0, pad + Math.max(0, (markSize * 0.98 - beside.y) / 2)));
  const titleTop = pad + Math.max(markSize * 0.98, beside.y);
  items.push(...stack([textSection(campaign.title, { font: 'bold', size: 10.5 * unit, maxLines: 2, minSize: 8 * unit, color: COLOR.paper, lineHeight: 1.3 }, pad, inner)], titleTop + 2 * unit, bandTop - 3 * unit));
  items.push({ kind: 'rect', x: 0, y: bandTop, width, height: bandHeight, fill: COLOR.accent });
  const band = new Flow(pad, inner, 0);
  band.text(hostOf(campaign), { font: 'bold', size: 13 * unit, maxLines: 1, minSize: 9 * unit, align: 'center', color: COLOR.brandDark, lineHeight: 1.25 });
  items.push(...shift(band.items, 0, bandTop + (bandHeight - band.y) / 2));
  return { width, height, items };
}
