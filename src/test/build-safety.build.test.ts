import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteAsync as buildSite, startBuild, type BuildResult } from './build-utils';
import { BASIC_FIXTURE } from './fixture-utils';

// One output folder, built once; then builds that fail, are killed or collide must leave it as it was.
const work = mkdtempSync(join(tmpdir(), 'smartlaw-safety-'));
const outDir = join(work, 'dist');
const cacheEnv = { KIT_CACHE_DIR: join(work, 'cache', 'kit') };
let first: BuildResult;
let homePage = '';

/** A file only the previous build's dist/ has: Astro empties its output folder first, so it shows dist/ was left alone. */
const MARKER = 'left-by-the-previous-build.txt';
const previousDistIntact = () => {
  expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(homePage);
  expect(existsSync(join(outDir, MARKER)), 'dist/ was replaced or emptied').toBe(true);
  expect(existsSync(join(outDir, 'kit/lgo/test-town/poster-a4.pdf'))).toBe(true);
};

/** What sits beside dist/: only dist itself after any build has ended. */
const siblings = () => readdirSync(work).filter((f) => f !== 'cache').sort();

beforeAll(async () => {
  first = await buildSite(BASIC_FIXTURE, outDir, cacheEnv);
  homePage = readFileSync(join(outDir, 'index.html'), 'utf8');
  writeFileSync(join(outDir, MARKER), '');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build replaces dist/ only when it succeeded', () => {
  it('builds into a temporary folder and swaps it in', () => {
    expect(first.status, first.output).toBe(0);
    expect(first.output).toMatch(/replaced .*dist with the finished build/);
    expect(siblings()).toEqual(['dist']);
  });

  it('leaves the previous dist/ intact and no stray folders when a step fails after the pages were written', async () => {
    // The precompression cache (beside the render cache) is a file: the last step fails, after Astro wrote every page.
    const broken = join(work, 'broken-cache');
    mkdirSync(broken);
    symlinkSync(join(work, 'cache', 'kit'), join(broken, 'kit'));
    writeFileSync(join(broken, 'precompressed'), '');
    const failed = await buildSite(BASIC_FIXTURE, outDir, { KIT_CACHE_DIR: join(broken, 'kit') });
    rmSync(broken, { recursive: true });
    expect(failed.output).toContain('/lgo/test-pao/index.html');
    expect(failed.status).not.toBe(0);
    expect(failed.output).toMatch(/ENOTDIR|EEXIST|not a directory/);
    previousDistIntact();
    expect(siblings()).toEqual(['dist']);
  });

  it('leaves dist/ intact when a build is interrupted, and the next build clears what it left', async () => {
    const killed = startBuild(BASIC_FIXTURE, outDir, cacheEnv);
    // Killed while Astro writes pages.
    await killed.waitFor(/\/lgo\/test-pao\/index\.html/);
    killed.child.kill('SIGKILL');
    await killed.done;
    previousDistIntact();
    // A hard kill runs no clean-up: its lock and temporary folder stay until the next build.
    expect(siblings()).toEqual(['dist', 'dist.lock', `dist.tmp-${killed.child.pid}`]);

    const interrupted = startBuild(BASIC_FIXTURE, outDir, cacheEnv);
    await interrupted.waitFor(/kit: \d+ files/);
    interrupted.child.kill('SIGINT');
    await interrupted.done;
    previousDistIntact();
    // SIGINT cleans up at once, and took over the dead build's lock and removed its folder first.
    expect(siblings()).toEqual(['dist']);
  });

  it('refuses a second build in the same folder at once, with a clear message, while the first one runs', async () => {
    const running = startBuild(BASIC_FIXTURE, outDir, cacheEnv);
    await running.waitFor(/kit: \d+ files/);
    // Paused, so it is surely still running while the second build starts.
    running.child.kill('SIGSTOP');
    const started = performance.now();
    const second = await buildSite(BASIC_FIXTURE, outDir, cacheEnv);
    const seconds = (performance.now() - started) / 1000;
    running.child.kill('SIGCONT');
    expect(second.status).toBe(1);
    expect(second.output).toContain(`Another build (pid ${running.child.pid}) is writing ${outDir} right now`);
    expect(second.output).toContain(`delete ${outDir}.lock`);
    expect(second.output).not.toMatch(/\n\s+at /);
    // Refused before loading content or rendering anything.
    expect(second.output).not.toContain('content from');
    expect(seconds).toBeLessThan(60);
    const result = await running.done;
    expect(result.status, result.output).toBe(0);
    expect(siblings()).toEqual(['dist']);
    // The build that ran replaced dist/ as a whole.
    expect(existsSync(join(outDir, MARKER))).toBe(false);
  });
});
