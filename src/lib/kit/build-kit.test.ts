import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASIC_FIXTURE } from '../../test/fixture-utils';
import { executiveTitle } from '../content/announcement';
import { loadContent } from '../content/load-content';
import { createSite } from '../content/site';
import { buildKit, readKitConfig } from './build-kit';
import { allJobs } from './jobs';

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
      ].sort(),
    );
  });

  it('re-renders everything when the campaign text changes', async () => {
    const changed = createSite({ ...content, campaign: { ...content.campaign, title: 'ร้องเรียนผ่าน Smart Law' } }, config);
    const result = await buildKit(changed, { cacheDir, workers: 0 });
    expect(result.rendered).toBe(jobs.length);
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
