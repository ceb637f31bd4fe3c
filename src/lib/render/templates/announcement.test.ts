import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LONGEST_NAME } from '../../../test/fixtures/hard-names';
import { findEmblem } from '../emblem';
import { MM, type Page, type TextItem } from '../page';
import { renderPdf } from '../pdf';
import { announcementBodySize, announcementPage, type AnnouncementSubject } from './announcement';
import type { KitCampaign } from './common';

const campaign: KitCampaign = {
  title: 'ร้องเรียน ร้องทุกข์ ผ่านระบบ Smart Law',
  summary: 'x',
  subjects: ['การดำเนินงานขององค์กรปกครองส่วนท้องถิ่น', 'การให้บริการสาธารณะ', 'ความประพฤติและการปฏิบัติหน้าที่ของผู้ดำรงตำแหน่งในองค์กรปกครองส่วนท้องถิ่น'],
  websiteUrl: 'https://sll.dla.go.th',
  appName: 'DLA SLL',
};
const subject = (extra: Partial<AnnouncementSubject> = {}): AnnouncementSubject => ({
  name: 'องค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่ หมู่ 5',
  contacts: [],
  dateText: '',
  pageUrl: 'https://smartlaw.test/',
  executiveTitle: 'นายกองค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่',
  dateParts: { day: '๒๘', month: 'พฤศจิกายน', year: '๒๕๖๙' },
  ...extra,
});
const texts = (page: Page) => page.items.filter((i): i is TextItem => i.kind === 'text').map((i) => i.text);
const dir = mkdtempSync(join(tmpdir(), 'smartlaw-announcement-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('announcementPage', () => {
  it('prints its body at the size of TH Sarabun PSK 16 pt (Sarabun about 10.9 pt)', () => {
    expect(announcementBodySize()).toBeCloseTo(10.92, 1);
  });

  it('prints the signatory and their position when given, in parentheses', () => {
    const page = announcementPage(subject({ signatoryName: 'นายทดสอบ ใจดี', signatoryTitle: 'ปฏิบัติหน้าที่นายกองค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่' }), campaign);
    expect(texts(page)).toContain('(นายทดสอบ ใจดี)');
    expect(texts(page)).toContain('ปฏิบัติหน้าที่นายกองค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่');
  });

  it('leaves a dotted line for a handwritten name and prints the executive title otherwise', () => {
    const page = announcementPage(subject(), campaign);
    const dotted = texts(page).find((t) => /^\(\.{20,}\)$/.test(t));
    expect(dotted).toBeDefined();
    expect(texts(page)).toContain('นายกองค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่');
  });

  it('uses Thai digits everywhere but in web addresses', () => {
    const all = texts(announcementPage(subject(), campaign)).join('\n');
    expect(all).toContain('หมู่ ๕');
    expect(all).toContain('(๑)');
    expect(all.replace(/https:\/\/\S+/g, '')).not.toMatch(/[0-9]/);
  });

  it('places the emblem 3 cm high, 1.5 cm from the top, centred; the QR code below the signature', async () => {
    writeFileSync(join(dir, 'emblem.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle cx="5" cy="5" r="4"/></svg>');
    const page = announcementPage(subject({ name: LONGEST_NAME, emblem: findEmblem(dir) }), campaign);
    const emblem = page.items.find((i) => i.kind === 'image')!;
    expect(emblem).toMatchObject({ y: 15 * MM, height: 30 * MM });
    expect(emblem.x + emblem.width / 2).toBeCloseTo(page.width / 2, 6);
    const title = page.items.filter((i): i is TextItem => i.kind === 'text').find((t) => t.text.startsWith('นายก'))!;
    const qr = page.items.find((i) => i.kind === 'qr')!;
    expect(qr.y).toBeGreaterThan(title.y);
    expect(qr.y + qr.size).toBeLessThanOrEqual(page.height - 15 * MM + 1e-6);
    const pdf = await renderPdf([page], { title: 't' });
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image .*\/SMask/);
  });

  it('dates the ประกาศ as official ones do: "ประกาศ ณ วันที่ ๒๘ พฤศจิกายน พ.ศ. ๒๕๖๙", no "เดือน"', () => {
    expect(texts(announcementPage(subject(), campaign))).toContain('ประกาศ ณ วันที่ ๒๘ พฤศจิกายน พ.ศ. ๒๕๖๙');
  });

  it('sets the numbered list one step in, and the paragraphs after it back at the paragraph indent', () => {
    const lines = announcementPage(subject(), campaign).items.filter((i): i is TextItem => i.kind === 'text');
    const left = 30 * MM;
    const at = (start: string) => lines.find((l) => l.text.startsWith(start))!;
    const indent = at('ด้วยกรม').x;
    expect(indent).toBeCloseTo(left + 25 * MM, 6);
    // The closing paragraphs start where the body's paragraphs do.
    expect(at('ก่อนกรอกข้อมูล').x).toBeCloseTo(indent, 6);
    expect(at('จึงประกาศมาให้ทราบ').x).toBeCloseTo(indent, 6);
    // The numbers stand 1 cm deeper; every item's text, wrapped lines too, at one tab after them.
    const numbers = lines.filter((l) => /^\([๑-๙]\)$/.test(l.text));
    expect(numbers).toHaveLength(3);
    for (const n of numbers) expect(n.x).toBeCloseTo(indent + 10 * MM, 6);
    const item = (i: number) => lines.filter((l) => l.y >= numbers[i]!.y - 0.01 && (i === 2 ? l.y < at('ก่อนกรอกข้อมูล').y : l.y < numbers[i + 1]!.y) && l !== numbers[i]);
    const tabs = [0, 1, 2].flatMap((i) => item(i).map((l) => l.x));
    expect(tabs.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...tabs) - Math.min(...tabs)).toBeLessThan(0.01);
    expect(Math.min(...tabs)).toBeGreaterThan(numbers[0]!.x);
  });
});
