import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuild, type BuildResult } from './build-utils';
import { BASIC_FIXTURE } from './fixture-utils';
import { filesUnder, pdfText } from './pdf-utils';

const MARK = 'ตัวอย่าง – ยังไม่ได้ตั้งที่อยู่เว็บไซต์ ห้ามพิมพ์เผยแพร่';
const work = mkdtempSync(join(tmpdir(), 'smartlaw-draft-'));
const outDir = join(work, 'dist');
let build: BuildResult;

beforeAll(async () => {
  // The quick start: no SITE_URL.
  build = await startBuild(BASIC_FIXTURE, outDir, { SITE_URL: undefined, KIT_CACHE_DIR: join(work, 'kit-cache') }).done;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build without SITE_URL (the quick start)', () => {
  it('still builds, and says in its log that the printables are marked as samples', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('SITE_URL is not set');
    expect(build.output).toContain(`every PDF and image carries the mark "${MARK}"`);
  });

  it('marks every page of every PDF', () => {
    const pdfs = filesUnder(outDir).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(10);
    for (const pdf of pdfs) {
      const pages = pdfText(join(outDir, pdf)).split('\f').filter((p) => p.trim());
      for (const [i, text] of pages.entries()) expect(text.replace(/\s+/g, ' '), `${pdf} page ${i + 1}`).toContain(MARK);
    }
  });

  it('marks every image with a red band at the top and the bottom', async () => {
    const images = filesUnder(outDir).filter((f) => /^kit\/.*\.(jpg|png)$/.test(f));
    expect(images.length).toBeGreaterThan(5);
    for (const image of images) {
      const { data, info } = await sharp(join(outDir, image)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      for (const y of [1, info.height - 2]) {
        const i = (y * info.width + Math.floor(info.width / 50)) * 3;
        expect([data[i]! > 150, data[i + 1]! < 60, data[i + 2]! < 80], `${image} row ${y}`).toEqual([true, true, true]);
      }
    }
  });
});
