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
  return height >= 200 ? wideBannerWithQr(campaign, width, height) : stripBanner(campaign, width, height);
}

/** A strip (728×90): mark, title over the sub-line, the address chip at the right end. */
function stripBanner(campaign: KitCampaign, width: number, height: number): Page {
  const pad = height * 0.12;
  const markSize = height * 0.62;
  const items: PageItem[] = feedBackground(width, height, { x: -height * 0.5, y: -height * 0.35, d: height * 1.7 });
  items.push(...campaignMark(pad * 1.4, (height - markSize * 0.98) / 2, markSize));
  const textX = pad * 1.4 + markSize + pad;
  const chip = addressChip(campaign, 0, 0, height * 0.27);
  const textRight = width - pad * 1.4 - chip.width - pad;
  const flow = new Flow(textX, textRight - textX, 0);
  flow.text(campaign.title, { font: 'bold', size: 0.3 * height, minSize: 0.16 * height, maxLines: 1, color: COLOR.paper, lineHeight: 1.3 });
  flow.text(t('banner.subline', { app: campaign.appName }), { font: 'regular', size: 0.19 * height, minSize: 0.14 * height, maxLines: 1, color: COLOR.onDarkMuted, lineHeight: 1.35 });
  items.push(...shift(flow.items, 0, (height - flow.y) / 2));
  items.push(...shift(chip.items, width - pad * 1.4 - chip.width, (height - chip.height) / 2));
  return { width, height, items };
}

/**
 * A wide banner tall enough for a code (1200×300): mark, then a column that
 * reads title, "ร้องเรียนออนไลน์ได้ที่", the address on its chip with the
 * app beside it, and the QR code at the right; every part keeps a margin of
 * a sixth of the height from the edges and from its neighbours.
 */
function wideBannerWithQr(campaign: KitCampaign, width: number, height: number): Page {
  const pad = height * 0.16;
  const markSize = height * 0.44;
  const qrSide = height - 2 * pad;
  const qrX = width - pad - qrSide;
  const items: PageItem[] = feedBackground(width, height, { x: -height * 0.5, y: -height * 0.35, d: height * 1.7 });
  items.push(...campaignMark(pad, (height - markSize * 0.98) / 2, markSize));
  const textX = pad + markSize + pad;
  const flow = new Flow(textX, qrX - pad - textX, 0);
  flow.text(campaign.title, { font: 'bold', size: 0.15 * height, minSize: 0.11 * height, maxLines: 1, color: COLOR.paper, lineHeight: 1.3 });
  flow.space(0.03 * height);
  flow.text(t('share.complainAt'), { font: 'regular', size: 0.08 * height, maxLines: 1, minSize: 0.06 * height, color: COLOR.onDarkMuted, lineHeight: 1.35 });
  flow.space(0.02 * height);
  const chip = addressChip(campaign, textX, flow.y, 0.14 * height);
  flow.push(...chip.items);
  // The app, beside the chip on its centre line, in the remaining width.
  const app = new Flow(textX + chip.width + 0.06 * height, qrX - pad - textX - chip.width - 0.06 * height, 0);
  app.text(t('share.orApp', { app: campaign.appName }), { font: 'bold', size: 0.08 * height, maxLines: 2, minSize: 0.055 * height, color: COLOR.paper, lineHeight: 1.3 });
  flow.push(...shift(app.items, 0, flow.y + (chip.height - app.y) / 2));
  flow.space(chip.height);
  items.push(...shift(flow.items, 0, (height - flow.y) / 2));
  items.push({ kind: 'rect', x: qrX, y: pad, width: qrSide, height: qrSide, fill: COLOR.paper, radius: pad * 0.2 });
  items.push(qrItem(campaign.websiteUrl, qrX, pad, qrSide));
  return { width, height, items };
}

/**
 * A box banner (300×250), read top to bottom: the mark beside the campaign
 * title, then on the yellow band the call to action, the address large,
 * and the app.
 */
function boxBanner(campaign: KitCampaign, width: number, height: number): Page {
  const unit = Math.min(width, height) / 100;
  const pad = 6.5 * unit;
  const bandHeight = height * 0.5;
  const bandTop = height - bandHeight;
  const markSize = 24 * unit;
  const inner = width - 2 * pad;
  const items: PageItem[] = feedBackground(width, height, { x: width - 30 * unit, y: -40 * unit, d: 90 * unit });
  items.push(...campaignMark(pad, (bandTop - markSize * 0.98) / 2, markSize));
  const titleX = pad + markSize + 5 * unit;
  const title = new Flow(titleX, width - pad - titleX, 0);
  title.text(campaign.title, { font: 'bold', size: 9 * unit, maxLines: 2, minSize: 7 * unit, color: COLOR.paper, lineHeight: 1.3 });
  items.push(...shift(title.items, 0, (bandTop - title.y) / 2));
  items.push({ kind: 'rect', x: 0, y: bandTop, width, height: bandHeight, fill: COLOR.accent });
  const band = [
    textSection(t('share.complainAt'), { font: 'regular', size: 6 * unit, maxLines: 1, minSize: 5 * unit, align: 'center', color: COLOR.brandDark, lineHeight: 1.35 }, pad, inner),
    textSection(hostOf(campaign), { font: 'bold', size: 14 * unit, maxLines: 1, minSize: 10 * unit, align: 'center', color: COLOR.brandDark, lineHeight: 1.2 }, pad, inner),
    textSection(t('share.orApp', { app: campaign.appName }), { font: 'bold', size: 5.6 * unit, maxLines: 1, minSize: 4.6 * unit, align: 'center', color: COLOR.brandDark, lineHeight: 1.35 }, pad, inner),
  ];
  items.push(...stack(band, bandTop + 4 * unit, height - 4 * unit, 1 * unit));
  return { width, height, items };
}
