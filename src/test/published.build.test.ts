import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuilt, startBuild, withoutNowrap, type BuildResult } from './build-utils';
import { BASIC_FIXTURE, fixtureCopy } from './fixture-utils';

// Synthetic test data: the basic fixture's ids, plus a made-up retired id "old-sao".
const KIT = 'kitFiles:\n  lgo: [announcement-a4.pdf, post-1080x1080.jpg, poster-a3.pdf, poster-a4.pdf, share-1200x630.jpg]\n  province: [poster-a4.pdf]\n';
// The fixture lists all 77 provinces (two with LGOs): every slug is published.
const PROVINCES = `[${readFileSync(join(BASIC_FIXTURE, 'provinces.csv'), 'utf8').trim().split(/\r?\n/).slice(1).map((row) => row.split(',')[1]).join(', ')}]`;
const RECORD_ALL = `provinces: ${PROVINCES}\nlgos: [test-pao, test-sao-long, test-town]\nretired: []\n${KIT}`;

const work = mkdtempSync(join(tmpdir(), 'smartlaw-published-build-'));
const cache = { KIT_CACHE_DIR: join(work, 'kit-cache') };
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds a copy of the basic fixture with edits, in the background (a blocked test worker misses vitest's heartbeats). */
async function buildWith(name: string, edits: Parameters<typeof fixtureCopy>[0]): Promise<BuildResult & { outDir: string }> {
  const fixture = fixtureCopy(edits);
  try {
    const outDir = join(work, name);
    return { ...(await startBuild(fixture.dir, outDir, cache).done), outDir };
  } finally {
    fixture.cleanup();
  }
}

const dropLine = (id: string) => (csv: string) => csv.split('\n').filter((line) => !line.startsWith(`${id},`)).join('\n');

describe('a published URL keeps resolving', () => {
  it('fails the build when a published LGO id is removed, naming it and what to do', async () => {
    const result = await buildWith('removed', { 'published.yaml': RECORD_ALL, 'lgos.csv': dropLine('test-town'), 'lgos/test-town.md': null });
    expect(result.status).toBe(1);
    expect(result.output).toContain('published.yaml: 1 published LGO id(s) are no longer in lgos.csv: test-town.');
    expect(result.output).toContain('npm run published -- retire <old-id> --successor <new-id> --reason merged|renamed|upgraded');
    expect(result.output).not.toMatch(/\n\s+at /);
    expect(existsSync(result.outDir)).toBe(false);
  });

  it('fails the build when the registry is emptied', async () => {
    const result = await buildWith('empty', { 'published.yaml': RECORD_ALL, 'lgos.csv': (csv) => `${csv.split('\n')[0]}\n`, 'lgos/test-town.md': null });
    expect(result.status).toBe(1);
    expect(result.output).toContain('3 published LGO id(s) are no longer in lgos.csv (lgos.csv lists no LGO at all): test-pao, test-sao-long, test-town');
  });

  it('fails the build when a published province goes', async () => {
    const result = await buildWith('province', {
      'published.yaml': RECORD_ALL.replace(PROVINCES, PROVINCES.replace(']', ', phuket-test]')),
    });
    expect(result.status).toBe(1);
    expect(result.output).toContain('published province slug(s) are no longer in provinces.csv: phuket-test');
  });

  describe('a retired id', () => {
    let result: BuildResult & { outDir: string };
    beforeAll(async () => {
      const record = [
        `provinces: ${PROVINCES}`,
        // test-sao-long is not recorded yet: a new id.
        'lgos: [test-pao, test-town]',
        'retired:',
        '  - id: old-sao',
        '    successor: test-town',
        '    reason: upgraded',
        '    name: "องค์การบริหารส่วนตำบลเดิมทดสอบ (ข้อมูลทดสอบ)"',
        KIT,
      ].join('\n');
      result = await buildWith('retired', { 'published.yaml': record });
    });

    it('builds, and says which ids are new and not yet recorded', () => {
      expect(result.status, result.output).toBe(0);
      expect(result.output).toContain('1 new ids not yet recorded in published.yaml (test-sao-long): run npm run published -- update after deploying');
      expect(result.output).toContain('1 retired LGO id(s) answer with their successor');
    });

    it('serves a short page at the old URL that says so and links to the successor', () => {
      const html = withoutNowrap(readBuilt(result.outDir, 'lgo/old-sao/index.html'));
      expect(html).toContain('หน้านี้ย้ายแล้ว');
      expect(html).toContain('องค์การบริหารส่วนตำบลเดิมทดสอบ (ข้อมูลทดสอบ) ได้เปลี่ยนฐานะเป็น เทศบาลเมืองทดสอบ &lt;b&gt;ตัวหนา&lt;/b&gt; แล้ว');
      expect(html).toContain('href="/lgo/test-town/"');
      expect(html).toContain('<meta name="robots" content="noindex');
      // A citizen who scans an old poster still gets the way to complain, before the link on, and a share preview.
      const main = html.indexOf('<main');
      const cta = html.indexOf('href="https://sll.dla.go.th"', main);
      expect(cta, 'complaint button').toBeGreaterThan(-1);
      expect(html.slice(cta, html.indexOf('</a>', cta))).toContain('ร้องเรียนที่ sll.dla.go.th');
      expect(cta).toBeLessThan(html.indexOf('href="/lgo/test-town/"', main));
      expect(html).toContain('ตรวจสอบให้แน่ใจว่าที่อยู่เว็บไซต์ขึ้นต้นด้วย https://sll.dla.go.th');
      expect(html).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+\/kit\/lgo\/test-town\/share-1200x630\.jpg(\?v=[^"]+)?"/);
      // Page routes are not promised: the old poster page may go.
      expect(existsSync(join(result.outDir, 'lgo/old-sao/poster/index.html'))).toBe(false);
      expect(readBuilt(result.outDir, 'sitemap-0.xml')).not.toContain('/lgo/old-sao/');
      // The successor's own page is the full LGO page.
      expect(readBuilt(result.outDir, 'lgo/test-town/index.html')).not.toContain('หน้านี้ย้ายแล้ว');
    });

    it('serves a short notice at its old kit page that links to the successor\'s kit page, not indexed', () => {
      const html = withoutNowrap(readBuilt(result.outDir, 'lgo/old-sao/kit/index.html'));
      expect(html).toContain('หน้านี้ย้ายแล้ว');
      expect(html).toContain('ชุดประชาสัมพันธ์เดิมของ อปท.');
      expect(html).toContain('องค์การบริหารส่วนตำบลเดิมทดสอบ (ข้อมูลทดสอบ) ได้เปลี่ยนฐานะเป็น เทศบาลเมืองทดสอบ &lt;b&gt;ตัวหนา&lt;/b&gt; แล้ว');
      expect(html).toContain('href="/lgo/test-town/kit/"');
      expect(html).toContain('ไปที่ชุดประชาสัมพันธ์ของเทศบาลเมืองทดสอบ &lt;b&gt;ตัวหนา&lt;/b&gt;');
      expect(html).toContain('<meta name="robots" content="noindex');
      // For staff: no complaint button.
      expect(html).not.toContain('ร้องเรียนที่ sll.dla.go.th');
      expect(readBuilt(result.outDir, 'sitemap-0.xml')).not.toContain('/lgo/old-sao/kit/');
      // The successor's own kit page is the full kit page.
      expect(readBuilt(result.outDir, 'lgo/test-town/kit/index.html')).not.toContain('หน้านี้ย้ายแล้ว');
    });

    it('keeps answering its kit file URLs with the successor files, every one the successor has, not only the recorded names', () => {
      const successorFiles = readdirSync(join(result.outDir, 'kit/lgo/test-town'));
      // The record names 5; the kit page linked these too.
      expect(successorFiles).toEqual(expect.arrayContaining(['story-1080x1920.jpg', 'story-preview.jpg', 'broadcast.txt', 'announcement-a4.docx', 'poster-a4.png', 'announcement-a4.png']));
      expect(readdirSync(join(result.outDir, 'kit/lgo/old-sao')).sort()).toEqual([...successorFiles].sort());
      for (const file of successorFiles) {
        const old = readFileSync(join(result.outDir, 'kit/lgo/old-sao', file));
        expect(old.equals(readFileSync(join(result.outDir, 'kit/lgo/test-town', file))), file).toBe(true);
      }
    });
  });
});
