import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from './load-content';
import { SYNTHETIC_MARKER } from './synthetic';
import { writeFixture } from './write-fixture';

const CONTENT = resolve(import.meta.dirname, '../../content');
const work = mkdtempSync(join(tmpdir(), 'smartlaw-synthetic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('writeFixture', () => {
  it('writes a content folder the build accepts, marked synthetic', () => {
    const out = join(work, 'a');
    expect(writeFixture({ lgos: 500, out, contentDir: CONTENT, seed: 3 })).toEqual({ dir: out, rows: 500 });
    const content = loadContent(out, { siteUrl: 'https://smartlaw.test' });
    expect(content.lgos).toHaveLength(500);
    expect(content.provinces).toHaveLength(77);
    expect(content.synthetic).toBe(true);
    expect(readFileSync(join(out, SYNTHETIC_MARKER), 'utf8')).toMatch(/SYNTHETIC TEST DATA/);
    expect(content.lgos.some((l) => l.noteHtml)).toBe(true);
  });

  it('is deterministic for a seed and replaces an earlier fixture', () => {
    const out = join(work, 'b');
    writeFixture({ lgos: 300, out, contentDir: CONTENT, seed: 9 });
    const first = readFileSync(join(out, 'lgos.csv'), 'utf8');
    writeFixture({ lgos: 300, out, contentDir: CONTENT, seed: 9 });
    expect(readFileSync(join(out, 'lgos.csv'), 'utf8')).toBe(first);
  });

  it('never writes into the real content folder', () => {
    expect(() => writeFixture({ lgos: 5, out: join(CONTENT, 'synthetic'), contentDir: CONTENT })).toThrow(/inside the real content folder/);
    expect(existsSync(join(CONTENT, 'synthetic'))).toBe(false);
  });

  it('does not overwrite a folder that is not a fixture', () => {
    const out = join(work, 'mine');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'my work');
    expect(() => writeFixture({ lgos: 5, out, contentDir: CONTENT })).toThrow(/not a synthetic fixture/);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('my work');
  });
});
