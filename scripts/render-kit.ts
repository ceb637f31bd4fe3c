/**
 * npm run kit -- [--shard I/N]
 * Fills the render cache (KIT_CACHE_DIR, default .cache/kit) without building
 * pages. With --shard, renders only every N-th file starting at I (1-based),
 * so N CI runners can share a national render; copy their cache folders into
 * one, and `npm run build` then renders nothing and only links files.
 */
import { parseArgs } from 'node:util';
import { ContentError } from '../src/lib/content/content-error';
import { buildKit, readKitConfig } from '../src/lib/kit/build-kit';
import { allJobs } from '../src/lib/kit/jobs';
import { getSite } from '../src/lib/content/site';

const { values } = parseArgs({ options: { shard: { type: 'string', default: '1/1' } } });
const match = /^(\d+)\/(\d+)$/.exec(values.shard ?? '');
const index = Number(match?.[1]);
const count = Number(match?.[2]);
if (!match || index < 1 || index > count) {
  console.error(`--shard must be I/N with 1 ≤ I ≤ N, e.g. --shard 2/4 (got "${values.shard}")`);
  process.exit(2);
}

try {
  const site = getSite();
  // Jobs are sharded by position in a stable order, so every runner agrees on the split.
  const jobs = allJobs(site).filter((_, i) => i % count === index - 1);
  const result = await buildKit(site, {
    ...readKitConfig(process.env),
    jobs,
    log: (line) => console.log(line),
  });
  console.log(`shard ${index}/${count}: ${result.rendered} rendered, ${result.reused} already cached, ${(result.ms / 1000).toFixed(1)} s`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
