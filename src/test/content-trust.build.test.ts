import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSiteAsync } from './build-utils';
import { fixtureCopy } from './fixture-utils';

const work = mkdtempSync(join(tmpdir(), 'smartlaw-trust-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build of hostile content', () => {
  it('refuses a note that links to the environment, exits non-zero, publishes nothing', async () => {
    const { dir, cleanup } = fixtureCopy({ 'lgos/test-town.md': null });
    symlinkSync('/proc/self/environ', join(dir, 'lgos/test-town.md'));
    const out = join(work, 'dist');
    try {
      const result = await buildSiteAsync(dir, out, { KIT_CACHE_DIR: join(work, 'kit-cache'), SECRET_FOR_TEST: 'must-not-leak-9f2c' });
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(/lgos\/test-town\.md: is a symbolic link; content is read only from regular files inside the content folder/);
      expect(result.output).not.toContain('must-not-leak-9f2c');
      expect(readdirSync(work)).not.toContain('dist');
    } finally {
      cleanup();
    }
  });

  it('refuses a fake emblem in the first step, with the content problem list and no stack trace', async () => {
    const { dir, cleanup } = fixtureCopy();
    mkdirSync(join(dir, 'emblems'));
    writeFileSync(join(dir, 'emblems', 'test-town.png'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const out = join(work, 'dist-emblem');
    try {
      const result = await buildSiteAsync(dir, out, { KIT_CACHE_DIR: join(work, 'kit-cache') });
      expect(result.status).toBe(1);
      expect(result.output).toMatch(/Content has 1 problem:\n\s+- .*emblems\/test-town\.png: not a PNG file/);
      expect(result.output).not.toMatch(/\n\s+at .*\.(?:ts|mjs|js):\d+/);
      expect(readdirSync(work)).not.toContain('dist-emblem');
    } finally {
      cleanup();
    }
  });
});
