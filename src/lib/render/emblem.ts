import { createHash } from 'node:crypto';
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** An emblem file for the ประกาศ: where it is and what it holds. */
export interface EmblemFile {
  path: string;
  sha256: string;
}

/** Largest emblem file accepted: a seal at print resolution is far smaller. */
const MAX_EMBLEM_BYTES = 5 * 1024 * 1024;
const EXTENSIONS = ['png', 'svg'] as const;

function candidate(path: string): EmblemFile | undefined {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return undefined;
  }
  // Content is hostile until checked: a link could point anywhere on the build machine.
  if (!stat.isFile()) throw new Error(`${path}: the emblem must be a regular file, not a link or folder`);
  if (stat.size > MAX_EMBLEM_BYTES) throw new Error(`${path}: the emblem is ${stat.size} bytes; the limit is ${MAX_EMBLEM_BYTES}`);
  const bytes = readFileSync(path);
  const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const svg = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(bytes.subarray(0, 2048).toString('utf8'));
  if (path.endsWith('.png') ? !png : !svg) throw new Error(`${path}: not a ${path.endsWith('.png') ? 'PNG' : 'SVG'} file`);
  return { path, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * The emblem printed at the top of an LGO's ประกาศ: its own seal
 * (content/emblems/<lgo-id>.png or .svg) if the LGO prints one, else the
 * content folder's emblem (content/emblem.png or .svg, the ตราครุฑ). None is
 * shipped (we have no licensed file): without one the space stays empty.
 */
export function findEmblem(contentDir: string, lgoId?: string): EmblemFile | undefined {
  if (lgoId !== undefined && /^[a-z0-9-]+$/.test(lgoId)) {
    for (const ext of EXTENSIONS) {
      const own = candidate(join(contentDir, 'emblems', `${lgoId}.${ext}`));
      if (own) return own;
    }
  }
  if (!sharedEmblems.has(contentDir)) {
    let found: EmblemFile | undefined;
    for (const ext of EXTENSIONS) found ??= candidate(join(contentDir, `emblem.${ext}`));
    sharedEmblems.set(contentDir, found);
  }
  return sharedEmblems.get(contentDir);
}

// The shared emblem is looked up once per build, not once per LGO.
const sharedEmblems = new Map<string, EmblemFile | undefined>();
