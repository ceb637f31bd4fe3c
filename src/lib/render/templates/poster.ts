import { t } from '../../../i18n';
import { COLOR, RADIUS, SPACE, TYPE } from '../../design/tokens';
import { Flow } from '../flow';
import type { Page, PageItem } from '../page';
import { campaignMark, lineHeightOf, numberDisc, PAPER, qrItem, shift, textInBox, variable, type KitCampaign, type KitSubject, type Paper } from './common';

const P = TYPE.poster;

/**
 * The poster, in units of one millimetre on A4, so A3 (or any portrait
 * paper) is the same design scaled. The announcer heads it beside the
 * campaign mark; the campaign title on a blue band; the QR code with the
 * address printed under it beside the three subjects; the app; the address
 * warning; contacts, date and page address at the foot. Designed to print
 * well in black and white on an office laser printer.
 */
export function posterPage(subject: KitSubject, campaign: KitCampaign, paper: Paper): Page {
  // A long name or many contact lines take room: the QR code gives way first, never below 4 cm on A4,
  // then the footer's small print (four phone lines with extensions under a 120-character name).
  for (const footerScale of [1, 0.85, 0.72]) {
    for (const qrMm of [72, 66, 60, 54, 48]) {
      const page = posterLayout(subject, campaign, paper, qrMm, footerScale);
      if (page) return page;
    }
  }
  return posterLayout(subject, campaign, paper, 42, 0.72, true)!;
}

function posterLayout(subject: KitSubject, campaign: KitCampaign, paper: Paper, qrMm: number, footerScale: number, force = false): Page | undefined {
  const { width, height } = PAPER[paper];
  const u = width / 210; // one A4 millimetre, scaled to this paper
  const margin = SPACE.posterMargin * u;
  const gap = SPACE.posterGap * u;
  const inner = width - 2 * margin;
  const flow = new Flow(margin, inner, margin);

  flow.push(...header(subject, margin, inner, u));
  flow.y = margin + headerHeight(u);
  flow.push({ kind: 'rect', x: margin, y: flow.y, width: inner, height: 1.6 * u, fill: COLOR.brand });
  flow.push({ kind: 'rect', x: margin, y: flow.y, width: 36 * u, height: 1.6 * u, fill: COLOR.accent });
  flow.space(1.6 * u + gap);

  // Title band: text laid out first, the band drawn behind it.
  const band = new Flow(margin + 6 * u, inner - 12 * u, flow.y + 4 * u);
  band.text(campaign.title, { font: 'bold', size: P.title * u, minSize: P.titleMin * u, maxLines: 2, align: 'center', color: COLOR.paper, lineHeight: 1.3 });
  const bandHeight = band.y - flow.y + 4 * u;
  flow.push({ kind: 'rect', x: margin, y: flow.y, width: inner, height: bandHeight, fill: COLOR.brand, radius: RADIUS.posterMm * u }, ...band.items);
  flow.y += bandHeight + 3.5 * u;
  flow.text(campaign.summary, { font: 'regular', size: P.summary * u, align: 'center', lineHeight: 1.45, color: COLOR.printInk });
  flow.space(gap);

  const columnsBottom = columns(flow, campaign, margin, inner, qrMm * u, u);
  flow.y = columnsBottom + gap;

  // The app, on a tinted panel.
  const app = new Flow(margin + 5 * u, inner - 10 * u, flow.y + 3.5 * u);
  app.text(t('poster.appLine', { app: campaign.appName }), { font: 'bold', size: P.app * u, lineHeight: 1.35, color: COLOR.brandDark });
  app.text(t('channels.appSearch', { app: campaign.appName }), { font: 'regular', size: P.appNote * u, lineHeight: 1.4, color: COLOR.printInk });
  flow.push({ kind: 'rect', x: margin, y: flow.y, width: inner, height: app.y - flow.y + 3.5 * u, fill: COLOR.brandTint, radius: RADIUS.posterMm * u }, ...app.items);
  flow.y = app.y + 3.5 * u + 3.5 * u;

  // The address warning: a dashed frame reads as "caution" even in black and white.
  const warning = new Flow(margin + 12 * u, inner - 17 * u, flow.y + 3 * u);
  warning.text(t('channels.checkAddress', { url: campaign.websiteUrl }), { font: 'bold', size: P.warning * u, lineHeight: 1.4, color: COLOR.printInk });
  const warningHeight = warning.y - flow.y + 3 * u;
  flow.push(
    { kind: 'rect', x: margin, y: flow.y, width: inner, height: warningHeight, fill: COLOR.warnBg, stroke: COLOR.printInk, lineWidth: 0.6 * u, dash: 2.4 * u, radius: 1.5 * u },
    { kind: 'rect', x: margin + 4 * u, y: flow.y + warningHeight / 2 - 2.8 * u, width: 5.6 * u, height: 5.6 * u, radius: 2.8 * u, fill: COLOR.printInk },
    { kind: 'text', text: '!', font: 'bold', size: 4.6 * u, color: COLOR.paper, x: margin + 6.25 * u, y: flow.y + warningHeight / 2 + 1.65 * u },
    ...warning.items,
  );
  flow.y += warningHeight;

  const foot = footer(subject, margin, inner, u, footerScale);
  const footerTop = height - margin - foot.height;
  if (flow.y + 4 * u > footerTop && !force) return undefined;
  flow.push(...shift(foot.items, 0, footerTop));
  return { width, height, items: flow.items };
}

/** Height of the header: the mark, and room for the name in up to three lines. */
function headerHeight(u: number): number {
  return 46 * u;
}

/** "ประกาศ", the announcer's name and place beside the campaign mark, in a fixed box so every poster lines up. */
function header(subject: KitSubject, margin: number, inner: number, u: number): PageItem[] {
  const markSize = 30 * u;
  const items: PageItem[] = [...campaignMark(margin, margin + 2 * u, markSize)];
  const x = margin + markSize + 6 * u;
  const boxWidth = inner - markSize - 6 * u;
  const top = new Flow(x, boxWidth, margin);
  top.text(t('doc.announce'), { font: 'bold', size: P.announce * u, lineHeight: 1.3, color: COLOR.brand });
  items.push(...top.items);
  const whereStyle = { font: 'regular' as const, size: P.where * u, lineHeight: 1.35, maxLines: 1, minSize: 3.8 * u, color: COLOR.muted };
  const whereHeight = subject.where ? lineHeightOf(whereStyle) : 0;
  const nameBox = { x, y: top.y, width: boxWidth, height: margin + headerHeight(u) - 3 * u - top.y - whereHeight - 1.5 * u };
  const name = textInBox(subject.name, { font: 'bold', size: P.name * u, minSize: P.nameMin * u, maxLines: 3, lineHeight: 1.3, name: true, color: COLOR.printInk }, nameBox, 'center');
  items.push(...variable(name));
  if (subject.where) {
    const where = new Flow(x, boxWidth, nameBox.y + nameBox.height + 1.5 * u);
    where.text(subject.where, whereStyle);
    items.push(...variable(where.items));
  }
  return items;
}

/** Two columns: the QR code with the address under it; the three subjects. Returns the lower bottom. */
function columns(flow: Flow, campaign: KitCampaign, margin: number, inner: number, qrSide: number, u: number): number {
  const top = flow.y;
  // The column keeps its width when the code gives way, so its heading and address never wrap.
  const column = Math.max(qrSide, 60 * u);
  const qrX = margin + (column - qrSide) / 2;
  const left = new Flow(margin, column, top);
  left.text(t('poster.scanHere'), { font: 'bold', size: P.heading * u, align: 'center', lineHeight: 1.35, color: COLOR.brand });
  left.space(1.5 * u);
  left.push({ kind: 'rect', x: qrX, y: left.y, width: qrSide, height: qrSide, stroke: COLOR.brand, lineWidth: 0.8 * u, radius: 2 * u });
  left.push(qrItem(campaign.websiteUrl, qrX + 1.2 * u, left.y + 1.2 * u, qrSide - 2.4 * u));
  left.push({ kind: 'link', url: campaign.websiteUrl, x: qrX, y: left.y, width: qrSide, height: qrSide });
  left.space(qrSide + 1.5 * u);
  left.text(campaign.websiteUrl, { font: 'bold', size: P.url * u, align: 'center', lineHeight: 1.3, maxLines: 1, minSize: 4 * u, color: COLOR.printInk });

  const rightX = margin + column + 7 * u;
  const right = new Flow(rightX, margin + inner - rightX, top);
  right.text(t('poster.subjectsHeading'), { font: 'bold', size: P.heading * u, lineHeight: 1.35, color: COLOR.brand });
  right.space(2.5 * u);
  campaign.subjects.forEach((text, i) => {
    const itemTop = right.y;
    const disc = 9 * u;
    const item = new Flow(rightX + disc + 3.5 * u, right.width - disc - 3.5 * u, itemTop);
    item.text(text, { font: 'bold', size: P.subject * u, lineHeight: 1.4, color: COLOR.printInk });
    const firstLine = lineHeightOf({ font: 'bold', size: P.subject * u, lineHeight: 1.4 });
    right.push(...numberDisc(i + 1, rightX, itemTop + (firstLine - disc) / 2, disc, COLOR.brand, COLOR.paper), ...item.items);
    right.y = Math.max(item.y, itemTop + disc) + 3.5 * u;
  });
  flow.push(...left.items, ...right.items);
  return Math.max(left.y, right.y - 3.5 * u);
}

/** Contacts, the date and the page's address, laid out from y = 0; the caller anchors it to the bottom margin. */
function footer(subject: KitSubject, margin: number, inner: number, u: number, scale: number): { items: PageItem[]; height: number } {
  const foot = new Flow(margin, inner, 0);
  foot.push({ kind: 'rect', x: margin, y: 0, width: inner, height: 0.5 * u, fill: COLOR.brand });
  foot.space(2.5 * u);
  const lines = new Flow(margin, inner, foot.y);
  const size = P.footer * u * scale;
  for (const c of subject.contacts) lines.text(t('poster.contactLine', c), { font: 'regular', size, lineHeight: 1.4, maxLines: 2, minSize: Math.min(size, 3.4 * u), color: COLOR.printInk });
  lines.text(subject.dateText, { font: 'bold', size, lineHeight: 1.4, color: COLOR.printInk });
  lines.text(subject.pageUrl, { font: 'regular', size: P.footerUrl * u, lineHeight: 1.4, maxLines: 1, minSize: 2.5 * u, color: COLOR.muted });
  foot.push(...variable(lines.items));
  return { items: foot.items, height: lines.y };
}
