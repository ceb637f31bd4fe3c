import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeQrImage } from '../../test/pdf-utils';
import { qrModuleCount, QR_QUIET_ZONE } from '../web/qr';
import { assertStaffQrTarget, CAPTION_INSET_MM, CAPTION_MIN_PT, captionLines, LETTER_QR_MM, letterQrPage, letterQrPdf, letterQrPng, letterQrSvg } from './letter-qr';
import { MM } from '../render/page';
import { measureText } from '../render/shape';

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
    // The address in up to three lines, broken after a "/".
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')).toContain(URL_);
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
    expect(svg.toString()).toMatch(/^<svg [^>]*width="30\.00mm"/);
    // librsvg converts mm at the density given and sharp then scales by density/72:
    // sqrt(300 × 72) gives 300 pixels an inch in all.
    const png = await sharp(svg, { density: Math.sqrt(300 * 72) }).png().toBuffer();
    const meta = await sharp(png).metadata();
    // The file is the symbol's width: 30 mm at 300 dpi is 354 px.
    expect(Math.abs(meta.width! - Math.round((LETTER_QR_MM / 25.4) * 300))).toBeLessThanOrEqual(1);
    expect(await decodeQrImage(png)).toBe(URL_);
    expect(Math.abs((await measuredWidthMm(png, 300, URL_)) - LETTER_QR_MM)).toBeLessThanOrEqual(0.5);
  });
});

/** A synthetic address (test data): a .go.th host and the longest province slug. */
const LONG_URL = 'https://smartlaw.example.go.th/province/phra-nakhon-si-ayutthaya/kit/';
/** A synthetic address too long for three lines at 6 pt. */
const TOO_LONG_URL = 'https://campaign.smartlaw.example.go.th/province/phra-nakhon-si-ayutthaya/district/1401/kit/';

describe('the letter QR caption', () => {
  /** The caption's measure: the symbol's width less its inset each side. */
  const WIDTH = (LETTER_QR_MM - 2 * CAPTION_INSET_MM) * MM;

  it('breaks the address after a "/" (never inside "//") into at most 3 lines that fit the symbol at 6 pt or more', () => {
    for (const url of [URL_, 'https://smartlaw.example.go.th/district/1401/kit/', 'https://smartlaw.test/province/chachoengsao/kit/']) {
      const { lines, size } = captionLines(url, WIDTH);
      expect(lines.join('')).toBe(url);
      expect(lines.length).toBeLessThanOrEqual(3);
      expect(size).toBeGreaterThanOrEqual(CAPTION_MIN_PT);
      for (const line of lines.slice(0, -1)) expect(line).toMatch(/\/$/);
      for (const line of lines) expect(measureText(line, 'regular', size)).toBeLessThanOrEqual(WIDTH);
    }
    expect(captionLines(URL_, WIDTH).lines).toEqual(['https://smartlaw.test/', 'district/2404/kit/']);
  });

  it('breaks a long host after a "." only when "/" alone does not fit at 6 pt, as few times as will do', () => {
    const { lines, size } = captionLines(LONG_URL, WIDTH);
    expect(size).toBe(CAPTION_MIN_PT);
    expect(lines.join('')).toBe(LONG_URL);
    expect(lines).toHaveLength(3);
    expect(lines.slice(0, -1).filter((line) => !line.endsWith('/'))).toHaveLength(1);
    for (const line of lines) expect(measureText(line, 'regular', size)).toBeLessThanOrEqual(WIDTH);
  });

  it('as PDF: every line of the address no wider than the symbol, centred under it within 0.5 mm, 6 pt or more', async () => {
    for (const [name, url, least] of [['short', URL_, CAPTION_MIN_PT], ['long', LONG_URL, CAPTION_MIN_PT], ['too long', TOO_LONG_URL, 0]] as const) {
      const file = join(work, `caption-${name}.pdf`);
      {
        writeFileSync(file, await letterQrPdf(url, 'QR'));
        const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8' });
        const pageWidth = Number(xml.match(/<page width="([\d.]+)"/)![1]) / MM;
        expect(Math.abs(pageWidth - LETTER_QR_MM)).toBeLessThanOrEqual(0.5);
        const lines = [...xml.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)];
        expect(lines.length).toBeGreaterThanOrEqual(1);
        expect(lines.length).toBeLessThanOrEqual(3);
        for (const [, x0, y0, x1, y1] of lines) {
          const [left, right] = [Number(x0) / MM, Number(x1) / MM];
          expect(right - left).toBeLessThanOrEqual(LETTER_QR_MM);
          expect(Math.abs((left + right) / 2 - LETTER_QR_MM / 2), `${name}: ${left}–${right} mm`).toBeLessThanOrEqual(0.5);
          // Under the code, not beside it.
          expect(Number(y0) / MM).toBeGreaterThanOrEqual(LETTER_QR_MM - 0.5);
          expect(Number(y1)).toBeGreaterThan(Number(y0));
        }
        expect(lines.map((l) => l[5]!.replace(/<[^>]+>|\s/g, '')).join('')).toBe(url);
        // Every line drawn at 6 pt or more: none had to shrink below the least readable size (an address too long for that shrinks).
        const sizes = letterQrPage(url).items.flatMap((item) => (item.kind === 'text' ? [item.size] : []));
        expect(sizes).toHaveLength(lines.length);
        for (const size of sizes) expect(size).toBeGreaterThanOrEqual(least);
      }
    }
  });

  it('as PNG and SVG: the caption\'s ink is within the symbol\'s width and centred under it within 0.5 mm', async () => {
    const svgPng = await sharp(letterQrSvg(LONG_URL), { density: Math.sqrt(300 * 72) }).png().toBuffer();
    for (const png of [await letterQrPng(LONG_URL), await letterQrPng(URL_), await letterQrPng(TOO_LONG_URL), svgPng]) {
      const { data, info } = await sharp(png).flatten({ background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
      const pxPerMm = 300 / 25.4;
      expect(Math.abs(info.width / pxPerMm - LETTER_QR_MM)).toBeLessThanOrEqual(0.5);
      let left = info.width;
      let right = -1;
      for (let y = Math.ceil(LETTER_QR_MM * pxPerMm); y < info.height; y++) {
        for (let x = 0; x < info.width; x++) {
          if (data[y * info.width + x]! < 128) [left, right] = [Math.min(left, x), Math.max(right, x)];
        }
      }
      expect(right).toBeGreaterThan(left);
      expect(Math.abs((left + right + 1) / 2 - info.width / 2) / pxPerMm).toBeLessThanOrEqual(0.5);
    }
  });
});
