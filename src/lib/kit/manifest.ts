import { basename } from 'node:path';
import type { KitEntry } from './build-kit';

/**
 * The rendered kit files a build holds, as data pages are handed. The build
 * step renders the kit before Astro renders pages and registers the result
 * here; getStaticPaths reads it once with loadKitManifest() and passes it to
 * the pages as a prop. (The hand-over goes through one process-wide slot
 * because Astro loads the integration and the page bundles as separate module
 * instances; nothing else reads that slot.)
 */
export interface KitManifest {
  /** The rendered file at a site path, if the kit has it. */
  entry(path: string): KitEntry | undefined;
  /**
   * A short content version of a file for ?v= in og:image URLs: the start of
   * its render-cache key, which changes whenever anything that shapes the file does.
   */
  version(path: string): string | undefined;
}

const KEY = Symbol.for('smartlaw.kit');

/** Registers the kit of this build (called by the build step after rendering). */
export function setKitManifest(entries: readonly KitEntry[]): void {
  (globalThis as Record<symbol, unknown>)[KEY] = new Map(entries.map((e) => [e.path, e]));
}

/** A manifest over the given entries (tests, or a build's own list). */
export function kitManifestOf(entries: ReadonlyMap<string, KitEntry> | readonly KitEntry[]): KitManifest {
  const map = entries instanceof Map ? entries : new Map((entries as readonly KitEntry[]).map((e) => [e.path, e]));
  return {
    entry: (path) => map.get(path),
    version: (path) => {
      const file = map.get(path)?.file;
      return file ? basename(file).replace(/\..*$/, '').slice(0, 12) : undefined;
    },
  };
}

/** The kit registered by this build; empty under `astro dev`, where no kit is rendered. */
export function loadKitManifest(): KitManifest {
  return kitManifestOf(((globalThis as Record<symbol, unknown>)[KEY] as Map<string, KitEntry> | undefined) ?? new Map());
}

/** "84 KB", "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000 * 1000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1000 / 1000).toFixed(1)} MB`;
}
