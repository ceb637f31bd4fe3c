import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ContentError, type ContentIssue } from '../content/content-error';
import { readContentFile } from '../content/read-content-file';

/** An emblem file for the ประกาศ: where it is and what it holds. */
export interface EmblemFile {
  path: string;
  sha256: string;
}

/** Largest emblem file accepted: a seal at print resolution is far smaller. */
const MAX_EMBLEM_BYTES = 5 * 1024 * 1024;
const EXTENSIONS = ['png', 'svg'] as const;

function candidate(contentDir: string, name: string): EmblemFile | undefined {
  const path = join(contentDir, name);
  // Content is hostile until checked: read like every content file, a regular file inside the
  // content folder, never through a link (the file's or a folder's above it).
  const read = readContentFile(contentDir, name);
  if (!read.ok && read.reason === 'missing') return undefined;
  if (!read.ok) throw new ContentError([{ file: path, message: read.message }]);
  const bytes = read.bytes;
  if (bytes.length > MAX_EMBLEM_BYTES) throw new ContentError([{ file: path, message: `the emblem is ${bytes.length} bytes; the limit is ${MAX_EMBLEM_BYTES}` }]);
  const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const svg = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(bytes.subarray(0, 2048).toString('utf8'));
  if (path.endsWith('.png') ? !png : !svg) throw new ContentError([{ file: path, message: `not a ${path.endsWith('.png') ? 'PNG' : 'SVG'} file` }]);
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
      const own = candidate(contentDir, `emblems/${lgoId}.${ext}`);
      if (own) return own;
    }
  }
  if (!sharedEmblems.has(contentDir)) {
    let found: EmblemFile | undefined;
    for (const ext of EXTENSIONS) found ??= candidate(contentDir, `emblem.${ext}`);
    sharedEmblems.set(contentDir, found);
  }
  return sharedEmblems.get(contentDir);
}

// The shared emblem is looked up once per build, not once per LGO.
const sharedEmblems = new Map<string, EmblemFile | undefined>();

/**
 * Every emblem problem of a site's content (a link, a wrong format, too
 * large), collected for the build's first step rather than thrown from the
 * middle of rendering.
 */
export function emblemProblems(contentDir: string, lgoIds: readonly string[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const id of [undefined, ...lgoIds]) {
    try {
      findEmblem(contentDir, id);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      for (const issue of error.issues) if (!issues.some((i) => i.file === issue.file)) issues.push(issue);
    }
  }
  return issues;
}
