import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Build step: removes the server modules Astro can leave in a static output
 * folder that lies outside the project (its middleware and page chunks,
 * `*.mjs`): they are never served to anyone, and they carry build settings
 * such as the default site address. Static pages, their `_astro/` scripts and
 * the kit are untouched. Returns the paths removed, relative to `outDir`.
 */
export function removeServerLeftovers(outDir: string): string[] {
  const removed: string[] = [];
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.mjs')) continue;
    const path = join(entry.parentPath, entry.name);
    rmSync(path, { force: true });
    removed.push(path.slice(outDir.length + 1));
  }
  // A chunks/ folder holds nothing else.
  rmSync(join(outDir, 'chunks'), { recursive: true, force: true });
  return removed;
}
