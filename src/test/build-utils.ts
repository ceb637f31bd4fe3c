import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import { decodeQrImage } from './pdf-utils';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const TEST_SITE_URL = 'https://smartlaw.test';

export interface BuildResult {
  status: number | null;
  output: string;
}

const buildArgs = (outDir: string) => [join(PROJECT_ROOT, 'node_modules/astro/astro.js'), 'build', '--outDir', outDir];
const buildEnv = (contentDir: string, env: Record<string, string | undefined>) => ({
  ...process.env,
  CONTENT_DIR: contentDir,
  SITE_URL: TEST_SITE_URL,
  ASTRO_TELEMETRY_DISABLED: '1',
  ...env,
});

/** Whether the previous site of outDir is still being deleted in the background (src/integration/swap-dist.ts). */
function oldDistRemaining(outDir: string): boolean {
  const name = `${basename(outDir)}.old-`;
  try {
    return readdirSync(dirname(outDir)).some((entry) => entry.startsWith(name));
  } catch {
    return false;
  }
}

/** Waits (blocking, up to 2 min) until the build's detached remover has deleted the previous site, so tests see the settled folder. */
function waitForOldDistRemoved(outDir: string): void {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (const start = Date.now(); oldDistRemaining(outDir) && Date.now() - start < 120_000; ) Atomics.wait(sleeper, 0, 0, 50);
}

/** Runs `astro build` as a user would, on a content folder, into outDir. An env value undefined unsets it. */
export function buildSite(contentDir: string, outDir: string, env: Record<string, string | undefined> = {}): BuildResult {
  const result = spawnSync(process.execPath, buildArgs(outDir), {
    cwd: PROJECT_ROOT,
    env: buildEnv(contentDir, env),
    encoding: 'utf8',
    timeout: 240_000,
  });
  waitForOldDistRemoved(outDir);
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** What a finished command printed, and how it exited. */
export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command without blocking the test worker: a worker blocked for a
 * minute (spawnSync of a CLI, LibreOffice) misses vitest's heartbeat and
 * fails the run with "Timeout calling onTaskUpdate", on a loaded machine.
 */
export function runAsync(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? PROJECT_ROOT, env: options.env ?? process.env, timeout: options.timeout ?? 300_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A build running in the background: its process, its output so far, and its end. */
export interface RunningBuild {
  child: ChildProcess;
  output: () => string;
  /** Resolves when output matches. */
  waitFor: (pattern: RegExp) => Promise<void>;
  done: Promise<BuildResult>;
}

/** Starts `astro build` without waiting for it (to interrupt it, or to run another build meanwhile). */
export function startBuild(contentDir: string, outDir: string, env: Record<string, string | undefined> = {}): RunningBuild {
  const child = spawn(process.execPath, buildArgs(outDir), { cwd: PROJECT_ROOT, env: buildEnv(contentDir, env), timeout: 300_000 });
  let output = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const w of waiters.filter((w) => w.pattern.test(output))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const done = new Promise<BuildResult>((resolve) =>
    child.on('close', async (status) => {
      // The previous site is deleted in the background after a build: resolve once the folder has settled.
      for (const start = Date.now(); oldDistRemaining(outDir) && Date.now() - start < 120_000; ) await new Promise((r) => setTimeout(r, 50));
      resolve({ status, output });
    }),
  );
  return {
    child,
    output: () => output,
    waitFor: (pattern) =>
      pattern.test(output)
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            waiters.push({ pattern, resolve });
            void done.then(() => reject(new Error(`build ended before ${pattern}:\n${output}`)));
          }),
    done,
  };
}

/** Every inline SVG QR code of an HTML page. */
export function inlineSvgs(html: string): string[] {
  return [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
}

/** Rasterises an SVG and decodes its QR code, as a phone camera would. */
export async function decodeQrSvg(svg: string): Promise<string | undefined> {
  return decodeQrImage(await sharp(Buffer.from(svg), { density: 300 }).resize(400, 400, { kernel: 'nearest' }).png().toBuffer());
}

/** Reads a built file as text. */
export function readBuilt(outDir: string, path: string): string {
  return readFileSync(join(outDir, path), 'utf8');
}

/**
 * Runs `astro build` like buildSite, without blocking the test worker: a
 * worker blocked for minutes (a loaded machine) misses vitest's heartbeats.
 */
export function buildSiteAsync(contentDir: string, outDir: string, env: Record<string, string | undefined> = {}): Promise<BuildResult> {
  return startBuild(contentDir, outDir, env).done;
}

/**
 * A built page without the markup src/components/KeepUnitsTogether.astro adds to keep Thai
 * units whole (sl-nowrap spans, <wbr>): the text as content wrote it, for
 * tests about content rather than line breaking.
 */
export function withoutNowrap(html: string): string {
  // Inner nowrap spans first, then the long units' inline blocks around them (see lib/thai/nowrap.ts).
  return html
    .replace(/<span class="sl-nowrap">([^<]*)<\/span>/g, '$1')
    .replace(/<wbr>/g, '')
    .replace(/<span class="sl-keep">([^<]*)<\/span>/g, '$1');
}
