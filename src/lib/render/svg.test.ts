import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { COLOR } from '../design/tokens';
import { HARD_NAMES } from '../../test/fixtures/hard-names';
import type { OutlineCommand } from './glyph-raster';
import type { Page } from './page';
import { shapeText } from './shape';
import { compactOutline, glyphOutline, renderPreviewSvg, renderSvg } from './svg';
import { posterLayoutA4 } from './poster-pages';
import { announcementPage, storyImage, type KitCampaign, type KitSubject } from './templates';

const campaign: KitCampaign = {
  title: 'ร้องเรียน ร้องทุกข์ ผ่านระบบ Smart Law',
  summary: 'แจ้งเรื่องร้องเรียนร้องทุกข์เกี่ยวกับองค์กรปกครองส่วนท้องถิ่นได้ทางเว็บไซต์ sll.dla.go.th และแอปพลิเคชัน DLA SLL',
  subjects: ['การดำเนินงานขององค์กรปกครองส่วนท้องถิ่น', 'การให้บริการสาธารณะ', 'ความประพฤติและการปฏิบัติหน้าที่ของผู้ดำรงตำแหน่งในองค์กรปกครองส่วนท้องถิ่น'],
  websiteUrl: 'https://sll.dla.go.th',
  appName: 'DLA SLL',
};
const subject = (name: string): KitSubject => ({
  name,
  where: 'อำเภอเมืองฉะเชิงเทรา จังหวัดฉะเชิงเทรา',
  contacts: [{ name: 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดฉะเชิงเทรา', phone: '038-512679-80' }],
  dateText: 'ประกาศ ณ วันที่ 28 พฤศจิกายน พ.ศ. 2569',
  pageUrl: 'https://smartlaw.test/lgo/x/',
});

/** Absolute points of compact path data: every number pair after resolving relative moves. */
function absolutePoints(d: string): number[][] {
  const tokens = d.match(/[a-z]|-?\d+/g) ?? [];
  const arity: Record<string, number> = { m: 2, l: 2, q: 4, c: 6, z: 0 };
  const points: number[][] = [];
  let op = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (let i = 0; i < tokens.length; ) {
    if (/[a-z]/.test(tokens[i]!)) op = tokens[i++]!;
    else if (op === 'm') op = 'l';
    if (op === 'z') {
      points.push(['z'.charCodeAt(0)]);
      x = startX;
      y = startY;
      op = '';
      continue;
    }
    const n = tokens.slice(i, i + arity[op]!).map(Number);
    i += arity[op]!;
    const absolute = n.map((v, k) => v + (k % 2 === 0 ? x : y));
    points.push(absolute);
    x = absolute[absolute.length - 2]!;
    y = absolute[absolute.length - 1]!;
    if (op === 'm') {
      startX = x;
      startY = y;
    }
  }
  return points;
}

const expected = (commands: readonly OutlineCommand[]) => commands.map((c) => (c.type === 'Z' ? ['z'.charCodeAt(0)] : c.values.map(Math.round)));

/** Both pictures drawn by librsvg at the same size: how many pixels differ by more than a quarter of the range. */
async function pixelsApart(a: string, b: string, width: number): Promise<number> {
  const draw = (svg: string) => sharp(Buffer.from(svg)).resize({ width }).removeAlpha().raw().toBuffer();
  const [pa, pb] = await Promise.all([draw(a), draw(b)]);
  expect(pa.length).toBe(pb.length);
  let count = 0;
  for (let i = 0; i < pa.length; i += 3) {
    if (Math.max(Math.abs(pa[i]! - pb[i]!), Math.abs(pa[i + 1]! - pb[i + 1]!), Math.abs(pa[i + 2]! - pb[i + 2]!)) > 64) count++;
  }
  return count;
}

/** A page on white paper, as previews are: PDF pages have no paper of their own. */
const onPaper = (page: Page): Page => ({ ...page, items: [{ kind: 'rect', x: 0, y: 0, width: page.width, height: page.height, fill: COLOR.paper }, ...page.items] });

describe('compactOutline', () => {
  it('keeps every point of every glyph of the hardest names, to the font unit', () => {
    for (const font of ['regular', 'bold'] as const) {
      for (const name of HARD_NAMES) {
        for (const glyph of shapeText(name, font).glyphs) {
          const outline = glyphOutline(font, glyph.id);
          expect(absolutePoints(compactOutline(outline)), `${font} ${glyph.id} of ${name}`).toEqual(expected(outline));
        }
      }
    }
  });
});

describe('renderPreviewSvg', () => {
  const pages: [string, Page][] = [
    ['A4 poster', posterLayoutA4(subject('องค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่ลิ้นเยิ้ม'), campaign)],
    ['ประกาศ', announcementPage({ ...subject('เทศบาลเมืองหนี้ฤๅษี'), executiveTitle: 'นายกเทศมนตรีเมืองหนี้ฤๅษี', dateParts: { day: '๒๘', month: 'พฤศจิกายน', year: '๒๕๖๙' } }, campaign)],
    ['story', storyImage({ name: 'เทศบาลตำบลน้ำผู้ใหญ่' }, campaign, 1080, 1920)],
  ];

  it.each(pages)('draws the %s as the full SVG does, at a fraction of the size', async (_, page) => {
    const preview = await renderPreviewSvg(page, 600);
    const full = renderSvg(onPaper(page));
    expect(preview).toMatch(/^<svg [^>]*width="600" height="\d+"/);
    // Each glyph once: as many outlines as distinct glyphs, and far fewer bytes than a path per glyph.
    expect(preview.length).toBeLessThan(full.length / 2);
    // Glyph positions are rounded to 1/1000 em: the same drawing, give or take an edge pixel's shade.
    expect(await pixelsApart(preview, full, 600)).toBeLessThan(5);
  });

  it('tells a different name apart (the test above is not blind)', async () => {
    const a = await renderPreviewSvg(pages[0]![1], 600);
    const b = renderSvg(onPaper(posterLayoutA4(subject('องค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่ลิ้นยาว'), campaign)));
    expect(await pixelsApart(a, b, 600)).toBeGreaterThan(200);
  });

  it('embeds a picture at the preview scale, not the print file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smartlaw-svg-'));
    const file = join(dir, 'emblem.png');
    writeFileSync(file, await sharp({ create: { width: 2000, height: 2000, channels: 3, background: '#884400' } }).png().toBuffer());
    const page: Page = { width: 595, height: 842, items: [{ kind: 'image', path: file, sha256: 'test-emblem-2000', x: 100, y: 50, width: 60, height: 60 }] };
    const svg = await renderPreviewSvg(page, 600);
    const data = /href="data:image\/png;base64,([^"]+)"/.exec(svg)?.[1];
    expect(data).toBeDefined();
    const embedded = await sharp(Buffer.from(data!, 'base64')).metadata();
    expect(embedded.width).toBe(Math.ceil(60 * (600 / 595)));
  });
});
