import { t } from '../../../i18n';
import { Flow } from '../flow';
import type { Page } from '../page';
import { measureText } from '../shape';
import { BRAND, INK, PAPER, WHITE, qrItem, shift, type KitCampaign, type KitSubject, type Paper } from './common';

/**
 * The poster: same layout as the HTML poster page, in units of one
 * millimetre on A4, so A3 (or any portrait paper) is the same design scaled.
 */
export function posterPage(subject: KitSubject, campaign: KitCampaign, paper: Paper): Page {
  // A long name or many contact lines take room: the QR code gives way first, never below 4 cm on A4,
  // then the footer's small print (four phone lines with extensions).
  // then the footer's small print (four phone lines with extensions), then the name and the summary.
  const squeezes = [
    { footer: 1, text: 1 },
    { footer: 0.88, text: 1 },
    { footer: 0.76, text: 1 },
    { footer: 0.76, text: 0.85 },
    { footer: 0.7, text: 0.72 },
    { footer: 0.62, text: 0.6 },
  ];
  for (const squeeze of squeezes) {
    for (const qrMm of [78, 72, 66, 60, 54, 48, 44]) {
      const page = posterLayout(subject, campaign, paper, qrMm, squeeze);
      if (page) return page;
    }
  }
  return posterLayout(subject, campaign, paper, 44, squeezes.at(-1)!, true)!;
}

function posterLayout(subject: KitSubject, campaign: KitCampaign, paper: Paper, qrMm: number, squeeze: { footer: number; text: number }, force = false): Page | undefined {
  const footerScale = squeeze.footer;
  const { width, height } = PAPER[paper];
  const u = width / 210; // one A4 millimetre, scaled to this paper
  const margin = 12 * u;
  const flow = new Flow(margin, width - 2 * margin, margin);

  flow.text(t('doc.announce'), { font: 'bold', size: 7 * u, align: 'center', lineHeight: 1.3 });
  flow.text(subject.name, { font: 'bold', size: 17 * u * squeeze.text, minSize: 9 * u * squeeze.text, maxLines: 3, align: 'center', lineHeight: 1.3 });
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
  flow.text(campaign.summary, { font: 'regular', size: 5.6 * u * Math.sqrt(squeeze.text), align: 'center', lineHeight: 1.45 });
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
  const small = 4.4 * u * footerScale;
  for (const c of subject.contacts) footer.text(t('poster.contactLine', c), { font: 'regular', size: small, lineHeight: 1.4 });
  footer.text(subject.dateText, { font: 'bold', size: small, lineHeight: 1.4 });
  footer.text(subject.pageUrl, { font: 'regular', size: 3.6 * u * footerScale, lineHeight: 1.4, maxLines: 1, minSize: 2.5 * u });
  const footerTop = height - margin - footer.y;
  if (flow.y + 4 * u > footerTop && !force) return undefined;
  flow.push(...shift(footer.items, 0, footerTop));
  return { width, height, items: flow.items };
}
