import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
  // A user's folder is small: clear what a killed earlier write of this file left (the cache sweeps per build).
  if (ops === NODE_WRITE_OPS) removeStaleTempFiles(dirname(path), { of: basename(path) });
  // Unique per process and thread (render workers share a pid); the pid lets removeStaleTempFiles tell dead writers' files.
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

/** True when a process with this id runs (on this machine). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const TEMP_FILE = /^\..+\.(\d+)\.[a-z0-9]*\.tmp$/;

/**
 * Removes the temporary files writeFileAtomic leaves when its process is
 * killed between write and rename (SIGKILL, a terminated worker thread):
 * those of dead processes, and with `includeOwn` this process's too (call it
 * only when no write of ours is in flight). `depth` 1 also looks one folder
 * down (the render cache's fan-out); `of` keeps to one target file's
 * temporaries. Returns how many were removed.
 */
export function removeStaleTempFiles(dir: string, { depth = 0, includeOwn = false, of = '' } = {}): number {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (depth > 0) removed += removeStaleTempFiles(path, { depth: depth - 1, includeOwn, of });
      continue;
    }
    if (of && !entry.name.startsWith(`.${of}.`)) continue;
    const pid = Number(TEMP_FILE.exec(entry.name)?.[1]);
    if (!pid) continue;
    if ((includeOwn && pid === process.pid) || (pid !== process.pid && !isProcessAlive(pid))) {
      rmSync(path, { force: true });
      removed++;
    }
  }
  return removed;
}
