import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { CACHE_WRITE_OPS, writeFileAtomic } from '../files';
import type { KitJob } from './jobs';

/** What is recorded beside a cached file when it is written: its size and SHA-256. */
const SUM_SUFFIX = '.sum';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * A content-addressed store of rendered files. The key of a file is a hash
 * of its job (data, campaign, draft flag) and the build's render salt (code,
 * dictionaries, fonts, package versions: see render-inputs.ts). Each entry
 * has a `.sum` beside it written after the file; an entry is reused only when
 * its size and hash still match, so a truncated or damaged file is rendered
 * again, never served. Keep the folder between CI runs to skip unchanged work.
 */
export class RenderCache {
  /** @param salt renderSalt(...) of this build; only needed to compute keys. */
  constructor(
    readonly dir: string,
    private readonly salt = '',
  ) {
    mkdirSync(dir, { recursive: true });
  }

  key(job: KitJob): string {
    return createHash('sha256')
      .update(this.salt)
      .update(JSON.stringify([job.spec, job.campaign, job.draft]))
      .digest('hex');
  }

  file(job: KitJob, key = this.key(job)): string {
    return join(this.dir, key.slice(0, 2), `${key}${extname(job.path)}`);
  }

  /**
   * Size in bytes of the cached file when it is there and intact (size and
   * hash as recorded when it was written); undefined when it must be rendered.
   * A damaged entry is removed.
   */
  verifiedSize(file: string): number | undefined {
    const sum = `${file}${SUM_SUFFIX}`;
    if (!existsSync(file) || !existsSync(sum)) return undefined;
    const [bytes, hash] = readFileSync(sum, 'utf8').trim().split(' ');
    if (statSync(file).size === Number(bytes) && sha256(readFileSync(file)) === hash) return Number(bytes);
    rmSync(file, { force: true });
    rmSync(sum, { force: true });
    return undefined;
  }

  /**
   * Stores a rendered file atomically, then its size and hash: a killed build
   * leaves at worst a file without a sum, which the next build renders again.
   */
  put(file: string, bytes: Uint8Array): void {
    writeFileAtomic(file, bytes, CACHE_WRITE_OPS);
    writeFileAtomic(`${file}${SUM_SUFFIX}`, `${bytes.length} ${sha256(bytes)}\n`, CACHE_WRITE_OPS);
  }
}
