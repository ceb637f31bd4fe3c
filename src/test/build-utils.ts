import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { decodeQrImage } from './pdf-utils';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const TEST_SITE_URL = 'https://smartlaw.test';

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs `astro build` as a user would, on a content folder, into outDir. */
export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): BuildResult {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/astro.js'), 'build', '--outDir', outDir], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, SITE_URL: TEST_SITE_URL, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Every inline SVG QR code of an HTML page. */
export function inlineSvgs(html: string): string[] {
  return [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
}

/** Rasterises an SVG and decodes its QR code, as a phone camera would. */
export async function decodeQrSvg(svg: string): Promise<string | undefined> {
  return decodeQrImage(await sharp(Buffer.from(svg), { density: 300 }).resize(400, 400, { kernel: 'nearest' }).png().toBuffer());
}

/** Reads a built file as text. */
export function readBuilt(outDir: string, path: string): string {
  return readFileSync(join(outDir, path), 'utf8');
}

/**
 * A built page without the markup src/middleware.ts adds to keep Thai
 * units whole (sl-nowrap spans, <wbr>): the text as content wrote it, for
 * tests about content rather than line breaking.
 */
export function withoutNowrap(html: string): string {
  return html.replace(/<span class="sl-nowrap">([^<]*)<\/span>/g, '$1').replace(/<wbr>/g, '');
}
