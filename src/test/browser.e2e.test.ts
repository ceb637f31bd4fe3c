import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteAsync, PROJECT_ROOT } from './build-utils';
import { BASIC_FIXTURE } from './fixture-utils';
import { decodePdfQrCodes, pdfInfo } from './pdf-utils';
import { serveStatic } from './static-server';

/** Chromium from Debian, as .ci/run installs it; the flags keep it off the network. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

const PAGES = {
  home: '/',
  province: '/province/chachoengsao/',
  lgo: '/lgo/test-sao-long/',
  kit: '/lgo/test-sao-long/kit/',
  district: '/district/2404/',
  provinceKit: '/province/chachoengsao/kit/',
  districtKit: '/district/2404/kit/',
  accessibility: '/accessibility/',
  privacy: '/privacy/',
  notFound: '/no-such-page/',
} as const;
type PageName = keyof typeof PAGES;

const work = mkdtempSync(join(tmpdir(), 'smartlaw-e2e-'));
const artefacts = join(PROJECT_ROOT, 'test-results');
const axeSource = createRequire(import.meta.url)('axe-core').source as string;
let server: { origin: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  const build = await buildSiteAsync(BASIC_FIXTURE, join(work, 'dist'), { KIT_CACHE_DIR: join(work, 'kit-cache') });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  server = await serveStatic(join(work, 'dist'));
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  mkdirSync(artefacts, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

interface Visit {
  page: Page;
  context: BrowserContext;
  requests: string[];
  consoleErrors: string[];
}

/** Opens a page in a fresh context, recording every request and console error. */
async function visit(name: PageName, width = 1280, options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, ...options });
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(server.origin + PAGES[name], { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  return { page, context, requests, consoleErrors };
}

describe('accessibility (axe-core, WCAG 2.0–2.2 A and AA)', () => {
  const cases = [360, 1280].flatMap((width) => (Object.keys(PAGES) as PageName[]).map((name) => [name, width] as const));
  it.each(cases)('%s at %i px has no violations', async (name, width) => {
    // axe is injected as an inline script, which the site's own CSP rightly blocks.
    const { page, context } = await visit(name, width, { bypassCSP: true });
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    await context.close();
    expect(violations).toEqual([]);
  });
});

describe('keyboard', () => {
  it('offers a visible skip link first, which moves focus to the main content', async () => {
    const { page, context } = await visit('lgo');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { className: el.className, visible: box.top >= 0 && box.height > 0, href: el.getAttribute('href') };
    });
    expect(skip).toEqual({ className: 'sl-skip-link', visible: true, href: '#main-content' });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await context.close();
  });

  it.each(['lgo', 'home', 'kit'] as const)('reaches every control on %s with Tab, each with a visible focus ring', async (name) => {
    const { page, context } = await visit(name);
    const focusable = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, textarea, select, [tabindex]:not([tabindex="-1"])')]
        .filter((el) => !el.hidden && el.offsetParent !== null)
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    const reached = new Set<string>();
    for (let i = 0; i < focusable.length + 5; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return undefined;
        const style = getComputedStyle(el);
        return { html: el.outerHTML.slice(0, 80), ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      if (!focused) continue;
      expect(focused.ring, `no visible focus on ${focused.html}`).toBe(true);
      reached.add(focused.html);
    }
    expect(focusable.filter((html) => !reached.has(html))).toEqual([]);
    await context.close();
  });
});

describe('layout', () => {
  for (const width of [360, 1280]) {
    it.each(Object.keys(PAGES) as PageName[])(`%s at ${width} px: no horizontal overflow, no clipped text, Thai web font loaded`, async (name) => {
      const { page, context } = await visit(name, width);
      const result = await page.evaluate(() => {
        const overflowing = [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => {
            if (el.closest('svg, textarea, input')) return false;
            const style = getComputedStyle(el);
            if (style.display === 'inline' || ['auto', 'scroll'].includes(style.overflowX)) return false;
            // Clipped on purpose, itself or an ancestor (a long unit's inline block in text for screen readers only).
            for (let at: HTMLElement | null = el; at; at = at.parentElement) if (getComputedStyle(at).clipPath !== 'none') return false;
            return el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1;
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
        const sarabun = [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Sarabun' && f.status === 'loaded').length;
        return {
          page: document.documentElement.scrollWidth <= window.innerWidth,
          overflowing,
          sarabun,
          thaiReady: document.fonts.check('16px Sarabun', 'ร้องเรียน'),
        };
      });
      await page.screenshot({ path: join(artefacts, `${name}-${width}.png`), fullPage: true });
      await context.close();
      expect(result.page).toBe(true);
      expect(result.overflowing).toEqual([]);
      expect(result.sarabun).toBeGreaterThan(0);
      expect(result.thaiReady).toBe(true);
    });
  }
});

describe('print', () => {
  it('shows the engine-drawn poster and ประกาศ previews, and their print action opens one-page A4 PDFs whose QR decodes', async () => {
    const { page, context } = await visit('kit');
    const previews = await page.$$eval('.sl-previews__link', (links) =>
      links.map((a) => {
        const img = a.querySelector('img')!;
        img.scrollIntoView();
        return { href: a.getAttribute('href')!, src: img.getAttribute('src')!, alt: img.alt };
      }),
    );
    expect(previews.map((p) => p.href)).toEqual(['/kit/lgo/test-sao-long/poster-a4.pdf?openExternalBrowser=1', '/kit/lgo/test-sao-long/announcement-a4.pdf?openExternalBrowser=1']);
    await page.waitForLoadState('networkidle');
    const loaded = await page.$$eval('.sl-previews__image', (imgs) => imgs.map((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth));
    expect(loaded).toEqual([600, 600]);
    for (const { href } of previews) {
      const response = await context.request.get(`${server.origin}${href}`);
      expect(response.status(), href).toBe(200);
      expect(response.headers()['content-type'], href).toMatch(/^application\/pdf/);
      const file = join(work, href.split('?')[0]!.split('/').pop()!);
      writeFileSync(file, await response.body());
      expect(pdfInfo(file)).toMatchObject({ Pages: '1', 'Page size': expect.stringMatching(/A4/) });
      expect(await decodePdfQrCodes(file, 150)).toEqual(['https://sll.dla.go.th']);
    }
    writeFileSync(join(artefacts, 'poster-a4.pdf'), await import('node:fs').then((fs) => fs.readFileSync(join(work, 'poster-a4.pdf'))));
    await context.close();
  });
});

describe('privacy', () => {
  it.each(Object.keys(PAGES) as PageName[])('%s loads nothing from elsewhere, sets no cookie, logs no error', async (name) => {
    const { page, context, requests, consoleErrors } = await visit(name);
    // Scroll to the end so lazy images load too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const cookies = await context.cookies();
    await context.close();
    expect(requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('data:'))).toEqual([]);
    expect(cookies).toEqual([]);
    // The 404 page is served with status 404, which Chromium reports as a failed load.
    const expected = name === 'notFound' ? [expect.stringMatching(/status of 404/)] : [];
    expect(consoleErrors).toEqual(expected);
  });
});

describe('progressive enhancement', () => {
  it('finds an LGO by typing part of its name, and Enter opens it', async () => {
    const { page, context } = await visit('home', 360);
    await page.fill('#lgo-search-input', 'น้ำผู้ใหญ่');
    await page.waitForSelector('[data-lgo-search-results] a');
    expect(await page.textContent('#lgo-search-status')).toBe('พบ 1 รายการ');
    await Promise.all([page.waitForURL('**/lgo/test-sao-long/'), page.press('#lgo-search-input', 'Enter')]);
    await context.close();
  });

  it('reads without JavaScript: no search box, every province one link away, every LGO one link from its district', async () => {
    const { page, context } = await visit('home', 360, { javaScriptEnabled: false });
    expect(await page.isVisible('[data-lgo-search]')).toBe(false);
    // Pilot provinces are listed first and again in their region.
    expect(await page.locator('a[href="/province/chachoengsao/"]').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('a[href="/province/lampang/"]').count()).toBe(1);
    await page.goto(server.origin + PAGES.province);
    // Province-wide bodies are on the province page; the others on their district's page, one click further.
    expect(await page.locator('a[href="/lgo/test-pao/"]').count()).toBe(1);
    await page.click('a[href="/district/2404/"]');
    expect(await page.locator('a[href="/lgo/test-sao-long/"]').count()).toBe(1);
    await context.close();
  });

  it('shows the copy buttons with JavaScript and copies the page link', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(server.origin + PAGES.kit, { waitUntil: 'networkidle' });
    await page.click('[data-copy="page-link"]');
    await expect.poll(() => page.textContent('[data-copy-status="page-link"]')).toBe('คัดลอกแล้ว');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/lgo\/test-sao-long\/$/);
    await context.close();
  });

  it('hides every copy button without JavaScript, where it could do nothing', async () => {
    const { page, context } = await visit('kit', 360, { javaScriptEnabled: false });
    const buttons = page.locator('[data-copy]');
    expect(await buttons.count()).toBeGreaterThanOrEqual(5);
    for (const button of await buttons.all()) expect(await button.isVisible()).toBe(false);
    // The fields themselves stay there to select and copy by hand.
    expect(await page.locator('#post-copy').isVisible()).toBe(true);
    await context.close();
  });
});

describe('the first screen on a phone (360 × 800, of which LINE leaves about 640 px)', () => {
  /** Bottom edge of the first element matching the selector, in CSS pixels from the top of the page. */
  const bottomOf = (page: Page, selector: string) =>
    page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);

  it('shows the LGO, its own sentence, the sll.dla.go.th button, the app line and the warning on an LGO page', async () => {
    const { page, context } = await visit('lgo', 360);
    expect(await bottomOf(page, 'h1')).toBeLessThanOrEqual(640);
    expect(await page.textContent('.sl-lgo-hero__lead')).toMatch(/^องค์การบริหารส่วนตำบลน้ำผู้ใหญ่.* ขอประชาสัมพันธ์/);
    const button = page.locator('a.sl-button[href="https://sll.dla.go.th"]');
    expect(await button.isVisible()).toBe(true);
    expect(await bottomOf(page, 'a.sl-button[href="https://sll.dla.go.th"]')).toBeLessThanOrEqual(640);
    expect(await bottomOf(page, '.sl-lgo-hero__app')).toBeLessThanOrEqual(640);
    expect(await bottomOf(page, '.sl-lgo-hero__warning')).toBeLessThanOrEqual(640);
    // No QR code a phone would have to scan on its own screen, and no staff material but one link.
    expect(await page.locator('.sl-qr').evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length)).toBe(0);
    expect(await page.locator('textarea, [data-copy], .sl-downloads').count()).toBe(0);
    expect(await page.locator('a[href="/lgo/test-sao-long/kit/"]').count()).toBe(1);
    await context.close();
  });

  it('does the same for an อบจ. with a two-line English name', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/lgo/test-pao/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    const english = page.locator('.sl-lgo-hero__en');
    expect(await english.evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight))).toBeGreaterThan(1.5);
    expect(await bottomOf(page, '.sl-lgo-hero__warning')).toBeLessThanOrEqual(640);
    await context.close();
  });

  it('shows the search box on the home page', async () => {
    const { page, context } = await visit('home', 360);
    expect(await page.isVisible('#lgo-search-input')).toBe(true);
    expect(await bottomOf(page, '#lgo-search-input')).toBeLessThanOrEqual(640);
    await context.close();
  });
});

describe('the search', () => {
  it('forgives a missing tone mark and a wrong letter, and offers the province itself', async () => {
    const { page, context } = await visit('home', 360);
    await page.fill('#lgo-search-input', 'ฉะเชิงเทา');
    await page.waitForSelector('[data-lgo-search-results] a');
    const first = page.locator('[data-lgo-search-results] a').first();
    expect(await first.getAttribute('href')).toBe('/province/chachoengsao/');
    expect(await page.textContent('#lgo-search-status')).toMatch(/^พบ \d+ รายการ$/);
    expect(await page.getAttribute('#lgo-search-status', 'role')).toBe('status');
    await context.close();
  });

  it('names each result with pauses between its parts, for screen readers', async () => {
    const { page, context } = await visit('home', 360);
    await page.fill('#lgo-search-input', 'นาผูใหญ');
    await page.waitForSelector('[data-lgo-search-results] a');
    const snapshot = await page.locator('[data-lgo-search-results]').ariaSnapshot();
    expect(snapshot).toContain('link "องค์การบริหารส่วนตำบลน้ำผู้ใหญ่ปี่ลิ้นเยิ้มหนี้ทดสอบชื่อยาวมากเป็นพิเศษ , อำเภอบางปะกง , จังหวัดฉะเชิงเทรา"');
    await context.close();
  });

  it('keeps the box and the first results in the top half of a phone screen, above the keyboard', async () => {
    const { page, context } = await visit('home', 360);
    await page.focus('#lgo-search-input');
    await page.keyboard.type('ลำปาง');
    await page.waitForSelector('[data-lgo-search-results] a');
    const top = await page.locator('#lgo-search-input').evaluate((el) => el.getBoundingClientRect().top);
    const firstResult = await page.locator('[data-lgo-search-results] a').first().evaluate((el) => el.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(firstResult).toBeLessThanOrEqual(400);
    await context.close();
  });

  it('loads its index only when the box is first used', async () => {
    const { page, context, requests } = await visit('home', 360);
    expect(requests.some((url) => url.endsWith('/search-index.json'))).toBe(false);
    await page.focus('#lgo-search-input');
    await page.waitForLoadState('networkidle');
    expect(requests.some((url) => url.endsWith('/search-index.json'))).toBe(true);
    await context.close();
  });
});

describe('the staff kit page', () => {
  it('jumps to each way of publishing and lists the downloads with sizes, opening outside LINE', async () => {
    const { page, context } = await visit('kit', 360);
    const jumps = await page.locator('.sl-jump__link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(jumps).toEqual(['#notice-board', '#website', '#social', '#broadcast']);
    await page.click('.sl-jump__link[href="#social"]');
    await expect.poll(() => page.locator('#social').evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(50);
    const downloads = await page.locator('.sl-downloads__item').evaluateAll((items) =>
      items.map((li) => `${li.querySelector('a')!.getAttribute('href')} ${li.querySelector('.sl-downloads__meta')!.textContent}`),
    );
    expect(downloads).toEqual(expect.arrayContaining([expect.stringMatching(/^\/kit\/lgo\/test-sao-long\/poster-a4\.pdf\?openExternalBrowser=1 PDF, \d+ KB$/)]));
    // Banner previews load from this site, relative to it, whatever SITE_URL says.
    const previews = await page.locator('.sl-banner__preview').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('src')));
    expect(previews).toEqual(['/kit/banner/banner-728x90.png', '/kit/banner/banner-300x250.png', '/kit/banner/banner-1200x300.png']);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    await context.close();
  });

  it('shows the letter QR of a province at a size a clerk can check (about 30 mm on screen), its address under the code', async () => {
    const { page, context } = await visit('provinceKit', 360);
    const qr = page.locator('img.sl-letter-qr');
    await qr.scrollIntoViewIfNeeded();
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const box = (await qr.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(120);
    expect(box.width).toBeLessThanOrEqual(160);
    // The file is the 30 mm code with its address in lines under it: taller than wide, shown in its own proportions.
    const natural = await qr.evaluate((img: HTMLImageElement) => ({ width: img.naturalWidth, height: img.naturalHeight }));
    expect(natural.height).toBeGreaterThan(natural.width * 1.15);
    expect(Math.abs(box.height / box.width - natural.height / natural.width)).toBeLessThan(0.05);
    await context.close();
  });

  it('shows the story image as a small thumbnail from its small file, fetched only when scrolled near', async () => {
    const { page, context, requests } = await visit('kit', 360);
    const story = page.locator('.sl-kit__story img');
    const fetched = () => requests.some((url) => url.includes('/story-preview.jpg'));
    expect(fetched()).toBe(false);
    await story.scrollIntoViewIfNeeded();
    await expect.poll(() => story.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(270);
    expect(fetched()).toBe(true);
    // The full 1080×1920 image is a download, not loaded by the page.
    expect(requests.some((url) => url.includes('/story-1080x1920.jpg'))).toBe(false);
    const box = (await story.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(136);
    expect(Math.round(box.height / box.width * 9)).toBe(16);
    await context.close();
  });
});

describe('breadcrumbs and lists', () => {
  it('leads from an LGO page and its kit page to its district page', async () => {
    for (const name of ['lgo', 'kit'] as const) {
      const { page, context } = await visit(name, 360);
      const crumbs = await page.locator('.sl-breadcrumb li').evaluateAll((items) => items.map((li) => li.textContent!.trim()));
      expect(crumbs.slice(0, 3), name).toEqual(['หน้าหลัก', 'จังหวัดฉะเชิงเทรา', 'อำเภอบางปะกง']);
      await page.click('.sl-breadcrumb a[href="/district/2404/"]');
      expect(await page.locator('h1').textContent(), name).toContain('อำเภอบางปะกง');
      await context.close();
    }
  });

  for (const width of [360, 1280]) {
    it(`lines up a district's name and count in its card at ${width} px, the count under the name`, async () => {
      for (const path of [PAGES.province, PAGES.provinceKit]) {
        const { page, context } = await visit('home', width);
        await page.goto(server.origin + path, { waitUntil: 'networkidle' });
        const cards = await page.locator('.sl-district-list__item').evaluateAll((items) =>
          items.map((li) => {
            const name = li.querySelector('.sl-district-list__link')!.getBoundingClientRect();
            const count = li.querySelector('.sl-district-list__count')!.getBoundingClientRect();
            return { nameLeft: Math.round(name.left), countLeft: Math.round(count.left), below: count.top >= name.bottom - 1 };
          }),
        );
        await context.close();
        expect(cards.length, path).toBeGreaterThan(0);
        for (const card of cards) expect(card, path).toEqual({ nameLeft: card.nameLeft, countLeft: card.nameLeft, below: true });
      }
    });
  }
});
