import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isProcessAlive } from '../lib/files';

/** Why a build may not write its output folder; the message says what to do. */
export class BuildLockError extends Error {}

/**
 * A build's output, written next to its final place and swapped in only when
 * every step succeeded, so a failed or interrupted build leaves the previous
 * site as it was:
 *
 * - `dist.lock` holds the pid of the build writing `dist/`; a second build in
 *   the same folder stops at once. A lock whose process is gone is taken over.
 * - Astro writes into `dist.tmp-<pid>/`. On success, `dist/` becomes
 *   `dist.old-<pid>/`, the new folder becomes `dist/`, and the old one is
 *   removed by a detached process, so the build returns as soon as the new
 *   site is in place. On failure or interrupt the temporary folder is
 *   removed; after a hard kill the next build removes what dead builds left.
 */
export class DistSwap {
  readonly temp: string;
  readonly lock: string;
  private held = false;
  private done = false;

  constructor(
    /** The final output folder (Astro's outDir as configured), absolute. */
    readonly outDir: string,
    private readonly pid = process.pid,
  ) {
    this.temp = `${outDir}.tmp-${pid}`;
    this.lock = `${outDir}.lock`;
  }

  /**
   * Takes the lock and clears what dead builds left.
   * @throws BuildLockError when another build is writing the same folder.
   */
  acquire(): void {
    mkdirSync(dirname(this.outDir), { recursive: true });
    for (let attempt = 0; attempt < 2 && !this.held; attempt++) {
      try {
        const fd = openSync(this.lock, 'wx');
        writeSync(fd, `${this.pid}\n`);
        closeSync(fd);
        this.held = true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const owner = Number.parseInt(readFileSync(this.lock, 'utf8'), 10);
        if (isProcessAlive(owner) && owner !== this.pid) {
          throw new BuildLockError(
            `Another build (pid ${owner}) is writing ${this.outDir} right now: wait for it to finish and build again. ` +
              `If no build is running, delete ${this.lock}.`,
          );
        }
        // Left by a build that was killed: take it over.
        rmSync(this.lock, { force: true });
      }
    }
    if (!this.held) throw new BuildLockError(`Could not take the build lock ${this.lock}: delete it if no build is running.`);
    this.removeLeftovers();
  }

  /** Removes temporary and old output folders of builds whose process is gone. */
  removeLeftovers(): string[] {
    const parent = dirname(this.outDir);
    const name = basename(this.outDir);
    const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:tmp|old)-(\\d+)$`);
    const removed: string[] = [];
    if (!existsSync(parent)) return removed;
    for (const entry of readdirSync(parent)) {
      const pid = Number(pattern.exec(entry)?.[1]);
      if (pid && (pid === this.pid || !isProcessAlive(pid))) {
        try {
          rmSync(join(parent, entry), { recursive: true, force: true, maxRetries: 3 });
          removed.push(entry);
        } catch {
          // An old folder may still be going in the background (removeInBackground): whoever finishes, it goes.
        }
      }
    }
    return removed;
  }

  /** Puts the finished build in place of the old one, then releases the lock. */
  publish(): void {
    const old = `${this.outDir}.old-${this.pid}`;
    const hadOld = existsSync(this.outDir);
    if (hadOld) renameSync(this.outDir, old);
    try {
      renameSync(this.temp, this.outDir);
    } catch (error) {
      if (hadOld) renameSync(old, this.outDir);
      throw error;
    }
    this.done = true;
    this.release();
    if (hadOld) removeInBackground(old);
  }

  /** After a failure: removes the unfinished output and releases the lock; the old folder stays. */
  abandon(): void {
    if (!this.done) rmSync(this.temp, { recursive: true, force: true });
    this.release();
  }

  private release(): void {
    if (!this.held) return;
    this.held = false;
    // Only our own lock: a build that took over a lock we lost keeps it.
    if (existsSync(this.lock) && Number.parseInt(readFileSync(this.lock, 'utf8'), 10) === this.pid) rmSync(this.lock, { force: true });
  }
}

/**
 * Removes a folder in a detached process that outlives the build: on a slow
 * disk, deleting a national site's 160,000 old files takes longer than a
 * warm build (27 s for 50,000 here). If no process can be started, removes it
 * here. What a killed remover leaves, the next build removes (its pid is gone).
 */
export function removeInBackground(path: string): void {
  try {
    const remover = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 3 })', path], {
      detached: true,
      stdio: 'ignore',
      windowsHide: true,
    });
    remover.on('error', () => rmSync(path, { recursive: true, force: true }));
    remover.unref();
  } catch {
    rmSync(path, { recursive: true, force: true });
  }
}

const ACTIVE = Symbol.for('smartlaw.distSwap');

/**
 * Starts a build's swap (see DistSwap): takes the lock, sends Astro's output
 * to the temporary folder, and removes it (keeping the old site) if the
 * process exits, is interrupted or fails before publishDistStep runs.
 * Exits with status 1 and a clear message when another build holds the lock.
 */
export function startDistSwap(
  outDir: URL,
  updateConfig: (config: { outDir: URL }) => unknown,
  logger: { error(message: string): void },
): DistSwap {
  const swap = new DistSwap(fileURLToPath(outDir).replace(/\/+$/, ''));
  try {
    swap.acquire();
  } catch (error) {
    if (error instanceof BuildLockError) {
      logger.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  process.once('exit', () => swap.abandon());
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => {
      swap.abandon();
      process.exit(code);
    });
  }
  updateConfig({ outDir: pathToFileURL(`${swap.temp}/`) });
  (globalThis as Record<symbol, unknown>)[ACTIVE] = swap;
  return swap;
}

/** The swap of the build running in this process, if any. */
export function activeDistSwap(): DistSwap | undefined {
  return (globalThis as Record<symbol, unknown>)[ACTIVE] as DistSwap | undefined;
}
