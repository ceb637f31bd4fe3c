import { t } from '../../../i18n';
import { Flow } from '../flow';
import { MM, type Page } from '../page';
import { COLOR } from '../../design/tokens';
import { PAPER, qrItem, type KitCampaign, type KitSubject } from './common';

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
  flow.push({ kind: 'rect', x: left + flow.width / 2 - 25 * MM, y: flow.y, width: 50 * MM, height: 0.6, fill: COLOR.printInk });
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
