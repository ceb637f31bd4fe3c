import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeQrImage } from '../../test/pdf-utils';
import { qrModuleCount, QR_QUIET_ZONE } from '../web/qr';
import { assertStaffQrTarget, LETTER_QR_MM, letterQrPdf, letterQrPng, letterQrSvg } from './letter-qr';

const URL_ = 'https://smartlaw.test/district/2404/kit/';
const work = mkdtempSync(join(tmpdir(), 'smartlaw-letter-qr-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * The printed width of the code with its quiet zone, in mm, measured on a
 * raster as a ruler would: the dark modules' extent, divided by the module
 * count, times the modules across including the quiet zone.
 */
async function measuredWidthMm(png: Buffer, dpi: number, url: string): Promise<number> {
  const { data, info } = await sharp(png).flatten({ background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  // Only the code's own square: the caption starts below 30 mm.
  const rows = Math.min(info.height, Math.floor((LETTER_QR_MM / 25.4) * dpi));
  let left = info.width;
  let right = -1;
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < info.width; x++) {
      if (data[y * info.width + x]! < 128) {
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  const modules = qrModuleCount(url);
  const modulePx = (right - left + 1) / modules;
  return ((modulePx * (modules + 2 * QR_QUIET_ZONE)) / dpi) * 25.4;
}

describe('assertStaffQrTarget', () => {
  it('allows our own site only, over https (or a local preview)', () => {
    expect(() => assertStaffQrTarget(URL_, 'https://smartlaw.test')).not.toThrow();
    expect(() => assertStaffQrTarget('https://evil.test/province/x/kit/', 'https://smartlaw.test')).toThrow(/is not on the QR allowlist \(smartlaw\.test;/);
    expect(() => assertStaffQrTarget('https://smartlaw.test.evil.test/x/', 'https://smartlaw.test')).toThrow(/allowlist/);
    expect(() => assertStaffQrTarget('http://example.go.th/x/', 'http://example.go.th')).toThrow(/https/);
    expect(() => assertStaffQrTarget('http://localhost:4321/x/', 'http://localhost:4321')).not.toThrow();
  });
});

describe('the letter QR', () => {
  it('as PDF: decodes to the staff page and prints 30 mm wide (±0.5 mm) with the address under it', async () => {
    const file = join(work, 'qr.pdf');
    writeFileSync(file, await letterQrPdf(URL_, 'QR'));
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain(URL_);
    execFileSync('pdftoppm', ['-r', '300', '-png', '-singlefile', file, join(work, 'qr-pdf')]);
    const png = readFileSync(join(work, 'qr-pdf.png'));
    expect(await decodeQrImage(png)).toBe(URL_);
    expect(Math.abs((await measuredWidthMm(png, 300, URL_)) - LETTER_QR_MM)).toBeLessThanOrEqual(0.5);
    expect(readFileSync(file).length).toBeLessThan(40_000);
  });

  it('as PNG: 300 dpi recorded in the file, decodes, 30 mm wide', async () => {
    const png = await letterQrPng(URL_);
    const meta = await sharp(png).metadata();
    expect(meta.density).toBe(300);
    expect(await decodeQrImage(png)).toBe(URL_);
    expect(Math.abs((await measuredWidthMm(png, 300, URL_)) - LETTER_QR_MM)).toBeLessThanOrEqual(0.5);
  });

  it('as SVG: sized in millimetres, decodes, 30 mm wide when rendered at 300 dpi', async () => {
    const svg = letterQrSvg(URL_);
    expect(svg.toString()).toMatch(/^<svg [^>]*width="75\.00mm"/);
    // librsvg converts mm at the density given and sharp then scales by density/72:
    // sqrt(300 × 72) gives 300 pixels an inch in all.
    const png = await sharp(svg, { density: Math.sqrt(300 * 72) }).png().toBuffer();
    const meta = await sharp(png).metadata();
    // 75 mm at 300 dpi is 886 px.
    expect(Math.abs(meta.width! - Math.round((75 / 25.4) * 300))).toBeLessThanOrEqual(1);
    expect(await decodeQrImage(png)).toBe(URL_);
    expect(Math.abs((await measuredWidthMm(png, 300, URL_)) - LETTER_QR_MM)).toBeLessThanOrEqual(0.5);
  });
});
