import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import type { KitJob } from './jobs';
import { RenderCache } from './cache';
import { renderJob } from './render-job';

/** A render worker: takes batches of jobs, writes each into the cache, answers with sizes. */
let cache: RenderCache | undefined;
// Parallelism comes from one worker per core; libvips threads inside each would only contend.
sharp.concurrency(1);

parentPort?.on('message', async (message: { cacheDir: string; batch: { job: KitJob; file: string }[] }) => {
  cache ??= new RenderCache(message.cacheDir);
  try {
    const sizes: number[] = [];
    for (const { job, file } of message.batch) {
      const bytes = await renderJob(job);
      cache.put(file, bytes);
      sizes.push(bytes.length);
    }
    parentPort!.postMessage({ sizes });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) });
  }
});
