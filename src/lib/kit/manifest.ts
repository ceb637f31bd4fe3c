import type { KitEntry } from './build-kit';

// The kit is rendered before Astro renders pages; pages read file sizes from
// here. A global, because the integration and the page bundles are separate
// module instances in one process.
const KEY = Symbol.for('smartlaw.kit');

export function setKitManifest(entries: readonly KitEntry[]): void {
  (globalThis as Record<symbol, unknown>)[KEY] = new Map(entries.map((e) => [e.path, e]));
}

/** The rendered kit file at a site path, if the kit was built in this process. */
export function kitEntry(path: string): KitEntry | undefined {
  return ((globalThis as Record<symbol, unknown>)[KEY] as Map<string, KitEntry> | undefined)?.get(path);
}

/** "84 KB", "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000 * 1000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1000 / 1000).toFixed(1)} MB`;
}
