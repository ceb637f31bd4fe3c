import { t } from '../../../i18n';
import { toThaiDigits } from '../../thai/text';
import type { EmblemFile } from '../emblem';
import { Flow } from '../flow';
import { loadFont } from '../fonts';
import { MM, type Page } from '../page';
import { measureText } from '../shape';
import { COLOR } from '../../design/tokens';
import { PAPER, qrItem, type KitCampaign, type KitSubject } from './common';

/** What an LGO's ประกาศ prints beyond the poster's subject. */
export interface AnnouncementSubject extends KitSubject {
  /** The executive's title, printed under the signature when no signatory title is given. */
  executiveTitle: string;
  /** "ประกาศ ณ วันที่ ๒๘ พฤศจิกายน พ.ศ. ๒๕๖๙": its parts in Thai digits: the content's announcement date. */
  dateParts: { day: string; month: string; year: string };
  /** Who signs, printed in parentheses; without it a dotted line is left to write the name by hand. */
  signatoryName?: string;
  /** The signatory's position (e.g. ปฏิบัติหน้าที่นายก…); defaults to executiveTitle. */
  signatoryTitle?: string;
  /** The emblem at the top centre (ตราครุฑ or the LGO's seal); without one its space stays blank. */
  emblem?: EmblemFile;
}

/**
 * Thai consonant height of TH Sarabun PSK, the face official documents are
 * typed in, as a share of its em: about 0.40 (its Thai letters are drawn
 * small in the em; Google's Sarabun was rescaled to Western proportions).
 * This is the figure the print comparison gives (TH Sarabun PSK
 * 16 pt prints like Sarabun 10.9 pt); no copy of the PSK font ships here to
 * measure it again.
 */
export const PSK_THAI_CONSONANT_EM = 0.4;

/** The point size official ประกาศ are typed in, in TH Sarabun PSK. */
export const OFFICIAL_BODY_PT = 16;

/**
 * The Sarabun size whose Thai letters print as tall as TH Sarabun PSK at
 * 16 pt: 16 × 0.40 ÷ Sarabun's own consonant height (น, measured from the
 * font's glyph extents: 0.586 em), about 10.9 pt. Headings keep the
 * official proportions (18 pt heading, 16 pt bold subject line).
 */
export function announcementBodySize(): number {
  const font = loadFont('regular');
  const extents = font.hbFont.glyphExtents(font.hbFont.nominalGlyph(0x0e19)!)!; // น: flat top, no overshoot mark
  return (OFFICIAL_BODY_PT * PSK_THAI_CONSONANT_EM) / (extents.yBearing / font.upem);
}

/** Layout of the official form, after ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ, in millimetres. */
const FORM = {
  left: 30,
  right: 20,
  bottom: 15,
  /** The emblem: 3 cm high, its top 1.5 cm from the paper's edge, centred. */
  emblemTop: 15,
  emblemHeight: 30,
  /** First-line indent of paragraphs (2.5 cm from the margin). */
  indent: 25,
  /**
   * The numbered items stand one step (1 cm) deeper than a paragraph's
   * first line, wrapped lines hanging under their text: the paragraphs
   * after the list visibly return to the paragraph indent.
   */
  listIndent: 35,
  /** The QR code at the foot. */
  qr: 28,
  /** Room above the name in parentheses for the signature. */
  signatureRoom: 16,
};

/** Thai digits everywhere except inside web addresses (a Thai digit in a URL would not type). */
function thaiDigits(text: string): string {
  return text.replace(/(https?:\/\/\S+|[\w.-]+\.(?:go\.th|or\.th|com|org|th)\S*)|[0-9]+/g, (match, url: string | undefined) => (url ? match : toThaiDigits(match)));
}

/**
 * The formal announcement (ประกาศ) on A4 in the official form: emblem space
 * at the top centre, "ประกาศ<LGO>", "เรื่อง …", a rule, the body justified
 * Thai-style at the printed size of TH Sarabun PSK 16 pt, the date, then the
 * signature block (name in parentheses, position). A small QR code to the
 * channel sits at the foot, clear of the signature. Thai digits throughout.
 */
export function announcementPage(subject: AnnouncementSubject, campaign: KitCampaign): Page {
  const { width, height } = PAPER.A4;
  const left = FORM.left * MM;
  const right = FORM.right * MM;
  const body = announcementBodySize();
  const heading = (body * 18) / OFFICIAL_BODY_PT;
  const rhythm = 1.6; // TH Sarabun PSK's single spacing at 16 pt is about 1.6 of our size
  const name = thaiDigits(subject.name);
  const flow = new Flow(left, width - left - right, (FORM.emblemTop + FORM.emblemHeight + 4) * MM);
  const items: Page['items'] = [];
  if (subject.emblem) {
    const side = FORM.emblemHeight * MM;
    items.push({ kind: 'image', ...subject.emblem, x: (width - side) / 2, y: FORM.emblemTop * MM, width: side, height: side });
  }

  flow.text(t('doc.announcementHeading', { name }), { font: 'bold', size: heading, align: 'center', lineHeight: 1.45, maxLines: 2, minSize: body, name: true });
  flow.text(thaiDigits(t('doc.announcementSubject')), { font: 'bold', size: body, align: 'center', lineHeight: 1.45, maxLines: 2, minSize: body * 0.9 });
  flow.space(body * 0.5);
  flow.push({ kind: 'rect', x: left + flow.width / 2 - 22 * MM, y: flow.y, width: 44 * MM, height: 0.5, fill: COLOR.printInk });
  flow.space(body * 1.1);

  const paragraph = { font: 'regular' as const, size: body, lineHeight: rhythm, indent: FORM.indent * MM, align: 'justify' as const, spacePreference: 0.9 };
  const gap = body * 0.4;
  flow.text(thaiDigits(t('doc.announcementWhy')), paragraph);
  flow.space(gap);
  flow.text(thaiDigits(t('doc.announcementWhat', { name, url: campaign.websiteUrl, app: campaign.appName })), paragraph);
  const labels = campaign.subjects.map((_, i) => `(${toThaiDigits(String(i + 1))})`);
  // One tab for every item's text, after the widest number.
  const tab = Math.max(...labels.map((label) => measureText(`${label} `, 'regular', body)));
  campaign.subjects.forEach((s, i) => flow.adopt(listItem(flow, labels[i]!, tab, thaiDigits(s), body, rhythm)));
  flow.space(gap);
  flow.text(thaiDigits(t('doc.announcementCheck', { url: campaign.websiteUrl })), paragraph);
  flow.space(gap);
  flow.text(t('doc.announcementClosing'), paragraph);
  flow.space(body * 1.2);

  // Date and signature block stand in the right half, as in every ประกาศ.
  const blockX = left + flow.width * 0.38;
  const block = flow.column(blockX, width - right - blockX);
  block.text(t('doc.announcementDate', subject.dateParts), { font: 'regular', size: body, lineHeight: rhythm, align: 'center', maxLines: 1, minSize: body * 0.85 });
  block.space(FORM.signatureRoom * MM);
  // Without a name, a dotted line about 6 cm long to write it by hand.
  const dots = '.'.repeat(Math.ceil((60 * MM) / measureText('.', 'regular', body)));
  const signatory = subject.signatoryName ? thaiDigits(subject.signatoryName) : dots;
  block.text(t('doc.signatureName', { name: signatory }), { font: 'regular', size: body, lineHeight: rhythm, align: 'center', maxLines: 2, minSize: body * 0.85 });
  block.text(thaiDigits(subject.signatoryTitle ?? subject.executiveTitle), { font: 'regular', size: body, lineHeight: rhythm, align: 'center', maxLines: 3, minSize: body * 0.85, name: true });
  flow.adopt(block);

  // At the foot, left, clear of the signature: a small code to the channel with its address.
  const qrSide = FORM.qr * MM;
  const qrY = Math.max(height - FORM.bottom * MM - qrSide, flow.y + 4 * MM);
  items.push(...flow.items);
  items.push(qrItem(campaign.websiteUrl, left, qrY, qrSide), { kind: 'link', url: campaign.websiteUrl, x: left, y: qrY, width: qrSide, height: qrSide });
  const caption = new Flow(left + qrSide + 3 * MM, 60 * MM, qrY + qrSide / 2 - body * 0.9);
  caption.text(t('doc.qrCaption', { url: campaign.websiteUrl }), { font: 'regular', size: body * 0.8, lineHeight: 1.4, maxLines: 2, minSize: body * 0.7 });
  items.push(...caption.items);
  return { width, height, items };
}

/**
 * One numbered item of the ประกาศ at FORM.listIndent: the number, then the
 * text `tab` further in a column of its own, so a wrapped line hangs under
 * the text and not under the number. Returns the column for Flow.adopt.
 */
function listItem(flow: Flow, label: string, tab: number, text: string, size: number, lineHeight: number): Flow {
  const x = flow.x + FORM.listIndent * MM;
  const item = flow.column(x + tab, flow.x + flow.width - x - tab);
  item.text(text, { font: 'regular', size, lineHeight, align: 'justify' });
  const first = item.items.find((i) => i.kind === 'text');
  // The number first in the content stream, so text extraction reads "(๑) การ…".
  if (first) item.items.unshift({ kind: 'text', text: label, font: 'regular', size, x, y: first.y, color: COLOR.printInk });
  return item;
}
