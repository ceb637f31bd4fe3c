import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file operations an atomic write needs; tests pass ones that fail midway. */
export interface WriteOps {
  writeTemp(path: string, text: string): void;
  rename(from: string, to: string): void;
}

export const NODE_WRITE_OPS: WriteOps = {
  writeTemp(path, text) {
    const fd = openSync(path, 'wx');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  },
  rename: renameSync,
};

/**
 * Replaces a file's content all at once: writes a temporary file beside it,
 * then renames it over the original. A crash or error at any point leaves
 * either the old file or the new one, never half of one.
 */
export function writeFileAtomic(path: string, text: string, ops: WriteOps = NODE_WRITE_OPS): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    ops.writeTemp(temp, text);
    ops.rename(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
