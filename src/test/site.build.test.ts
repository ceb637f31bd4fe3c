import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASIC_FIXTURE, fixtureCopy, replaceLine } from './fixture-utils';
import { HtmlValidate } from 'html-validate';
import sharp from 'sharp';
import { buildSiteAsync, decodeQrSvg, inlineSvgs, PROJECT_ROOT, readBuilt, TEST_SITE_URL, withoutNowrap, type BuildResult } from './build-utils';
import { decodePdfQrCodes, decodeQrImage, filesContaining, pdfFonts, pdfInfo, pdfText } from './pdf-utils';

const work = mkdtempSync(join(tmpdir(), 'smartlaw-build-'));
const outDir = join(work, 'dist');
let build: BuildResult;

beforeAll(async () => {
  build = await buildSiteAsync(BASIC_FIXTURE, outDir, { KIT_CACHE_DIR: join(work, 'kit-cache') });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (path: string) => withoutNowrap(readBuilt(outDir, path));

/** The breadcrumb trail of a page: each step's text and link. */
function breadcrumb(html: string): { label: string; href?: string }[] {
  const nav = /<nav class="sl-breadcrumb"[^>]*>(.*?)<\/nav>/s.exec(html)?.[1] ?? '';
  return [...nav.matchAll(/<li[^>]*>(.*?)<\/li>/gs)].map(([, item]) => {
    const href = /href="([^"]+)"/.exec(item!)?.[1];
    const label = item!.replace(/<[^>]+>/g, '').trim();
    return href ? { label, href } : { label };
  });
}

describe('building the basic fixture', () => {
  it('succeeds and reports what it loaded', () => {
    expect(build.output).toContain('77 provinces, 3 LGOs');
    expect(build.output).toContain('QR codes point to: https://sll.dla.go.th');
    expect(build.status).toBe(0);
  });

  it('writes home, 404, every province and LGO page, sitemap, robots.txt, tokens.css, and no HTML poster page', () => {
    const expected = [
      'index.html',
      '404.html',
      'province/chachoengsao/index.html',
      'province/lampang/index.html',
      'lgo/test-pao/index.html',
      'lgo/test-sao-long/index.html',
      'lgo/test-town/index.html',
      'lgo/test-pao/kit/index.html',
      'lgo/test-sao-long/kit/index.html',
      'accessibility/index.html',
      'privacy/index.html',
      'sitemap-index.xml',
      'robots.txt',
      'search-index.json',
      'tokens.css',
    ];
    for (const file of expected) expect(existsSync(join(outDir, file)), file).toBe(true);
    // One poster design: the layout engine's PDF. The HTML poster pages are gone.
    for (const gone of ['lgo/test-pao/poster', 'province/lampang/poster']) expect(existsSync(join(outDir, gone)), gone).toBe(false);
  });

  it('serves the design tokens as a stylesheet every page links, before its own styles need them', () => {
    const css = page('tokens.css');
    expect(css).toMatch(/:root\{--sl-color-brand:#[0-9a-f]{6};/);
    const html = page('lgo/test-pao/index.html');
    expect(html).toContain('<link rel="stylesheet" href="/tokens.css">');
    const site = [...html.matchAll(/href="(\/_astro\/[^"]+\.css)"/g)].map((m) => page(m[1]!.slice(1))).join('\n');
    expect(site).toContain('var(--sl-color-brand)');
    expect(site).not.toMatch(/#[0-9a-fA-F]{6}\b/);
  });

  it('puts absolute URLs on the configured site in the sitemap, and no poster page', () => {
    const sitemap = page('sitemap-0.xml');
    expect(sitemap).not.toContain('/poster/');
    expect(sitemap).toContain(`<loc>${TEST_SITE_URL}/</loc>`);
    expect(sitemap).toContain(`<loc>${TEST_SITE_URL}/lgo/test-town/</loc>`);
    expect(sitemap).toContain(`<loc>${TEST_SITE_URL}/province/lampang/</loc>`);
    expect(page('robots.txt')).toContain(`Sitemap: ${TEST_SITE_URL}/sitemap-index.xml`);
  });

  it('lists only indexable pages in the sitemap, each with the date its content last changed', () => {
    const sitemap = page('sitemap-0.xml');
    const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod><\/url>/g)].map((m) => [m[1]!.slice(TEST_SITE_URL.length), m[2]!.slice(0, 10)]);
    expect(entries.length).toBe(sitemap.split('<url>').length - 1);
    const dates = Object.fromEntries(entries);
    expect(dates).toMatchObject({
      '/': '2026-02-01',
      '/accessibility/': '2026-01-15',
      '/privacy/': '2026-01-15',
      '/province/chachoengsao/': '2026-01-15',
      '/province/lampang/': '2026-02-01',
      '/lgo/test-pao/': '2026-01-15',
      '/lgo/test-sao-long/': '2026-01-15',
      '/lgo/test-town/': '2026-02-01',
    });
    // Home, two statements, 77 provinces, the districts with LGOs, 3 LGOs: no staff page, no 404.
    const districts = Object.keys(dates).filter((path) => path.startsWith('/district/'));
    expect(districts).toEqual(expect.arrayContaining(['/district/2404/']));
    expect(entries).toHaveLength(1 + 2 + 77 + districts.length + 3);
    expect(Object.keys(dates).filter((path) => /kit\/$|^\/404/.test(path))).toEqual([]);
    // Pages for staff say noindex, and the sitemap leaves them out.
    expect(page('lgo/test-pao/kit/index.html')).toContain('<meta name="robots" content="noindex">');
    expect(page('district/2404/kit/index.html')).toContain('<meta name="robots" content="noindex">');
    expect(page('lgo/test-pao/index.html')).not.toContain('noindex');
  });

  it('gives every page lang="th", a canonical URL and share meta', () => {
    for (const path of ['index.html', 'province/chachoengsao/index.html', 'lgo/test-pao/index.html']) {
      const html = page(path);
      expect(html, path).toContain('<html lang="th">');
      expect(html, path).toMatch(new RegExp(`<link rel="canonical" href="${TEST_SITE_URL}/`));
      expect(html, path).toMatch(/<meta property="og:title" content="[^"]+">/);
      expect(html, path).toMatch(/<meta property="og:url" content="https:\/\/smartlaw\.test\//);
      expect(html, path).toMatch(/<meta name="twitter:card" content="summary(_large_image)?">/);
    }
  });

  it('gives pages with a share image its absolute URL, size and description', () => {
    for (const [path, image] of [
      ['index.html', '/kit/home/share-1200x630.jpg'],
      ['province/lampang/index.html', '/kit/province/lampang/share-1200x630.jpg'],
      ['lgo/test-town/index.html', '/kit/lgo/test-town/share-1200x630.jpg'],
    ] as const) {
      const html = page(path);
      // The path stays stable; ?v= is the file's content version, so LINE and Facebook refetch after a change.
      expect(html, path).toMatch(new RegExp(`<meta property="og:image" content="${TEST_SITE_URL}${image}\\?v=[0-9a-f]{12}">`));
      expect(html, path).toContain('<meta property="og:image:width" content="1200">');
      expect(html, path).toContain('<meta property="og:image:height" content="630">');
      expect(html, path).toMatch(/<meta property="og:image:alt" content="[^"]*Smart Law[^"]*">/);
      expect(existsSync(join(outDir, image)), image).toBe(true);
    }
  });

  it('shows the LGO page: name, its own sentence, the button, Buddhist-Era date, contacts, kit link', () => {
    const html = page('lgo/test-pao/index.html');
    expect(html).toContain('<h1 id="page-title" class="sl-lgo-hero__name">องค์การบริหารส่วนจังหวัดทดสอบ</h1>');
    expect(html).toContain('<p class="sl-lgo-hero__en" lang="en">Test Provincial Administrative Organization (synthetic)</p>');
    expect(html).toContain('องค์การบริหารส่วนจังหวัดทดสอบ ขอประชาสัมพันธ์');
    expect(html).toContain('<a class="sl-button sl-button--wide" href="https://sll.dla.go.th">ร้องเรียนที่ sll.dla.go.th</a>');
    expect(html).toContain('<time datetime="2026-01-15">ประกาศ ณ วันที่ 15 มกราคม พ.ศ. 2569</time>');
    // The PAO has no contact of its own: the page says so and gives its provincial office's.
    expect(html).toContain('สอบถามได้ที่สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดฉะเชิงเทรา');
    expect(html).toContain('href="tel:+6638512679"');
    expect(html).not.toContain('ยังไม่มีข้อมูลติดต่อในระบบ');
    expect(html).toContain('href="/lgo/test-pao/kit/"');
    expect(html).not.toContain('/poster/"');
    // The engine-drawn previews are on the staff kit page, each opening its PDF outside LINE's in-app browser.
    const kit = page('lgo/test-pao/kit/index.html');
    expect(kit).toMatch(/<a class="sl-previews__link" href="\/kit\/lgo\/test-pao\/poster-a4.pdf\?openExternalBrowser=1">\s*<img class="sl-previews__image" src="\/kit\/lgo\/test-pao\/poster-a4.png" width="600" height="849"/);
    expect(kit).toMatch(/<a class="sl-previews__link" href="\/kit\/lgo\/test-pao\/announcement-a4.pdf\?openExternalBrowser=1">\s*<img class="sl-previews__image" src="\/kit\/lgo\/test-pao\/announcement-a4.png"/);
    expect(html).toContain('ค้นหา “DLA SLL” ใน App Store หรือ Google Play');
    expect(html).toContain('<meta property="og:title" content="องค์การบริหารส่วนจังหวัดทดสอบ · ร้องเรียนผ่าน Smart Law">');
    expect(html).toMatch(/<meta property="og:description" content="องค์การบริหารส่วนจังหวัดทดสอบ ขอประชาสัมพันธ์ช่องทางร้องเรียน[^"]*sll\.dla\.go\.th[^"]*">/);
    expect(page('lgo/test-town/index.html')).toContain('ประกาศ ณ วันที่ 1 กุมภาพันธ์ พ.ศ. 2569');
  });

  it('names who runs the site in every footer, with the statements one link away', () => {
    for (const path of ['index.html', 'lgo/test-pao/index.html', 'lgo/test-pao/kit/index.html', '404.html']) {
      const html = page(path);
      expect(html, path).toContain('ดูแลเว็บไซต์โดย ผู้ดูแลเว็บไซต์ทดสอบ (ข้อมูลทดสอบ)');
      expect(html, path).toContain('href="mailto:webmaster@smartlaw.test"');
      expect(html, path).toContain('href="/accessibility/"');
      expect(html, path).toContain('href="/privacy/"');
    }
    expect(page('privacy/index.html')).toContain('ไม่ใช้คุกกี้');
    expect(page('accessibility/index.html')).toContain('WCAG 2.2');
  });

  it('escapes HTML from content and never runs it', () => {
    const town = page('lgo/test-town/index.html');
    expect(town).toContain('เทศบาลเมืองทดสอบ &lt;b&gt;ตัวหนา&lt;/b&gt;');
    // Inside a quoted attribute "<" is inert text; outside one it must be escaped.
    const outsideAttributes = town.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes).not.toContain('<b>ตัวหนา</b>');
    expect(town).not.toMatch(/<img src=x|href="javascript:/);
    expect(page('index.html')).not.toContain('<script>alert');
  });

  it('leads an LGO page and its kit page through its district; a province-wide body has none', () => {
    const district = { label: 'อำเภอบางปะกง', href: '/district/2404/' };
    const upToDistrict = [{ label: 'หน้าหลัก', href: '/' }, { label: 'จังหวัดฉะเชิงเทรา', href: '/province/chachoengsao/' }, district];
    expect(breadcrumb(page('lgo/test-sao-long/index.html'))).toEqual(upToDistrict);
    expect(breadcrumb(page('lgo/test-sao-long/kit/index.html'))).toEqual([
      ...upToDistrict,
      { label: 'องค์การบริหารส่วนตำบลน้ำผู้ใหญ่ปี่ลิ้นเยิ้มหนี้ทดสอบชื่อยาวมากเป็นพิเศษ', href: '/lgo/test-sao-long/' },
      { label: 'ชุดประชาสัมพันธ์' },
    ]);
    expect(existsSync(join(outDir, 'district/2404/index.html'))).toBe(true);
    expect(breadcrumb(page('lgo/test-town/index.html'))[2]).toEqual({ label: 'อำเภอเมืองลำปาง', href: '/district/5201/' });
    expect(breadcrumb(page('lgo/test-pao/index.html')).map((c) => c.href)).toEqual(['/', '/province/chachoengsao/']);
    expect(breadcrumb(page('lgo/test-pao/kit/index.html')).map((c) => c.href)).toEqual(['/', '/province/chachoengsao/', '/lgo/test-pao/', undefined]);
  });

  it('shows a contact card only for someone who can be reached, else one line on where to ask', () => {
    // Lampang's office has a name only in the fixture: one line, no empty card, no invented number.
    const lampang = page('province/lampang/index.html');
    expect(lampang).not.toContain('sl-contact"');
    expect(lampang).not.toContain('ยังไม่มีข้อมูลติดต่อในระบบ');
    expect(lampang.replace(/<[^>]+>/g, '')).toContain('ยังไม่มีข้อมูลติดต่อของสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดลำปางในระบบ');
    // Someone with details gets a card: an LGO's own, an office with a phone.
    expect(page('lgo/test-sao-long/index.html')).toContain('<article class="sl-card sl-contact">');
    expect(page('province/chachoengsao/index.html')).toContain('<article class="sl-card sl-contact">');
  });

  it('lists a province’s province-wide bodies, then its districts, on the province page', () => {
    const html = page('province/chachoengsao/index.html');
    expect(html).toContain('ระดับจังหวัด');
    expect(html).toContain('อำเภอบางปะกง');
    expect(html).toContain('href="/district/2404/"');
    expect(html).toContain('href="/lgo/test-pao/kit/"');
    expect(html).toContain('src="/kit/province/chachoengsao/poster-a4.png"');
    expect(html).toContain('038-512679-80');
    expect(html.indexOf('องค์การบริหารส่วนจังหวัดทดสอบ')).toBeLessThan(html.indexOf('อำเภอบางปะกง'));
  });

  it('lists pilot provinces first on the home page', () => {
    const html = page('index.html');
    expect(html.indexOf('href="/province/chachoengsao/"')).toBeLessThan(html.indexOf('href="/province/lampang/"'));
  });

  it('puts QR codes that decode to the Smart Law website on pages and posters', async () => {
    for (const path of ['index.html', 'lgo/test-sao-long/index.html']) {
      const svgs = inlineSvgs(page(path));
      expect(svgs.length, path).toBeGreaterThan(0);
      for (const svg of svgs) expect(await decodeQrSvg(svg), path).toBe('https://sll.dla.go.th');
    }
  });

  it('writes a search index of every province, their districts and every LGO', () => {
    const index = JSON.parse(page('search-index.json')) as { provinces: string[][]; districts: unknown[][]; lgos: unknown[][] };
    expect(index.provinces).toHaveLength(77);
    expect(index.provinces.map((p) => p[2])).toEqual(expect.arrayContaining(['chachoengsao', 'lampang']));
    expect(index.lgos.map((l) => l[4]).sort()).toEqual(['test-pao', 'test-sao-long', 'test-town']);
    // The official districts of every province; a district with LGOs carries its code (it has a page).
    expect(index.districts).toHaveLength(928);
    expect(index.districts).toEqual(expect.arrayContaining([['บางปะกง', expect.any(Number), '2404'], ['เมืองลำปาง', expect.any(Number), '5201']]));
  });
});

describe('an LGO page when neither the LGO nor its provincial office can be reached', () => {
  it('says in one line where to ask, with no empty card and no number', async () => {
    // test-pao has no contact of its own; without its office's phone nobody in Chachoengsao has one.
    const { dir, cleanup } = fixtureCopy({ 'provinces.csv': (csv) => csv.replace(',038-512679-80,', ',,') });
    try {
      const out = join(work, 'unreachable');
      const result = await buildSiteAsync(dir, out, { KIT_CACHE_DIR: join(work, 'kit-cache') });
      expect(result.status, result.output).toBe(0);
      const html = withoutNowrap(readBuilt(out, 'lgo/test-pao/index.html'));
      const contacts = /<section class="sl-section" aria-labelledby="contacts">(.*?)<\/section>/s.exec(html)?.[1] ?? '';
      expect(contacts).not.toContain('sl-contact"');
      expect(contacts).not.toContain('tel:');
      expect(contacts).not.toContain('ยังไม่มีข้อมูลติดต่อในระบบ');
      expect(contacts).toContain('<p class="sl-contact-fallback">ยังไม่มีข้อมูลติดต่อขององค์การบริหารส่วนจังหวัดทดสอบในระบบ สอบถามได้ที่สำนักงานขององค์การบริหารส่วนจังหวัดทดสอบโดยตรง');
    } finally {
      cleanup();
    }
  });
});

describe('building broken content', () => {
  it('fails naming file and field, and leaves the previous output as it was', async () => {
    const { dir, cleanup } = fixtureCopy({
      'lgos.csv': replaceLine(4, 'test-town,,town,เทศบาลเมืองทดสอบ,,TH-99,,,,'),
    });
    const previous = join(work, 'previous');
    mkdirSync(previous);
    writeFileSync(join(previous, 'index.html'), 'the last good build');
    try {
      const result = await buildSiteAsync(dir, previous);
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(/lgos\.csv row 4, field "province": unknown province "TH-99"/);
      expect(readdirSync(previous)).toEqual(['index.html']);
      expect(readBuilt(previous, 'index.html')).toBe('the last good build');
    } finally {
      cleanup();
    }
  });
});

describe('building without a way to reach the operator', () => {
  it('stops a build with SITE_URL set while site.yaml says contact: TODO, naming the file and field', async () => {
    const { dir, cleanup } = fixtureCopy({ 'site.yaml': (old) => old.replace(/contact: .*/, 'contact: TODO') });
    try {
      const result = await buildSiteAsync(dir, join(work, 'no-operator'));
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(/site\.yaml, field "operator\.contact" is TODO/);
      expect(existsSync(join(work, 'no-operator', 'index.html'))).toBe(false);
    } finally {
      cleanup();
    }
  });
});

describe('the print and share kit of the basic fixture', () => {
  const kit = (path: string) => join(outDir, 'kit', path);
  const lgoIds = ['test-pao', 'test-sao-long', 'test-town'];
  const A4 = '595.276 x 841.89 pts (A4)';
  const A3 = '841.89 x 1190.55 pts (A3)';

  it('has every file for every LGO and province, at the right size and page count', async () => {
    for (const id of lgoIds) {
      expect(pdfInfo(kit(`lgo/${id}/poster-a4.pdf`))).toMatchObject({ Pages: '1', 'Page size': A4 });
      expect(pdfInfo(kit(`lgo/${id}/poster-a3.pdf`))).toMatchObject({ Pages: '1', 'Page size': A3 });
      expect(pdfInfo(kit(`lgo/${id}/announcement-a4.pdf`))).toMatchObject({ Pages: '1', 'Page size': A4 });
      expect(await sharp(kit(`lgo/${id}/share-1200x630.jpg`)).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
      expect(await sharp(kit(`lgo/${id}/post-1080x1080.jpg`)).metadata()).toMatchObject({ format: 'jpeg', width: 1080, height: 1080 });
      expect(await sharp(kit(`lgo/${id}/story-1080x1920.jpg`)).metadata()).toMatchObject({ format: 'jpeg', width: 1080, height: 1920 });
      for (const preview of ['poster-a4.png', 'announcement-a4.png']) {
        expect(await sharp(kit(`lgo/${id}/${preview}`)).metadata()).toMatchObject({ format: 'png', width: 600, height: 849 });
        // White paper with dark print on it, like the PDF: mostly light, with real ink.
        const { channels } = await sharp(kit(`lgo/${id}/${preview}`)).stats();
        expect(channels[0]!.mean, preview).toBeGreaterThan(170);
        expect(channels[0]!.stdev, preview).toBeGreaterThan(30);
      }
    }
    expect(await sharp(kit('home/story-1080x1920.jpg')).metadata()).toMatchObject({ format: 'jpeg', width: 1080, height: 1920 });
    for (const slug of ['chachoengsao', 'lampang']) {
      expect(pdfInfo(kit(`province/${slug}/poster-a4.pdf`))).toMatchObject({ Pages: '1', 'Page size': A4 });
      expect(pdfInfo(kit(`province/${slug}/poster-a3.pdf`))).toMatchObject({ Pages: '1', 'Page size': A3 });
      expect(await sharp(kit(`province/${slug}/poster-a4.png`)).metadata()).toMatchObject({ format: 'png', width: 600, height: 849 });
      expect(await sharp(kit(`province/${slug}/story-1080x1920.jpg`)).metadata()).toMatchObject({ format: 'jpeg', width: 1080, height: 1920 });
    }
    // The bundle has one poster per LGO of the province.
    expect(pdfInfo(kit('province/chachoengsao/posters-all-a4.pdf'))).toMatchObject({ Pages: '2', 'Page size': A4 });
    expect(pdfInfo(kit('province/lampang/posters-all-a4.pdf'))).toMatchObject({ Pages: '1' });
    for (const [width, height] of [[728, 90], [300, 250], [1200, 300]]) {
      expect(await sharp(kit(`banner/banner-${width}x${height}.png`)).metadata()).toMatchObject({ format: 'png', width, height });
    }
  });

  it('keeps every file within its size budget', () => {
    for (const file of readdirSync(join(outDir, 'kit'), { recursive: true }).map(String)) {
      const size = statSync(kit(file)).size;
      if (file.endsWith('.jpg') || file.endsWith('.png')) expect(size, file).toBeLessThan(300_000);
      if (file.endsWith('.pdf') && !file.includes('posters-all')) expect(size, file).toBeLessThan(500_000);
      // Previews load on the kit page over a phone connection.
      if (/-a4\.png$/.test(file)) expect(size, file).toBeLessThan(70_000);
    }
  });

  it('embeds the fonts of every PDF and keeps the text real, stacked marks and all', () => {
    const file = kit('lgo/test-sao-long/poster-a4.pdf');
    const fonts = pdfFonts(file);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['Sarabun-Bold', 'Sarabun-Regular']);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    const text = pdfText(file).replace(/\s+/g, '');
    expect(text).toContain('น้ำผู้ใหญ่ปี่ลิ้นเยิ้มหนี้');
    expect(text).toContain('ตรวจสอบให้แน่ใจว่าที่อยู่เว็บไซต์ขึ้นต้นด้วยhttps://sll.dla.go.th');
    const announcement = pdfText(kit('lgo/test-town/announcement-a4.pdf')).replace(/\s+/g, '');
    expect(announcement).toContain('ประกาศเทศบาลเมืองทดสอบ<b>ตัวหนา</b>');
    expect(announcement).toContain('ประกาศณวันที่๑กุมภาพันธ์พ.ศ.๒๕๖๙');
    expect(announcement).toContain('นายกเทศมนตรีเมืองทดสอบ<b>ตัวหนา</b>');
  });

  it('decodes every QR code in every PDF, banner and preview to the Smart Law website; feed images carry none', async () => {
    const all = readdirSync(join(outDir, 'kit'), { recursive: true }).map(String).filter((f) => /\.(pdf|jpg|png)$/.test(f));
    // Per LGO 3 PDFs, 3 share images and the story's thumbnail, 2 previews; per province with LGOs 3 PDFs, 4 share
    // images, 1 preview; 7 (no bundle) for the other 75; home 4; banners 3; letter QRs (PNG, PDF) and district bundles below.
    const letterQrs = all.filter((f) => f.includes('letter-qr'));
    const districtBundles = all.filter((f) => f.startsWith('district/') && f.endsWith('posters-all-a4.pdf'));
    expect(districtBundles).toHaveLength(2);
    expect(all.length).toBe(3 * 9 + 2 * 8 + 75 * 7 + 4 + 3 + letterQrs.length + districtBundles.length);
    // Every LGO's files, home and banners, and the provinces that have LGOs (the other 75 are made the same way).
    const files = all.filter((f) => !f.startsWith('province/') || /^province\/(chachoengsao|lampang)\//.test(f));
    for (const file of files) {
      if (file.includes('banner-728x90') || file.includes('banner-300x250')) continue; // no room for a code
      if (file.includes('letter-qr')) continue; // leads to our staff page: letter-kit.build.test.ts
      if (file.endsWith('.jpg')) {
        // Link preview, post and story (and its thumbnail) are seen on the phone that would have to scan them: the address, not a code.
        expect(await decodeQrImage(kit(file)), file).toBeUndefined();
        continue;
      }
      const codes = file.endsWith('.pdf') ? await decodePdfQrCodes(kit(file)) : [await decodeQrImage(kit(file))];
      for (const code of codes) expect(code, file).toBe('https://sll.dla.go.th');
    }
  });

  it('shows the story image as a small lazy thumbnail from its own small file, linking to the full image', async () => {
    const html = page('lgo/test-pao/kit/index.html');
    const img = /<a class="sl-kit__story"[^>]*>\s*(<img[^>]*>)/.exec(html)?.[1] ?? '';
    expect(img).toContain('src="/kit/lgo/test-pao/story-preview.jpg"');
    expect(html).toMatch(/<a class="sl-kit__story" href="\/kit\/lgo\/test-pao\/story-1080x1920\.jpg\?openExternalBrowser=1"/);
    expect(await sharp(kit('lgo/test-pao/story-preview.jpg')).metadata()).toMatchObject({ format: 'jpeg', width: 270, height: 480 });
    expect(img).toMatch(/ width="135" height="240"/);
    expect(img).toContain('loading="lazy"');
  });

  it('lists the files with format and size on the kit page, with share links and post copy', () => {
    const html = page('lgo/test-pao/kit/index.html');
    const size = Math.round(statSync(kit('lgo/test-pao/poster-a4.pdf')).size / 1000);
    expect(html).toMatch(new RegExp(`href="/kit/lgo/test-pao/poster-a4.pdf\\?openExternalBrowser=1" download>\\s*โปสเตอร์ A4\\s*</a> <span class="sl-downloads__meta">PDF, ${size} KB</span>`));
    expect(html).toContain('<img class="sl-banner__preview" src="/kit/banner/banner-728x90.png"');
    expect(html).toContain(`href="https://social-plugins.line.me/lineit/share?url=${encodeURIComponent(`${TEST_SITE_URL}/lgo/test-pao/`)}"`);
    expect(html).toContain(`href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(`${TEST_SITE_URL}/lgo/test-pao/`)}"`);
    expect(html).toContain('ขอเชิญชวนประชาชนร้องเรียน ร้องทุกข์ ผ่านระบบ Smart Law');
    expect(html).toContain(`&lt;a href=&quot;${TEST_SITE_URL}/lgo/test-pao/&quot;&gt;&lt;img src=&quot;${TEST_SITE_URL}/kit/banner/banner-728x90.png&quot;`);
    // No third-party script on the page.
    expect([...html.matchAll(/<script[^>]*src="([^"]+)"/g)].every((m) => m[1]!.startsWith('/'))).toBe(true);
  });
});

describe('links and HTML of the built site', () => {
  it('resolves every internal link and asset, crawling from /', () => {
    const seen = new Set<string>();
    const broken: string[] = [];
    const queue = ['/'];
    const fileFor = (path: string) => {
      const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
      const direct = join(outDir, clean);
      if (existsSync(direct) && statSync(direct).isFile()) return direct;
      const index = join(outDir, clean, 'index.html');
      return existsSync(index) ? index : undefined;
    };
    while (queue.length) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const file = fileFor(path);
      if (!file) {
        broken.push(path);
        continue;
      }
      if (!file.endsWith('.html')) continue;
      const html = readBuilt(outDir, file.slice(outDir.length));
      for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const url = new URL(match[1]!.replace(/&amp;/g, '&'), `${TEST_SITE_URL}${path}`);
        if (url.origin !== TEST_SITE_URL) continue;
        const target = url.pathname;
        if (!seen.has(target)) queue.push(target);
      }
    }
    // The LGO kit page (/lgo/<id>/kit/) comes from the pages branch; until it lands, links to it are the only ones allowed to dangle.
    const kitPageBuilt = existsSync(join(PROJECT_ROOT, 'src/pages/lgo/[id]/kit.astro')) || existsSync(join(PROJECT_ROOT, 'src/pages/lgo/[id]/kit/index.astro'));
    expect(kitPageBuilt ? broken : broken.filter((p) => !/^\/lgo\/[a-z0-9-]+\/kit\/$/.test(p))).toEqual([]);
    // Every page and kit file was reached from the home page.
    expect(seen.has('/kit/lgo/test-sao-long/poster-a4.pdf')).toBe(true);
    expect(seen.has('/kit/lgo/test-sao-long/announcement-a4.png')).toBe(true);
    expect(seen.has('/lgo/test-sao-long/kit/')).toBe(true);
    expect(seen.has('/privacy/')).toBe(true);
    expect(seen.has('/kit/province/chachoengsao/posters-all-a4.pdf')).toBe(true);
    expect(seen.size).toBeGreaterThan(40);
  });

  it('passes html-validate on every page type, hostile content included', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    for (const path of [
      'index.html',
      '404.html',
      'province/chachoengsao/index.html',
      'lgo/test-town/index.html',
      'lgo/test-sao-long/index.html',
      'lgo/test-sao-long/kit/index.html',
      'accessibility/index.html',
    ]) {
      const report = await validator.validateString(page(path), path);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
      expect(messages, path).toEqual([]);
    }
  });
});

describe('a build with SITE_URL', () => {
  it('puts no placeholder address in any file, PDF text included, and no draft mark', () => {
    expect(build.output).not.toContain('SITE_URL is not set');
    expect(filesContaining(outDir, 'localhost')).toEqual([]);
    expect(filesContaining(outDir, 'ตัวอย่าง – ยังไม่ได้ตั้งที่อยู่เว็บไซต์')).toEqual([]);
  });
});

describe('page weight budgets', () => {
  /** The gzip size the server sends (the build's own .gz), or the raw size for files that are not text. */
  const sent = (path: string) => {
    const file = join(outDir, path);
    return existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : statSync(file).size;
  };
  const linked = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!);

  it.each(['lgo/test-sao-long/index.html', 'lgo/test-town/index.html', 'lgo/test-sao-long/kit/index.html', 'province/chachoengsao/index.html', 'index.html'])(
    '%s: HTML + CSS ≤ 20 KB compressed, and with the Thai web font ≤ 100 KB',
    (path) => {
      const html = page(path);
      const css = linked(html, /<link rel="stylesheet" href="([^"]+)"/g);
      const htmlAndCss = sent(path) + css.reduce((sum, href) => sum + sent(href), 0);
      expect(htmlAndCss).toBeLessThanOrEqual(20_000);
      // Fonts a Thai page needs: the preloaded Thai regular and every face the CSS declares for Thai and Latin.
      const fonts = new Set(css.flatMap((href) => linked(page(href), /url\((\/_astro\/[^)]+\.woff2)\)/g)));
      expect(fonts.size).toBe(4);
      const firstLoad = htmlAndCss + [...fonts].reduce((sum, href) => sum + sent(href), 0);
      expect(firstLoad).toBeLessThanOrEqual(100_000);
      // Reading needs no JavaScript; what there is stays small.
      const scripts = linked(html, /<script type="module" src="([^"]+)"/g);
      expect(scripts.reduce((sum, src) => sum + sent(src), 0)).toBeLessThanOrEqual(5_000);
    },
  );
});
