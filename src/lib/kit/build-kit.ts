import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Site } from '../content/site';
import { removeStaleTempFiles } from '../files';
import { RenderCache } from './cache';
import { allJobs, type KitJob } from './jobs';
import { renderJob } from './render-job';
import { currentRenderInputs, renderSalt, type RenderInputs } from './render-inputs';

export interface KitEntry {
  /** Site path, e.g. /kit/lgo/x/poster-a4.pdf. */
  path: string;
  /** The rendered file in the cache. */
  file: string;
  bytes: number;
}

export interface KitResult {
  entries: KitEntry[];
  rendered: number;
  /** Site paths of the files rendered (not taken from the cache). */
  renderedPaths: string[];
  reused: number;
  ms: number;
}

export interface KitOptions {
  cacheDir: string;
  /** Worker threads; default one per core. 0 renders in this thread. */
  workers?: number;
  /** Progress lines (done/total, rate, ETA). */
  log?: (line: string) => void;
  /** Only these jobs (tests); default every job of the site. */
  jobs?: KitJob[];
  /** What besides the jobs shapes the files; default this checkout's (tests pass changed ones). */
  inputs?: RenderInputs;
}

const BATCH = 16;

/** Where the render cache lives and how many threads render, from KIT_CACHE_DIR and KIT_WORKERS. */
export function readKitConfig(env: Record<string, string | undefined>): { cacheDir: string; workers?: number } {
  const workers = env.KIT_WORKERS?.trim();
  if (workers !== undefined && workers !== '' && !/^\d+$/.test(workers)) {
    throw new Error(`KIT_WORKERS "${workers}" must be a whole number (0 renders without worker threads)`);
  }
  return { cacheDir: env.KIT_CACHE_DIR?.trim() || '.cache/kit', workers: workers ? Number(workers) : undefined };
}

/**
 * Renders every kit file not already in the cache, spread over worker
 * threads, and returns where each file is. Files are written to the cache
 * only; the build links them into dist/ when Astro has finished.
 */
export async function buildKit(
  site: Site,
  { cacheDir, workers = availableParallelism(), log = () => {}, jobs = allJobs(site), inputs = currentRenderInputs() }: KitOptions,
): Promise<KitResult> {
  const started = performance.now();
  const cache = new RenderCache(cacheDir, renderSalt(inputs));
  // Temporary files of a build that was killed mid-write.
  removeStaleTempFiles(cacheDir, { depth: 1 });
  const entries: KitEntry[] = [];
  const todo: { job: KitJob; file: string; entry: KitEntry }[] = [];
  for (const job of jobs) {
    const file = cache.file(job);
    const size = cache.verifiedSize(file);
    const entry = { path: job.path, file, bytes: size ?? 0 };
    entries.push(entry);
    if (size === undefined) todo.push({ job, file, entry });
  }
  log(`kit: ${jobs.length} files, ${jobs.length - todo.length} from cache, ${todo.length} to render${todo.length ? ` on ${Math.max(1, workers)} thread(s)` : ''}`);

  let done = 0;
  let lastLog = performance.now();
  const progress = () => {
    const now = performance.now();
    if (now - lastLog < 5000 && done < todo.length) return;
    lastLog = now;
    const rate = done / ((now - started) / 1000);
    const eta = rate > 0 ? Math.round((todo.length - done) / rate) : 0;
    log(`kit: ${done}/${todo.length} rendered, ${rate.toFixed(1)} files/s, ETA ${eta}s`);
  };

  if (todo.length && workers > 0) {
    await renderInWorkers(todo, cacheDir, Math.min(workers, Math.ceil(todo.length / BATCH)), (n) => {
      done += n;
      progress();
    });
  } else {
    for (const item of todo) {
      const bytes = await renderJob(item.job);
      cache.put(item.file, bytes);
      item.entry.bytes = bytes.length;
      done++;
      progress();
    }
  }
  return {
    entries,
    rendered: todo.length,
    renderedPaths: todo.map((item) => item.job.path),
    reused: jobs.length - todo.length,
    ms: performance.now() - started,
  };
}

async function renderInWorkers(
  todo: { job: KitJob; file: string; entry: KitEntry }[],
  cacheDir: string,
  count: number,
  onDone: (n: number) => void,
): Promise<void> {
  // Workers run the TypeScript sources through tsx, as the CLI scripts do.
  const url = new URL('./worker-entry.mjs', import.meta.url);
  let next = 0;
  const pool = Array.from({ length: count }, () => new Worker(url));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= todo.length) return resolve();
              const batch = todo.slice(next, next + BATCH);
              next += batch.length;
              worker.once('message', (reply: { sizes?: number[]; error?: string }) => {
                if (reply.error || !reply.sizes) return reject(new Error(`kit render failed: ${reply.error}`));
                reply.sizes.forEach((size, i) => (batch[i]!.entry.bytes = size));
                onDone(batch.length);
                send();
              });
              worker.postMessage({ cacheDir, batch: batch.map(({ job, file }) => ({ job, file })) });
            };
            worker.once('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
    // A worker stopped between writing and renaming leaves its temporary file: ours now, remove it.
    removeStaleTempFiles(cacheDir, { depth: 1, includeOwn: true });
  }
}
