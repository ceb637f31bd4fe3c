import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n';
import { kitManifestOf } from './manifest';
import { downloadLinks, kitFileIfBuilt, shareImageMeta } from './page-files';

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
