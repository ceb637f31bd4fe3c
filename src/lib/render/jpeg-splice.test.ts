import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { KIT_CAMPAIGN } from '../../test/fixtures/kit-campaign';
import { parseJpeg, spliceRows } from './jpeg-splice';
import { rasterPixels } from './raster';
import { shareImage, storyImage } from './templates';

const campaign = KIT_CAMPAIGN;

const encode = (pixels: Buffer, width: number, height: number, quality = 82) =>
  sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality, optimiseCoding: false }).toBuffer();

/** Splices rows [first, end) of `pixels` into the reference's JPEG. */
async function splice(reference: Buffer, pixels: Buffer, width: number, height: number, first: number, end: number, quality = 82) {
  const parsed = parseJpeg(reference)!;
  const rowBytes = width * 3 * parsed.mcuHeight;
  const stripHeight = Math.min(end * parsed.mcuHeight, height) - first * parsed.mcuHeight;
  const strip = parseJpeg(await encode(pixels.subarray(first * rowBytes, first * rowBytes + stripHeight * width * 3), width, stripHeight, quality))!;
  return spliceRows(parsed, strip, first, end);
}

describe('spliceRows', () => {
  it('makes the very bytes of a full encode, for names spliced into another LGO’s share image and story', async () => {
    const cases = [
      { page: (name: string) => shareImage({ name }, campaign, 1200, 630), width: 1200, height: 630 },
      { page: (name: string) => shareImage({ name }, campaign, 1080, 1080), width: 1080, height: 1080 },
      { page: (name: string) => storyImage({ name }, campaign, 1080, 1920), width: 1080, height: 1920 },
    ];
    for (const { page, width, height } of cases) {
      const before = await rasterPixels(page('เทศบาลตำบลบางปะกง'));
      const reference = await encode(before, width, height);
      const pixels = await rasterPixels(page('องค์การบริหารส่วนตำบลปากน้ำผู้ใหญ่ลิ้นเยิ้ม'));
      const mcuRows = Math.ceil(height / 16);
      const rowBytes = width * 3 * 16;
      // A strip in the middle, the top rows, the bottom rows (with the short last row), all rows.
      for (const [first, end] of [[5, 30], [0, 12], [mcuRows - 9, mcuRows], [0, mcuRows]] as const) {
        const spliced = await splice(reference, pixels, width, height, first, end);
        const mixed = Buffer.from(before);
        pixels.copy(mixed, first * rowBytes, first * rowBytes, end * rowBytes);
        expect(spliced, `${width}×${height} rows ${first}–${end}`).toBeDefined();
        expect(Buffer.compare(spliced!, await encode(mixed, width, height)), `${width}×${height} rows ${first}–${end}`).toBe(0);
      }
      // Splicing the rows that differ gives the full encode of the new image.
      const differs = Array.from({ length: mcuRows }, (_, r) => !pixels.subarray(r * rowBytes, (r + 1) * rowBytes).equals(before.subarray(r * rowBytes, (r + 1) * rowBytes)));
      const first = differs.indexOf(true);
      const end = differs.lastIndexOf(true) + 1;
      expect(end - first).toBeLessThan(mcuRows);
      expect(Buffer.compare((await splice(reference, pixels, width, height, first, end))!, await encode(pixels, width, height)), `${width}×${height}`).toBe(0);
    }
  });

  it.each(['4:2:0', '4:4:4'] as const)('splices rows of noise (every coefficient category) at %s chroma, an odd width, quality 95', async (chroma) => {
    const width = 333;
    const height = 250;
    const noise = (seed: number) => {
      const pixels = Buffer.alloc(width * height * 3);
      let x = seed;
      for (let i = 0; i < pixels.length; i++) {
        x = (x * 1103515245 + 12345) >>> 0;
        pixels[i] = (x >>> 16) & 255;
      }
      return pixels;
    };
    const jpeg = (pixels: Buffer, rows: number) =>
      sharp(pixels, { raw: { width, height: rows, channels: 3 } }).jpeg({ quality: 95, optimiseCoding: false, chromaSubsampling: chroma }).toBuffer();
    const a = noise(1);
    const b = noise(2);
    const reference = parseJpeg(await jpeg(a, height))!;
    const rowBytes = width * 3 * reference.mcuHeight;
    expect(reference.mcuHeight).toBe(chroma === '4:2:0' ? 16 : 8);
    // b's MCU rows 3–9 in a.
    const strip = parseJpeg(await jpeg(b.subarray(3 * rowBytes, 10 * rowBytes), 7 * reference.mcuHeight))!;
    const mixed = Buffer.from(a);
    b.copy(mixed, 3 * rowBytes, 3 * rowBytes, 10 * rowBytes);
    expect(Buffer.compare(spliceRows(reference, strip, 3, 10)!, await jpeg(mixed, height))).toBe(0);
  });

  it('refuses files it cannot splice: different quality, progressive, different width', async () => {
    const pixels = Buffer.alloc(64 * 64 * 3, 128);
    const reference = parseJpeg(await encode(pixels, 64, 64))!;
    expect(spliceRows(reference, parseJpeg(await encode(pixels.subarray(0, 64 * 32 * 3), 64, 32, 60))!, 0, 2)).toBeUndefined();
    expect(spliceRows(reference, parseJpeg(await encode(Buffer.alloc(32 * 32 * 3), 32, 32))!, 0, 2)).toBeUndefined();
    expect(parseJpeg(await sharp(pixels, { raw: { width: 64, height: 64, channels: 3 } }).jpeg({ progressive: true }).toBuffer())).toBeUndefined();
    expect(parseJpeg(await sharp(pixels, { raw: { width: 64, height: 64, channels: 3 } }).png().toBuffer())).toBeUndefined();
  });
});
