import { t } from '../../../i18n';
import { COLOR, TYPE } from '../../design/tokens';
import { Flow, type TextStyle } from '../flow';
import { SHRINK_BEFORE_THIRD_LINE } from '../line-break';
import type { PageItem } from '../page';
import { hostOf, lineHeightOf, numberDisc, textInBox, variable, type KitCampaign } from './common';

/*
 * Building blocks of the feed images (link preview, post, story) and banners.
 * They share one look: dark campaign blue, a large brand circle behind the
 * campaign mark, the name in white, and a yellow band with the website's
 * address large enough to read in a feed 500 px wide. Sizes are pixels on a
 * 1200 px wide image, scaled by `s`.
 */
const S = TYPE.share;

/** Background and decoration: identical for every LGO, so raster.ts draws it once. */
export function feedBackground(width: number, height: number, circle: { x: number; y: number; d: number }): PageItem[] {
  return [
    { kind: 'rect', x: 0, y: 0, width, height, fill: COLOR.brandDark },
    { kind: 'rect', x: circle.x, y: circle.y, width: circle.d, height: circle.d, radius: circle.d / 2, fill: COLOR.brand },
  ];
}

/**
 * Sections stacked down a column with equal gaps, so the space left over is
 * shared out instead of pooling into an empty band. Each section is laid out
 * from its top and returns its items and height.
 */
export function stack(sections: ((top: number) => { items: PageItem[]; height: number })[], top: number, bottom: number, minGap = 0): PageItem[] {
  const heights = sections.map((section) => section(0).height);
  // A lone section sits in the middle of the room.
  if (sections.length === 1) return sections[0]!(top + Math.max(0, (bottom - top - heights[0]!) / 2)).items;
  const gap = Math.max(minGap, (bottom - top - heights.reduce((a, b) => a + b, 0)) / Math.max(1, sections.length - 1));
  const items: PageItem[] = [];
  let y = top;
  sections.forEach((section, i) => {
    items.push(...section(y).items);
    y += heights[i]! + gap;
  });
  return items;
}

/** A text block as a stack section. */
export function textSection(text: string, style: Parameters<Flow['text']>[1], x: number, width: number): (top: number) => { items: PageItem[]; height: number } {
  return (top) => {
    const flow = new Flow(x, width, top);
    flow.text(text, style);
    return { items: flow.items, height: flow.y - top };
  };
}

/**
 * The announcer's name as a stack section, the same on the link preview,
 * the post and the story: it breaks where fitText allows (between prefix
 * and place name, at spaces; inside a place name only when the place alone
 * is wider than the line), shrinking no further than style.minSize. Its box
 * holds `minLines` lines of the full size; a name that needs more lines
 * gets style.maxLines lines at the size a third line is taken at, the rest
 * of the image making room. Two box heights in all, so names of either
 * kind share one background (raster.ts draws it once).
 */
export function nameSection(name: string, nameStyle: TextStyle, x: number, width: number, minLines = 2): (top: number) => { items: PageItem[]; height: number } {
  const style: TextStyle = { ...nameStyle, name: true };
  const probe = new Flow(x, width, 0);
  probe.text(name, style);
  const full = minLines * lineHeightOf(style);
  const height = probe.items.length <= minLines ? full : Math.max(full, (style.maxLines ?? minLines) * lineHeightOf({ ...style, size: style.size * SHRINK_BEFORE_THIRD_LINE }));
  return (top) => ({ items: variable(textInBox(name, style, { x, y: top, width, height }, 'center', style.minSize ?? style.size)), height });
}

/** The three complaint subjects, each behind a numbered disc. */
export function subjectsSection(campaign: KitCampaign, x: number, width: number, size: number, gap: number): (top: number) => { items: PageItem[]; height: number } {
  return (top) => {
    const items: PageItem[] = [];
    const disc = size * 1.5;
    let y = top;
    campaign.subjects.forEach((subject, i) => {
      const flow = new Flow(x + disc + size * 0.6, width - disc - size * 0.6, y);
      flow.text(subject, { font: 'bold', size, maxLines: 2, minSize: size * 0.85, color: COLOR.paper, lineHeight: 1.4 });
      items.push(...numberDisc(i + 1, x, y + (lineHeightOf({ font: 'bold', size, lineHeight: 1.4 }) - disc) / 2, disc, COLOR.accent, COLOR.brandDark), ...flow.items);
      y = Math.max(flow.y, y + disc) + (i < campaign.subjects.length - 1 ? gap : 0);
    });
    return { items, height: y - top };
  };
}

/** The yellow address band of square and tall images: label, address, app; centred. */
export function addressBand(campaign: KitCampaign, width: number, top: number, height: number, s: number, bottomPad: number): PageItem[] {
  const items: PageItem[] = [{ kind: 'rect', x: 0, y: top, width, height, fill: COLOR.accent }];
  const pad = 56 * s;
  const sections = [
    textSection(t('share.complainAt'), { font: 'regular', size: S.subject * s, align: 'center', color: COLOR.brandDark, lineHeight: 1.4 }, pad, width - 2 * pad),
    textSection(hostOf(campaign), { font: 'bold', size: 96 * s, maxLines: 1, minSize: S.address * s, align: 'center', color: COLOR.brandDark, lineHeight: 1.2 }, pad, width - 2 * pad),
    textSection(t('share.orApp', { app: campaign.appName }), { font: 'bold', size: S.subject * s, align: 'center', color: COLOR.brandDark, lineHeight: 1.4 }, pad, width - 2 * pad),
  ];
  items.push(...stack(sections, top + 28 * s, top + height - bottomPad, 4 * s));
  return items;
}

