import { copyFileSync, linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentError } from './content-error';
import { buildKit, type KitEntry } from './kit/build-kit';
import { setKitManifest } from './kit/manifest';
import { precompress } from './precompress';
import { headersFile } from './security-headers';
import { getSite } from './site';

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
  const marks: Record<string, number> = {};
  const report: Record<string, number> = {};
  return {
    name: 'smartlaw-content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        try {
          marks.contentStart = performance.now();
          const site = getSite();
          report.contentMs = performance.now() - marks.contentStart;
          logger.info(
            `content from ${site.config.contentDir}: ${site.provinces.length} provinces, ${site.lgos.length} LGOs`,
          );
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
        const site = getSite();
        marks.kitStart = performance.now();
        const cacheDir = process.env.KIT_CACHE_DIR || '.cache/kit';
        const workers = process.env.KIT_WORKERS === undefined ? undefined : Number(process.env.KIT_WORKERS);
        const result = await buildKit(site, { cacheDir, workers, log: (line) => logger.info(line) });
        logger.info(`kit: ${result.rendered} rendered, ${result.reused} reused in ${(result.ms / 1000).toFixed(1)} s`);
        kit = result.entries;
        setKitManifest(kit);
        Object.assign(report, { kitMs: result.ms, kitFiles: kit.length, kitRendered: result.rendered });
        marks.pagesStart = performance.now();
      },
      'astro:build:done': async ({ dir, logger }) => {
        report.pagesMs = performance.now() - (marks.pagesStart ?? performance.now());
        const finishStart = performance.now();
        const out = fileURLToPath(dir);
        for (const entry of kit) {
          const target = join(out, entry.path);
          mkdirSync(dirname(target), { recursive: true });
          rmSync(target, { force: true });
          // A hard link costs no copy; across file systems, copy.
          try {
            linkSync(entry.file, target);
          } catch {
            copyFileSync(entry.file, target);
          }
        }
        logger.info(`kit: ${kit.length} files placed in ${out}`);
        writeFileSync(join(out, '_headers'), headersFile());
        const started = performance.now();
        // Compressed pages are cached by content beside the render cache: a rebuild compresses what changed.
        const cacheRoot = dirname(process.env.KIT_CACHE_DIR || '.cache/kit');
        const { compressed, reused } = await precompress(out, join(cacheRoot, 'precompressed'));
        logger.info(`precompressed ${compressed} text files (.gz, .br), ${reused} from cache, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        report.precompressMs = performance.now() - started;
        report.finishMs = performance.now() - finishStart;
        if (process.env.BENCH_REPORT) writeFileSync(process.env.BENCH_REPORT, JSON.stringify(report));
      },
    },
  };
}
