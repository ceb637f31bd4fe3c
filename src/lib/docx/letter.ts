import { Paragraph } from 'docx';
import { t } from '../../i18n';
import { toThaiDigits } from '../thai/text';
import { ENCLOSURE_COLUMN, IMAGE_SPACING, blank, labelled, leftAndRight, packA4, para, qrImage, rightColumn, run, type LetterFont } from './common';
import { LETTER_QR_MM } from '../kit/letter-qr';

/** Everything a draft external letter (หนังสือภายนอก) says: plain data, cached by the kit. */
export interface LetterSpec {
  font: LetterFont;
  /** The sender's office (ส่วนราชการเจ้าของหนังสือ), e.g. สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดฉะเชิงเทรา or ที่ว่าการอำเภอบางปะกง. */
  office: string;
  /** Who it is addressed to (เรียน …). */
  to: string;
  /** What the letter refers to (อ้างถึง …), with blanks for its number and date. */
  reference: string;
  /** The area it covers, e.g. จังหวัดฉะเชิงเทรา, อำเภอบางปะกง จังหวัดฉะเชิงเทรา. */
  area: string;
  /** How many LGOs the enclosed list names. */
  lgoCount: number;
  /** Buddhist-Era year in Thai digits for the date line; day and month are left for the office. */
  year: string;
  campaign: { websiteUrl: string; appName: string; subjects: string[] };
  /** Contact unit and its published line; the line is left blank when content has none. */
  contact: { unit: string; phone?: string; email?: string };
  /** The staff page the QR leads to, and the QR itself (PNG, quiet zone included). */
  staffUrl: string;
  qrPng: Buffer;
}

/** Thai digits for everything but web addresses, which must stay typeable. */
function thai(text: string): string {
  return text.split(/(https?:\/\/\S+)/).map((part, i) => (i % 2 ? part : toThaiDigits(part))).join('');
}

/**
 * The draft letter as an editable Word file, in the external-letter form of
 * the correspondence regulation (ระเบียบงานสารบรรณ): space for the emblem,
 * ที่ … /ว … left blank for the office's number, the office at the right, the
 * date, เรื่อง, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย, body, closing, signature block
 * with blanks, contact unit and line, and the letter QR at the foot.
 */
export async function letterDocx(spec: LetterSpec): Promise<Buffer> {
  const L = (key: Parameters<typeof t>[0], params?: Parameters<typeof t>[1]) => thai(t(key, params));
  const subjects = spec.campaign.subjects.map((s, i) => `(${toThaiDigits(String(i + 1))}) ${s}`).join(' ');
  const children: Paragraph[] = [
    // Room for the Garuda emblem (ครุฑ), which the office's own letterhead carries.
    new Paragraph({ children: [run('')], spacing: { before: 1100 } }),
    leftAndRight(L('letter.number'), thai(spec.office)),
    rightColumn(L('letter.addressBlank')),
    blank(),
    new Paragraph({ children: [run(L('letter.date', { year: spec.year }))], indent: { left: '6.5cm' } }),
    // Each label's text hangs: wrapped lines align with the text, not the label, as typed in official letters.
    labelled(L('letter.subjectLabel'), L('letter.subject')),
    blank(),
    labelled(L('letter.toLabel'), thai(spec.to)),
    labelled(L('letter.referenceLabel'), thai(spec.reference)),
    // Items hang under the first, after the label.
    labelled(L('letter.enclosuresLabel'), L('letter.enclosure1', { count: spec.lgoCount }), ENCLOSURE_COLUMN),
    para(L('letter.enclosure2'), { indent: { left: ENCLOSURE_COLUMN } }),
    blank(),
    para(L('letter.body1', { url: spec.campaign.websiteUrl, app: spec.campaign.appName, subjects }), { indentFirst: true }),
    para(L('letter.body2', { area: spec.area }), { indentFirst: true }),
    para(L('letter.body3'), { indentFirst: true }),
    blank(),
    // The closing and the signature block on one page (Word's "keep with next").
    rightColumn(L('letter.closing'), { center: true, keepNext: true }),
    blank(true),
    blank(true),
    rightColumn(L('letter.signatureName'), { center: true, keepNext: true }),
    rightColumn(L('letter.signaturePosition'), { center: true }),
    blank(),
    para(thai(spec.contact.unit)),
    para(L('letter.contactGroup')),
    para(spec.contact.phone ? L('letter.phone', { phone: spec.contact.phone }) : L('letter.phoneBlank')),
    ...(spec.contact.email ? [para(L('letter.email', { email: spec.contact.email }))] : []),
    blank(),
    new Paragraph({ children: [qrImage(spec.qrPng, LETTER_QR_MM, spec.staffUrl)], keepNext: true, spacing: IMAGE_SPACING }),
    para([run(`${L('letter.qrCaption')} ${spec.staffUrl}`, { size: 24 })]),
  ];
  return packA4(children, { title: t('letter.subject'), font: spec.font });
}

