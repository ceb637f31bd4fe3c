import { execFileSync } from 'node:child_process';
import { runAsync } from '../../test/build-utils';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../test/zip-utils';
import { announcementDocx } from './announcement';
import { qrPng } from './common';
import { letterDocx, type LetterSpec } from './letter';
import { decodePdfQrCodes } from '../../test/pdf-utils';

const SUBJECTS = [
  'การดำเนินงานขององค์กรปกครองส่วนท้องถิ่น',
  'การให้บริการสาธารณะ',
  'ความประพฤติและการปฏิบัติหน้าที่ของผู้ดำรงตำแหน่งในองค์กรปกครองส่วนท้องถิ่น',
];
const campaign = { websiteUrl: 'https://sll.dla.go.th', appName: 'DLA SLL', subjects: SUBJECTS };
const STAFF_URL = 'https://smartlaw.test/province/chachoengsao/kit/';
/** A synthetic LGO name (test data), longer than any real one. */
const LONG_NAME = 'องค์การบริหารส่วนตำบลใหม่หนองคลองศรีกลางทองเสือดินเกาะมะม่วงมะพร้าวแก้วมะม่วงฝนราษฎร์สามัคคี';
const letter: Omit<LetterSpec, 'qrPng'> = {
  font: 'TH SarabunPSK',
  office: 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดฉะเชิงเทรา',
  to: 'นายอำเภอ ทุกอำเภอ',
  reference: 'หนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ .......... ลงวันที่ ..........',
  area: 'จังหวัดฉะเชิงเทรา',
  lgoCount: 123,
  year: '๒๕๖๙',
  campaign,
  contact: { unit: 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดฉะเชิงเทรา', phone: '038-512679-80' },
  staffUrl: STAFF_URL,
};

/** The text of document.xml's paragraphs, one string per w:p. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

const work = mkdtempSync(join(tmpdir(), 'smartlaw-docx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the draft letter (DOCX)', () => {
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await letterDocx({ ...letter, qrPng: await qrPng(STAFF_URL) });
  });

  it('is a valid package with the external-letter parts in order, Thai digits, blanks for the office', () => {
    const files = readZip(bytes);
    for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', '_rels/.rels']) expect(files.has(part), part).toBe(true);
    expect([...files.keys()].some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
    const text = paragraphs(files.get('word/document.xml')!.toString('utf8'));
    const find = (re: RegExp) => text.findIndex((p) => re.test(p));
    const order = [/^ที่ \.+\/ว \.+\tสำนักงานส่งเสริม/, /๒๕๖๙$/, /^เรื่อง/, /^เรียนนายอำเภอ/, /^อ้างถึง/, /^สิ่งที่ส่งมาด้วย/, /^ตามที่อ้างถึง/, /^จึงเรียนมา/, /^ขอแสดงความนับถือ$/, /^\(\.+\)$/, /^ตำแหน่ง/, /^โทร ๐๓๘-๕๑๒๖๗๙-๘๐$/, /^รายละเอียดปรากฏตาม QR Code https:\/\/smartlaw\.test\/province\/chachoengsao\/kit\/$/];
    const at = order.map(find);
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text.join('\n')).toContain('จำนวน ๑๒๓ แห่ง');
    // Web addresses keep ASCII digits and letters: they must stay typeable.
    expect(text.join('\n')).toContain('https://sll.dla.go.th');
  });

  it('hangs the text of เรื่อง, เรียน, อ้างถึง and สิ่งที่ส่งมาด้วย: label, tab, text; wrapped lines align with the text', () => {
    const xml = readZip(bytes).get('word/document.xml')!.toString('utf8');
    const blocks = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const text = paragraphs(xml);
    const columns = ['เรื่อง', 'เรียน', 'อ้างถึง', 'สิ่งที่ส่งมาด้วย'].map((label) => {
      const block = blocks[text.findIndex((p) => p.startsWith(label))]!;
      // The label alone in its first run, then a real tab, then the text.
      expect(block, label).toMatch(new RegExp(`<w:t[^>]*>${label}</w:t></w:r><w:r><w:tab/></w:r><w:r>`));
      const ind = block.match(/<w:ind w:left="([^"]+)" w:hanging="([^"]+)"\/>/);
      expect(ind, label).not.toBeNull();
      expect(ind![1], label).toBe(ind![2]);
      return ind![1];
    });
    expect(columns.slice(0, 3)).toEqual(['1.75cm', '1.75cm', '1.75cm']);
    // The enclosures' second item starts where the first item's text does.
    expect(blocks[text.findIndex((p) => p.startsWith('๒. ประกาศ'))]).toContain(`<w:ind w:left="${columns[3]}"/>`);
  });

  it('names TH SarabunPSK for every script with 16 pt complex-script size', () => {
    const styles = readZip(bytes).get('word/styles.xml')!.toString('utf8');
    expect(styles).toMatch(/<w:rFonts [^>]*w:ascii="TH SarabunPSK"[^>]*w:cs="TH SarabunPSK"/);
    expect(styles).toContain('<w:sz w:val="32"/>');
    expect(styles).toContain('<w:szCs w:val="32"/>');
    expect(styles).toContain('w:bidi="th-TH"');
  });

  it('is the same bytes every time it is made (the render cache relies on it)', async () => {
    await new Promise((resolve) => setTimeout(resolve, 2100)); // ZIP times have a 2-second grain
    expect((await letterDocx({ ...letter, qrPng: await qrPng(STAFF_URL) })).equals(bytes)).toBe(true);
    expect(readZip(bytes).get('docProps/core.xml')!.toString()).toContain('<dc:title>');
  });

  it('uses TH SarabunIT๙ when the office sets it', async () => {
    const it9 = await letterDocx({ ...letter, font: 'TH SarabunIT๙', qrPng: await qrPng(STAFF_URL) });
    expect(readZip(it9).get('word/styles.xml')!.toString('utf8')).toContain('w:cs="TH SarabunIT๙"');
  });

  it('opens in LibreOffice Writer: converted to PDF, the letter and the ประกาศ have their paragraphs and QR codes', async () => {
    // pdftotext gives LibreOffice's raised tone marks (ลิ้น) after the consonant they sit on, with a space:
    // compare without spaces and tone marks. document.xml is checked exactly above.
    const loose = (text: string) => text.replace(/[\s\u0e48-\u0e4b]+/g, '');
    const soffice = await runAsync('soffice', ['--version']);
    expect(soffice.status, 'LibreOffice Writer (soffice) must be installed: apt-get install libreoffice-writer-nogui').toBe(0);
    const file = join(work, 'letter.docx');
    writeFileSync(file, bytes);
    const announcement = join(work, 'announcement.docx');
    writeFileSync(announcement, await announcementDocx({ font: 'TH SarabunPSK', name: 'เทศบาลเมืองลิ้นเยิ้ม', executiveTitle: 'นายกเทศมนตรีเมืองลิ้นเยิ้ม', dateParts: { day: '๒๘', month: 'พฤศจิกายน', year: '๒๕๖๙' }, campaign, qrPng: await qrPng(campaign.websiteUrl) }));
    // A synthetic name (test data) long enough to push the ประกาศ onto a second page in LibreOffice.
    const longAnnouncement = join(work, 'announcement-long.docx');
    writeFileSync(longAnnouncement, await announcementDocx({ font: 'TH SarabunPSK', name: LONG_NAME, executiveTitle: `นายก${LONG_NAME}`, dateParts: { day: '๒๘', month: 'พฤศจิกายน', year: '๒๕๖๙' }, campaign, qrPng: await qrPng(campaign.websiteUrl) }));
    // One start of LibreOffice for all files: starting it is most of the time.
    // Not execFileSync: a worker blocked for a minute (LibreOffice on a loaded machine) fails the whole run.
    const converted = await runAsync('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', work, file, announcement, longAnnouncement], { timeout: 180_000 });
    expect(converted.status, converted.stderr).toBe(0);
    // Where a page break falls, the date and the whole signature block stay on one page (keep with next).
    const pages = execFileSync('pdftotext', [join(work, 'announcement-long.pdf'), '-'], { encoding: 'utf8' }).split('\f').map(loose);
    expect(pages.filter((page) => page.length > 0).length).toBeGreaterThan(1);
    const pageOf = (text: string) => pages.findIndex((page) => page.includes(loose(text)));
    const datePage = pageOf('ประกาศ ณ วันที่ ๒๘ พฤศจิกายน พ.ศ. ๒๕๖๙');
    expect(datePage).toBeGreaterThanOrEqual(0);
    expect(pageOf('(......................................................)')).toBe(datePage);
    expect(pageOf('นายกองค์การบริหารส่วนตำบล')).toBe(datePage);
    const announced = loose(execFileSync('pdftotext', [join(work, 'announcement.pdf'), '-'], { encoding: 'utf8' }));
    for (const expected of ['ประกาศเทศบาลเมืองลิ้นเยิ้ม', 'เรื่อง ประชาสัมพันธ์ช่องทาง', 'ประกาศ ณ วันที่ ๒๘ พฤศจิกายน พ.ศ. ๒๕๖๙', 'นายกเทศมนตรีเมืองลิ้นเยิ้ม']) expect(announced).toContain(loose(expected));
    expect(await decodePdfQrCodes(join(work, 'announcement.pdf'), 300)).toContain(campaign.websiteUrl);
    // -layout: the labels' text stands in its own column (hanging indent), which plain mode reads as a separate block.
    const text = execFileSync('pdftotext', ['-layout', join(work, 'letter.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of ['ที่', 'เรื่อง ประชาสัมพันธ์ช่องทาง', 'เรียน นายอำเภอ ทุกอำเภอ', 'อ้างถึง', 'สิ่งที่ส่งมาด้วย', 'ขอแสดงความนับถือ', 'ตำแหน่ง', 'โทร ๐๓๘-๕๑๒๖๗๙-๘๐', STAFF_URL]) {
      expect(text).toContain(expected);
    }
    const codes = await decodePdfQrCodes(join(work, 'letter.pdf'), 200);
    expect(codes).toContain(STAFF_URL);
  }, 200_000);
});

describe('the ประกาศ (DOCX)', () => {
  it('puts the QR and its address at the foot of the page, after the signature block, not beside it in a table', async () => {
    const spec = { font: 'TH SarabunPSK' as const, name: 'เทศบาลเมืองลิ้นเยิ้ม', executiveTitle: 'นายกเทศมนตรีเมืองลิ้นเยิ้ม', dateParts: { day: '๒๘', month: 'พฤศจิกายน', year: '๒๕๖๙' }, campaign, qrPng: await qrPng(campaign.websiteUrl) };
    const xml = readZip(await announcementDocx(spec)).get('word/document.xml')!.toString('utf8');
    expect(xml).not.toContain('<w:tbl>');
    const blocks = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const text = paragraphs(xml);
    const qrAt = blocks.findIndex((p) => p.includes('<w:drawing>'));
    const captionAt = text.findIndex((p) => p.includes('สแกนเพื่อร้องเรียน'));
    const signatureAt = text.indexOf('(......................................................)');
    const titleAt = text.indexOf('นายกเทศมนตรีเมืองลิ้นเยิ้ม');
    expect(signatureAt).toBeGreaterThan(0);
    expect(titleAt).toBe(signatureAt + 1);
    // Code, then its caption, both after the signature block and the last paragraphs of the page.
    expect(qrAt).toBeGreaterThan(titleAt);
    expect(captionAt).toBe(qrAt + 1);
    expect(captionAt).toBe(blocks.length - 1);
    // Held to the bottom margin at the left, in one frame (same frame properties on both paragraphs).
    const frames = [blocks[qrAt]!, blocks[captionAt]!].map((p) => p.match(/<w:framePr [^>]*>/)?.[0]);
    expect(frames[0]).toMatch(/w:vAnchor="margin"[^>]*w:xAlign="left" w:yAlign="bottom"/);
    expect(frames[1]).toBe(frames[0]);
  });

  it('sets the numbered subjects 1 cm deeper than a paragraph, the text after a tab, wrapped lines under it (as the PDF)', async () => {
    const spec = { font: 'TH SarabunPSK' as const, name: 'เทศบาลเมืองลิ้นเยิ้ม', executiveTitle: 'นายกเทศมนตรีเมืองลิ้นเยิ้ม', dateParts: { day: '๒๘', month: 'พฤศจิกายน', year: '๒๕๖๙' }, campaign, qrPng: await qrPng(campaign.websiteUrl) };
    const xml = readZip(await announcementDocx(spec)).get('word/document.xml')!.toString('utf8');
    const items = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]).filter((p) => /\([๑๒๓]\)/.test(p));
    expect(items).toHaveLength(3);
    // Text at 4.3 cm, the number hanging 0.8 cm before it at 3.5 cm; a paragraph's first line is at 2.5 cm.
    for (const item of items) {
      expect(item).toMatch(/<w:ind w:left="4\.3cm" w:hanging="0\.8cm"\/>/);
      expect(item).toContain('<w:tab/>');
    }
  });

  it('has the PDF’s parts: heading, เรื่อง, body, date, signature with the name when given, else a blank', async () => {
    const spec = { font: 'TH SarabunPSK' as const, name: 'องค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่', executiveTitle: 'นายกองค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่', dateParts: { day: '๒๘', month: 'พฤศจิกายน', year: '๒๕๖๙' }, campaign, qrPng: await qrPng(campaign.websiteUrl) };
    const blank = paragraphs(readZip(await announcementDocx(spec)).get('word/document.xml')!.toString('utf8'));
    expect(blank).toContain('ประกาศองค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่');
    expect(blank).toContain('เรื่อง ประชาสัมพันธ์ช่องทางการร้องเรียนร้องทุกข์ผ่านระบบฐานข้อมูล Smart Law');
    expect(blank).toContain('ประกาศ ณ วันที่ ๒๘ พฤศจิกายน พ.ศ. ๒๕๖๙');
    expect(blank).toContain('(......................................................)');
    expect(blank).toContain('นายกองค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่');
    for (const s of SUBJECTS) expect(blank.some((p) => p.endsWith(s))).toBe(true);
    const named = paragraphs(readZip(await announcementDocx({ ...spec, signatoryName: 'นายทดสอบ ระบบ' })).get('word/document.xml')!.toString('utf8'));
    expect(named).toContain('(นายทดสอบ ระบบ)');
  });
});
