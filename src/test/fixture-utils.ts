import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ContentError } from '../lib/content/content-error';
import { loadContent } from '../lib/content/load-content';

/** The small content tree the tests build: the 77 real provinces (two with test offices) and 3 synthetic LGOs. */
/**
 * The problem lines loading a content folder reports; throws when the folder
 * loads (the tests that call this expect it to be rejected).
 */
export function contentProblems(dir: string, siteUrl = 'https://smartlaw.test'): string[] {
  try {
    loadContent(dir, { siteUrl });
  } catch (error) {
    if (error instanceof ContentError) return error.message.split('\n').slice(1).map((l) => l.trim());
    throw error;
  }
  throw new Error('expected the content to be rejected');
}

export const BASIC_FIXTURE = resolve(import.meta.dirname, 'fixtures/basic');

/** Edits applied to a copy of a fixture: file name → new text, or a function of the old text; null deletes. */
export type FixtureEdits = Record<string, string | null | ((old: string) => string)>;

/**
 * Copies the basic fixture to a temporary folder and applies edits, so each
 * broken-content test starts from valid content and breaks one thing.
 */
export function fixtureCopy(edits: FixtureEdits = {}): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'smartlaw-fixture-'));
  cpSync(BASIC_FIXTURE, dir, { recursive: true });
  for (const [name, edit] of Object.entries(edits)) {
    const path = join(dir, name);
    if (edit === null) rmSync(path, { recursive: true, force: true });
    else writeFileSync(path, typeof edit === 'function' ? edit(readFileSync(path, 'utf8')) : edit);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Replaces one CSV line (1-based, header = 1) of a file's text. */
export function replaceLine(line: number, text: string) {
  return (old: string) => {
    const lines = old.split('\n');
    lines[line - 1] = text;
    return lines.join('\n');
  };
}
