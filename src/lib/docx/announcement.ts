import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableRow, WidthType } from 'docx';
import { t } from '../../i18n';
import { toThaiDigits } from '../thai/text';
import { IMAGE_SPACING, blank, packA4, para, qrImage, run, type LetterFont } from './common';

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
 * 16 pt with indented paragraphs, ประกาศ ณ วันที่ …, and the signature block.
 */
export async function announcementDocx(spec: AnnouncementDocxSpec): Promise<Buffer> {
  const url = spec.campaign.websiteUrl;
  const centered = (text: string, bold = false) => new Paragraph({ children: [run(text, { bold })], alignment: AlignmentType.CENTER });
  const children: (Paragraph | Table)[] = [
    // Room for the Garuda emblem or the LGO's seal, at the top centre.
    new Paragraph({ children: [run('')], spacing: { before: 900 } }),
    new Paragraph({ children: [run(t('doc.announcementHeading', { name: spec.name }), { bold: true, size: 36 })], alignment: AlignmentType.CENTER }),
    centered(t('doc.announcementSubject'), true),
    centered('-------------------------------'),
    blank(),
    para(t('doc.announcementWhy'), { indentFirst: true }),
    para(t('doc.announcementWhat', { name: spec.name, url, app: spec.campaign.appName }), { indentFirst: true }),
    ...spec.campaign.subjects.map((s, i) => para(`(${toThaiDigits(String(i + 1))}) ${s}`, { indent: { left: '2.5cm' } })),
    para(t('doc.announcementCheck', { url }), { indentFirst: true }),
    para(t('doc.announcementClosing'), { indentFirst: true }),
    blank(),
    new Paragraph({ children: [run(t('doc.announcementDate', spec.dateParts))], indent: { left: '3.5cm' } }),
    blank(),
    // As on the PDF: the QR and its address at the left, level with the signature block at the right.
    new Table({
      borders: TableBorders.NONE,
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: [4300, 4700],
      rows: [
        new TableRow({
          children: [
            new TableCell({
              borders: TableBorders.NONE,
              children: [new Paragraph({ children: [qrImage(spec.qrPng, 28, url)], spacing: IMAGE_SPACING }), para([run(t('doc.qrCaption', { url }), { size: 22 })])],
            }),
            new TableCell({
              borders: TableBorders.NONE,
              children: [
                blank(),
                blank(),
                centered(spec.signatoryName ? t('doc.signatureName', { name: spec.signatoryName }) : t('letter.signatureName')),
                centered(spec.executiveTitle),
              ],
            }),
          ],
        }),
      ],
    }),
  ];
  return packA4(children, { title: t('doc.announcementTitle', { name: spec.name }), font: spec.font });
}
