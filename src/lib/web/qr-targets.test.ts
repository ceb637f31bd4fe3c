import { describe, expect, it } from 'vitest';
import { loadContent } from '../content/load-content';
import { BASIC_FIXTURE, fixtureCopy } from '../../test/fixture-utils';
import { qrTargets } from './qr-targets';

describe('qrTargets', () => {
  it('lists each QR target once: the complaint website, and store links once they are set', () => {
    expect(qrTargets(loadContent(BASIC_FIXTURE, { siteUrl: 'https://smartlaw.test' }))).toEqual(['https://sll.dla.go.th']);
    const { dir, cleanup } = fixtureCopy({
      'channels.yaml': (old) => old.replace('googlePlayUrl: ""', 'googlePlayUrl: "https://play.google.com/store/apps/details?id=test.invalid"'),
    });
    try {
      const storePages = { appStoreUrl: undefined, googlePlayUrl: 'https://play.google.com/store/apps/details?id=test.invalid' };
      expect(qrTargets(loadContent(dir, { siteUrl: 'https://smartlaw.test', storePages }))).toEqual([
        'https://sll.dla.go.th',
        'https://play.google.com/store/apps/details?id=test.invalid',
      ]);
    } finally {
      cleanup();
    }
  });
});
