import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../lib/content/csv';
import { buildSiteAsync, PROJECT_ROOT, readBuilt, TEST_SITE_URL, withoutNowrap, type BuildResult } from './build-utils';
import { BASIC_FIXTURE } from './fixture-utils';
import { decodeQrImage, pdfInfo, pdfText } from './pdf-utils';

const work = mkdtempSync(join(tmpdir(), 'smartlaw-letter-kit-'));
const outDir = join(work, 'dist');
let build: BuildResult;

beforeAll(async () => {
  build = await buildSiteAsync(BASIC_FIXTURE, outDir, { KIT_CACHE_DIR: join(work, 'kit-cache') });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (path: string) => readBuilt(outDir, path);
/** Site paths of the links of a page, as a browser without JavaScript follows them. */
const links = (html: string) => [...html.matchAll(/<a [^>]*href="(\/[^"#]*)"/g)].map((m) => m[1]!);
/** The file a site path is served from. */
const served = (path: string) => join(outDir, path.endsWith('/') ? `${path}index.html` : path);
/** A site URL as its path, or throws when it is on another host. */
const pathOf = (url: string) => {
  const parsed = new URL(url);
  expect(parsed.origin).toBe(TEST_SITE_URL);
  return parsed.pathname;
};

// The fixture: Chachoengsao has test-pao (province-wide) and test-sao-long (อ.บางปะกง, 2404);
// Lampang has test-town (อำเภอเมืองลำปาง, 5201).
const LGO_PAGES: Record<string, string[]> = { chachoengsao: ['/lgo/test-pao/', '/lgo/test-sao-long/'], lampang: ['/lgo/test-town/'] };

describe('districts in the fixture build', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('gives each district with LGOs a page at its DOPA code, listing its LGOs with page and kit links', () => {
    // Text as written, without the keep-together spans (which wrap อำเภอบางปะกง whole).
    const html = withoutNowrap(page('district/2404/index.html'));
    expect(html).toContain('<h1 id="page-title">อำเภอบางปะกง</h1>');
    expect(html).toContain('href="/lgo/test-sao-long/"');
    expect(html).toContain('href="/lgo/test-sao-long/kit/"');
    expect(html).toContain('href="/kit/district/2404/posters-all-a4.pdf?openExternalBrowser=1"');
    expect(page('district/5201/index.html')).toContain('href="/lgo/test-town/"');
    expect(existsSync(join(outDir, 'district/2401/index.html'))).toBe(false); // no LGOs there
  });

  it('lists districts with counts on the province page, and province-wide bodies directly', () => {
    const html = withoutNowrap(page('province/chachoengsao/index.html'));
    expect(html).toMatch(/href="\/district\/2404\/"[^>]*>\s*อำเภอบางปะกง\s*<\/a>\s*<span[^>]*>1 แห่ง<\/span>/);
    expect(html).toContain('href="/lgo/test-pao/"');
    // District-level LGOs are on their district's page, not on the province page.
    expect(html).not.toContain('href="/lgo/test-sao-long/"');
  });

  it('keeps every LGO one link from its district page and two from its province page, without JavaScript', () => {
    for (const [slug, lgoPages] of Object.entries(LGO_PAGES)) {
      const first = links(page(`province/${slug}/index.html`));
      const second = first.filter((p) => p.startsWith('/district/')).flatMap((p) => links(readFileSync(served(p), 'utf8')));
      for (const lgo of lgoPages) expect([...first, ...second], `${slug} → ${lgo}`).toContain(lgo);
    }
    expect(links(page('district/5201/index.html'))).toContain('/lgo/test-town/');
  });

  it('makes a district bundle PDF with one poster per LGO of the district', () => {
    const file = join(outDir, 'kit/district/2404/posters-all-a4.pdf');
    expect(pdfInfo(file).Pages).toBe('1');
    expect(pdfText(file).replace(/\s+/g, '')).toContain('องค์การบริหารส่วนตำบลน้ำผู้ใหญ่ปี่ลิ้นเยิ้มหนี้ทดสอบชื่อยาวมากเป็นพิเศษ');
    expect(pdfInfo(join(outDir, 'kit/province/chachoengsao/posters-all-a4.pdf')).Pages).toBe('2');
  });
});

describe('letter kit pages and files', () => {
  it('has a noindex staff page per province and district, linked from the public pages', () => {
    for (const path of ['province/chachoengsao/kit/index.html', 'district/2404/kit/index.html', 'district/5201/kit/index.html']) {
      expect(page(path), path).toMatch(/<meta name="robots" content="noindex/);
    }
    expect(page('province/chachoengsao/index.html')).toContain('href="/province/chachoengsao/kit/"');
    expect(page('district/2404/index.html')).toContain('href="/district/2404/kit/"');
    // The province's first action is the bundle and the list, then the districts.
    const staff = page('province/chachoengsao/kit/index.html');
    const order = ['posters-all-a4.pdf', 'distribution-list.xlsx', 'href="/district/2404/kit/"', 'letter-draft.docx'].map((s) => staff.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('has letter QR codes that decode to the staff page on SITE_URL, a page that exists', async () => {
    for (const [folder, staff] of [['kit/province/chachoengsao', '/province/chachoengsao/kit/'], ['kit/district/2404', '/district/2404/kit/']] as const) {
      const decoded = await decodeQrImage(join(outDir, folder, 'letter-qr-300dpi.png'));
      expect(decoded).toBe(`${TEST_SITE_URL}${staff}`);
      expect(existsSync(served(pathOf(decoded!)))).toBe(true);
      // The address under the code, in lines broken after a "/".
      expect(pdfText(join(outDir, folder, 'letter-qr.pdf')).replace(/\s+/g, '')).toContain(`${TEST_SITE_URL}${staff}`);
      expect(readFileSync(join(outDir, folder, 'letter-qr.svg'), 'utf8')).toMatch(/^<svg [^>]*width="30\.00mm"/);
    }
  });

  it('has distribution lists with every LGO once, Thai intact, and every URL resolving in the build', () => {
    // The LGO kit page (/lgo/<id>/kit/) is built by the pages branch; until it lands its link is checked for its form only.
    const kitPageBuilt = existsSync(join(PROJECT_ROOT, 'src/pages/lgo/[id]/kit.astro')) || existsSync(join(PROJECT_ROOT, 'src/pages/lgo/[id]/kit/index.astro'));
    for (const [folder, expected] of [
      ['kit/province/chachoengsao', ['องค์การบริหารส่วนจังหวัดทดสอบ', 'องค์การบริหารส่วนตำบลน้ำผู้ใหญ่ปี่ลิ้นเยิ้มหนี้ทดสอบชื่อยาวมากเป็นพิเศษ']],
      ['kit/district/2404', ['องค์การบริหารส่วนตำบลน้ำผู้ใหญ่ปี่ลิ้นเยิ้มหนี้ทดสอบชื่อยาวมากเป็นพิเศษ']],
      ['kit/province/lampang', ['เทศบาลเมืองทดสอบ <b>ตัวหนา</b>']],
    ] as const) {
      const bytes = readFileSync(join(outDir, folder, 'distribution-list.csv'));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const table = parseCsv(bytes.toString('utf8').replace(/^\ufeff/, ''), folder);
      expect(table.rows.map((r) => r.values['ชื่อองค์กรปกครองส่วนท้องถิ่น'])).toEqual(expected);
      for (const { values } of table.rows) {
        for (const column of ['หน้าประกาศ', 'โปสเตอร์ A4 (PDF)']) expect(existsSync(served(pathOf(values[column]!))), `${folder} ${column}`).toBe(true);
        const kit = pathOf(values['ชุดประชาสัมพันธ์ (สำหรับเจ้าหน้าที่)']!);
        if (kitPageBuilt) expect(existsSync(served(kit)), kit).toBe(true);
        else expect(kit).toMatch(/^\/lgo\/[a-z0-9-]+\/kit\/$/);
      }
      expect(existsSync(join(outDir, folder, 'distribution-list.xlsx'))).toBe(true);
    }
  });

  it('has a draft letter, a ประกาศ in Word and a broadcast script per LGO', () => {
    expect(readFileSync(join(outDir, 'kit/province/chachoengsao/letter-draft.docx')).subarray(0, 2).toString()).toBe('PK');
    for (const id of ['test-pao', 'test-sao-long', 'test-town']) {
      expect(readFileSync(join(outDir, `kit/lgo/${id}/announcement-a4.docx`)).subarray(0, 2).toString()).toBe('PK');
      const script = readFileSync(join(outDir, `kit/lgo/${id}/broadcast.txt`), 'utf8');
      expect(script).toContain('เอส แอล แอล ดอท ดี แอล เอ ดอท จี โอ ดอท ที เอช');
    }
    // The staff page shows one LGO's script with a copy button (which appears with JavaScript).
    const staff = page('district/2404/kit/index.html');
    expect(staff).toContain('เอส แอล แอล ดอท ดี แอล เอ ดอท จี โอ ดอท ที เอช');
    expect(staff).toMatch(/data-copy="broadcast-text"[^>]*hidden/);
    expect(staff).toContain('href="/kit/lgo/test-sao-long/broadcast.txt?openExternalBrowser=1"');
  });
});
