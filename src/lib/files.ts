import { closeSync, copyFileSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file operations an atomic write needs; tests pass ones that fail midway. */
export interface WriteOps {
  writeTemp(path: string, data: string | Uint8Array): void;
  rename(from: string, to: string): void;
}

/** For what a user wrote (content/): the data reaches the disk before the rename. */
export const NODE_WRITE_OPS: WriteOps = {
  writeTemp(path, data) {
    const fd = openSync(path, 'wx');
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  },
  rename: renameSync,
};

/** For caches, which can always be rebuilt: atomic, without waiting for the disk. */
export const CACHE_WRITE_OPS: WriteOps = {
  writeTemp: (path, data) => writeFileSync(path, data, { flag: 'wx' }),
  rename: renameSync,
};

/**
 * Replaces a file's content all at once: writes a temporary file beside it,
 * then renames it over the original. A crash or error at any point leaves
 * either the old file or the new one, never half of one. Creates the folder.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, ops: WriteOps = NODE_WRITE_OPS): void {
  mkdirSync(dirname(path), { recursive: true });
  // Unique per process and thread: render workers share a pid.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    ops.writeTemp(temp, data);
    ops.rename(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Puts a file at target as a hard link (no copy); across file systems, as a copy. Replaces what was there. */
export function linkOrCopy(source: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  rmSync(target, { force: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}
