import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';

/** pdfinfo's fields: Pages, Page size, … (poppler-utils, installed by .ci/run). */
export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter(Boolean).map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]));
}

/** pdffonts' rows: name, type, and whether each font is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const cells = line.trim().split(/\s+/);
    return { name: cells[0]!, embedded: cells.at(-5) === 'yes' };
  });
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** Decodes a QR code in a raster image (PNG, JPEG). */
export async function decodeQrImage(input: Buffer | string): Promise<string | undefined> {
  const { data, info } = await sharp(input).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

/** Renders each PDF page with pdftoppm, as a printer would, and decodes the QR codes on it. */
export async function decodePdfQrCodes(file: string, dpi = 100): Promise<(string | undefined)[]> {
  const dir = mkdtempSync(join(tmpdir(), 'smartlaw-pdf-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, join(dir, 'page')]);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
    return Promise.all(pages.map((p) => decodeQrImage(readFileSync(join(dir, p)))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every file under a folder, as paths relative to it. */
export function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/**
 * The files of a built site that contain a string: text files and raw bytes
 * of every file, PDFs also as their extracted text (pdftotext), compressed
 * .gz/.br as their source is checked already.
 */
export function filesContaining(dir: string, needle: string): string[] {
  return filesUnder(dir).filter((path) => {
    const file = join(dir, path);
    if (readFileSync(file).includes(needle)) return true;
    return path.endsWith('.pdf') && pdfText(file).includes(needle);
  });
}
