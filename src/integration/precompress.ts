import { dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { readKitConfig } from '../lib/kit/build-kit';
import { precompress } from '../lib/web/precompress';

/**
 * Build step 5, precompress: a .gz and a .br beside every text file. Compressed
 * pages are cached by content beside the render cache: a rebuild compresses
 * only what changed.
 */
export async function precompressSite(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const cacheRoot = dirname(readKitConfig(process.env).cacheDir);
  const { compressed, reused } = await precompress(outDir, join(cacheRoot, 'precompressed'));
  logger.info(`precompressed ${compressed} text files (.gz, .br), ${reused} from cache, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
