import { t } from '../../../i18n';
import { COLOR, TYPE } from '../../design/tokens';
import type { Page, PageItem } from '../page';
import { campaignMark, hostOf, type KitCampaign, type KitSubject } from './common';
import { feedBackground, nameSection, stack, subjectsSection, textSection } from './feed';

const S = TYPE.share;

/**
 * The vertical story image (1080×1920) for LINE VOOM, Facebook and Instagram
 * stories: the mark, the name, the campaign, the three subjects, and the
 * address on a yellow band. Stories cover their top and bottom ~12 % with
 * the app's own controls, so text keeps clear of both. No QR code: the
 * phone showing it cannot scan itself.
 */
export function storyImage(subject: Pick<KitSubject, 'name'>, campaign: KitCampaign, width: number, height: number): Page {
  const s = width / 1200;
  const margin = 72 * s;
  const inner = width - 2 * margin;
  const safeTop = height * 0.11;
  const safeBottom = height * 0.08;
  const bandHeight = height * 0.25;
  const bandTop = height - bandHeight;
  const items: PageItem[] = feedBackground(width, height, { x: width / 2 - 380 * s, y: safeTop - 330 * s, d: 760 * s });
  const markSize = 250 * s;
  items.push(...campaignMark((width - markSize) / 2, safeTop + 20 * s, markSize));

  const nameStyle = { font: 'bold' as const, size: 88 * s, minSize: S.nameMin * s, maxLines: 3, align: 'center' as const, color: COLOR.paper, lineHeight: 1.3 };
  const sections = [
    textSection(t('doc.announce'), { font: 'bold', size: 48 * s, align: 'center', color: COLOR.accent, lineHeight: 1.4 }, margin, inner),
    nameSection(subject.name, nameStyle, margin, inner, 3),
    textSection(campaign.title, { font: 'bold', size: 60 * s, maxLines: 2, minSize: 40 * s, align: 'center', color: COLOR.paper, lineHeight: 1.35 }, margin, inner),
    (top: number) => ({ items: [{ kind: 'rect', x: (width - 160 * s) / 2, y: top, width: 160 * s, height: 10 * s, radius: 5 * s, fill: COLOR.accent } as const], height: 10 * s }),
    textSection(t('poster.subjectsHeading'), { font: 'bold', size: 46 * s, align: 'center', color: COLOR.accent, lineHeight: 1.35 }, margin, inner),
    subjectsSection(campaign, margin + 10 * s, inner - 20 * s, 38 * s, 18 * s),
  ];
  items.push(...stack(sections, safeTop + 20 * s + markSize * 0.98 + 30 * s, bandTop - 50 * s, 12 * s));

  items.push({ kind: 'rect', x: 0, y: bandTop, width, height: bandHeight, fill: COLOR.accent });
  const bandSections = [
    textSection(t('share.complainAt'), { font: 'regular', size: 44 * s, align: 'center', color: COLOR.brandDark, lineHeight: 1.4 }, margin, inner),
    textSection(hostOf(campaign), { font: 'bold', size: 116 * s, maxLines: 1, minSize: S.address * s, align: 'center', color: COLOR.brandDark, lineHeight: 1.2 }, margin, inner),
    textSection(t('share.orApp', { app: campaign.appName }), { font: 'bold', size: 48 * s, align: 'center', color: COLOR.brandDark, lineHeight: 1.4 }, margin, inner),
    textSection(t('channels.appSearch', { app: campaign.appName }), { font: 'regular', size: 34 * s, align: 'center', color: COLOR.brandDark, lineHeight: 1.4 }, margin, inner),
  ];
  items.push(...stack(bandSections, bandTop + 36 * s, height - safeBottom, 4 * s));
  return { width, height, items };
}
