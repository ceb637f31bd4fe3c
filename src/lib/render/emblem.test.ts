import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findEmblem } from './emblem';

const root = mkdtempSync(join(tmpdir(), 'smartlaw-emblem-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';
const folder = (name: string) => {
  const dir = join(root, name);
  mkdirSync(join(dir, 'emblems'), { recursive: true });
  return dir;
};

describe('findEmblem', () => {
  it('finds nothing when no emblem is given (none ships)', () => {
    expect(findEmblem(folder('none'), 'test-pao')).toBeUndefined();
  });

  it("prefers the LGO's own seal to the shared emblem, and hashes the file", () => {
    const dir = folder('both');
    writeFileSync(join(dir, 'emblem.svg'), SVG);
    writeFileSync(join(dir, 'emblems', 'test-pao.png'), PNG);
    expect(findEmblem(dir, 'test-pao')?.path).toBe(join(dir, 'emblems', 'test-pao.png'));
    expect(findEmblem(dir, 'other')?.path).toBe(join(dir, 'emblem.svg'));
    expect(findEmblem(dir, 'other')?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses links and files that are not what their name says', () => {
    const linked = folder('linked');
    writeFileSync(join(root, 'outside.png'), PNG);
    symlinkSync(join(root, 'outside.png'), join(linked, 'emblem.png'));
    expect(() => findEmblem(linked)).toThrow(/regular file/);
    const fake = folder('fake');
    writeFileSync(join(fake, 'emblems', 'x.png'), SVG);
    expect(() => findEmblem(fake, 'x')).toThrow(/not a PNG/);
  });

  it('refuses an emblems folder that is a link, so no file from outside the content folder is printed', () => {
    const outside = folder('outside');
    writeFileSync(join(outside, 'emblems', 'test-pao.png'), PNG);
    const dir = mkdtempSync(join(root, 'linked-folder-'));
    symlinkSync(join(outside, 'emblems'), join(dir, 'emblems'));
    expect(() => findEmblem(dir, 'test-pao')).toThrow(/emblems.*symbolic link/);
  });
});
