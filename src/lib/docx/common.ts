import { AlignmentType, Document, ImageRun, LineRuleType, Packer, Paragraph, Tab, TextRun, type IParagraphOptions } from 'docx';
import { qrSymbolPng } from '../render/raster';
import { qrModulesOf } from '../render/templates/common';
import { QR_QUIET_ZONE } from '../web/qr';

/**
 * Shared pieces of the Word files (หนังสือภายนอก, ประกาศ): A4 with the
 * correspondence regulation's margins, TH SarabunPSK 16 pt named for every
 * script (w:ascii, w:hAnsi, w:cs) with the complex-script size (w:szCs) set,
 * since Word draws Thai with the complex-script font and size. Government PCs
 * have the font; the file does not embed it.
 */

/** Fonts an office may choose for its letters (content/letter.yaml). */
export const LETTER_FONTS = ['TH SarabunPSK', 'TH SarabunIT๙'] as const;
export type LetterFont = (typeof LETTER_FONTS)[number];

/** 16 pt in Word's half-points. */
export const BODY_HALF_POINTS = 32;
/** Line pitch of body text: 22 pt in twips. */
const LINE_TWIPS = 440;
/** Spacing of a paragraph that holds an image: as tall as the image needs. */
export const IMAGE_SPACING = { line: 240, lineRule: LineRuleType.AUTO } as const;
/** First-line indent of a paragraph: 2.5 cm. */
export const PARAGRAPH_INDENT = '2.5cm';
/** Where the right-hand column (ส่วนราชการ, signature) starts, from the left margin. */
export const RIGHT_COLUMN = '8cm';

/** A run of text in the document font (inherited from the default style). */
export function run(text: string, options: { bold?: boolean; size?: number } = {}): TextRun {
  const size = options.size ? { size: options.size, sizeComplexScript: options.size } : {};
  return new TextRun({ text, bold: options.bold, boldComplexScript: options.bold, ...size });
}

/** A paragraph of text; `indent` gives the 2.5 cm first-line indent of body paragraphs. */
export function para(text: string | TextRun[], options: IParagraphOptions & { indentFirst?: boolean; bold?: boolean } = {}): Paragraph {
  const { indentFirst, bold, ...rest } = options;
  const children = typeof text === 'string' ? [run(text, { bold })] : text;
  return new Paragraph({
    ...rest,
    children,
    indent: { ...(indentFirst ? { firstLine: PARAGRAPH_INDENT } : {}), ...(rest.indent ?? {}) },
    alignment: rest.alignment ?? (indentFirst ? AlignmentType.THAI_DISTRIBUTE : undefined),
  });
}

/** An empty line at body size; `keepNext` holds it on the page of the paragraph after it (a signature block). */
export const blank = (keepNext = false) => new Paragraph({ children: [run('')], keepNext });

/**
 * A line with text at the left margin and more in the right-hand column
 * (ที่ … and ส่วนราชการ): a hanging indent makes the column's tab stop, so a
 * long office name wraps under itself, not back to the margin.
 */
export function leftAndRight(left: string, right: string): Paragraph {
  return new Paragraph({
    children: [run(left), new TextRun({ text: '\t' }), run(right)],
    indent: { left: RIGHT_COLUMN, hanging: RIGHT_COLUMN },
  });
}

/** Where the text after เรื่อง, เรียน and อ้างถึง starts: clear of the widest of the three labels. */
export const LABEL_COLUMN = '1.75cm' as const;
/** Where the items after สิ่งที่ส่งมาด้วย start: clear of that longer label. */
export const ENCLOSURE_COLUMN = '2.75cm' as const;

/**
 * A labelled line of the external-letter form (เรื่อง, เรียน, อ้างถึง,
 * สิ่งที่ส่งมาด้วย): the label, a tab, the text, with a hanging indent so a
 * wrapped line aligns with the text, not with the label, as the form is typed.
 */
export function labelled(label: string, text: string, column: `${number}cm` = LABEL_COLUMN): Paragraph {
  return new Paragraph({
    // A real tab (w:tab): the hanging indent is its stop.
    children: [run(label), new TextRun({ children: [new Tab()] }), run(text)],
    indent: { left: column, hanging: column },
  });
}

/** A paragraph in the right-hand column, centred there (closing, signature block); `keepNext` as for blank(). */
export function rightColumn(text: string, options: { center?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: [run(text)],
    indent: { left: RIGHT_COLUMN },
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    keepNext: options.keepNext,
  });
}

const qrPngs = new Map<string, Promise<Buffer>>();

/** A QR code as a PNG (quiet zone included) for a Word file: 10 px a module is sharp at any print size. Made once per URL. */
export function qrPng(url: string): Promise<Buffer> {
  let png = qrPngs.get(url);
  if (!png) {
    png = qrSymbolPng(qrModulesOf(url), QR_QUIET_ZONE, 10);
    if (qrPngs.size > 200) qrPngs.clear();
    qrPngs.set(url, png);
  }
  return png;
}

/** A QR image exactly `mm` wide (docx sizes images in 96-dpi pixels). */
export function qrImage(png: Buffer, mm: number, description: string): ImageRun {
  const px = (mm / 25.4) * 96;
  // One drawing per document: a fixed id keeps the bytes the same from one build to the next (docx counts ids per process).
  return new ImageRun({ type: 'png', data: png, transformation: { width: px, height: px }, altText: { id: '1', name: 'QR', description, title: description } });
}

/** Packs an A4 document with the regulation's margins (top 2.5, left 3, right 2 cm) in the chosen font. */
export async function packA4(children: Paragraph[], meta: { title: string; font: LetterFont }): Promise<Buffer> {
  const font = { ascii: meta.font, hAnsi: meta.font, cs: meta.font, eastAsia: meta.font };
  const doc = new Document({
    title: meta.title,
    creator: 'Smart Law campaign kit',
    styles: {
      default: {
        document: {
          run: { font, size: BODY_HALF_POINTS, sizeComplexScript: BODY_HALF_POINTS, language: { value: 'th-TH', bidirectional: 'th-TH' } },
          // Lines 22 pt apart (1.4 × 16 pt, as the PDF ประกาศ): Thai fonts' own "single" spacing is far looser.
          // Image paragraphs (the QR) override it, or the image would be clipped to one line.
          paragraph: { spacing: { before: 0, after: 0, line: LINE_TWIPS, lineRule: LineRuleType.EXACT } },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: '2.5cm', bottom: '2cm', left: '3cm', right: '2cm' } } },
        children,
      },
    ],
  });
  // Same spec, same bytes: the render cache and the worker threads rely on it. docx stamps the time of
  // packing into docProps/core.xml and every ZIP entry; write core.xml without it and fix the entry times.
  const bytes = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(meta.title) }]);
  return fixZipTimes(bytes);
}

function coreXml(title: string): string {
  const escaped = title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<dc:title>${escaped}</dc:title><dc:creator>Smart Law campaign kit</dc:creator></cp:coreProperties>`
  );
}

/** Sets every entry's DOS date and time in a ZIP to 1 January 2020, 00:00 (data and checksums untouched). */
export function fixZipTimes(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  const DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;
  for (let i = 0; i + 4 <= out.length; i++) {
    const signature = out.readUInt32LE(i);
    if (signature === 0x04034b50) {
      out.writeUInt16LE(0, i + 10);
      out.writeUInt16LE(DATE, i + 12);
      i += 29 + out.readUInt16LE(i + 26) + out.readUInt16LE(i + 28) + out.readUInt32LE(i + 18);
    } else if (signature === 0x02014b50) {
      out.writeUInt16LE(0, i + 12);
      out.writeUInt16LE(DATE, i + 14);
      i += 45 + out.readUInt16LE(i + 28) + out.readUInt16LE(i + 30) + out.readUInt16LE(i + 32);
    } else if (signature === 0x06054b50) {
      break;
    }
  }
  return out;
}
