import { describe, expect, it } from 'vitest';
import { HARD_NAMES, FOUR_PHONES, LONGEST_NAME, LONGEST_OFFICE } from '../../test/fixtures/hard-names';
import { BASIC_FIXTURE } from '../../test/fixture-utils';
import { loadContent, type SiteContent } from '../content/load-content';
import { parsePhone, type PhoneNumber } from '../content/phone';
import { createSite } from '../content/site';
import { allJobs, type KitJob } from '../kit/jobs';
import { INK_GAP_EM } from './flow';
import type { Page, PageItem, TextItem } from './page';
import { inkBox } from './shape';
import { letterQrPage } from '../kit/letter-qr';
import { posterLayoutA4, posterPdfPage } from './poster-pages';
import { announcementPage, bannerImage, shareImage, storyImage } from './templates';

/**
 * The layout test over every template the kit renders: the hardest names
 * and the longest values the schema accepts, laid out through allJobs (so a
 * new template joins by being in the kit), with every box checked from the
 * glyphs' real ink (HarfBuzz extents, marks included; no shrunken boxes).
 */

const config = { siteUrl: 'https://smartlaw.test', siteUrlIsDefault: false, contentDir: BASIC_FIXTURE };
const phones = parsePhone(FOUR_PHONES) as PhoneNumber;

/** The basic fixture with one LGO per hard name, the longest office name and four phone lines everywhere. */
function extremeContent(): SiteContent {
  const content = loadContent(BASIC_FIXTURE, { siteUrl: config.siteUrl });
  const template = content.lgos.find((l) => l.id === 'test-sao-long')!;
  const lgos = HARD_NAMES.map((nameTh, i) => ({ ...template, id: `hard-${i}`, nameTh, phone: phones, district: 'น้ำผู้ใหญ่ปี่ลิ้นเยิ้มหนี้ฤๅษี'.repeat(4).slice(0, 60) }));
  const provinces = content.provinces.map((p) => ({ ...p, office: { name: LONGEST_OFFICE, phone: phones } }));
  return { ...content, lgos, provinces };
}

/** The pages of one kit file, laid out as render-job draws them. Unknown templates fail: add them here. */
function layOut({ spec, campaign }: KitJob): Page[] {
  switch (spec.template) {
    case 'poster':
      // A3 is the A4 layout drawn larger (posterPdfPage): checking that layout checks both.
      return spec.subjects.map((s) => {
        const entry = posterPdfPage(s, campaign, spec.paper);
        return 'scale' in entry ? entry.page : entry;
      });
    case 'announcement':
      return [announcementPage(spec.subject, campaign)];
    case 'share':
      return [shareImage(spec.subject, campaign, spec.width, spec.height)];
    case 'story':
    // The story's thumbnail is the story scaled down: the same layout.
    case 'storyPreview':
      return [storyImage(spec.subject, campaign, spec.width, spec.height)];
    case 'banner':
      return [bannerImage(campaign, spec.width, spec.height)];
    // Previews are the A4 poster and the ประกาศ scaled down: the same layouts.
    case 'posterPreview':
      return [posterLayoutA4(spec.subject, campaign)];
    case 'announcementPreview':
      return [announcementPage(spec.subject, campaign)];
    case 'letter-qr':
      return [letterQrPage(spec.url)];
    // Word files, spreadsheets and text are typeset by Word, Excel or a text editor, not by this engine.
    case 'distribution':
    case 'letter-docx':
    case 'announcement-docx':
    case 'broadcast':
      return [];
    default:
      throw new Error(`layout-extremes.test.ts: no layout for template ${JSON.stringify((spec as { template: string }).template)}`);
  }
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  label: string;
  item: PageItem;
}

/** Every drawn item's box: text by its ink, rectangles and codes by their area. */
function boxes(page: Page): Box[] {
  const out: Box[] = [];
  for (const item of page.items) {
    if (item.kind === 'text') {
      const ink = inkBox(item.text, item.font, item.size, item.x, item.y, item.spacing);
      if (ink) out.push({ ...ink, label: `text "${item.text}"`, item });
    } else if (item.kind === 'rect') {
      const half = item.stroke ? (item.lineWidth ?? 1) / 2 : 0;
      out.push({ left: item.x - half, right: item.x + item.width + half, top: item.y - half, bottom: item.y + item.height + half, label: `rect at ${item.x.toFixed(1)},${item.y.toFixed(1)}`, item });
    } else if (item.kind === 'qr') {
      out.push({ left: item.x, right: item.x + item.size, top: item.y, bottom: item.y + item.size, label: 'QR code', item });
    }
  }
  return out;
}

const EPS = 0.01;
const intersects = (a: Box, b: Box) => a.left < b.right - EPS && b.left < a.right - EPS && a.top < b.bottom - EPS && b.top < a.bottom - EPS;
const contains = (outer: Box, inner: Box) => inner.left >= outer.left - EPS && inner.right <= outer.right + EPS && inner.top >= outer.top - EPS && inner.bottom <= outer.bottom + EPS;

/** Problems of one page: anything outside the page, ink touching ink, ink or codes straddling a box's edge. */
function problems(page: Page): string[] {
  const found: string[] = [];
  const pageBox = { left: 0, top: 0, right: page.width, bottom: page.height } as Box;
  // A full-bleed background, or a decorative shape cut by the image's edge, is drawn under everything: not a box.
  const decoration = (b: Box) => b.item.kind === 'rect' && (!contains(pageBox, b) || (b.left <= EPS && b.top <= EPS && b.right >= page.width - EPS && b.bottom >= page.height - EPS));
  const all = boxes(page).filter((b) => !decoration(b));
  for (const box of all) if (!contains(pageBox, box)) found.push(`${box.label} leaves the page`);
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      if (a.item.kind === 'text' && b.item.kind === 'text') {
        const horizontal = a.left < b.right && b.left < a.right;
        const gap = Math.max(b.top - a.bottom, a.top - b.bottom);
        // Lines of one block keep the design gap; any two texts at least do not touch.
        const sameBlock = a.item.font === b.item.font && Math.abs(a.item.size - b.item.size) < 1e-9 && j === i + 1;
        const need = sameBlock ? INK_GAP_EM * a.item.size * 0.999 : 0;
        if (horizontal && gap < need) found.push(`${a.label} and ${b.label}: ink ${gap.toFixed(2)} apart, need ${need.toFixed(2)}`);
      } else if (intersects(a, b) && !contains(a, b) && !contains(b, a)) {
        found.push(`${a.label} straddles ${b.label}`);
      }
    }
  }
  return found;
}

describe('every kit file with the hardest names and the longest values', () => {
  const site = createSite(extremeContent(), config);
  const jobs = allJobs(site);
  // Word files, spreadsheets and text are typeset by other programs.
  const notLaidOut = new Set(['distribution', 'letter-docx', 'announcement-docx', 'broadcast']);
  const templates = new Set(jobs.map((j) => j.spec.template).filter((t) => !notLaidOut.has(t)));

  it('covers every template of the kit', () => {
    expect([...templates].sort()).toEqual(expect.arrayContaining(['announcement', 'banner', 'poster', 'share']));
  });

  it.each([...templates])('%s: everything inside its page, no ink touching other ink, nothing across a box edge', (template) => {
    const report: string[] = [];
    for (const job of jobs.filter((j) => j.spec.template === template)) {
      layOut(job).forEach((page, n) => report.push(...problems(page).map((p) => `${job.path} p${n + 1}: ${p}`)));
    }
    expect(report.slice(0, 20)).toEqual([]);
  });

  it('the check finds colliding marks: lines at the old fixed 1.3 em rhythm', () => {
    const lines = ['เทศบาลเมืองลิ้นเยิ้ม', 'ปากน้ำผู้ใหญ่'];
    const items: TextItem[] = lines.map((text, i) => ({ kind: 'text', text, font: 'bold', size: 40, x: 10, y: 60 + i * 40 * 1.3, color: '#000000' }));
    expect(problems({ width: 500, height: 200, items }).join()).toMatch(/ink .* apart/);
  });

  it('the check finds a box leaving the page', () => {
    const items: TextItem[] = [{ kind: 'text', text: LONGEST_NAME, font: 'bold', size: 40, x: 10, y: 60, color: '#000000' }];
    expect(problems({ width: 500, height: 200, items }).join()).toMatch(/leaves the page/);
  });
});
