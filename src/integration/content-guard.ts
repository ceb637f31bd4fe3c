import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getSite } from '../lib/content/site';
import { qrTargets } from '../lib/web/qr-targets';
import type { KitEntry } from '../lib/kit/build-kit';
import { retiredKitAliases } from '../lib/web/published';
import { writeHeaders } from './headers';
import { removeServerLeftovers } from './server-leftovers';
import { placeKit, type KitAlias } from './place-kit';
import { precompressSite } from './precompress';
import { renderKit } from './render-kit';
import { activeDistSwap, startDistSwap } from './swap-dist';
import { checkPublishedIds, contentWarnings, validateContent } from './validate';

/**
 * The build pipeline as an Astro integration, one module per step:
 * validate (validate.ts: content, then published ids) before Astro renders
 * anything; render kit (render-kit.ts) before pages, so pages can list file
 * sizes; then, when
 * Astro has written the pages, place kit (place-kit.ts), headers
 * (headers.ts) and precompress (precompress.ts). Astro writes into a
 * temporary folder that `publishDist()` (swap-dist.ts), the last integration,
 * swaps in for dist/ only when everything succeeded.
 */
export function contentGuard(): AstroIntegration {
  let kit: KitEntry[] = [];
  // Kit file URLs of retired ids, answered with their successors' files.
  let aliases: KitAlias[] = [];
  // Phase timings for npm run bench (written to BENCH_REPORT when set).
  const report: Record<string, number> = {};
  let pagesStart = 0;
  return {
    name: 'smartlaw-content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        if (command === 'build') startDistSwap(config.outDir, updateConfig, logger);
        const contentStart = performance.now();
        const site = validateContent(logger);
        report.contentMs = performance.now() - contentStart;
        logger.info(`content from ${site.config.contentDir}: ${site.provinces.length} provinces, ${site.lgos.length} LGOs`);
        logger.info(`QR codes point to: ${qrTargets(site).join(', ')}`);
        for (const warning of contentWarnings(site)) logger.warn(warning);
        const published = checkPublishedIds(site, logger);
        aliases = published ? retiredKitAliases(published.check.retired, published.record, published.kitPaths) : [];
      },
      'astro:build:start': async ({ logger }) => {
        const result = await renderKit(getSite(), logger);
        kit = result.entries;
        Object.assign(report, { kitMs: result.ms, kitFiles: kit.length, kitRendered: result.rendered });
        pagesStart = performance.now();
      },
      'astro:build:done': async ({ dir, logger }) => {
        report.pagesMs = performance.now() - pagesStart;
        const finishStart = performance.now();
        const out = fileURLToPath(dir);
        const leftovers = removeServerLeftovers(out);
        if (leftovers.length) logger.info(`removed ${leftovers.length} server module(s) Astro left in the static output`);
        logger.info(`kit: ${placeKit(kit, out, aliases)} files placed`);
        writeHeaders(out);
        const started = performance.now();
        await precompressSite(out, logger);
        report.precompressMs = performance.now() - started;
        report.finishMs = performance.now() - finishStart;
        if (process.env.BENCH_REPORT) writeFileSync(process.env.BENCH_REPORT, JSON.stringify(report));
      },
    },
  };
}

/**
 * The last integration: swaps the finished build in for dist/ after every
 * other integration (the sitemap too) has written its files.
 */
export function publishDist(): AstroIntegration {
  return {
    name: 'smartlaw-publish-dist',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const swap = activeDistSwap();
        if (!swap) return;
        swap.publish();
        logger.info(`replaced ${swap.outDir} with the finished build`);
      },
    },
  };
}
