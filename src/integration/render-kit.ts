import type { AstroIntegrationLogger } from 'astro';
import type { Site } from '../lib/content/site';
import { buildKit, readKitConfig, type KitResult } from '../lib/kit/build-kit';
import { setKitManifest } from '../lib/kit/manifest';

/**
 * Build step 2, render kit: renders the print and share kit (posters,
 * announcements, share images, banners) into the render cache before pages
 * are built, so pages can list file sizes.
 */
export async function renderKit(site: Site, logger: AstroIntegrationLogger): Promise<KitResult> {
  const result = await buildKit(site, { ...readKitConfig(process.env), log: (line) => logger.info(line) });
  logger.info(`kit: ${result.rendered} rendered, ${result.reused} reused in ${(result.ms / 1000).toFixed(1)} s`);
  setKitManifest(result.entries);
  return result;
}
