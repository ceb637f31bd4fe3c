import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './build-utils';

const script = join(PROJECT_ROOT, 'scripts/system-deps.sh');
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync('bash', [script, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

describe('scripts/system-deps.sh (run by npm test first)', () => {
  it('is what npm test runs first, and what .ci/run relies on', () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.pretest).toBe('bash scripts/system-deps.sh');
    const ci = readFileSync(join(PROJECT_ROOT, '.ci/run'), 'utf8');
    expect(ci).toMatch(/npm ci[^\n]*\nnpm test\n/);
    expect(ci).not.toContain('apt-get');
  });

  it('passes quietly when every package is there (this machine)', () => {
    const result = run(['--check']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('names every missing package and the exact command to install them', () => {
    const result = run(['--check'], { SYSTEM_DEPS_ROOT: '/nonexistent' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "sudo sh -c 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium poppler-utils nginx-light libnginx-mod-http-brotli-static libreoffice-writer-nogui'",
    );
  });
});
