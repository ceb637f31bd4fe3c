import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildKit } from '../lib/kit/build-kit';
import { getSite } from '../lib/content/site';
import { PROJECT_ROOT, runAsync, type CommandResult } from './build-utils';
import { BASIC_FIXTURE } from './fixture-utils';

const cacheDir = mkdtempSync(join(tmpdir(), 'smartlaw-shards-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

function renderShard(shard: string): Promise<CommandResult> {
  return runAsync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/render-kit.ts', '--shard', shard], {
    env: { ...process.env, CONTENT_DIR: BASIC_FIXTURE, SITE_URL: 'https://smartlaw.test', KIT_CACHE_DIR: cacheDir, KIT_WORKERS: '0' },
  });
}

describe('npm run kit -- --shard I/N', () => {
  it('splits the render between runners whose caches together hold the whole kit', async () => {
    const first = await renderShard('1/2');
    const second = await renderShard('2/2');
    expect(first.status).toBe(0);
    expect(second.status).toBe(0);
    const rendered = (out: string) => Number(/(\d+) rendered/.exec(out.split('\n').filter(Boolean).pop() ?? '')?.[1]);
    const site = getSite({ CONTENT_DIR: BASIC_FIXTURE, SITE_URL: 'https://smartlaw.test' });
    const whole = await buildKit(site, { cacheDir, workers: 0 });
    expect(rendered(first.stdout) + rendered(second.stdout)).toBe(whole.entries.length);
    expect(Math.abs(rendered(first.stdout) - rendered(second.stdout))).toBeLessThanOrEqual(1);
    expect(whole.rendered).toBe(0);
  });

  it('refuses a malformed shard', async () => {
    const result = await renderShard('3/2');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--shard must be I\/N/);
  });
});
