import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { KIT_CAMPAIGN } from '../../test/fixtures/kit-campaign';
import { rasterize, rasterPixels } from './raster';
import { shareImage, storyImage } from './templates';

const campaign = KIT_CAMPAIGN;

describe('rasterize to JPEG', () => {
  it('gives the bytes of a full encode for every image of a size, spliced or not', async () => {
    // One name, another, the first again (every row as the reference), a three-line name, another campaign title (most rows change).
    const names = ['เทศบาลตำบลบางปะกง', 'องค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่', 'เทศบาลตำบลบางปะกง', `องค์การบริหารส่วนตำบล${'น้ำผู้ใหญ่ปี่ลิ้นเยิ้มหนี้'.repeat(3)}`];
    const pages = [
      ...names.map((name) => storyImage({ name }, campaign, 1080, 1920)),
      storyImage({ name: names[1]! }, { ...campaign, title: 'ประชาสัมพันธ์ช่องทางร้องเรียน ร้องทุกข์' }, 1080, 1920),
      ...names.map((name) => shareImage({ name }, campaign, 1200, 630)),
    ];
    for (const page of pages) {
      const full = await sharp(await rasterPixels(page), { raw: { width: page.width, height: page.height, channels: 3 } })
        .jpeg({ quality: 82, optimiseCoding: false })
        .toBuffer();
      expect(Buffer.compare(await rasterize(page, 'jpeg', 82), full)).toBe(0);
    }
  });
});
