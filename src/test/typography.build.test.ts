import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../lib/content/load-content';
import { createSite } from '../lib/content/site';
import { buildKit } from '../lib/kit/build-kit';
import { findUnits } from '../lib/thai/segment';
import { BASIC_FIXTURE } from './fixture-utils';

/**
 * Every PDF of the fixture's kit, read back as a PDF reader extracts it
 * (pdftotext, poppler): no line ends inside a keep-together unit, and no
 * space appears inside a word (justification adds no characters).
 */

const config = { siteUrl: 'https://smartlaw.test', siteUrlIsDefault: false, contentDir: BASIC_FIXTURE };
const cacheDir = mkdtempSync(join(tmpdir(), 'smartlaw-typography-kit-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/**
 * Units that a line break in extracted text cuts in two: "…ส่วน" then
 * "ตำบล…". A unit counts when it is one on its own: the text after a name
 * prefix runs to the next space, and two blocks read back one after the
 * other ("…ทดสอบ" + "เรื่อง…") would otherwise look like one place name.
 */
function splitUnits(text: string): string[] {
  const lines = text.split('\n').map((l) => l.trim());
  const split: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const [a, b] = [lines[i]!, lines[i + 1]!];
    if (!a || !b) continue;
    const joined = a + b;
    for (const unit of findUnits(joined)) {
      const word = joined.slice(unit.start, unit.end);
      const alone = findUnits(word);
      const isUnit = alone.length === 1 && alone[0]!.start === 0 && alone[0]!.end === word.length;
      if (isUnit && unit.start < a.length && unit.end > a.length) split.push(`${joined.slice(unit.start, a.length)}|${joined.slice(a.length, unit.end)}`);
    }
  }
  return split;
}

describe('kit PDFs as text', () => {
  it('the check finds a split unit', () => {
    expect(splitUnits('องค์การบริหารส่วน\nตำบลปากน้ำ')).toEqual(['องค์การบริหารส่วน|ตำบล']);
    expect(splitUnits('ช่องทางดัง\nกล่าว')).toEqual(['ดัง|กล่าว']);
  });

  it('no keep-together unit is split across lines in any PDF, and justified lines extract word for word', async () => {
    const site = createSite(loadContent(BASIC_FIXTURE, { siteUrl: config.siteUrl }), config);
    const { entries } = await buildKit(site, { cacheDir, workers: 0 });
    const pdfs = entries.filter((e) => e.path.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const pdf of pdfs) {
      const text = execFileSync('pdftotext', [pdf.file, '-'], { encoding: 'utf8' });
      problems.push(...splitUnits(text).map((s) => `${pdf.path}: ${s}`));
      if (pdf.path.includes('announcement')) {
        // The justified body reads back with the words as written.
        for (const phrase of ['ประชาสัมพันธ์ช่องทางดังกล่าว', 'องค์กรปกครองส่วนท้องถิ่น', 'ร้องเรียนร้องทุกข์']) {
          expect(text.replace(/\n/g, ''), `${pdf.path}: ${phrase}`).toContain(phrase);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
