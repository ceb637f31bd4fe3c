import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** What a content file turned out to be when it is not a readable regular file. */
export type UnreadableReason = 'missing' | 'symlink' | 'directory' | 'special' | 'outside' | 'unreadable';

export type ContentFileRead = { ok: true; bytes: Buffer } | { ok: false; reason: UnreadableReason; message: string };

const MESSAGES: Record<UnreadableReason, string> = {
  missing: 'file is missing',
  symlink:
    'is a symbolic link; content is read only from regular files inside the content folder (replace the link with a copy of the file itself)',
  directory: 'is a folder where a file is expected; remove the folder and put the file there',
  special: 'is a device, FIFO or socket, not a regular file; replace it with a regular file',
  outside: 'resolves to a place outside the content folder; content is read only from files inside it',
  unreadable: 'cannot be read (check the file permissions)',
};

function kindOf(stats: Stats): UnreadableReason | undefined {
  if (stats.isSymbolicLink()) return 'symlink';
  if (stats.isDirectory()) return 'directory';
  if (!stats.isFile()) return 'special';
  return undefined;
}

const fail = (reason: UnreadableReason): ContentFileRead => ({ ok: false, reason, message: MESSAGES[reason] });

/** True when the real path of `path` lies inside the real path of `root`. */
function staysInside(root: string, path: string): boolean {
  try {
    const inside = relative(realpathSync(root), realpathSync(path));
    return inside !== '' && !inside.startsWith(`..${sep}`) && inside !== '..' && !inside.startsWith(sep);
  } catch {
    return false;
  }
}

/**
 * Reads a content file without ever following a symbolic link: every path
 * part below the content folder must be a real folder, and the file a regular
 * file whose real path stays inside the folder. The file is opened with
 * O_NOFOLLOW and checked again after opening, so it cannot be swapped for a
 * link in between. The content folder itself is the operator's choice (it may
 * be reached through a link, e.g. CONTENT_DIR=/tmp/x on macOS).
 * @param root the content folder
 * @param name the file's path inside it, with "/" between parts (e.g. "lgos/bangkok.md")
 */
export function readContentFile(root: string, name: string): ContentFileRead {
  const parts = name.split('/');
  let path = root;
  for (const [index, part] of parts.entries()) {
    path = join(path, part);
    let stats: Stats;
    try {
      stats = lstatSync(path);
    } catch {
      return fail('missing');
    }
    const last = index === parts.length - 1;
    const kind = kindOf(stats);
    if (kind === 'symlink') return fail('symlink');
    if (!last && kind !== 'directory') return fail('missing');
    if (last && kind) return fail(kind);
  }
  if (!staysInside(root, path)) return fail('outside');
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO swapped in after the check must not hang the build.
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return fail((error as NodeJS.ErrnoException).code === 'ELOOP' ? 'symlink' : 'unreadable');
  }
  try {
    const stats = fstatSync(fd);
    const kind = kindOf(stats);
    if (kind) return fail(kind);
    const bytes = Buffer.alloc(stats.size);
    let offset = 0;
    while (offset < bytes.length) {
      const read = readSync(fd, bytes, offset, bytes.length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return { ok: true, bytes: bytes.subarray(0, offset) };
  } catch {
    return fail('unreadable');
  } finally {
    closeSync(fd);
  }
}

/** What a folder inside the content folder holds, or why it cannot be listed. */
export type ContentFolderList = { ok: true; names: string[] } | { ok: false; reason: UnreadableReason; message: string };

/**
 * Lists a folder inside the content folder (e.g. "lgos"), refusing one that
 * is a symbolic link or not a folder. A missing folder lists as empty.
 */
export function listContentFolder(root: string, name: string): ContentFolderList {
  const path = join(root, name);
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch {
    return { ok: true, names: [] };
  }
  if (stats.isSymbolicLink()) return fail('symlink') as ContentFolderList;
  if (!stats.isDirectory()) {
    return { ok: false, reason: 'special', message: 'must be a folder of notes (<id>.md files), not a file' };
  }
  if (!staysInside(root, path)) return fail('outside') as ContentFolderList;
  try {
    return { ok: true, names: readdirSync(path).sort() };
  } catch {
    return fail('unreadable') as ContentFolderList;
  }
}
