import { t } from '../../../i18n';
import { COLOR, TYPE } from '../../design/tokens';
import { Flow } from '../flow';
import type { Page, PageItem } from '../page';
import { campaignMark, hostOf, shift, type KitCampaign, type KitSubject } from './common';
import { addressBand, feedBackground, nameSection, stack, subjectsSection, textSection } from './feed';

/** Sizes in pixels on a 1200 px wide image (see TYPE.share). */
const S = TYPE.share;

/**
 * A share image: the Open Graph link preview (1200×630, landscape) or the
 * square post (1080×1080). No QR code: nobody can scan the phone that shows
 * the image; the address is printed large instead. The name is the only part that differs between
 * LGOs; it sits in a fixed box, marked `variable`.
 */
export function shareImage(subject: Pick<KitSubject, 'name'>, campaign: KitCampaign, width: number, height: number): Page {
  return width / height > 1.3 ? linkPreview(subject, campaign, width, height) : squarePost(subject, campaign, width, height);
}

function linkPreview(subject: Pick<KitSubject, 'name'>, campaign: KitCampaign, width: number, height: number): Page {
  const s = width / 1200;
  const margin = 56 * s;
  const bandHeight = 168 * s;
  const bandTop = height - bandHeight;
  const textWidth = 780 * s;
  const items: PageItem[] = feedBackground(width, height, { x: 850 * s, y: -150 * s, d: 560 * s });
  items.push(...campaignMark(898 * s, 78 * s, 250 * s));
  items.push({ kind: 'rect', x: margin, y: 48 * s, width: 88 * s, height: 9 * s, radius: 4.5 * s, fill: COLOR.accent });
  const nameStyle = { font: 'bold' as const, size: S.name * s, minSize: S.nameMin * s, maxLines: 3, color: COLOR.paper, lineHeight: 1.3 };
  const sections = [
    textSection(t('doc.announce'), { font: 'bold', size: S.announce * s, color: COLOR.accent, lineHeight: 1.4 }, margin, textWidth),
    nameSection(subject.name, nameStyle, margin, textWidth),
    textSection(campaign.title, { font: 'bold', size: S.title * s, maxLines: 1, minSize: 36 * s, color: COLOR.paper, lineHeight: 1.35 }, margin, textWidth),
  ];
  items.push(...stack(sections, 70 * s, bandTop - 36 * s, 6 * s));

  // The address band: where to complain, in the largest type on the image.
  items.push({ kind: 'rect', x: 0, y: bandTop, width, height: bandHeight, fill: COLOR.accent });
  const left = new Flow(margin, 700 * s, 0);
  left.text(t('share.complainAt'), { font: 'regular', size: S.subject * s, color: COLOR.brandDark, lineHeight: 1.35 });
  left.text(hostOf(campaign), { font: 'bold', size: 80 * s, maxLines: 1, minSize: S.address * s, color: COLOR.brandDark, lineHeight: 1.2 });
  items.push(...shift(left.items, 0, bandTop + (bandHeight - left.y) / 2));
  const right = new Flow(width - margin - 340 * s, 340 * s, 0);
  right.text(t('share.orAppShort'), { font: 'regular', size: S.subject * s, align: 'right', color: COLOR.brandDark, lineHeight: 1.35 });
  right.text(campaign.appName, { font: 'bold', size: 52 * s, align: 'right', maxLines: 1, minSize: S.min * s, color: COLOR.brandDark, lineHeight: 1.3 });
  items.push(...shift(right.items, 0, bandTop + (bandHeight - right.y) / 2));
  return { width, height, items };
}

function squarePost(subject: Pick<KitSubject, 'name'>, campaign: KitCampaign, width: number, height: number): Page {
  const s = width / 1200;
  const margin = 64 * s;
  const inner = width - 2 * margin;
  const bandHeight = 264 * s;
  const items: PageItem[] = feedBackground(width, height, { x: width - 330 * s, y: -250 * s, d: 600 * s });
  const markSize = 190 * s;
  items.push(...campaignMark(width - margin - markSize, 56 * s, markSize));
  const head = new Flow(margin, inner - markSize - 24 * s, 70 * s);
  head.push({ kind: 'rect', x: margin, y: 64 * s, width: 96 * s, height: 10 * s, radius: 5 * s, fill: COLOR.accent });
  head.space(26 * s);
  head.text(t('doc.announce'), { font: 'bold', size: 40 * s, color: COLOR.accent, lineHeight: 1.4 });
  head.text(campaign.title, { font: 'bold', size: 44 * s, maxLines: 2, minSize: 32 * s, color: COLOR.paper, lineHeight: 1.35 });
  items.push(...head.items);

  const nameStyle = { font: 'bold' as const, size: 80 * s, minSize: S.nameMin * s, maxLines: 3, color: COLOR.paper, lineHeight: 1.3 };
  const bandTop = height - bandHeight;
  const sections = [
    nameSection(subject.name, nameStyle, margin, inner),
    (top: number) => ({ items: [{ kind: 'rect', x: margin, y: top, width: inner, height: 3 * s, fill: COLOR.brand } as const], height: 3 * s }),
    textSection(t('poster.subjectsHeading'), { font: 'bold', size: 40 * s, color: COLOR.accent, lineHeight: 1.35 }, margin, inner),
    subjectsSection(campaign, margin, inner, S.subject * s, 14 * s),
  ];
  items.push(...stack(sections, Math.max(head.y, 56 * s + markSize) + 20 * s, bandTop - 40 * s, 14 * s));
  items.push(...addressBand(campaign, width, bandTop, bandHeight, s, 24 * s));
  return { width, height, items };
}
