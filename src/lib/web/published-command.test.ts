import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureCopy } from '../../test/fixture-utils';
import { readPublished } from './published';
import { runPublishedCommand } from './published-command';

// On copies of the basic fixture (synthetic test data).
let cleanup = () => {};
afterEach(() => cleanup());
function content(edits: Parameters<typeof fixtureCopy>[0] = {}) {
  const copy = fixtureCopy(edits);
  cleanup = copy.cleanup;
  return copy.dir;
}
const run = (dir: string, ...argv: string[]) => runPublishedCommand(argv, { CONTENT_DIR: dir });

describe('npm run published', () => {
  it('update records the ids and kit files, and is idempotent', () => {
    const dir = content();
    const first = run(dir, 'update');
    expect(first.code).toBe(0);
    expect(first.output).toContain('80 id(s) added; 77 provinces, 3 LGOs, 0 retired recorded');
    const text = readFileSync(join(dir, 'published.yaml'), 'utf8');
    expect(run(dir, 'update').output).toContain('0 id(s) added');
    expect(readFileSync(join(dir, 'published.yaml'), 'utf8')).toBe(text);
  });

  it('retire moves a published id to retired with its successor, reason, name and date', () => {
    const dir = content();
    run(dir, 'update');
    const result = run(dir, 'retire', 'test-town', '--successor', 'test-pao', '--reason', 'merged');
    expect(result.code).toBe(0);
    expect(result.output).toContain('Now remove "test-town" from lgos.csv');
    const record = readPublished(dir)!;
    expect(record.lgos).toEqual(['test-pao', 'test-sao-long']);
    expect(record.retired).toEqual([{ id: 'test-town', successor: 'test-pao', reason: 'merged', name: 'เทศบาลเมืองทดสอบ <b>ตัวหนา</b>', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
    // Still in lgos.csv: check says what to do.
    const check = run(dir, 'check');
    expect(check.code).toBe(1);
    expect(check.output).toContain('LGO "test-town" is retired but is in lgos.csv again');
  });

  it('retire names an LGO already removed from lgos.csv by the name update recorded', () => {
    const dir = content();
    run(dir, 'update');
    expect(readPublished(dir)!.lgoNames).toMatchObject({ 'test-town': 'เทศบาลเมืองทดสอบ <b>ตัวหนา</b>' });
    const edited = fixtureCopy({ 'lgos.csv': (csv) => csv.split('\n').filter((l) => !l.startsWith('test-town,')).join('\n'), 'lgos/test-town.md': null });
    try {
      writeFileSync(join(edited.dir, 'published.yaml'), readFileSync(join(dir, 'published.yaml')));
      const result = run(edited.dir, 'retire', 'test-town', '--successor', 'test-pao', '--reason', 'merged');
      expect(result.code).toBe(0);
      expect(result.output).toContain('Its notice names it เทศบาลเมืองทดสอบ <b>ตัวหนา</b>.');
      expect(readPublished(edited.dir)!.retired).toEqual([expect.objectContaining({ id: 'test-town', name: 'เทศบาลเมืองทดสอบ <b>ตัวหนา</b>' })]);
      expect(run(edited.dir, 'check').code).toBe(0);
      // A record from before names were recorded: the command says the notice will show the id.
      writeFileSync(join(edited.dir, 'published.yaml'), readFileSync(join(dir, 'published.yaml'), 'utf8').replace(/# The Thai name[^\n]*\nlgoNames:\n(?: {2}.*\n)*/, ''));
      expect(readPublished(edited.dir)!.lgoNames).toBeUndefined();
      expect(run(edited.dir, 'retire', 'test-town', '--successor', 'test-pao', '--reason', 'merged').output).toContain('Its name is not recorded, so its notice shows "test-town": retire it again with --name "<Thai name>".');
    } finally {
      edited.cleanup();
    }
  });

  it('refuses what it cannot do, with exit codes and a reason', () => {
    const dir = content();
    expect(run(dir, 'retire', 'test-town', '--successor', 'test-pao', '--reason', 'merged')).toEqual({ code: 1, output: expect.stringContaining('does not exist: nothing is published yet') });
    run(dir, 'update');
    expect(run(dir, 'retire', 'test-town', '--successor', 'nowhere', '--reason', 'merged').output).toContain('successor "nowhere" is not in lgos.csv');
    expect(run(dir, 'retire', 'test-town', '--reason', 'merged').code).toBe(2);
    expect(run(dir, 'frobnicate').code).toBe(2);
    expect(run(dir).code).toBe(2);
  });

  it('check lists a removed id as a problem', () => {
    const dir = content();
    run(dir, 'update');
    const edited = fixtureCopy({ 'lgos.csv': (csv) => csv.split('\n').filter((l) => !l.startsWith('test-town,')).join('\n'), 'lgos/test-town.md': null });
    try {
      // The record of the first copy, against content without test-town.
      writeFileSync(join(edited.dir, 'published.yaml'), readFileSync(join(dir, 'published.yaml')));
      const check = run(edited.dir, 'check');
      expect(check.code).toBe(1);
      expect(check.output).toContain('1 published LGO id(s) are no longer in lgos.csv: test-town');
    } finally {
      edited.cleanup();
    }
  });
});
