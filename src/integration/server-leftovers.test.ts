import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeServerLeftovers } from './server-leftovers';

const dir = mkdtempSync(join(tmpdir(), 'smartlaw-leftovers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('removeServerLeftovers', () => {
  it('removes server chunks and middleware modules, and keeps pages, scripts and kit files', () => {
    for (const path of ['chunks/site_abc.mjs', '_astro-internal_middleware.mjs', 'index.html', '_astro/search.js', 'kit/lgo/a/poster-a4.pdf']) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), 'x');
    }
    expect(removeServerLeftovers(dir).sort()).toEqual(['_astro-internal_middleware.mjs', 'chunks/site_abc.mjs']);
    expect(existsSync(join(dir, 'chunks'))).toBe(false);
    for (const kept of ['index.html', '_astro/search.js', 'kit/lgo/a/poster-a4.pdf']) expect(existsSync(join(dir, kept)), kept).toBe(true);
  });
});
