import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuildLockError, DistSwap } from './swap-dist';

// No process has a pid above Linux's pid_max (2^22).
const DEAD_PID = 4194305;

/** Polls until `done` holds, failing after 10 s. */
async function waitFor(done: () => boolean): Promise<void> {
  for (const start = Date.now(); !done(); await new Promise((resolve) => setTimeout(resolve, 20))) {
    if (Date.now() - start > 10_000) throw new Error('timed out');
  }
}

describe('DistSwap', () => {
  let root: string;
  let dist: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'smartlaw-swap-'));
    dist = join(root, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'old site');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('replaces dist/ with the finished build and releases the lock', async () => {
    const swap = new DistSwap(dist);
    swap.acquire();
    expect(readFileSync(swap.lock, 'utf8').trim()).toBe(String(process.pid));
    mkdirSync(swap.temp);
    writeFileSync(join(swap.temp, 'index.html'), 'new site');
    swap.publish();
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new site');
    expect(existsSync(swap.temp)).toBe(false);
    expect(existsSync(swap.lock)).toBe(false);
    // The old site goes in a detached process: soon, not before publish() returns.
    await waitFor(() => !existsSync(`${dist}.old-${process.pid}`));
    expect(readdirSync(root).sort()).toEqual(['dist']);
  });

  it('keeps the old dist/ when a build is abandoned', () => {
    const swap = new DistSwap(dist);
    swap.acquire();
    mkdirSync(swap.temp);
    writeFileSync(join(swap.temp, 'index.html'), 'half a site');
    swap.abandon();
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('old site');
    expect(existsSync(swap.temp)).toBe(false);
    expect(existsSync(swap.lock)).toBe(false);
  });

  it('refuses a second build while the first one runs, naming the pid and the lock file', () => {
    const first = new DistSwap(dist);
    first.acquire();
    // Another process: our parent is alive for sure.
    const second = new DistSwap(dist, process.ppid);
    expect(() => second.acquire()).toThrow(BuildLockError);
    expect(() => second.acquire()).toThrow(`Another build (pid ${process.pid}) is writing ${dist} right now`);
    expect(readFileSync(first.lock, 'utf8').trim()).toBe(String(process.pid));
    first.abandon();
  });

  it('takes over the lock of a build that was killed, and removes what it left', () => {
    writeFileSync(`${dist}.lock`, `${DEAD_PID}\n`);
    mkdirSync(`${dist}.tmp-${DEAD_PID}`);
    mkdirSync(`${dist}.old-${DEAD_PID}`);
    // A live build's folder, in another output folder's name, is not ours to remove.
    mkdirSync(`${dist}.tmp-${process.ppid}`);
    mkdirSync(join(root, `dist2.tmp-${DEAD_PID}`));
    const swap = new DistSwap(dist);
    swap.acquire();
    expect(readFileSync(swap.lock, 'utf8').trim()).toBe(String(process.pid));
    expect(existsSync(`${dist}.tmp-${DEAD_PID}`)).toBe(false);
    expect(existsSync(`${dist}.old-${DEAD_PID}`)).toBe(false);
    expect(existsSync(`${dist}.tmp-${process.ppid}`)).toBe(true);
    expect(existsSync(join(root, `dist2.tmp-${DEAD_PID}`))).toBe(true);
    swap.abandon();
  });

  it('publishes into a folder that does not exist yet', () => {
    rmSync(dist, { recursive: true });
    const swap = new DistSwap(dist);
    swap.acquire();
    mkdirSync(swap.temp);
    writeFileSync(join(swap.temp, 'index.html'), 'first site');
    swap.publish();
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('first site');
  });
});
