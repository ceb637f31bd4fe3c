import { describe, expect, it } from 'vitest';
import { loadFont } from './fonts';
import { MM, type Page, type TextItem } from './page';
import { measureText } from './shape';
import { announcementPage, bannerImage, posterPage, shareImage, type KitCampaign, type KitSubject } from './templates';

const campaign: KitCampaign = {
  title: 'ร้องเรียน ร้องทุกข์ ผ่านระบบ Smart Law',
  summary: 'แจ้งเรื่องร้องเรียนร้องทุกข์เกี่ยวกับองค์กรปกครองส่วนท้องถิ่นได้ทางเว็บไซต์ sll.dla.go.th และแอปพลิเคชัน DLA SLL',
  subjects: ['การดำเนินงานขององค์กรปกครองส่วนท้องถิ่น', 'การให้บริการสาธารณะ', 'ความประพฤติและการปฏิบัติหน้าที่ของผู้ดำรงตำแหน่งในองค์กรปกครองส่วนท้องถิ่น'],
  websiteUrl: 'https://sll.dla.go.th',
  appName: 'DLA SLL',
};
// 120 characters, the longest name the registry accepts; stacked marks throughout.
const LONGEST = `องค์การบริหารส่วนตำบล${'น้ำผู้ใหญ่ปี่ลิ้นเยิ้มหนี้'.repeat(5)}`.slice(0, 120);
const subject = (name: string): KitSubject => ({
  name,
  where: 'อำเภอเมืองฉะเชิงเทรา จังหวัดฉะเชิงเทรา',
  contacts: [{ name: 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดฉะเชิงเทรา', phone: '038-512679-80' }],
  dateText: 'ประกาศ ณ วันที่ ๒๘ พฤศจิกายน ๒๕๖๙',
  pageUrl: 'https://smartlaw.test/lgo/x/',
});

/** Box of a text item: its advance across, ascender to descender down. */
function box(item: TextItem) {
  const font = loadFont(item.font);
  return {
    left: item.x,
    right: item.x + measureText(item.text, item.font, item.size),
    top: item.y - (font.ascender / font.upem) * item.size * 0.8,
    bottom: item.y - (font.descender / font.upem) * item.size * 0.5,
  };
}

/** Every text line inside the page's margins and no two lines on top of each other. */
function expectClean(page: Page, margin: number) {
  const texts = page.items.filter((i): i is TextItem => i.kind === 'text');
  const boxes = texts.map(box);
  for (const [i, b] of boxes.entries()) {
    expect(b.left, texts[i]!.text).toBeGreaterThanOrEqual(margin - 0.01);
    expect(b.right, texts[i]!.text).toBeLessThanOrEqual(page.width - margin + 0.01);
    expect(b.bottom, texts[i]!.text).toBeLessThanOrEqual(page.height);
    for (let j = i + 1; j < boxes.length; j++) {
      const o = boxes[j]!;
      const overlap = b.left < o.right && o.left < b.right && b.top < o.bottom && o.top < b.bottom;
      expect(overlap, `"${texts[i]!.text}" overlaps "${texts[j]!.text}"`).toBe(false);
    }
  }
}

describe('posterPage', () => {
  it.each(['A4', 'A3'] as const)('lays out a short and the longest name on %s without overflow or collisions', (paper) => {
    for (const name of ['เมืองพัทยา', LONGEST]) {
      const page = posterPage(subject(name), campaign, paper);
      expectClean(page, (12 * page.width) / 210 - 0.01);
      const qr = page.items.find((i) => i.kind === 'qr')!;
      expect(qr.size / MM / (page.width / (210 * MM))).toBeGreaterThanOrEqual(40); // at least 4 cm on A4
    }
  });

  it('is the same design at A3, scaled by √2', () => {
    const a4 = posterPage(subject('เทศบาลเมืองฉะเชิงเทรา'), campaign, 'A4');
    const a3 = posterPage(subject('เทศบาลเมืองฉะเชิงเทรา'), campaign, 'A3');
    expect(a3.items.length).toBe(a4.items.length);
    const ratio = a3.width / a4.width;
    const name4 = a4.items.find((i): i is TextItem => i.kind === 'text' && i.text === 'เทศบาลเมืองฉะเชิงเทรา')!;
    const name3 = a3.items.find((i): i is TextItem => i.kind === 'text' && i.text === 'เทศบาลเมืองฉะเชิงเทรา')!;
    expect(name3.size / name4.size).toBeCloseTo(ratio, 2);
  });
});

describe('announcementPage', () => {
  it('fits the longest name on one A4 page', () => {
    const page = announcementPage(
      { ...subject(LONGEST), executiveTitle: `นายก${LONGEST}`, dateParts: { day: '๒๘', month: 'พฤศจิกายน', year: '๒๕๖๙' } },
      campaign,
    );
    expectClean(page, 20 * MM - 0.01);
    const bottom = (i: Page['items'][number]) => (i.kind === 'rect' || i.kind === 'link' ? i.y + i.height : i.kind === 'qr' ? i.y + i.size : i.y);
    const lowest = Math.max(...page.items.map(bottom));
    expect(lowest).toBeLessThanOrEqual(page.height - 10 * MM);
    // Sarabun at the printed size of TH Sarabun PSK 16 pt (about 10.9 pt), not 16 pt.
    const body = page.items.find((i): i is TextItem => i.kind === 'text' && i.text.startsWith('ด้วยกรม'))!;
    expect(body.size).toBeGreaterThan(10.7);
    expect(body.size).toBeLessThan(11.1);
  });
});

describe('shareImage and bannerImage', () => {
  it.each([
    [1200, 630],
    [1080, 1080],
  ])('keep the longest name inside %i×%i', (width, height) => {
    const page = shareImage({ name: LONGEST }, campaign, width, height);
    expectClean(page, 0);
    const qr = page.items.find((i) => i.kind === 'qr')!;
    for (const text of page.items.filter((i): i is TextItem => i.kind === 'text' && i.color === '#ffffff')) {
      const b = box(text);
      const clearOfCode = b.right <= qr.x || b.left >= qr.x + qr.size || b.bottom <= qr.y || b.top >= qr.y + qr.size;
      expect(clearOfCode, text.text).toBe(true);
    }
  });

  it.each([
    [728, 90],
    [300, 250],
    [1200, 300],
  ])('fit the campaign into a %i×%i banner', (width, height) => {
    expectClean(bannerImage(campaign, width, height), 0);
  });
});
