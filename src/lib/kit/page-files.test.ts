import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n';
import { letterQrSizeMm, letterQrSvg } from './letter-qr';
import { kitManifestOf } from './manifest';
import { downloadLinks, kitFileIfBuilt, letterQrSize, shareImageMeta, svgSizeMm } from './page-files';

const t = createTranslator('th');
const folder = '/kit/lgo/x/';
// A build's manifest, as the build step registers it: site path, cache file (named by its key), size.
const manifest = kitManifestOf([
  { path: '/kit/lgo/x/poster-a4.pdf', file: '/cache/ab/ab12cd34ef56aa99.pdf', bytes: 24_600 },
  { path: '/kit/lgo/x/share-1200x630.jpg', file: '/cache/0f/0f0e0d0c0b0a0908.jpg', bytes: 81_000 },
  { path: '/kit/lgo/x/poster-a4.png', file: '/cache/11/1122334455667788.png', bytes: 9_000 },
]);

describe('downloadLinks', () => {
  it('gives sizes from the manifest, and links that open outside LINE’s in-app browser', () => {
    expect(downloadLinks(manifest, folder, ['posterA4', 'posterA3'], t)).toEqual([
      { href: '/kit/lgo/x/poster-a4.pdf?openExternalBrowser=1', label: 'โปสเตอร์ A4', meta: 'PDF, 25 KB' },
      // Not in this build (astro dev): the format alone, no made-up size.
      { href: '/kit/lgo/x/poster-a3.pdf?openExternalBrowser=1', label: 'โปสเตอร์ A3', meta: 'PDF' },
    ]);
  });
});

describe('kitFileIfBuilt', () => {
  it('names a preview only when the build has it, so pages work before and after previews exist', () => {
    expect(kitFileIfBuilt(manifest, folder, 'posterPreview')).toBe('/kit/lgo/x/poster-a4.png');
    expect(kitFileIfBuilt(manifest, folder, 'announcementPreview')).toBeUndefined();
    expect(kitFileIfBuilt(kitManifestOf([]), folder, 'story')).toBeUndefined();
  });
});

describe('shareImageMeta', () => {
  it('versions the og:image URL by the file’s cache key and keeps its path', () => {
    expect(shareImageMeta(manifest, folder, 'ก', 'sll.dla.go.th', t).path).toBe('/kit/lgo/x/share-1200x630.jpg?v=0f0e0d0c0b0a');
    expect(shareImageMeta(kitManifestOf([]), folder, 'ก', 'sll.dla.go.th', t).path).toBe('/kit/lgo/x/share-1200x630.jpg');
  });
});

describe('letterQrSize', () => {
  const dir = mkdtempSync(join(tmpdir(), 'letter-qr-size-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Synthetic addresses (test data): one that fits on two caption lines, one that takes three.
  const urls = ['https://smartlaw.example.go.th/district/1401/kit/', 'https://campaign.smartlaw.example.go.th/province/phra-nakhon-si-ayutthaya/kit/'];

  it('reads the printed size from the SVG the kit rendered, the same as laying the QR out', () => {
    for (const [i, url] of urls.entries()) {
      const file = join(dir, `${i}.svg`);
      writeFileSync(file, letterQrSvg(url));
      const size = letterQrSize(kitManifestOf([{ path: `/kit/d${i}/letter-qr.svg`, file, bytes: 1 }]), `/kit/d${i}/`, url);
      const laidOut = letterQrSizeMm(url);
      expect(size.width).toBeCloseTo(laidOut.width, 2);
      expect(size.height).toBeCloseTo(laidOut.height, 2);
    }
  });

  it('takes the size the file declares: a draft QR is taller by its mark’s band', () => {
    const file = join(dir, 'draft.svg');
    writeFileSync(file, letterQrSvg(urls[0]!, true));
    const size = letterQrSize(kitManifestOf([{ path: '/kit/d/letter-qr.svg', file, bytes: 1 }]), '/kit/d/', urls[0]!);
    expect(size.height - letterQrSizeMm(urls[0]!).height).toBeGreaterThan(2.9);
  });

  it('lays the QR out when the kit was not built (astro dev)', () => {
    expect(letterQrSize(kitManifestOf([]), '/kit/d/', urls[0]!)).toEqual(letterQrSizeMm(urls[0]!));
  });

  it('accepts only an SVG root that names its size in mm', () => {
    expect(svgSizeMm('<svg xmlns="http://www.w3.org/2000/svg" width="30.00mm" height="41.5mm" viewBox="0 0 1 1">')).toEqual({ width: 30, height: 41.5 });
    expect(svgSizeMm('<svg width="30px" height="40px">')).toBeUndefined();
    expect(svgSizeMm('<?xml version="1.0"?><svg width="30mm" height="40mm">')).toBeUndefined();
  });
});
