import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASIC_FIXTURE, fixtureCopy, replaceLine } from './fixture-utils';
import { HtmlValidate } from 'html-validate';
import sharp from 'sharp';
import { buildSite, decodeQrSvg, inlineSvgs, readBuilt, TEST_SITE_URL, withoutNowrap, type BuildResult } from './build-utils';
import { decodePdfQrCodes, decodeQrImage, pdfFonts, pdfInfo, pdfText } from './pdf-utils';

const work = mkdtempSync(join(tmpdir(), 'smartlaw-build-'));
const outDir = join(work, 'dist');
let build: BuildResult;

beforeAll(() => {
  build = buildSite(BASIC_FIXTURE, outDir, { KIT_CACHE_DIR: join(work, 'kit-cache') });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (path: string) => withoutNowrap(readBuilt(outDir, path));

describe('building the basic fixture', () => {
  it('succeeds and reports what it loaded', () => {
    expect(build.output).toContain('2 provinces, 3 LGOs');
    expect(build.status).toBe(0);
  });

  it('writes home, 404, every province and LGO page and poster, sitemap, robots.txt', () => {
    const expected = [
      'index.html',
      '404.html',
      'province/chachoengsao/index.html',
      'province/chachoengsao/poster/index.html',
      'province/lampang/index.html',
      'province/lampang/poster/index.html',
      'lgo/test-pao/index.html',
      'lgo/test-pao/poster/index.html',
      'lgo/test-sao-long/index.html',
      'lgo/test-sao-long/poster/index.html',
      'lgo/test-town/index.html',
      'lgo/test-town/poster/index.html',
      'sitemap-index.xml',
      'robots.txt',
      'search-index.json',
    ];
    for (const file of expected) expect(existsSync(join(outDir, file)), file).toBe(true);
  });

  it('puts absolute URLs on the configured site in the sitemap, leaving posters out of nothing', () => {
    const sitemap = page('sitemap-0.xml');
    expect(sitemap).toContain(`<loc>${TEST_SITE_URL}/</loc>`);
    expect(sitemap).toContain(`<loc>${TEST_SITE_URL}/lgo/test-town/</loc>`);
    expect(sitemap).toContain(`<loc>${TEST_SITE_URL}/province/lampang/</loc>`);
    expect(page('robots.txt')).toContain(`Sitemap: ${TEST_SITE_URL}/sitemap-index.xml`);
  });

  it('gives every page lang="th", a canonical URL and share meta', () => {
    for (const path of ['index.html', 'province/chachoengsao/index.html', 'lgo/test-pao/index.html', 'lgo/test-pao/poster/index.html']) {
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
      expect(html, path).toContain(`<meta property="og:image" content="${TEST_SITE_URL}${image}">`);
      expect(html, path).toContain('<meta property="og:image:width" content="1200">');
      expect(html, path).toContain('<meta property="og:image:height" content="630">');
      expect(html, path).toMatch(/<meta property="og:image:alt" content="[^"]*Smart Law[^"]*">/);
      expect(existsSync(join(outDir, image)), image).toBe(true);
    }
  });

  it('shows the LGO page: name in the heading, Buddhist-Era date, contacts, poster link', () => {
    const html = page('lgo/test-pao/index.html');
    expect(html).toContain('<h1 id="page-title">องค์การบริหารส่วนจังหวัดทดสอบ</h1>');
    expect(html).toContain('<time datetime="2026-01-15">ประกาศ ณ วันที่ ๑๕ มกราคม ๒๕๖๙</time>');
    expect(html).toContain('href="tel:+6638512679"');
    expect(html).toContain('href="/lgo/test-pao/poster/"');
    expect(html).toContain('ค้นหา “DLA SLL” ใน App Store หรือ Google Play');
    expect(page('lgo/test-town/index.html')).toContain('ประกาศ ณ วันที่ ๑ กุมภาพันธ์ ๒๕๖๙');
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

  it('groups a province’s LGOs by district and links each to its page and poster', () => {
    const html = page('province/chachoengsao/index.html');
    expect(html).toContain('ระดับจังหวัด');
    expect(html).toContain('อำเภอบางปะกงทดสอบ');
    expect(html).toContain('href="/lgo/test-sao-long/poster/"');
    expect(html).toContain('038-512679-80');
    expect(html.indexOf('องค์การบริหารส่วนจังหวัดทดสอบ')).toBeLessThan(html.indexOf('อำเภอบางปะกงทดสอบ'));
  });

  it('lists pilot provinces first on the home page', () => {
    const html = page('index.html');
    expect(html.indexOf('href="/province/chachoengsao/"')).toBeLessThan(html.indexOf('href="/province/lampang/"'));
  });

  it('puts QR codes that decode to the Smart Law website on pages and posters', async () => {
    for (const path of ['index.html', 'lgo/test-sao-long/index.html', 'lgo/test-sao-long/poster/index.html', 'province/lampang/poster/index.html']) {
      const svgs = inlineSvgs(page(path));
      expect(svgs.length, path).toBeGreaterThan(0);
      for (const svg of svgs) expect(await decodeQrSvg(svg), path).toBe('https://sll.dla.go.th');
    }
  });

  it('prints the poster on one A4 page with the URL under the QR and the address warning', () => {
    const html = page('lgo/test-sao-long/poster/index.html');
    expect(html).toContain('<figcaption class="sl-qr__caption sl-url">https://sll.dla.go.th</figcaption>');
    expect(html).toContain('ตรวจสอบให้แน่ใจว่าที่อยู่เว็บไซต์ขึ้นต้นด้วย https://sll.dla.go.th');
    expect(html).toMatch(/data-print-button hidden/);
    const css = [...html.matchAll(/href="(\/_astro\/[^"]+\.css)"/g)].map((m) => page(m[1]!.slice(1))).join('\n');
    expect(css).toMatch(/@page\s*\{\s*size:\s*A4 portrait/);
  });

  it('writes a search index of every LGO', () => {
    const index = JSON.parse(page('search-index.json')) as string[][];
    expect(index.map((e) => e[3]).sort()).toEqual(['test-pao', 'test-sao-long', 'test-town']);
  });
});

describe('building broken content', () => {
  it('fails naming file and field, and leaves the previous output as it was', () => {
    const { dir, cleanup } = fixtureCopy({
      'lgos.csv': replaceLine(4, 'test-town,,town,เทศบาลเมืองทดสอบ,,TH-99,,,,'),
    });
    const previous = join(work, 'previous');
    mkdirSync(previous);
    writeFileSync(join(previous, 'index.html'), 'the last good build');
    try {
      const result = buildSite(dir, previous);
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(/lgos\.csv row 4, field "province": unknown province "TH-99"/);
      expect(readdirSync(previous)).toEqual(['index.html']);
      expect(readBuilt(previous, 'index.html')).toBe('the last good build');
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
    }
    for (const slug of ['chachoengsao', 'lampang']) {
      expect(pdfInfo(kit(`province/${slug}/poster-a4.pdf`))).toMatchObject({ Pages: '1', 'Page size': A4 });
      expect(pdfInfo(kit(`province/${slug}/poster-a3.pdf`))).toMatchObject({ Pages: '1', 'Page size': A3 });
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
    expect(announcement).toContain('ประกาศณวันที่๑เดือนกุมภาพันธ์พ.ศ.๒๕๖๙');
    expect(announcement).toContain('นายกเทศมนตรีเมืองทดสอบ<b>ตัวหนา</b>');
  });

  it('decodes every QR code in every image and PDF to the Smart Law website', async () => {
    const files = readdirSync(join(outDir, 'kit'), { recursive: true }).map(String).filter((f) => /\.(pdf|jpg|png)$/.test(f));
    expect(files.length).toBe(3 * 5 + 2 * 5 + 2 + 3);
    for (const file of files) {
      if (file.includes('banner-728x90') || file.includes('banner-300x250')) continue; // no room for a code
      const codes = file.endsWith('.pdf') ? await decodePdfQrCodes(kit(file)) : [await decodeQrImage(kit(file))];
      for (const code of codes) expect(code, file).toBe('https://sll.dla.go.th');
    }
  });

  it('lists the files with format and size on the LGO page, with share links and post copy', () => {
    const html = page('lgo/test-pao/index.html');
    const size = Math.round(statSync(kit('lgo/test-pao/poster-a4.pdf')).size / 1000);
    expect(html).toMatch(new RegExp(`href="/kit/lgo/test-pao/poster-a4.pdf" download>\\s*โปสเตอร์ A4\\s*</a> <span class="sl-downloads__meta">PDF, ${size} KB</span>`));
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
    expect(broken).toEqual([]);
    // Every page and kit file was reached from the home page.
    expect(seen.has('/lgo/test-sao-long/poster/')).toBe(true);
    expect(seen.has('/kit/province/chachoengsao/posters-all-a4.pdf')).toBe(true);
    expect(seen.size).toBeGreaterThan(40);
  });

  it('passes html-validate on every page type, hostile content included', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    for (const path of [
      'index.html',
      '404.html',
      'province/chachoengsao/index.html',
      'province/chachoengsao/poster/index.html',
      'lgo/test-town/index.html',
      'lgo/test-sao-long/index.html',
      'lgo/test-sao-long/poster/index.html',
    ]) {
      const report = await validator.validateString(page(path), path);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
      expect(messages, path).toEqual([]);
    }
  });
});

describe('page weight budgets', () => {
  /** The gzip size the server sends (the build's own .gz), or the raw size for files that are not text. */
  const sent = (path: string) => {
    const file = join(outDir, path);
    return existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : statSync(file).size;
  };
  const linked = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!);

  it.each(['lgo/test-sao-long/index.html', 'lgo/test-town/index.html', 'province/chachoengsao/index.html', 'index.html'])(
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
