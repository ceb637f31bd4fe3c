import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_UNIT } from '../lib/thai/nowrap';
import { findUnits, unitPieces, wordBoundaries } from '../lib/thai/segment';
import { buildSiteAsync } from './build-utils';
import { BASIC_FIXTURE } from './fixture-utils';
import { serveStatic } from './static-server';

/**
 * Keep-together units on real pages in Chromium: for every occurrence of a
 * unit in the visible text (the same units the PDFs keep whole), a Range
 * over it must have all its client rects on one line, at 360 and 1280 px,
 * on every page type the fixture builds.
 */

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync'];

const work = mkdtempSync(join(tmpdir(), 'smartlaw-typography-'));
const dist = join(work, 'dist');
let server: { origin: string; close: () => Promise<void> };
let browser: Browser;

/** Every HTML page of the build, staff kit pages (/lgo/<id>/kit/…) included, but not the kit's files (/kit/), as site paths. */
function pagePaths(): string[] {
  const found: string[] = [];
  const skipped = new Set([join(dist, 'kit'), join(dist, '_astro')]);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!skipped.has(path)) walk(path);
      } else if (name.endsWith('.html')) found.push(`/${relative(dist, path)}`.replace(/index\.html$/, ''));
    }
  };
  walk(dist);
  return found.sort();
}

beforeAll(async () => {
  const build = await buildSiteAsync(BASIC_FIXTURE, dist, { KIT_CACHE_DIR: join(work, 'kit-cache') });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  server = await serveStatic(dist);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A stretch of one text node that must stay on one line. */
interface Check {
  node: number;
  start: number;
  end: number;
  word: string;
}

/** The units (or, for long units, their pieces) a browser could split, in each visible text node. */
function checksFor(texts: string[]): Check[] {
  const checks: Check[] = [];
  texts.forEach((text, node) => {
    for (const unit of findUnits(text)) {
      const word = text.slice(unit.start, unit.end);
      let at = unit.start;
      for (const piece of word.length > LONG_UNIT ? unitPieces(word) : [word]) {
        if (/\s/.test(piece) || wordBoundaries(piece).size > 2) checks.push({ node, start: at, end: at + piece.length, word: piece });
        at += piece.length;
      }
    }
  });
  return checks;
}

/** Units split across lines on the open page. */
async function splitUnits(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node.parentElement?.closest('script, style, noscript, template, svg, textarea'))) nodes.push(node as Text);
    }
    (window as unknown as { slTextNodes: Text[] }).slTextNodes = nodes;
    return nodes.map((n) => n.data);
  });
  const checks = checksFor(texts);
  return page.evaluate((list) => {
    const nodes = (window as unknown as { slTextNodes: Text[] }).slTextNodes;
    const split: string[] = [];
    for (const { node, start, end, word } of list) {
      const range = document.createRange();
      range.setStart(nodes[node]!, start);
      range.setEnd(nodes[node]!, end);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0) continue; // not rendered (hidden)
      const top = Math.min(...rects.map((r) => r.top));
      if (rects.some((r) => r.top - top > Math.min(...rects.map((x) => x.height)) / 2)) split.push(word);
    }
    // A long unit (inline block of pieces) may take several lines only when it is as wide as its line allows.
    for (const unit of document.querySelectorAll<HTMLElement>('.sl-keep')) {
      const range = document.createRange();
      range.selectNodeContents(unit);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0) continue;
      const top = Math.min(...rects.map((r) => r.top));
      const wrapped = rects.some((r) => r.top - top > Math.min(...rects.map((x) => x.height)) / 2);
      const container = unit.parentElement!;
      const style = getComputedStyle(container);
      const available = container.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (wrapped && unit.getBoundingClientRect().width < available * 0.9) split.push(`${unit.textContent} (long unit wrapped though it fits)`);
    }
    return split;
  }, checks);
}

/** Page types of the fixture, checked one by one; any other page the build makes is checked after them. */
const PAGE_TYPES = ['/', '/404.html', '/province/chachoengsao/', '/lgo/test-sao-long/', '/lgo/test-pao/', '/lgo/test-town/'];

describe('keep-together units on web pages', () => {
  const report: string[] = [];
  afterAll(() => console.log(`Units split across lines (before = without the sl-nowrap spans):\n${report.join('\n')}`));

  /** Splits on one page at one width, with the spans and (for comparison) without them. */
  async function measure(path: string, width: number): Promise<{ after: string[]; before: string[] }> {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(server.origin + path, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const after = await splitUnits(page);
      // The same page as it would be without the spans: what the no-wrap spans save.
      await page.evaluate(() => {
        document.querySelectorAll<HTMLElement>('.sl-nowrap').forEach((el) => (el.style.whiteSpace = 'normal'));
        document.querySelectorAll<HTMLElement>('.sl-keep').forEach((el) => (el.style.display = 'inline'));
      });
      const before = await splitUnits(page);
      report.push(`${width} px ${path}: before ${before.length} (${before.slice(0, 6).join(' | ')}), after ${after.length}`);
      return { after, before };
    } finally {
      await context.close();
    }
  }

  for (const width of [360, 1280]) {
    it.each(PAGE_TYPES)(`no unit is split across lines on %s at ${width} px`, async (path) => {
      const { after, before } = await measure(path, width);
      expect(after).toEqual([]);
      if (path === '/' && width === 360) expect(before.length, 'the check finds splits when the spans are switched off').toBeGreaterThan(0);
    });

    it(`no unit is split across lines on one page of every other kind at ${width} px`, async () => {
      // One page per route (a province without LGOs, a district, each staff page, the statements): the
      // 77-province fixture has hundreds of pages made by the same few templates.
      const kind = (path: string) => path.replace(/^\/(province|district|lgo)\/[^/]+\//, '/$1/*/');
      const known = new Set(PAGE_TYPES.map(kind));
      const others = [...new Map(pagePaths().filter((p) => !known.has(kind(p))).map((p) => [kind(p), p])).values()];
      const failures: string[] = [];
      for (const path of others) failures.push(...(await measure(path, width)).after.map((word) => `${path}: ${word}`));
      expect(failures).toEqual([]);
    });
  }
});
