import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentError } from '../lib/content/content-error';
import { linkOrCopy } from '../lib/files';
import { buildKit, readKitConfig, type KitEntry } from '../lib/kit/build-kit';
import { setKitManifest } from '../lib/kit/manifest';
import { precompress } from '../lib/web/precompress';
import { headersFile } from '../lib/web/security-headers';
import { getSite } from '../lib/content/site';
import { qrTargets } from '../lib/web/qr-targets';

/**
 * Validates the content before Astro renders anything, so a bad row stops
 * the build with one clear list of problems and leaves dist/ as it was.
 * Then renders the print and share kit (posters, announcements, share images,
 * banners) into the render cache before pages are built, so pages can list
 * file sizes, and links the files into dist/ at the end.
 */
export function contentGuard(): AstroIntegration {
  let kit: KitEntry[] = [];
  // Phase timings for npm run bench (written to BENCH_REPORT when set).
  const report: Record<string, number> = {};
  let pagesStart = 0;
  return {
    name: 'smartlaw-content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        try {
          const contentStart = performance.now();
          const site = getSite();
          report.contentMs = performance.now() - contentStart;
          logger.info(
            `content from ${site.config.contentDir}: ${site.provinces.length} provinces, ${site.lgos.length} LGOs`,
          );
          logger.info(`QR codes point to: ${qrTargets(site).join(', ')}`);
          if (site.synthetic) {
            logger.warn('this content is SYNTHETIC TEST DATA: never deploy this build');
          }
          if (site.config.siteUrlIsDefault) {
            logger.warn(`SITE_URL is not set: links and share previews point to ${site.config.siteUrl}`);
          }
        } catch (error) {
          if (error instanceof ContentError) {
            logger.error(error.message);
            // Astro would wrap a thrown error in a stack trace; the list above is the whole story.
            process.exit(1);
          }
          throw error;
        }
      },
      'astro:build:start': async ({ logger }) => {
        const result = await buildKit(getSite(), { ...readKitConfig(process.env), log: (line) => logger.info(line) });
        logger.info(`kit: ${result.rendered} rendered, ${result.reused} reused in ${(result.ms / 1000).toFixed(1)} s`);
        kit = result.entries;
        setKitManifest(kit);
        Object.assign(report, { kitMs: result.ms, kitFiles: kit.length, kitRendered: result.rendered });
        pagesStart = performance.now();
      },
      'astro:build:done': async ({ dir, logger }) => {
        report.pagesMs = performance.now() - pagesStart;
        const finishStart = performance.now();
        const out = fileURLToPath(dir);
        for (const entry of kit) linkOrCopy(entry.file, join(out, entry.path));
        logger.info(`kit: ${kit.length} files placed in ${out}`);
        writeFileSync(join(out, '_headers'), headersFile());
        const started = performance.now();
        // Compressed pages are cached by content beside the render cache: a rebuild compresses what changed.
        const cacheRoot = dirname(readKitConfig(process.env).cacheDir);
        const { compressed, reused } = await precompress(out, join(cacheRoot, 'precompressed'));
        logger.info(`precompressed ${compressed} text files (.gz, .br), ${reused} from cache, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        report.precompressMs = performance.now() - started;
        report.finishMs = performance.now() - finishStart;
        if (process.env.BENCH_REPORT) writeFileSync(process.env.BENCH_REPORT, JSON.stringify(report));
      },
    },
  };
}
