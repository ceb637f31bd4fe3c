import { join } from 'node:path';
import { linkOrCopy } from '../lib/files';
import type { KitEntry } from '../lib/kit/build-kit';

/** A site path that serves the same file as another: a retired id's kit file answered by its successor's. */
export interface KitAlias {
  path: string;
  /** The site path of the kit file served there. */
  target: string;
}

/**
 * Build step 3, place kit: links every rendered kit file from the render
 * cache into the output folder (a hard link, or a copy across file systems),
 * and the files of retired ids at their old paths. Returns how many files
 * were placed.
 */
export function placeKit(entries: readonly KitEntry[], outDir: string, aliases: readonly KitAlias[] = []): number {
  for (const entry of entries) linkOrCopy(entry.file, join(outDir, entry.path));
  const byPath = new Map(entries.map((e) => [e.path, e]));
  for (const alias of aliases) {
    const entry = byPath.get(alias.target);
    if (!entry) throw new Error(`kit file ${alias.target} (served at ${alias.path}) was not rendered`);
    linkOrCopy(entry.file, join(outDir, alias.path));
  }
  return entries.length + aliases.length;
}
