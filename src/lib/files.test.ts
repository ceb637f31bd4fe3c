import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_WRITE_OPS, isProcessAlive, NODE_WRITE_OPS, removeStaleTempFiles, writeFileAtomic, type WriteOps } from './files';

// No process has a pid above Linux's pid_max (2^22).
const DEAD_PID = 4194305;

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'smartlaw-files-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves the old file and no temporary file when the write fails halfway', () => {
    const file = join(dir, 'lgos.csv');
    writeFileSync(file, 'old');
    const failing: WriteOps = {
      writeTemp: (path, data) => {
        writeFileSync(path, String(data).slice(0, 2));
        throw new Error('disk full');
      },
      rename: NODE_WRITE_OPS.rename,
    };
    expect(() => writeFileAtomic(file, 'new content', failing)).toThrow('disk full');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['lgos.csv']);
  });

  it('leaves no temporary file when the rename fails', () => {
    const file = join(dir, 'x.txt');
    expect(() => writeFileAtomic(file, 'data', { ...CACHE_WRITE_OPS, rename: () => { throw new Error('EXDEV'); } })).toThrow('EXDEV');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('clears what a killed earlier write of the same user file left, and nothing else', () => {
    const file = join(dir, 'lgos.csv');
    writeFileSync(join(dir, `.lgos.csv.${DEAD_PID}.abc.tmp`), 'half');
    writeFileSync(join(dir, `.provinces.csv.${DEAD_PID}.abc.tmp`), 'other file');
    writeFileSync(join(dir, `.lgos.csv.${process.ppid}.abc.tmp`), 'a live writer');
    writeFileAtomic(file, 'new');
    expect(readdirSync(dir).sort()).toEqual([`.lgos.csv.${process.ppid}.abc.tmp`, `.provinces.csv.${DEAD_PID}.abc.tmp`, 'lgos.csv']);
  });
});

describe('removeStaleTempFiles', () => {
  it('removes dead writers’ temporaries, one folder down when asked, and ours only when asked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smartlaw-stale-'));
    try {
      writeFileSync(join(dir, `.a.pdf.${DEAD_PID}.x.tmp`), '');
      writeFileSync(join(dir, 'keep.pdf'), '');
      const sub = join(dir, 'ab');
      mkdirSync(sub);
      writeFileSync(join(sub, `.b.pdf.${DEAD_PID}.y.tmp`), '');
      writeFileSync(join(sub, `.c.pdf.${process.pid}.z.tmp`), '');
      expect(removeStaleTempFiles(dir)).toBe(1);
      expect(existsSync(join(sub, `.b.pdf.${DEAD_PID}.y.tmp`))).toBe(true);
      expect(removeStaleTempFiles(dir, { depth: 1 })).toBe(1);
      expect(existsSync(join(sub, `.c.pdf.${process.pid}.z.tmp`))).toBe(true);
      expect(removeStaleTempFiles(dir, { depth: 1, includeOwn: true })).toBe(1);
      expect(readdirSync(dir, { recursive: true }).sort()).toEqual(['ab', 'keep.pdf']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tells live processes from dead ones', () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    expect(isProcessAlive(DEAD_PID)).toBe(false);
    expect(isProcessAlive(0)).toBe(false);
  });
});
