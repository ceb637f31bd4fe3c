import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASIC_FIXTURE } from '../../test/fixture-utils';
import { executiveTitle } from '../content/announcement';
import { loadContent } from '../content/load-content';
import { createSite } from '../content/site';
import { buildKit, readKitConfig } from './build-kit';
import { allJobs } from './jobs';
import { currentRenderInputs, type RenderInputs } from './render-inputs';
import { pdfText } from '../../test/pdf-utils';
import sharp from 'sharp';

const config = { siteUrl: 'https://smartlaw.test', siteUrlIsDefault: false, contentDir: BASIC_FIXTURE };
const content = loadContent(BASIC_FIXTURE, { siteUrl: config.siteUrl });
const cacheDir = mkdtempSync(join(tmpdir(), 'smartlaw-kit-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('buildKit and its render cache', () => {
  const site = createSite(content, config);
  const jobs = allJobs(site);

  it('renders every file once, then reuses them all', async () => {
    const first = await buildKit(site, { cacheDir, workers: 0 });
    expect(first.rendered).toBe(jobs.length);
    expect(first.entries.every((e) => e.bytes > 0)).toBe(true);
    const again = await buildKit(site, { cacheDir, workers: 0 });
    expect(again.rendered).toBe(0);
    expect(again.reused).toBe(jobs.length);
    expect(again.entries.map((e) => [e.path, e.bytes])).toEqual(first.entries.map((e) => [e.path, e.bytes]));
  });

  it('re-renders only the files of the LGO that changed, and the bundles and lists that name it', async () => {
    const lgos = content.lgos.map((l) => (l.id === 'test-town' ? { ...l, nameTh: 'เทศบาลเมืองทดสอบชื่อใหม่' } : l));
    const changed = createSite({ ...content, lgos }, config);
    const result = await buildKit(changed, { cacheDir, workers: 0 });
    expect(result.renderedPaths.sort()).toEqual(
      [
        '/kit/lgo/test-town/announcement-a4.pdf',
        '/kit/lgo/test-town/announcement-a4.png',
        '/kit/lgo/test-town/poster-a4.png',
        '/kit/lgo/test-town/story-1080x1920.jpg',
        '/kit/lgo/test-town/story-preview.jpg',
        '/kit/lgo/test-town/post-1080x1080.jpg',
        '/kit/lgo/test-town/poster-a3.pdf',
        '/kit/lgo/test-town/poster-a4.pdf',
        '/kit/lgo/test-town/share-1200x630.jpg',
        '/kit/lgo/test-town/announcement-a4.docx',
        '/kit/lgo/test-town/broadcast.txt',
        '/kit/province/lampang/posters-all-a4.pdf',
        // The name is on its district's bundle and on both distribution lists.
        '/kit/district/5201/posters-all-a4.pdf',
        '/kit/province/lampang/distribution-list.csv',
        '/kit/province/lampang/distribution-list.xlsx',
        '/kit/district/5201/distribution-list.csv',
        '/kit/district/5201/distribution-list.xlsx',
        // The only town of its province and district: both draft letters address its mayor by name.
        '/kit/province/lampang/letter-draft.docx',
        '/kit/district/5201/letter-draft.docx',
      ].sort(),
    );
  });

  it('re-renders everything when the campaign text changes', async () => {
    const changed = createSite({ ...content, campaign: { ...content.campaign, title: 'ร้องเรียนผ่าน Smart Law' } }, config);
    const result = await buildKit(changed, { cacheDir, workers: 0 });
    expect(result.rendered).toBe(jobs.length);
  });

  it('re-renders a damaged cache entry instead of serving it, and only that one', async () => {
    await buildKit(site, { cacheDir, workers: 0 });
    const first = await buildKit(site, { cacheDir, workers: 0 });
    const a3 = first.entries.find((e) => e.path === '/kit/lgo/test-town/poster-a3.pdf')!;
    const size = a3.bytes;
    truncateSync(a3.file, 1000);
    const post = first.entries.find((e) => e.path === '/kit/lgo/test-pao/post-1080x1080.jpg')!;
    // Same size, other bytes: caught by the hash, not only by the size.
    const bytes = readFileSync(post.file);
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff;
    writeFileSync(post.file, bytes);
    const again = await buildKit(site, { cacheDir, workers: 0 });
    expect(again.renderedPaths.sort()).toEqual([a3.path, post.path].sort());
    expect(again.entries.find((e) => e.path === a3.path)!.bytes).toBe(size);
    expect(pdfText(a3.file)).toContain('เทศบาลเมืองทดสอบ');
  });

  it('re-renders an entry whose recorded size and hash are missing (killed between the two writes)', async () => {
    const first = await buildKit(site, { cacheDir, workers: 0 });
    const a4 = first.entries.find((e) => e.path === '/kit/lgo/test-town/poster-a4.pdf')!;
    unlinkSync(`${a4.file}.sum`);
    const again = await buildKit(site, { cacheDir, workers: 0 });
    expect(again.renderedPaths).toEqual([a4.path]);
  });

  it('renders in worker threads to the same bytes as in this thread', async () => {
    const workerCache = mkdtempSync(join(tmpdir(), 'smartlaw-kit-workers-'));
    try {
      const some = jobs.filter((j) => j.path.includes('test-pao'));
      const inWorkers = await buildKit(site, { cacheDir: workerCache, workers: 2, jobs: some });
      const here = await buildKit(site, { cacheDir, workers: 0, jobs: some });
      expect(inWorkers.rendered).toBe(some.length);
      for (const [i, entry] of inWorkers.entries.entries()) {
        if (entry.path.endsWith('.pdf')) expect(readFileSync(entry.file).equals(readFileSync(here.entries[i]!.file)), entry.path).toBe(true);
        else expect(entry.bytes, entry.path).toBe(here.entries[i]!.bytes);
      }
    } finally {
      rmSync(workerCache, { recursive: true, force: true });
    }
  });
});

describe('the render cache key', () => {
  const site = createSite(content, config);
  const jobs = allJobs(site);
  const base = currentRenderInputs();
  const keyCache = mkdtempSync(join(tmpdir(), 'smartlaw-kit-key-'));
  afterAll(() => rmSync(keyCache, { recursive: true, force: true }));
  const build = (inputs: RenderInputs, s = site) => buildKit(s, { cacheDir: keyCache, workers: 0, inputs });

  // Each kind of input, changed as a developer would: a dictionary string, a template file, a font, a package upgrade.
  const changes: [string, RenderInputs][] = [
    ['a dictionary string', { ...base, dictionary: `${base.dictionary}-poster.scanHere-edited` }],
    ['a template or render code file', { ...base, code: `${base.code}-templates/poster.ts-edited` }],
    ['a font file', { ...base, fonts: `${base.fonts}-new-sarabun` }],
    ['a package version', { ...base, packages: { ...base.packages, sharp: '0.35.0' } }],
  ];

  it.each(changes)('re-renders every file when %s changes, and nothing when it changes back', async (_, changed) => {
    await build(base);
    expect((await build(base)).rendered).toBe(0);
    const after = await build(changed);
    expect(after.renderedPaths.sort()).toEqual(jobs.map((j) => j.path).sort());
    expect((await build(changed)).rendered).toBe(0);
    expect((await build(base)).rendered).toBe(0);
  });

  it('re-renders every file when SITE_URL is set or unset (the draft mark)', async () => {
    await build(base);
    const draftSite = createSite(content, { ...config, siteUrlIsDefault: true });
    const drafts = await build(base, draftSite);
    expect(drafts.rendered).toBe(jobs.length);
    const poster = drafts.entries.find((e) => e.path === '/kit/lgo/test-town/poster-a4.pdf')!;
    expect(pdfText(poster.file)).toContain('ตัวอย่าง – ยังไม่ได้ตั้งที่อยู่เว็บไซต์ ห้ามพิมพ์เผยแพร่');
    const final = (await build(base)).entries.find((e) => e.path === poster.path)!;
    expect(pdfText(final.file)).not.toContain('ตัวอย่าง');
  });

  it('marks every draft image visibly: a red band across the top and the bottom', async () => {
    const draftSite = createSite(content, { ...config, siteUrlIsDefault: true });
    const drafts = await build(base, draftSite);
    const finals = await build(base);
    for (const path of ['/kit/lgo/test-town/share-1200x630.jpg', '/kit/banner/banner-728x90.png']) {
      const pixel = async (file: string, row: 'top' | 'bottom') => {
        const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true });
        const y = row === 'top' ? 1 : info.height - 2;
        const i = (y * info.width + 2) * 3;
        return [data[i]!, data[i + 1]!, data[i + 2]!] as const;
      };
      const draft = drafts.entries.find((e) => e.path === path);
      expect(draft, path).toBeDefined();
      for (const row of ['top', 'bottom'] as const) {
        const [r, g, b] = await pixel(draft!.file, row);
        expect(r, `${path} ${row}`).toBeGreaterThan(150);
        expect(g + b, `${path} ${row}`).toBeLessThan(120);
        expect(await pixel(finals.entries.find((e) => e.path === path)!.file, row), `${path} ${row} final`).not.toEqual([r, g, b]);
      }
    }
  });

  it('removes temporary files that a killed build left in the cache', async () => {
    await build(base);
    const sub = readdirSync(keyCache)[0]!;
    // pid 2^22 + 1 is above Linux's pid_max: no such process runs.
    const dead = join(keyCache, sub, '.abc.pdf.4194305.x1y2.tmp');
    const mine = join(keyCache, sub, `.abc.pdf.${process.pid}.x1y2.tmp`);
    writeFileSync(dead, 'half');
    writeFileSync(mine, 'in flight');
    await build(base);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(mine)).toBe(true);
    rmSync(mine);
  });
});

describe('executiveTitle', () => {
  it('names who signs for each kind of LGO', () => {
    expect(executiveTitle({ type: 'town', nameTh: 'เทศบาลเมืองฉะเชิงเทรา' })).toBe('นายกเทศมนตรีเมืองฉะเชิงเทรา');
    expect(executiveTitle({ type: 'subdistrict', nameTh: 'เทศบาลตำบลบางปะกง' })).toBe('นายกเทศมนตรีตำบลบางปะกง');
    expect(executiveTitle({ type: 'pao', nameTh: 'องค์การบริหารส่วนจังหวัดฉะเชิงเทรา' })).toBe('นายกองค์การบริหารส่วนจังหวัดฉะเชิงเทรา');
    expect(executiveTitle({ type: 'sao', nameTh: 'องค์การบริหารส่วนตำบลท่าสะอ้าน' })).toBe('นายกองค์การบริหารส่วนตำบลท่าสะอ้าน');
    expect(executiveTitle({ type: 'bma', nameTh: 'กรุงเทพมหานคร' })).toBe('ผู้ว่าราชการกรุงเทพมหานคร');
    expect(executiveTitle({ type: 'pattaya', nameTh: 'เมืองพัทยา' })).toBe('นายกเมืองพัทยา');
  });
});

describe('readKitConfig', () => {
  it('reads KIT_CACHE_DIR and KIT_WORKERS, with defaults', () => {
    expect(readKitConfig({})).toEqual({ cacheDir: '.cache/kit', workers: undefined });
    expect(readKitConfig({ KIT_CACHE_DIR: '/ci/kit', KIT_WORKERS: '0' })).toEqual({ cacheDir: '/ci/kit', workers: 0 });
  });

  it('names KIT_WORKERS when it is not a whole number', () => {
    expect(() => readKitConfig({ KIT_WORKERS: 'two' })).toThrow(/KIT_WORKERS "two" must be a whole number/);
  });
});
