import { AlignmentType, FrameAnchorType, FrameWrap, HorizontalPositionAlign, Paragraph, Tab, TextRun, VerticalPositionAlign, type IFrameOptions, LineRuleType } from 'docx';
import { t } from '../../i18n';
import { toThaiDigits } from '../thai/text';
import { IMAGE_SPACING, blank, packA4, para, qrImage, rightColumn, run, type LetterFont } from './common';

/** What the ประกาศ says: the same data as the PDF's. */
export interface AnnouncementDocxSpec {
  font: LetterFont;
  /** The LGO's full name. */
  name: string;
  /** Who signs: the executive's title (นายก…). */
  executiveTitle: string;
  /** Signatory's name when the registry gives it (an executive's name on a signed ประกาศ is public); else a blank. */
  signatoryName?: string;
  dateParts: { day: string; month: string; year: string };
  campaign: { websiteUrl: string; appName: string; subjects: string[] };
  /** QR to the complaint website (PNG, quiet zone included). */
  qrPng: Buffer;
}

/**
 * The LGO's ประกาศ as an editable Word file, in the same form as the PDF:
 * space for the emblem at the top centre, ประกาศ<LGO>, เรื่อง, the body at
 * 16 pt with indented paragraphs, ประกาศ ณ วันที่ …, the signature block,
 * and the QR with its address at the foot of the page.
 */
export async function announcementDocx(spec: AnnouncementDocxSpec): Promise<Buffer> {
  const url = spec.campaign.websiteUrl;
  const centered = (text: string, bold = false) => new Paragraph({ children: [run(text, { bold })], alignment: AlignmentType.CENTER });
  const children: Paragraph[] = [
    // Room for the Garuda emblem or the LGO's seal, at the top centre.
    new Paragraph({ children: [run('')], spacing: { before: 900 } }),
    new Paragraph({ children: [run(t('doc.announcementHeading', { name: spec.name }), { bold: true, size: 36 })], alignment: AlignmentType.CENTER }),
    centered(t('doc.announcementSubject'), true),
    centered('-------------------------------'),
    blank(),
    para(t('doc.announcementWhy'), { indentFirst: true }),
    para(t('doc.announcementWhat', { name: spec.name, url, app: spec.campaign.appName }), { indentFirst: true }),
    // As the PDF: the numbers 1 cm deeper than a paragraph's first line (3.5 cm), the text after a tab, wrapped lines under it.
    ...spec.campaign.subjects.map((s, i) => new Paragraph({ children: [run(`(${toThaiDigits(String(i + 1))})`), new TextRun({ children: [new Tab()] }), run(s)], indent: { left: '4.3cm', hanging: '0.8cm' } })),
    para(t('doc.announcementCheck', { url }), { indentFirst: true }),
    para(t('doc.announcementClosing'), { indentFirst: true }),
    blank(),
    // The date and the signature block in the right half, as in every ประกาศ: kept on one page, so a page
    // break never parts the signature from its title or the date (Word's "keep with next").
    new Paragraph({ children: [run(t('doc.announcementDate', spec.dateParts))], indent: { left: '3.5cm' }, keepNext: true }),
    blank(true),
    blank(true),
    blank(true),
    rightColumn(spec.signatoryName ? t('doc.signatureName', { name: spec.signatoryName }) : t('letter.signatureName'), { center: true, keepNext: true }),
    rightColumn(spec.executiveTitle, { center: true }),
    // As on the PDF: a small code to the channel at the foot of the page, left, clear of the signature.
    ...qrAtFoot(spec.qrPng, url),
  ];
  return packA4(children, { title: t('doc.announcementTitle', { name: spec.name }), font: spec.font });
}

/** Printed width of the ประกาศ's QR, as on the PDF. */
const QR_MM = 28;
/** The frame at the foot: wide enough for the address on one line under the code. */
const FOOT_FRAME: IFrameOptions = {
  type: 'alignment',
  alignment: { x: HorizontalPositionAlign.LEFT, y: VerticalPositionAlign.BOTTOM },
  anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
  width: 2835, // 5 cm
  wrap: FrameWrap.AROUND,
};

/**
 * The QR and, under it, its caption, in one frame held to the bottom margin:
 * at the foot of the page whatever the length of the body, and never beside
 * the signature block, which stands in the right-hand column, 3 cm clear
 * of the frame; text may pass beside the frame, so a long body does not push
 * the signature onto a second page. Word joins consecutive paragraphs with
 * the same frame into one frame.
 */
function qrAtFoot(png: Buffer, url: string): Paragraph[] {
  const caption = t('doc.qrCaption', { url: '' }).trim();
  return [
    new Paragraph({ children: [qrImage(png, QR_MM, url)], spacing: IMAGE_SPACING, frame: FOOT_FRAME, alignment: AlignmentType.LEFT, keepNext: true }),
    new Paragraph({ children: [run(caption, { size: 22 }), run(` ${url}`, { size: 22 })], frame: FOOT_FRAME, spacing: { line: 300, lineRule: LineRuleType.EXACT } }),
  ];
}
