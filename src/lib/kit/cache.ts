import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { CACHE_WRITE_OPS, writeFileAtomic } from '../files';
import { fontsFingerprint } from '../render/fonts';
import type { KitJob } from './jobs';
import { KIT_RENDERER_VERSION } from './render-job';

/**
 * A content-addressed store of rendered files: the key is a hash of
 * everything that shapes the output (the job's data, template and renderer
 * versions, the fonts). Keep the folder between CI runs to skip unchanged work.
 */
export class RenderCache {
  private readonly salt: string;

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.salt = `${KIT_RENDERER_VERSION}:${fontsFingerprint()}`;
  }

  key(job: KitJob): string {
    return createHash('sha256').update(this.salt).update(JSON.stringify([job.spec, job.campaign])).digest('hex');
  }

  file(job: KitJob, key = this.key(job)): string {
    return join(this.dir, key.slice(0, 2), `${key}${extname(job.path)}`);
  }

  /** Size in bytes of the cached file, or undefined when it is not cached. */
  size(file: string): number | undefined {
    return existsSync(file) ? statSync(file).size : undefined;
  }

  /** Stores a rendered file atomically, so a killed build never leaves a truncated entry. */
  put(file: string, bytes: Uint8Array): void {
    writeFileAtomic(file, bytes, CACHE_WRITE_OPS);
  }
}
