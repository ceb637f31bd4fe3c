import { describe, expect, it } from 'vitest';
import { KIT_CAMPAIGN } from '../../test/fixtures/kit-campaign';
import { loadFont } from './fonts';
import { MM, type Page, type TextItem } from './page';
import { inkBox, measureText } from './shape';
import { TYPE } from '../design/tokens';
import { HARD_NAMES, LONGEST_SPACED_NAME } from '../../test/fixtures/hard-names';
import { breakPoints } from './line-break';
import { announcementPage, bannerImage, posterPage, shareImage, storyImage, type KitSubject } from './templates';

const campaign = KIT_CAMPAIGN;
// 120 characters, the longest name the registry accepts; stacked marks throughout.
const LONGEST = `องค์การบริหารส่วนตำบล${'น้ำผู้ใหญ่ปี่ลิ้นเยิ้มหนี้'.repeat(5)}`.slice(0, 120);
const subject = (name: string): KitSubject => ({
  name,
  where: 'อำเภอเมืองฉะเชิงเทรา จังหวัดฉะเชิงเทรา',
  contacts: [{ name: 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดฉะเชิงเทรา', phone: '038-512679-80' }],
  dateText: 'ประกาศ ณ วันที่ 28 พฤศจิกายน พ.ศ. 2569',
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

  it.each(['A4', 'A3'] as const)('keeps every box on the %s page and clear of the text of other boxes with the longest name and four phone numbers', (paper) => {
    const crowded = { ...subject(LONGEST), contacts: [0, 1, 2, 3].map((i) => ({ name: LONGEST, phone: `038-51267${i} ต่อ 1234` })) };
    const page = posterPage(crowded, campaign, paper);
    const margin = (12 * page.width) / 210;
    expectClean(page, margin - 0.01);
    const boxes = page.items.flatMap((i): { kind: string; x: number; y: number; width: number; height: number; bottom: number; right: number }[] =>
      i.kind === 'rect' ? [{ ...i, bottom: i.y + i.height, right: i.x + i.width }] : i.kind === 'qr' ? [{ ...i, width: i.size, height: i.size, bottom: i.y + i.size, right: i.x + i.size }] : [],
    );
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(margin - 0.01);
      expect(b.right).toBeLessThanOrEqual(page.width - margin + 0.01);
      expect(b.bottom).toBeLessThanOrEqual(page.height - margin + 0.01);
    }
    // Text inside a panel belongs to it; text that starts outside a panel must not reach into it.
    const panels = boxes.filter((b) => b.kind === 'rect' && b.height > 10 && b.width > page.width / 2);
    for (const text of page.items.filter((i): i is TextItem => i.kind === 'text')) {
      const t = box(text);
      for (const p of panels) {
        const inside = t.top >= p.y - 0.01 && t.bottom <= p.bottom + 0.01;
        const apart = t.bottom <= p.y || t.top >= p.bottom;
        expect(inside || apart, `"${text.text}" (${t.top.toFixed(1)}–${t.bottom.toFixed(1)}) straddles a panel's edge (${p.y.toFixed(1)}–${p.bottom.toFixed(1)})`).toBe(true);
      }
    }
    expect(page.items.filter((i): i is TextItem => i.kind === 'text').some((i) => i.text.includes('038-512673'))).toBe(true);
  });

  it('prints the date with Arabic digits and พ.ศ., the address under the code, and the three subjects', () => {
    const page = posterPage(subject('เทศบาลเมืองฉะเชิงเทรา'), campaign, 'A4');
    const lines = page.items.filter((i): i is TextItem => i.kind === 'text');
    expect(lines.map((i) => i.text)).toContain('ประกาศ ณ วันที่ 28 พฤศจิกายน พ.ศ. 2569');
    const qr = page.items.find((i) => i.kind === 'qr')!;
    const url = lines.find((i) => i.text === 'https://sll.dla.go.th')!;
    expect(url.y).toBeGreaterThan(qr.y + qr.size);
    expect(url.x).toBeGreaterThanOrEqual(qr.x - qr.size);
    const all = lines.map((i) => i.text).join('');
    for (const s of campaign.subjects) expect(all).toContain(s.replace(/\s/g, ''));
    expect(all).toContain('ค้นหา “DLA SLL” ใน App Store หรือ Google Play');
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

describe('long names on the poster and the ประกาศ', () => {
  /** Kinds of the breaks taken between a text's lines (lines as laid out, spaces at breaks dropped). */
  const breaksTaken = (full: string, lines: string[]) => {
    const kinds = new Map(breakPoints(full).map((p) => [p.index, p.kind]));
    let at = 0;
    return lines.slice(0, -1).map((line) => {
      at = full.indexOf(line, at) + line.length;
      while (full[at] === ' ') at++;
      return kinds.get(at) ?? 'none';
    });
  };

  it.each(HARD_NAMES.map((n) => [n]))('breaks %s only where a Thai reader allows, inside a place name only when it is wider than the line', (name) => {
    const poster = posterPage(subject(name), campaign, 'A4');
    const posterName = texts(poster).filter((i) => i.variable && i.font === 'bold' && name.includes(i.text)).map((i) => i.text);
    const announcement = announcementPage({ ...subject(name), executiveTitle: `นายก${name}`, dateParts: { day: '๒๘', month: 'พฤศจิกายน', year: '๒๕๖๙' } }, campaign);
    const heading = texts(announcement).filter((i) => i.font === 'bold' && !i.text.startsWith('เรื่อง')).map((i) => i.text);
    const signature = texts(announcement).filter((i) => i.y > texts(announcement).find((t) => t.text.startsWith('(..'))!.y && i.size > 10).map((i) => i.text);
    for (const [full, lines] of [[name, posterName], [`ประกาศ${name}`, heading], [`นายก${name}`, signature]] as const) {
      expect(lines.join('').replace(/ /g, ''), full).toBe(full.replace(/ /g, ''));
      const kinds = breaksTaken(full, [...lines]);
      expect(kinds, full).not.toContain('none');
      // Only a place name wider than any line (the synthetic 120-character one) is broken inside, once.
      if (![LONGEST].includes(name)) expect(kinds, full).not.toContain('inner');
      expect(kinds.filter((k) => k === 'inner').length).toBeLessThanOrEqual(1);
    }
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

const texts = (page: Page) => page.items.filter((i): i is TextItem => i.kind === 'text');
const feedImage = (name: string, width: number, height: number) => (height > width * 1.5 ? storyImage : shareImage)({ name }, campaign, width, height);
const FEED_SIZES = [
  [1200, 630],
  [1080, 1080],
  [1080, 1920],
] as const;

describe('feed images: link preview, square post, story', () => {
  it.each(FEED_SIZES)('keep the longest name inside %i×%i, clear of every other line', (width, height) => {
    for (const name of ['กรุงเทพมหานคร', 'องค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่', LONGEST]) {
      const page = feedImage(name, width, height);
      expectClean(page, 0);
      // The whole name is printed.
      expect(texts(page).filter((i) => i.variable).map((i) => i.text).join('')).toBe(name);
    }
  });

  it.each(FEED_SIZES)('%i×%i: no QR code, no text under 24 px at 1200 px wide, the address the largest line after the name', (width, height) => {
    const page = feedImage(LONGEST, width, height);
    expect(page.items.some((i) => i.kind === 'qr')).toBe(false);
    for (const item of texts(page)) expect(item.size, item.text).toBeGreaterThanOrEqual((24 * width) / 1200 - 0.01);
    const address = texts(page).find((i) => i.text === 'sll.dla.go.th')!;
    const others = texts(page).filter((i) => !i.variable && i !== address);
    expect(address.size).toBeGreaterThan(Math.max(...others.map((i) => i.size)));
  });

  it.each(FEED_SIZES)('%i×%i: the longest name takes 2–3 balanced lines at a readable size, its prefix on a line of its own', (width, height) => {
    const name = texts(feedImage(LONGEST, width, height)).filter((i) => i.variable);
    expect(name.length).toBeGreaterThanOrEqual(2);
    expect(name.length).toBeLessThanOrEqual(3);
    for (const line of name) {
      expect(line.size).toBeGreaterThanOrEqual(24);
      expect(line.size).toBeGreaterThanOrEqual((TYPE.share.nameMin * width) / 1200 - 0.01);
    }
    // Broken between the prefix and the place name, then the place name split once, evenly.
    expect(name[0]!.text).toBe('องค์การบริหารส่วนตำบล');
    const place = name.slice(1).map((l) => measureText(l.text, l.font, l.size));
    expect(Math.min(...place) / Math.max(...place)).toBeGreaterThan(0.8);
  });

  it.each(FEED_SIZES)('%i×%i: a long name with spaces breaks at its spaces, not between the words of its place part', (width, height) => {
    const lines = texts(feedImage(LONGEST_SPACED_NAME, width, height)).filter((i) => i.variable).map((i) => i.text);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines.slice(1)) expect(LONGEST_SPACED_NAME[LONGEST_SPACED_NAME.indexOf(line) - 1], line).toBe(' ');
  });

  it.each(FEED_SIZES)('%i×%i: draws the campaign mark and differs between LGOs only in the name (two box heights: up to two lines, three)', (width, height) => {
    const fixed = (page: Page) => JSON.stringify(page.items.filter((i) => !(i.kind === 'text' && i.variable)));
    const a = feedImage('เทศบาลนครนนทบุรี', width, height);
    expect(a.items.filter((i) => i.kind === 'path').length).toBeGreaterThanOrEqual(3);
    expect(fixed(feedImage('องค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่', width, height))).toBe(fixed(a));
    expect(fixed(feedImage(LONGEST, width, height))).toBe(fixed(feedImage(LONGEST_SPACED_NAME, width, height)));
  });

  it('shows the three subjects on the square post and the story', () => {
    for (const [width, height] of [FEED_SIZES[1], FEED_SIZES[2]]) {
      const text = texts(feedImage('เมืองพัทยา', width, height)).map((i) => i.text).join('');
      for (const subject of campaign.subjects) expect(text).toContain(subject.replace(/\s/g, ''));
    }
  });
});

describe('bannerImage', () => {
  it.each([
    [728, 90],
    [300, 250],
    [1200, 300],
  ])('fills a %i×%i banner with margins: nothing touches an edge, no large empty area', (width, height) => {
    const page = bannerImage(campaign, width, height);
    expectClean(page, 0);
    const margin = Math.min(width, height) * 0.06;
    const ink = page.items.filter((i) => i.kind === 'text' || i.kind === 'path' || i.kind === 'qr');
    const extents = ink.map((i) =>
      i.kind === 'text'
        ? { left: i.x, right: i.x + measureText(i.text, i.font, i.size), top: box(i).top, bottom: box(i).bottom }
        : i.kind === 'qr'
          ? { left: i.x, right: i.x + i.size, top: i.y, bottom: i.y + i.size }
          : { left: i.x, right: i.x + 100 * i.scale, top: i.y, bottom: i.y + 98 * i.scale },
    );
    for (const e of extents) {
      expect(e.left).toBeGreaterThanOrEqual(margin - 0.01);
      expect(e.right).toBeLessThanOrEqual(width - margin + 0.01);
      expect(e.top).toBeGreaterThanOrEqual(margin * 0.5);
      expect(e.bottom).toBeLessThanOrEqual(height - margin * 0.5);
    }
    // Content spans the frame: across at least 85 % of the width, and no empty vertical strip wider than 15 %.
    const left = Math.min(...extents.map((e) => e.left));
    const right = Math.max(...extents.map((e) => e.right));
    expect((right - left) / width).toBeGreaterThanOrEqual(0.85);
    const covered = extents.map((e) => [e.left, e.right] as const).sort((a, b) => a[0] - b[0]);
    let reach = left;
    for (const [from, to] of covered) {
      expect(from - reach, `gap at ${reach}`).toBeLessThanOrEqual(width * 0.15);
      reach = Math.max(reach, to);
    }
    expect(texts(page).map((i) => i.text).join(' ')).toContain('sll.dla.go.th');
  });
});

describe('bannerImage reading order and room', () => {
  const ink = (page: Page) => page.items.flatMap((i) => (i.kind === 'text' ? [{ text: i.text, size: i.size, ...inkOf(i) }] : []));
  const inkOf = (i: TextItem) => inkBox(i.text, i.font, i.size, i.x, i.y, i.spacing)!;

  it.each([
    [728, 90],
    [300, 250],
    [1200, 300],
  ])('%i×%i: no text under 11 px', (width, height) => {
    for (const line of ink(bannerImage(campaign, width, height))) expect(line.size, line.text).toBeGreaterThanOrEqual(11);
  });

  it.each([
    [300, 250],
    [1200, 300],
  ])('%i×%i: reads title, call to action, the address (largest), then the app', (width, height) => {
    const lines = ink(bannerImage(campaign, width, height));
    const find = (text: string) => lines.find((l) => l.text === text)!;
    const order = [find(campaign.title) ?? lines.find((l) => campaign.title.startsWith(l.text))!, find('ร้องเรียนออนไลน์ได้ที่'), find('sll.dla.go.th'), find('หรือแอปพลิเคชัน DLA SLL')];
    for (const line of order) expect(line).toBeDefined();
    // Top to bottom; the app may sit beside the address, never above it.
    for (let i = 1; i < 3; i++) expect(order[i]!.top, order[i]!.text).toBeGreaterThan(order[i - 1]!.bottom);
    expect(order[3]!.top).toBeGreaterThanOrEqual(order[2]!.top);
    const address = order[2]!;
    expect(address.size).toBeGreaterThanOrEqual(Math.max(...lines.filter((l) => l !== address && !campaign.title.includes(l.text)).map((l) => l.size)));
  });

  it('1200×300: a margin of an eighth of the height round the text, the mark and the code', () => {
    const page = bannerImage(campaign, 1200, 300);
    const margin = 300 / 8;
    const qr = page.items.find((i) => i.kind === 'qr')!;
    expect(qr.y).toBeGreaterThanOrEqual(margin);
    expect(qr.x + qr.size).toBeLessThanOrEqual(1200 - margin);
    for (const line of ink(page)) {
      expect(line.top, line.text).toBeGreaterThanOrEqual(margin);
      expect(line.bottom, line.text).toBeLessThanOrEqual(300 - margin);
      expect(qr.x - line.right, `${line.text} keeps clear of the code`).toBeGreaterThanOrEqual(margin);
    }
    for (const mark of page.items.filter((i) => i.kind === 'path')) {
      expect(mark.y).toBeGreaterThanOrEqual(margin);
      expect(mark.y + 98 * mark.scale).toBeLessThanOrEqual(300 - margin);
    }
  });
});

describe('every image and poster', () => {
  it('prints Arabic digits only and never ends a line with a separator', () => {
    const pages = [
      posterPage(subject(LONGEST), campaign, 'A4'),
      ...FEED_SIZES.map(([w, h]) => feedImage(LONGEST, w, h)),
      ...[[728, 90], [300, 250], [1200, 300]].map(([w, h]) => bannerImage(campaign, w!, h!)),
    ];
    for (const page of pages) {
      for (const item of texts(page)) {
        expect(item.text, 'Thai digits').not.toMatch(/[๐-๙]/);
        expect(item.text, 'hanging separator').not.toMatch(/[·•|,]\s*$/);
      }
    }
  });
});
