import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASIC_FIXTURE } from '../../test/fixture-utils';
import { loadContent } from './load-content';
import { listContentFolder, readContentFile } from './read-content-file';

const work = mkdtempSync(join(tmpdir(), 'smartlaw-read-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('readContentFile', () => {
  it('reads a regular file', () => {
    writeFileSync(join(work, 'a.md'), 'ก');
    const read = readContentFile(work, 'a.md');
    expect(read.ok && read.bytes.toString('utf8')).toBe('ก');
  });

  it('refuses a device', () => {
    expect(readContentFile('/dev', 'null')).toMatchObject({ ok: false, reason: 'special' });
  });

  it('refuses a path through a linked folder, and a missing file', () => {
    symlinkSync('/etc', join(work, 'linked'));
    expect(readContentFile(work, 'linked/passwd')).toMatchObject({ ok: false, reason: 'symlink' });
    expect(listContentFolder(work, 'linked')).toMatchObject({ ok: false, reason: 'symlink' });
    expect(readContentFile(work, 'nothing.md')).toMatchObject({ ok: false, reason: 'missing', message: 'file is missing' });
  });

  it('lets the operator reach the content folder itself through a link (CONTENT_DIR=/tmp/x on macOS)', () => {
    symlinkSync(BASIC_FIXTURE, join(work, 'content-link'));
    expect(loadContent(join(work, 'content-link'), { siteUrl: 'https://smartlaw.test' }).lgos).toHaveLength(3);
  });
});
