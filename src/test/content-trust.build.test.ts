import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
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
});
