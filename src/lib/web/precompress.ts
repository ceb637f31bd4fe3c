import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { CACHE_WRITE_OPS, linkOrCopy, writeFileAtomic } from '../files';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Text files worth compressing; images, PDFs and fonts are compressed already. */
const COMPRESSIBLE = /\.(html|css|js|json|svg|xml|txt)$/;

/** Bump when compression settings change. */
const SETTINGS = 'gzip7-br6';

/**
 * Writes a .gz and a .br beside every text file of a built site, for servers
 * that send precompressed files (nginx gzip_static and brotli_static).
 * Compressed files are kept in cacheDir by content hash: a rebuild
 * compresses only pages whose bytes changed. Compression runs on libuv's
 * thread pool, several files at a time, so it uses every core. Returns how
 * many files were compressed and how many came from the cache.
 */
export async function precompress(dir: string, cacheDir?: string): Promise<{ compressed: number; reused: number }> {
  let compressed = 0;
  let reused = 0;
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  let next = 0;
  const one = async (path: string) => {
    const data = readFileSync(path);
    if (data.length < 256) return;
    const key = cacheDir ? createHash('sha1').update(SETTINGS).update(data).digest('hex') : '';
    const cached = cacheDir ? join(cacheDir, key.slice(0, 2), key) : '';
    if (cacheDir && existsSync(`${cached}.gz`) && existsSync(`${cached}.br`)) {
      linkOrCopy(`${cached}.gz`, `${path}.gz`);
      linkOrCopy(`${cached}.br`, `${path}.br`);
      reused++;
      return;
    }
    const [gz, br] = await Promise.all([
      gzipAsync(data, { level: 7 }),
      brotliAsync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    ]);
    writeFileSync(`${path}.gz`, gz);
    writeFileSync(`${path}.br`, br);
    if (cacheDir) {
      writeFileAtomic(`${cached}.gz`, gz, CACHE_WRITE_OPS);
      writeFileAtomic(`${cached}.br`, br, CACHE_WRITE_OPS);
    }
    compressed++;
  };
  // A few files in flight keep libuv's four threads busy without holding the whole site in memory.
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < files.length) await one(files[next++]!);
    }),
  );
  return { compressed, reused };
}
